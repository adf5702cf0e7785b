package com.gridwork.issue;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Marks open issues whose deadline has passed and writes an OVERDUE event on their timeline. The warning colour is
 * computed on every read anyway; this makes the moment of overdue a recorded fact. Bulk statements, so that the
 * issue's version (the ETag people hold) does not change under them.
 */
@ApplicationScoped
public class OverdueCheck {
    @Inject
    EntityManager em;

    @Scheduled(
            every = "${gridwork.issues.overdue-check-every:5m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int marked = run(Instant.now());
        if (marked > 0) {
            Log.infof("Marked %d issue(s) overdue", marked);
        }
    }

    /** Marks what is overdue at {@code now}; returns how many issues were marked. */
    @Transactional
    public int run(Instant now) {
        String open = "(" + IssueStatus.OPEN_SQL + ")";
        em.createNativeQuery(
                        "insert into issue_event (issue_id, type, from_status, to_status, actor_id, at, comment, detail)"
                                + " select i.id, 'OVERDUE', null, null, null, :now, null, null from issue i"
                                + " where i.status in " + open
                                + " and i.due_at <= :now and i.overdue_marked_at is null")
                .setParameter("now", now)
                .executeUpdate();
        return em.createNativeQuery("update issue i set i.overdue_marked_at = :now" + " where i.status in " + open
                        + " and i.due_at <= :now and i.overdue_marked_at is null")
                .setParameter("now", now)
                .executeUpdate();
    }
}
