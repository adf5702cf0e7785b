package com.gridwork.pairing.reassign;

import com.gridwork.pairing.Pairing;
import com.gridwork.pairing.PairingEndReason;
import com.gridwork.pairing.PairingStatus;
import com.gridwork.registry.household.Household;
import com.gridwork.visit.obligation.ObligationStatus;
import com.gridwork.visit.obligation.VisitObligation;
import com.gridwork.visit.rule.VisitPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Periods, obligations and pairing ends straight in the database, for the reassignment tests. */
@ApplicationScoped
public class ReassignmentTestData {
    @Inject
    EntityManager em;

    /** An obligation of a rule's period (made when missing) for a household, under a pairing or none. */
    @Transactional
    public long obligation(
            long ruleId,
            long householdId,
            Long pairingId,
            Long responsibleStaffId,
            LocalDate startsOn,
            ObligationStatus status) {
        VisitPeriod period = VisitPeriod.<VisitPeriod>find("ruleId = ?1 and startsOn = ?2", ruleId, startsOn)
                .firstResultOptional()
                .orElseGet(() -> {
                    VisitPeriod p = new VisitPeriod();
                    p.ruleId = ruleId;
                    p.startsOn = startsOn;
                    p.endsOn = startsOn.plusMonths(1).minusDays(1);
                    p.dueOn = p.endsOn;
                    p.generatedAt = Instant.now();
                    p.householdCount = 1;
                    p.persist();
                    return p;
                });
        Household h = Household.findById(householdId);
        VisitObligation o = new VisitObligation();
        o.periodId = period.id;
        o.ruleId = ruleId;
        o.householdId = householdId;
        o.gridId = h.grid.id;
        o.areaPath = h.areaPath;
        o.responsibleStaffId = responsibleStaffId;
        o.pairingId = pairingId;
        o.pairingTypeCode = pairingId == null ? null : Pairing.<Pairing>findById(pairingId).typeCode;
        o.startsOn = period.startsOn;
        o.endsOn = period.endsOn;
        o.dueOn = period.dueOn;
        o.visitsRequired = 1;
        o.status = status;
        if (status == ObligationStatus.SATISFIED) {
            o.satisfiedOn = startsOn;
            o.completedDays = 1;
        }
        o.persist();
        return o.id;
    }

    /**
     * Ends a pairing as an office worker would at the same moment: reads it, and writes it back under its version
     * (a concurrent change makes the write fail). True when this end won.
     */
    @Transactional
    public boolean end(long pairingId) {
        Pairing p = Pairing.findById(pairingId);
        if (p.status != PairingStatus.ACTIVE) {
            return false;
        }
        p.status = PairingStatus.ENDED;
        p.endReason = PairingEndReason.NO_LONGER_NEEDED;
        p.validTo = LocalDate.now();
        p.endedAt = Instant.now();
        em.flush();
        return true;
    }

    @Transactional
    public Pairing pairing(long id) {
        Pairing p = Pairing.findById(id);
        em.detach(p);
        return p;
    }

    @Transactional
    public VisitObligation obligation(long id) {
        VisitObligation o = VisitObligation.findById(id);
        em.detach(o);
        return o;
    }

    /** The pairings of a household, oldest first. */
    @Transactional
    public List<Pairing> pairingsOf(long householdId) {
        List<Pairing> list = Pairing.list("householdId = ?1 order by id", householdId);
        list.forEach(em::detach);
        return list;
    }

    /** How many obligations each state has, of these households: nothing may be lost by a move. */
    @Transactional
    public long openObligations(List<Long> householdIds) {
        return VisitObligation.count("householdId in ?1 and status = ?2", householdIds, ObligationStatus.OPEN);
    }

    /** How many move rows name the obligation (at most one per reassignment). */
    @Transactional
    public long movesOf(long obligationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM visit_obligation_move WHERE obligation_id = :o")
                        .setParameter("o", obligationId)
                        .getSingleResult())
                .longValue();
    }
}
