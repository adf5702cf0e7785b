package com.gridwork.notification;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.issue.ActingFor;
import com.gridwork.issue.IssueHandlers;
import com.gridwork.notification.NotificationDtos.NotificationItem;
import com.gridwork.notification.NotificationDtos.NotificationSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The caller's own notices, and only those that are still about something the caller may see: an issue in their scope
 * or one they handle or answer for (a scope that changed hides the notices of issues left behind).
 */
@ApplicationScoped
public class NotificationService {
    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    @Inject
    IssueHandlers handlers;

    /** The caller's notices, newest first; only the unread ones with {@code unread} true. */
    @Transactional
    public PageResult<NotificationItem> list(Boolean unread, PageParams page, Locale locale) {
        // Ids grow with creation time: ordering by id is ordering by createdAt, on the recipient's index.
        String order = page.sort == null || page.sort.isBlank()
                ? "n.id desc"
                : page.sortTerms(Map.of("createdAt", "n.id")).stream()
                        .map(t -> t.path() + (t.descending() ? " desc" : " asc"))
                        .collect(Collectors.joining(", "));
        Visible visible = visible(Boolean.TRUE.equals(unread));
        List<Notification> rows = visible.bind(em.createQuery(
                        "select n from Notification n where " + visible.condition + " order by " + order,
                        Notification.class))
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size)
                .getResultList();
        long total = page.total(rows.size(), () -> count(visible));
        return new PageResult<>(rows.stream().map(n -> item(n, locale)).toList(), page.page, page.size, total);
    }

    @Transactional
    public NotificationSummary summary() {
        return new NotificationSummary(count(visible(true)));
    }

    /** Marks one of the caller's notices read (again is fine); anyone else's is a 404, as if it did not exist. */
    @Transactional
    public NotificationItem read(long id, Locale locale) {
        Visible visible = visible(false);
        Notification n = visible.bind(em.createQuery(
                                "select n from Notification n where n.id = :id and " + visible.condition,
                                Notification.class)
                        .setParameter("id", id))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ApiProblem.notFound("notification.not-found", id));
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return item(n, locale);
    }

    /** Marks every unread notice of the caller read; answers the unread count that is left (0). */
    @Transactional
    public NotificationSummary readAll() {
        em.createQuery("update Notification n set n.readAt = :now where n.recipientId = :me and n.readAt is null")
                .setParameter("now", Instant.now())
                .setParameter("me", scope.caller().staffId())
                .executeUpdate();
        return summary();
    }

    private long count(Visible visible) {
        return visible.bind(
                        em.createQuery("select count(n) from Notification n where " + visible.condition, Long.class))
                .getSingleResult();
    }

    /** The condition for the caller's visible notices, and its parameters. */
    private record Visible(String condition, AreaScope.ScopeFilter filter, long me, ActingFor acting) {
        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            filter.bind(query);
            acting.params().forEach(query::setParameter);
            return query.setParameter("me", me);
        }
    }

    private Visible visible(boolean unreadOnly) {
        Caller caller = scope.caller();
        AreaScope.ScopeFilter filter = scope.filter("n.areaPath");
        // a volunteer team's leader or a unit's liaison: also the issues given to a team they lead or to their unit
        ActingFor acting = handlers.actingFor(caller);
        String condition = "n.recipientId = :me" + (unreadOnly ? " and n.readAt is null" : "")
                + " and (" + filter.jpql()
                + " or exists (select 1 from Issue i where i.id = n.issueId"
                + " and (i.handlerId = :me or i.firstResponsibleId = :me"
                + (acting.isEmpty() ? "" : " or " + acting.condition("i"))
                + ")))";
        return new Visible(condition, filter, caller.staffId(), acting);
    }

    private NotificationItem item(Notification n, Locale locale) {
        String key = "notification." + n.kind.name()
                + (n.kind == NotificationKind.EXTENSION_DECIDED
                        ? (Boolean.TRUE.equals(n.approved) ? ".approved" : ".rejected")
                        : "");
        String text = n.activityId != null
                ? messages.get(locale, key + ".text", n.activityTitle, n.reason)
                : messages.get(locale, key + ".text", n.issueNumber, n.issueCategory);
        return new NotificationItem(
                n.id,
                n.kind,
                messages.get(locale, key + ".title"),
                text,
                n.issueId,
                n.issueNumber,
                n.activityId,
                n.approved,
                n.createdAt,
                n.readAt != null);
    }
}
