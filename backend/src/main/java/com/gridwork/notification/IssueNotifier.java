package com.gridwork.notification;

import com.gridwork.area.Area;
import com.gridwork.issue.Issue;
import com.gridwork.issue.IssueHandlers;
import com.gridwork.issue.IssueHappened;
import com.gridwork.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Turns what happened to an issue into notices for the people it concerns, in the transaction of the change (a
 * synchronous observer): if the action rolls back, so do its notices. Nobody is told of their own action, and the
 * one who took an issue in is never told that it waits for acceptance.
 */
@ApplicationScoped
public class IssueNotifier {
    @Inject
    NotificationRecipients recipients;

    @Inject
    IssueHandlers handlers;

    @Inject
    Event<NotificationDelivery.Created> created;

    void on(@Observes IssueHappened happened) {
        Issue issue = happened.issue();
        switch (happened.what()) {
            case TAKEN_IN -> {
                // Not the reporter: whoever took it in (the caller, or the colleague named as receiver) knows.
                Collection<Long> to = recipients.deciders(issue).stream()
                        .filter(id -> !id.equals(issue.receivedBy.id))
                        .toList();
                notify(happened, NotificationKind.ISSUE_AWAITING_ACCEPTANCE, to, null, null);
            }
            case ESCALATED ->
                notify(happened, NotificationKind.ISSUE_ESCALATED, recipients.deciders(issue), null, null);
            // given to a volunteer team or a unit: its leaders or liaisons (with a sign-in) hear of it in the app
            case ASSIGNED -> notify(happened, NotificationKind.ISSUE_ASSIGNED, handlers.accounts(issue), null, null);
            case TRANSFERRED ->
                notify(happened, NotificationKind.ISSUE_TRANSFERRED, List.of(happened.personId()), null, null);
            case EXTENSION_APPROVED, EXTENSION_REJECTED ->
                notify(
                        happened,
                        NotificationKind.EXTENSION_DECIDED,
                        List.of(happened.personId()),
                        happened.what() == IssueHappened.What.EXTENSION_APPROVED,
                        null);
            case REOPENED -> notify(happened, NotificationKind.ISSUE_REOPENED, List.of(worker(issue)), null, null);
            case DUE_SOON -> scheduled(happened, NotificationKind.ISSUE_DUE_SOON);
            case OVERDUE -> scheduled(happened, NotificationKind.ISSUE_OVERDUE);
        }
    }

    /**
     * Who works on the issue now: its handler, else (not yet assigned, or given to a volunteer team or a unit, for
     * which the first-responsible person stays accountable) its first-responsible person.
     */
    private static long worker(Issue issue) {
        return issue.handler != null ? issue.handler.id : issue.firstResponsible.id;
    }

    /** A deadline notice, once per recipient, issue and deadline (a reopened issue keeps its deadline). */
    private void scheduled(IssueHappened happened, NotificationKind kind) {
        Issue issue = happened.issue();
        long to = worker(issue);
        String key = kind + ":" + issue.id + ":" + to + ":" + issue.dueAt.getEpochSecond();
        if (Notification.count("dedupKey", key) == 0) {
            notify(happened, kind, List.of(to), null, key);
        }
    }

    private void notify(
            IssueHappened happened, NotificationKind kind, Collection<Long> to, Boolean approved, String dedupKey) {
        Issue issue = happened.issue();
        Area area = issue.building != null ? issue.building : issue.grid != null ? issue.grid : issue.community;
        Instant now = Instant.now();
        for (Long recipient : to) {
            if (Objects.equals(recipient, happened.actorId()) || !reachable(recipient)) {
                continue;
            }
            Notification n = new Notification();
            n.recipientId = recipient;
            n.kind = kind;
            n.approved = approved;
            n.issueId = issue.id;
            n.issueNumber = happened.number();
            n.issueCategory = issue.category.name;
            n.areaId = area.id;
            n.areaPath = issue.areaPath;
            n.createdAt = now;
            n.dedupKey = dedupKey;
            n.persist();
            created.fire(new NotificationDelivery.Created(n.id, kind, recipient));
        }
    }

    /** A person with an enabled account (not an API client's). */
    static boolean reachable(Long staffId) {
        Staff staff = Staff.findById(staffId);
        return staff != null && staff.enabled && !staff.serviceAccount;
    }
}
