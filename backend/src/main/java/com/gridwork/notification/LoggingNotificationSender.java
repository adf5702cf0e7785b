package com.gridwork.notification;

import io.quarkus.arc.DefaultBean;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The default sender while no SMS or WeChat work provider can be reached: it writes one log line (kind, notification
 * id, recipient id; never a name, phone number or issue text) and reports that nothing was delivered.
 */
@DefaultBean
@ApplicationScoped
public class LoggingNotificationSender implements NotificationSender {
    @Override
    public Outcome send(Outgoing notification) {
        Log.infof(
                "Notification %d (%s) for staff %d: no SMS or WeChat work provider configured, not delivered",
                notification.notificationId(), notification.kind(), notification.recipientId());
        return new Outcome(Notification.Delivery.NOT_DELIVERED, null);
    }
}
