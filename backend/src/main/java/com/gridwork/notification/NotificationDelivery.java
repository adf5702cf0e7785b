package com.gridwork.notification;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hands each new notification to the {@link NotificationSender} once its transaction has committed (a rolled-back
 * action sends nothing), and records the outcome. A failing sender is logged and recorded as FAILED; the action that
 * caused the notice has already succeeded and stays so.
 */
@ApplicationScoped
public class NotificationDelivery {
    /** Fired inside the event's transaction for each notification written. */
    public record Created(long notificationId, NotificationKind kind, long recipientId) {}

    @Inject
    NotificationSender sender;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Created created) {
        NotificationSender.Outcome outcome;
        try {
            outcome = sender.send(
                    new NotificationSender.Outgoing(created.notificationId(), created.kind(), created.recipientId()));
        } catch (RuntimeException e) {
            Log.warnf(
                    "Notification %d: the sender failed (%s)",
                    created.notificationId(), e.getClass().getSimpleName());
            outcome = new NotificationSender.Outcome(Notification.Delivery.FAILED, null);
        }
        NotificationSender.Outcome result = outcome == null || outcome.delivery() == null
                ? new NotificationSender.Outcome(Notification.Delivery.FAILED, null)
                : outcome;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Notification n = Notification.findById(created.notificationId());
                n.delivery = result.delivery();
                n.deliveryChannel = result.channel();
            });
        } catch (RuntimeException e) {
            Log.warnf(
                    "Notification %d: could not record its delivery (%s)",
                    created.notificationId(), e.getClass().getSimpleName());
        }
    }
}
