package com.gridwork.cobuild.agreement;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.Localizable;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.gridwork.cobuild.agreement.CoBuildAgreementStatus.ACTIVE;
import static com.gridwork.cobuild.agreement.CoBuildAgreementStatus.EXPIRED;
import static com.gridwork.cobuild.agreement.CoBuildAgreementStatus.PROPOSED;
import static com.gridwork.cobuild.agreement.CoBuildAgreementStatus.SIGNED;
import static com.gridwork.cobuild.agreement.CoBuildAgreementStatus.TERMINATED;

/**
 * An agreement's lifecycle: PROPOSED → SIGNED (its term not begun) or straight to ACTIVE (it has) → ACTIVE at
 * term_from → EXPIRED after term_to; TERMINATED (reason) from any live state. A renewal is a new PROPOSED agreement
 * whose term follows the old one's, made from an ACTIVE or EXPIRED one. The clock's moves are {@link #byClock}.
 */
public final class AgreementLifecycle {
    /** The states in which an agreement holds its unit and community for its term (one live agreement per term). */
    public static final Set<CoBuildAgreementStatus> LIVE = EnumSet.of(PROPOSED, SIGNED, ACTIVE);

    private static final Map<AgreementAction, Set<CoBuildAgreementStatus>> FROM = new EnumMap<>(AgreementAction.class);

    static {
        FROM.put(AgreementAction.SIGN, EnumSet.of(PROPOSED));
        FROM.put(AgreementAction.TERMINATE, EnumSet.of(PROPOSED, SIGNED, ACTIVE));
        FROM.put(AgreementAction.RENEW, EnumSet.of(ACTIVE, EXPIRED));
    }

    private AgreementLifecycle() {}

    /** The actions the state allows, in the enum's order. */
    public static List<AgreementAction> allowed(CoBuildAgreementStatus status) {
        return FROM.entrySet().stream()
                .filter(e -> e.getValue().contains(status))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** 409 naming the current status when it does not allow the action. */
    public static void require(AgreementAction action, CoBuildAgreementStatus status) {
        if (!FROM.get(action).contains(status)) {
            throw ApiProblem.conflict("cobuild.agreement.transition.illegal", statusName(status), actionName(action));
        }
    }

    /**
     * Where an action leads from {@code from} on {@code today}: a signature makes the agreement ACTIVE once its term
     * has begun (SIGNED before), a termination TERMINATED; a renewal leaves the old agreement as it is.
     */
    public static CoBuildAgreementStatus next(
            AgreementAction action, CoBuildAgreementStatus from, LocalDate termFrom, LocalDate today) {
        require(action, from);
        return switch (action) {
            case SIGN -> termFrom.isAfter(today) ? SIGNED : ACTIVE;
            case TERMINATE -> TERMINATED;
            case RENEW -> from;
        };
    }

    /**
     * Where the daily clock takes an agreement on {@code today}: SIGNED becomes ACTIVE from term_from (EXPIRED when
     * the term is already over: the clock did not run in between), ACTIVE becomes EXPIRED after term_to. Empty when
     * it stays.
     */
    public static Optional<CoBuildAgreementStatus> byClock(
            CoBuildAgreementStatus status, LocalDate termFrom, LocalDate termTo, LocalDate today) {
        boolean over = today.isAfter(termTo);
        if (status == SIGNED && !termFrom.isAfter(today)) {
            return Optional.of(over ? EXPIRED : ACTIVE);
        }
        if (status == ACTIVE && over) {
            return Optional.of(EXPIRED);
        }
        return Optional.empty();
    }

    /** The term of a renewal: from the day after the old one ends, as long as the old one (or to {@code termTo}). */
    public static LocalDate[] renewalTerm(LocalDate oldFrom, LocalDate oldTo, LocalDate termTo) {
        LocalDate from = oldTo.plusDays(1);
        LocalDate to = termTo != null ? termTo : from.plusDays(oldTo.toEpochDay() - oldFrom.toEpochDay());
        return new LocalDate[] {from, to};
    }

    static Localizable statusName(CoBuildAgreementStatus status) {
        return () -> "cobuild.agreement.status." + status.name();
    }

    static Localizable actionName(AgreementAction action) {
        return () -> "cobuild.agreement.action." + action.name();
    }
}
