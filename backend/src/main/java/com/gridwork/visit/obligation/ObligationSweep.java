package com.gridwork.visit.obligation;

import com.gridwork.common.time.BeijingTime;
import com.gridwork.registry.household.HouseholdChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;

/**
 * Ends open obligations whose reason to exist is gone: the household moved out (MOVED_OUT), a care-tagged household
 * carries none of its rule's codes any more (TAG_REMOVED), the pairing ended (PAIRING_ENDED), the rule was switched
 * off (RULE_DEACTIVATED). The registry's {@link HouseholdChanged} ends a household's at once, in the change's own
 * transaction; {@link #sweep} does the same set-based for everything (the clock runs it), catching what no event
 * reported (an import, a pairing ended elsewhere). Only periods still running end ({@link ObligationEnding}).
 */
@ApplicationScoped
public class ObligationSweep {
    private static final String MOVED_OUT =
            "EXISTS (SELECT 1 FROM household mh WHERE mh.id = o.household_id AND mh.status <> 'ACTIVE')";

    private static final String TAG_LOST =
            "o.rule_id IN (SELECT tr.id FROM visit_rule tr WHERE tr.target = 'CARE_TAGGED')" + " AND NOT "
                    + ObligationGenerator.CARRIES_RULE_CODE.formatted("o.rule_id", "o.household_id");

    private static final String PAIRING_ENDED = "o.pairing_id IS NOT NULL AND EXISTS (SELECT 1 FROM pairing ep"
            + " WHERE ep.id = o.pairing_id AND ep.status <> 'ACTIVE')";

    private static final String RULE_OFF =
            "EXISTS (SELECT 1 FROM visit_rule dr WHERE dr.id = o.rule_id AND dr.active = FALSE)";

    private static final String ONE_HOUSEHOLD = "o.household_id = :householdId AND ";

    @Inject
    ObligationEnding ending;

    /** How many obligations a sweep ended, by reason. */
    public record Swept(int movedOut, int tagRemoved, int pairingEnded, int ruleDeactivated) {
        public int total() {
            return movedOut + tagRemoved + pairingEnded + ruleDeactivated;
        }
    }

    /** Everything, set-based: the clock's safety net. */
    @Transactional
    public Swept sweep(LocalDate today) {
        Map<String, Object> none = Map.of();
        return new Swept(
                ending.endWhere(MOVED_OUT, none, NotApplicableReason.MOVED_OUT, today),
                ending.endWhere(TAG_LOST, none, NotApplicableReason.TAG_REMOVED, today),
                ending.endWhere(PAIRING_ENDED, none, NotApplicableReason.PAIRING_ENDED, today),
                ending.endWhere(RULE_OFF, none, NotApplicableReason.RULE_DEACTIVATED, today));
    }

    /** One household after the registry changed it (moved out, tags edited, a member's tags or a member gone). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void household(long householdId, LocalDate today) {
        Map<String, Object> one = Map.of("householdId", householdId);
        ending.endWhere(ONE_HOUSEHOLD + MOVED_OUT, one, NotApplicableReason.MOVED_OUT, today);
        ending.endWhere(ONE_HOUSEHOLD + TAG_LOST, one, NotApplicableReason.TAG_REMOVED, today);
    }

    void onHouseholdChanged(@Observes HouseholdChanged changed) {
        household(changed.householdId(), BeijingTime.today());
    }
}
