package com.gridwork.notification;

import com.gridwork.volunteer.activity.ActivityCancelled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Tells the volunteers whose sign-ups a cancelled activity took with it, in the transaction of the cancellation (a
 * synchronous observer): one notice per volunteer account, never to the one who cancelled.
 */
@ApplicationScoped
public class ActivityNotifier {
    @Inject
    Event<NotificationDelivery.Created> created;

    void on(@Observes ActivityCancelled cancelled) {
        Instant now = Instant.now();
        for (Long recipient : cancelled.recipients()) {
            if (recipient == cancelled.actorId() || !IssueNotifier.reachable(recipient)) {
                continue;
            }
            Notification n = new Notification();
            n.recipientId = recipient;
            n.kind = NotificationKind.ACTIVITY_CANCELLED;
            n.activityId = cancelled.activityId();
            n.activityTitle = cancelled.title();
            n.reason = cancelled.reason();
            n.areaId = cancelled.areaId();
            n.areaPath = cancelled.areaPath();
            n.createdAt = now;
            n.persist();
            created.fire(new NotificationDelivery.Created(n.id, n.kind, recipient));
        }
    }
}
