package com.gridwork.issue;

import com.gridwork.issue.IssueHappened.What;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Marks open issues whose deadline has passed and writes an OVERDUE event on their timeline; marks those that turned
 * yellow (70% of their time used) as due soon. The warning colour is computed on every read anyway; this makes each
 * moment a recorded fact, once per deadline, and tells observers (notifications) of it in the same transaction. Bulk
 * statements, so that the issue's version (the ETag people hold) does not change under them.
 */
@ApplicationScoped
public class OverdueCheck {
    private static final String OPEN = "(" + IssueStatus.OPEN_SQL + ")";

    @Inject
    EntityManager em;

    @Inject
    Event<IssueHappened> happened;

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

    /** Marks what is due soon and what is overdue at {@code now}; returns how many issues were marked overdue. */
    @Transactional
    public int run(Instant now) {
        markDueSoon(now);
        List<Issue> overdue = em.createQuery(
                        "select i from Issue i where i.status in :open and i.dueAt <= :now and i.overdueMarkedAt is null",
                        Issue.class)
                .setParameter("open", IssueStatus.OPEN)
                .setParameter("now", now)
                .getResultList();
        if (overdue.isEmpty()) {
            return 0;
        }
        em.createNativeQuery(
                        "insert into issue_event (issue_id, type, from_status, to_status, actor_id, at, comment, detail)"
                                + " select i.id, 'OVERDUE', null, null, null, :now, null, null from issue i"
                                + " where i.status in " + OPEN
                                + " and i.due_at <= :now and i.overdue_marked_at is null")
                .setParameter("now", now)
                .executeUpdate();
        int marked = em.createNativeQuery("update issue i set i.overdue_marked_at = :now" + " where i.status in " + OPEN
                        + " and i.due_at <= :now and i.overdue_marked_at is null")
                .setParameter("now", now)
                .executeUpdate();
        overdue.forEach(issue -> happened.fire(new IssueHappened(What.OVERDUE, issue, null, null)));
        return marked;
    }

    /** Open issues past their warning time but not yet due, not yet marked for this deadline. */
    private void markDueSoon(Instant now) {
        List<Issue> dueSoon = em.createQuery(
                        "select i from Issue i where i.status in :open and i.dueAt > :now and i.warnAt <= :now"
                                + " and i.dueSoonMarkedAt is null",
                        Issue.class)
                .setParameter("open", IssueStatus.OPEN)
                .setParameter("now", now)
                .getResultList();
        if (dueSoon.isEmpty()) {
            return;
        }
        em.createNativeQuery("update issue i set i.due_soon_marked_at = :now where i.status in " + OPEN
                        + " and i.due_at > :now and i.warn_at <= :now and i.due_soon_marked_at is null")
                .setParameter("now", now)
                .executeUpdate();
        dueSoon.forEach(issue -> happened.fire(new IssueHappened(What.DUE_SOON, issue, null, null)));
    }
}
