package com.gridwork.visit;

import com.gridwork.visit.obligation.ObligationState;
import com.gridwork.visit.obligation.ObligationStatus;
import com.gridwork.visit.rule.VisitResponsible;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which obligations a visit counts for, and what an obligation's figures are given the visits that match it: the
 * README's definition, as plain functions. A visit counts when it is COMPLETED, its mode is one of the rule's, its day
 * lies in the obligation's period or after it while the obligation is still open (then late), and the visitor is the
 * responsible person (under a GRID_WORKER rule also any grid worker of the household's grid). Days, not visits, are
 * counted: two visits on one day count once; a day with only attempts (nobody home, refused, wrong address) is an
 * attempt day and never satisfies.
 */
public final class VisitCounting {
    private VisitCounting() {}

    /** What the counting needs to know of a visit. */
    public record VisitFacts(
            long visitorStaffId,
            boolean visitorIsGridWorker,
            VisitMode mode,
            VisitOutcome outcome,
            LocalDate visitedOn) {}

    /** What the counting needs to know of an obligation and its rule. */
    public record ObligationFacts(
            ObligationStatus status,
            LocalDate startsOn,
            LocalDate dueOn,
            Long responsibleStaffId,
            VisitResponsible responsible,
            Set<VisitMode> modes,
            int visitsRequired) {}

    /** The figures of an obligation recomputed from the visits that match it. */
    public record Tally(int completedDays, int attemptDays, ObligationStatus status, LocalDate satisfiedOn) {}

    /**
     * Whether the visit is one the obligation takes into account, whatever its outcome: a mode of the rule, the right
     * visitor, and a day from the period's start on. Whether it satisfies is the outcome's business ({@link #tally}).
     */
    public static boolean matches(VisitFacts v, ObligationFacts o) {
        return o.modes().contains(v.mode())
                && !v.visitedOn().isBefore(o.startsOn())
                && (o.responsibleStaffId() != null && o.responsibleStaffId() == v.visitorStaffId()
                        || o.responsible() == VisitResponsible.GRID_WORKER && v.visitorIsGridWorker());
    }

    /** Whether a visit recorded now counts for the obligation: it matches, it is completed, and the obligation is open. */
    public static boolean countsFor(VisitFacts v, ObligationFacts o) {
        return o.status() == ObligationStatus.OPEN && v.outcome() == VisitOutcome.COMPLETED && matches(v, o);
    }

    /**
     * The obligation's figures from the visits that match it ({@link #matches}): distinct days with a completed visit,
     * distinct days with attempts only, and, once the completed days reach the visits required, SATISFIED or
     * SATISFIED_LATE by the day that reached it. Call it only for an open obligation.
     */
    public static Tally tally(ObligationFacts o, Collection<VisitFacts> matching) {
        TreeSet<LocalDate> completed = new TreeSet<>();
        Set<LocalDate> attempted = new TreeSet<>();
        for (VisitFacts v : matching) {
            (v.outcome() == VisitOutcome.COMPLETED ? completed : attempted).add(v.visitedOn());
        }
        attempted.removeAll(completed);
        Optional<LocalDate> reached =
                completed.stream().skip(o.visitsRequired() - 1L).findFirst();
        return reached.map(day ->
                        new Tally(completed.size(), attempted.size(), ObligationState.satisfiedBy(day, o.dueOn()), day))
                .orElseGet(() -> new Tally(completed.size(), attempted.size(), ObligationStatus.OPEN, null));
    }

    /**
     * Whether a stored visit counted for the obligation, read afterwards: completed, matching, and not after the day
     * the obligation was satisfied (a later visit came after it was done) or left the denominator.
     */
    public static boolean counted(VisitFacts v, ObligationFacts o, LocalDate satisfiedOn, LocalDate notApplicableOn) {
        if (v.outcome() != VisitOutcome.COMPLETED || !matches(v, o)) {
            return false;
        }
        return switch (o.status()) {
            case OPEN -> true;
            case SATISFIED, SATISFIED_LATE ->
                satisfiedOn != null && !v.visitedOn().isAfter(satisfiedOn);
            case NOT_APPLICABLE -> notApplicableOn != null && v.visitedOn().isBefore(notApplicableOn);
        };
    }
}
