package com.gridwork.party.report;

import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyMemberReport;
import com.gridwork.party.PartyReportEnded;
import com.gridwork.party.PartyReportStatus;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Moves yearly reports (member and unit) along with the calendar ({@link PartyReportLifecycle#byClock}): a confirmed
 * report becomes ACTIVE when its year begins, a live report of a past year EXPIRES (a member's fires
 * {@link PartyReportEnded}). Runs hourly and is idempotent, so the day's steps happen in the first run after midnight
 * (Beijing time) even when the server was down at midnight. Each move raises the report's version.
 */
@ApplicationScoped
public class PartyReportClock {
    @Inject
    EntityManager em;

    @Inject
    Event<PartyReportEnded> ended;

    @Scheduled(
            every = "${gridwork.party-reports.clock-every:1h}",
            delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int moved = run(BeijingTime.today());
        if (moved > 0) {
            Log.infof("Moved %d party report(s) along with the calendar", moved);
        }
    }

    /** Moves what the calendar moves on {@code today}; returns how many reports moved. */
    @Transactional
    public int run(LocalDate today) {
        int year = today.getYear();
        Instant now = Instant.now();
        int moved = 0;
        for (PartyMemberReport r : due(PartyMemberReport.class, year)) {
            var next = PartyReportLifecycle.byClock(r.status, r.reportYear, year);
            if (next.isPresent()) {
                PartyReportStatus from = r.status;
                r.status = next.get();
                if (!r.status.live()) {
                    r.endedAt = now;
                }
                r.touch();
                if (PartyReportLifecycle.ends(from, r.status)) {
                    ended.fire(new PartyReportEnded(r.id, r.volunteerId, r.status));
                }
                moved++;
            }
        }
        for (PartyUnitReport r : due(PartyUnitReport.class, year)) {
            var next = PartyReportLifecycle.byClock(r.status, r.reportYear, year);
            if (next.isPresent()) {
                r.status = next.get();
                if (!r.status.live()) {
                    r.endedAt = now;
                }
                r.touch();
                moved++;
            }
        }
        return moved;
    }

    /** The reports the clock may move: live ones of past years, and confirmed ones of this year. */
    private <T> List<T> due(Class<T> type, int year) {
        return em.createQuery(
                        "select r from " + type.getSimpleName()
                                + " r where (r.status in :live and r.reportYear < :year)"
                                + " or (r.status = :confirmed and r.reportYear = :year)",
                        type)
                .setParameter("live", PartyReportStatus.LIVE)
                .setParameter("year", year)
                .setParameter("confirmed", PartyReportStatus.CONFIRMED)
                .getResultList();
    }
}
