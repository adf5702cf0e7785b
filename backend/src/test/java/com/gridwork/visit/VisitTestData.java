package com.gridwork.visit;

import com.gridwork.registry.household.Household;
import com.gridwork.staff.Staff;
import com.gridwork.visit.obligation.VisitObligation;
import com.gridwork.visit.rule.VisitPeriod;
import com.gridwork.visit.rule.VisitRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Periods, obligations, questions and residents for the visit tests, straight in the database. */
@ApplicationScoped
public class VisitTestData {
    /** A period of the rule and one open obligation of the household in it, with this responsible person. */
    @Transactional
    public long obligation(
            long ruleId, long householdId, String responsible, LocalDate startsOn, LocalDate endsOn, int required) {
        VisitRule rule = VisitRule.findById(ruleId);
        VisitPeriod period = VisitPeriod.<VisitPeriod>find("ruleId = ?1 and startsOn = ?2", ruleId, startsOn)
                .firstResultOptional()
                .orElseGet(() -> {
                    VisitPeriod p = new VisitPeriod();
                    p.ruleId = ruleId;
                    p.startsOn = startsOn;
                    p.endsOn = endsOn;
                    p.dueOn = endsOn;
                    p.generatedAt = Instant.now();
                    p.householdCount = 1;
                    p.persist();
                    return p;
                });
        Household h = Household.findById(householdId);
        VisitObligation o = new VisitObligation();
        o.periodId = period.id;
        o.ruleId = rule.id;
        o.householdId = h.id;
        o.gridId = h.grid.id;
        o.areaPath = h.areaPath;
        o.responsibleStaffId = responsible == null ? null : Staff.findByUsername(responsible).id;
        o.startsOn = startsOn;
        o.endsOn = endsOn;
        o.dueOn = endsOn;
        o.visitsRequired = required;
        o.persist();
        return o.id;
    }

    @Transactional
    public VisitObligation obligationNow(long id) {
        return VisitObligation.findById(id);
    }

    @Transactional
    public void modes(long ruleId, com.gridwork.visit.VisitMode... modes) {
        VisitRule rule = VisitRule.findById(ruleId);
        rule.modes.clear();
        rule.modes.addAll(java.util.List.of(modes));
    }

    @Transactional
    public long question(long subDistrictId, VisitQuestionKind kind, String options) {
        VisitQuestion q = new VisitQuestion();
        q.subDistrictId = subDistrictId;
        q.text = "问题" + UUID.randomUUID().toString().substring(0, 6);
        q.kind = kind;
        q.options = options;
        q.persist();
        return q.id;
    }

    @Transactional
    public long visitCount(long householdId) {
        return Visit.count("householdId", householdId);
    }

    @Transactional
    public void receivedAt(long visitId, Instant at) {
        // received_at is not updatable through the entity: it is the server's record of the receipt
        Visit.getEntityManager()
                .createNativeQuery("UPDATE visit SET received_at = :at WHERE id = :id")
                .setParameter("at", at)
                .setParameter("id", visitId)
                .executeUpdate();
    }
}
