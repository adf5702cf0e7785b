package com.gridwork.visit;

import com.gridwork.registry.household.Household;
import com.gridwork.visit.VisitCounting.ObligationFacts;
import com.gridwork.visit.VisitCounting.Tally;
import com.gridwork.visit.VisitCounting.VisitFacts;
import com.gridwork.visit.obligation.VisitObligation;
import com.gridwork.visit.rule.VisitRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies {@link VisitCounting} to the database inside a visit's transaction: locks the household's open
 * obligations, then recomputes each one's completed and attempt days from the visits that match it (read with a
 * locking read, so that a visit committed by a parallel request is seen) and sets its status.
 */
@ApplicationScoped
public class VisitCounter {
    @Inject
    EntityManager em;

    /**
     * Locks the household's open obligations and answers their ids. Call it as the transaction's first statement:
     * a parallel visit to the household waits here until this one commits, and what the transaction reads after it is
     * the latest version. (Native: Hibernate's MySQL lock clause "for update of" does not parse on MariaDB.)
     */
    public List<Long> lockOpen(long householdId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM visit_obligation WHERE household_id = :h"
                        + " AND status = 'OPEN' ORDER BY id FOR UPDATE")
                .setParameter("h", householdId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Counts the new visit into the open obligations locked by {@link #lockOpen}. */
    public void count(Visit visit, Household household, List<Long> openIds) {
        if (openIds.isEmpty()) {
            return;
        }
        List<VisitObligation> open =
                openIds.stream().map(id -> em.find(VisitObligation.class, id)).toList();
        LocalDate from = open.stream()
                .map(o -> o.startsOn)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        List<VisitFacts> visits = visitsSince(household, from);
        VisitFacts mine = facts(
                visit, gridWorkers(household, Set.of(visit.visitorStaffId)).contains(visit.visitorStaffId));
        for (VisitObligation o : open) {
            ObligationFacts facts = facts(o, em.find(VisitRule.class, o.ruleId));
            if (!VisitCounting.matches(mine, facts)) {
                continue;
            }
            Tally tally = VisitCounting.tally(
                    facts,
                    visits.stream().filter(v -> VisitCounting.matches(v, facts)).toList());
            o.completedDays = tally.completedDays();
            o.attemptDays = tally.attemptDays();
            o.status = tally.status();
            o.satisfiedOn = tally.satisfiedOn();
            o.lastVisitId = visit.id;
            o.touch();
        }
    }

    static ObligationFacts facts(VisitObligation o, VisitRule rule) {
        return new ObligationFacts(
                o.status,
                o.startsOn,
                o.dueOn,
                o.responsibleStaffId,
                rule.responsible,
                Set.copyOf(rule.modes),
                o.visitsRequired);
    }

    static VisitFacts facts(Visit v, boolean visitorIsGridWorker) {
        return new VisitFacts(v.visitorStaffId, visitorIsGridWorker, v.mode, v.outcome, v.visitedOn);
    }

    /**
     * The household's visits from {@code from} on, the new one included, with a locking read: a plain read would
     * answer from the transaction's snapshot and miss a visit a parallel request committed while this one waited.
     */
    private List<VisitFacts> visitsSince(Household household, LocalDate from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT v.visitor_staff_id, v.mode, v.outcome, v.visited_on"
                        + " FROM visit v WHERE v.household_id = :h AND v.visited_on >= :from FOR UPDATE")
                .setParameter("h", household.id)
                .setParameter("from", from)
                .getResultList();
        Set<Long> visitors = new HashSet<>();
        rows.forEach(r -> visitors.add(((Number) r[0]).longValue()));
        Set<Long> workers = gridWorkers(household, visitors);
        List<VisitFacts> facts = new ArrayList<>();
        for (Object[] r : rows) {
            long visitor = ((Number) r[0]).longValue();
            facts.add(new VisitFacts(
                    visitor,
                    workers.contains(visitor),
                    VisitMode.valueOf((String) r[1]),
                    VisitOutcome.valueOf((String) r[2]),
                    day(r[3])));
        }
        return facts;
    }

    /** Which of these accounts are grid workers whose scope includes the household's grid. */
    Set<Long> gridWorkers(Household household, Set<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT DISTINCT s.id FROM staff s JOIN staff_area sa ON sa.staff_id = s.id"
                                + " JOIN area a ON a.id = sa.area_id WHERE s.id IN (:ids) AND s.role = 'grid-worker'"
                                + " AND :gridPath LIKE CONCAT(a.path, '%')")
                .setParameter("ids", staffIds)
                .setParameter("gridPath", household.grid.path)
                .getResultList();
        Set<Long> result = new HashSet<>();
        ids.forEach(n -> result.add(n.longValue()));
        return result;
    }

    static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
