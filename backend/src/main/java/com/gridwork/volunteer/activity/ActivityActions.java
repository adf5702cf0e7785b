package com.gridwork.volunteer.activity;

import com.gridwork.access.AreaScope;
import com.gridwork.common.Text;
import com.gridwork.common.http.ETags;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The organiser's lifecycle steps: publish, start, end, close and cancel (If-Match each). Each checks the state
 * first (409 naming it), then the person ({@link ActivityLifecycle#require}).
 */
@ApplicationScoped
public class ActivityActions {
    /** Sign-up states that hold or wait for a place; cancelling the activity cancels them. */
    static final List<String> LIVE_SIGN_UPS = List.of("PENDING", "ACCEPTED", "WAITLISTED");

    @Inject
    ActivityAccess access;

    @Inject
    ActivityViews views;

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Event<ActivityCancelled> cancelled;

    /** PUBLISH, START, END or CLOSE. */
    @Transactional
    public ActivityDetail step(long id, String ifMatch, ActivityAction action) {
        Activity a = acting(id, ifMatch, action);
        Instant now = Instant.now();
        switch (action) {
            case PUBLISH -> a.publishedAt = now;
            case CLOSE -> a.closedAt = now;
            default -> {}
        }
        a.status = ActivityLifecycle.next(action, a.status);
        a.touch();
        return views.detail(a);
    }

    /**
     * Cancels the activity with a reason: every live sign-up (pending, accepted, waitlisted) is cancelled with it,
     * its posts' places are free, and the volunteers who had signed up are told in-app.
     */
    @Transactional
    public ActivityDetail cancel(long id, String ifMatch, String reason) {
        Activity a = acting(id, ifMatch, ActivityAction.CANCEL);
        @SuppressWarnings("unchecked")
        List<Number> staffIds = em.createNativeQuery(
                        "select distinct v.staff_id from volunteer_signup s join volunteer v on v.id = s.volunteer_id"
                                + " where s.activity_id = :a and s.status in :live and v.staff_id is not null")
                .setParameter("a", a.id)
                .setParameter("live", LIVE_SIGN_UPS)
                .getResultList();
        Instant now = Instant.now();
        String why = Text.strip(reason);
        em.createNativeQuery("update volunteer_signup set status = 'CANCELLED', reason = :why, decided_by = :by,"
                        + " decided_at = :now, version = version + 1, updated_at = :now"
                        + " where activity_id = :a and status in :live")
                .setParameter("why", why)
                .setParameter("by", scope.caller().username())
                .setParameter("now", now)
                .setParameter("a", a.id)
                .setParameter("live", LIVE_SIGN_UPS)
                .executeUpdate();
        em.createNativeQuery("update volunteer_post p join volunteer_session s on s.id = p.session_id"
                        + " set p.accepted_count = 0, p.version = p.version + 1, p.updated_at = :now"
                        + " where s.activity_id = :a and p.accepted_count > 0")
                .setParameter("now", now)
                .setParameter("a", a.id)
                .executeUpdate();
        a.status = ActivityLifecycle.next(ActivityAction.CANCEL, a.status);
        a.cancelReason = why;
        a.cancelledAt = now;
        a.touch();
        Set<Long> recipients = new LinkedHashSet<>();
        staffIds.forEach(n -> recipients.add(n.longValue()));
        cancelled.fire(new ActivityCancelled(
                a.id,
                a.title,
                why,
                a.grid != null ? a.grid.id : a.community.id,
                a.areaPath,
                scope.caller().staffId(),
                recipients));
        // the bulk statements bypassed the session: read the posts afresh
        em.flush();
        em.clear();
        return views.detail(em.find(Activity.class, id));
    }

    private Activity acting(long id, String ifMatch, ActivityAction action) {
        Activity a = access.visible(id);
        ETags.require(ifMatch, a.version);
        ActivityLifecycle.require(
                action, a.status, access.manages(a), action == ActivityAction.CLOSE && views.hoursPending(a.id) > 0);
        return a;
    }
}
