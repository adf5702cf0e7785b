package com.gridwork.cobuild.agreement;

import com.gridwork.common.time.BeijingTime;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Moves agreements along with the calendar ({@link AgreementLifecycle#byClock}) once a day just after midnight in
 * Beijing, and once at start-up (a day the service was down is caught up). Each move raises the version, so a
 * stale If-Match gets a 412.
 */
@ApplicationScoped
public class AgreementClock {
    @Inject
    EntityManager em;

    @Scheduled(
            cron = "${gridwork.cobuild.agreement-clock:0 5 0 * * ?}",
            timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        tick();
    }

    @Scheduled(delayed = "40s", every = "24h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void atStart() {
        tick();
    }

    private void tick() {
        int moved = run(BeijingTime.today());
        if (moved > 0) {
            Log.infof("Moved %d co-building agreement(s) along with the calendar", moved);
        }
    }

    /** Moves what the clock moves on {@code today}; returns how many agreements moved. */
    @Transactional
    public int run(LocalDate today) {
        List<CoBuildAgreement> due = em.createQuery(
                        "select a from CoBuildAgreement a where (a.status = :signed and a.termFrom <= :today)"
                                + " or (a.status = :active and a.termTo < :today)",
                        CoBuildAgreement.class)
                .setParameter("signed", CoBuildAgreementStatus.SIGNED)
                .setParameter("active", CoBuildAgreementStatus.ACTIVE)
                .setParameter("today", today)
                .getResultList();
        int moved = 0;
        for (CoBuildAgreement a : due) {
            var next = AgreementLifecycle.byClock(a.status, a.termFrom, a.termTo, today);
            if (next.isPresent()) {
                a.status = next.get();
                if (a.status == CoBuildAgreementStatus.EXPIRED) {
                    a.endedOn = a.termTo;
                }
                a.touch();
                moved++;
            }
        }
        return moved;
    }
}
