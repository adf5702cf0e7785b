package com.gridwork.visit.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;

/**
 * Takes open obligations out of the denominator when what they were for ends: the household moved out, lost the
 * care code, the pairing ended, the rule was switched off. Only obligations of periods still running on that day
 * end: one already overdue in a period that is over stays overdue, because that failure happened.
 */
@ApplicationScoped
public class ObligationEnding {
    @Inject
    EntityManager em;

    /** The open obligations of a pairing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endForPairing(long pairingId, LocalDate on) {
        return end("o.pairing_id = :id", pairingId, NotApplicableReason.PAIRING_ENDED, on);
    }

    /** The open obligations of a household, for a reason (moved out, tag removed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endForHousehold(long householdId, NotApplicableReason reason, LocalDate on) {
        return end("o.household_id = :id", householdId, reason, on);
    }

    /** The open obligations of a rule switched off. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endForRule(long ruleId, LocalDate on) {
        return end("o.rule_id = :id", ruleId, NotApplicableReason.RULE_DEACTIVATED, on);
    }

    /**
     * The open obligations matching a native SQL condition on {@code visit_obligation o} (with its named
     * parameters), for a reason: the set-based safety net that ends in one statement what the events missed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endWhere(String which, Map<String, Object> params, NotApplicableReason reason, LocalDate on) {
        var query = em.createNativeQuery("UPDATE visit_obligation o SET o.status = 'NOT_APPLICABLE',"
                        + " o.not_applicable_reason = :reason, o.not_applicable_on = :on, o.version = o.version + 1,"
                        + " o.updated_at = CURRENT_TIMESTAMP(6) WHERE " + which
                        + " AND o.status = 'OPEN' AND o.ends_on >= :on")
                .setParameter("reason", reason.name())
                .setParameter("on", on);
        params.forEach(query::setParameter);
        return query.executeUpdate();
    }

    private int end(String which, long id, NotApplicableReason reason, LocalDate on) {
        return endWhere(which, Map.of("id", id), reason, on);
    }
}
