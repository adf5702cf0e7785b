package com.gridwork.volunteer.activity;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Moves published activities along with the clock ({@link ActivityLifecycle#byClock}): in progress at the first
 * session's start, ended after the last one's end. Organisers may take the same steps by hand earlier. Each move
 * raises the activity's version, so an organiser holding the old one gets a 412 rather than acting on a stale state.
 */
@ApplicationScoped
public class ActivityClock {
    @Inject
    EntityManager em;

    @Scheduled(
            every = "${gridwork.activities.clock-every:1m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int moved = run(Instant.now());
        if (moved > 0) {
            Log.infof("Moved %d activit(ies) along with the clock", moved);
        }
    }

    /** Moves what the clock moves at {@code now}; returns how many activities moved. */
    @Transactional
    public int run(Instant now) {
        List<Activity> due = em.createQuery(
                        "select a from Activity a where a.status in :running and a.startsAt <= :now", Activity.class)
                .setParameter("running", List.of(ActivityStatus.PUBLISHED, ActivityStatus.IN_PROGRESS))
                .setParameter("now", now)
                .getResultList();
        int moved = 0;
        for (Activity a : due) {
            var next = ActivityLifecycle.byClock(a.status, a.startsAt, a.endsAt, now);
            if (next.isPresent()) {
                a.status = next.get();
                a.touch();
                moved++;
            }
        }
        return moved;
    }
}
