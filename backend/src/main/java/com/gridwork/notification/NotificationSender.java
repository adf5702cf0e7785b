package com.gridwork.notification;

/**
 * Delivers a notification beyond the app, by SMS or a WeChat work message. Called after the event's transaction has
 * committed, once per notification; whatever it does or throws never touches the action that caused it. The default
 * is {@link LoggingNotificationSender}; a provider's implementation (an {@code @ApplicationScoped} bean) replaces it.
 * An implementation reports what really happened: no provider, no "delivered".
 */
public interface NotificationSender {
    enum Channel {
        SMS,
        WECHAT_WORK
    }

    /** What to send: the sender loads the recipient's address and renders the text itself, from these ids. */
    record Outgoing(long notificationId, NotificationKind kind, long recipientId) {}

    /** What the sender did: delivered, failed, or nothing (no provider); the channel it used, if any. */
    record Outcome(Notification.Delivery delivery, Channel channel) {}

    Outcome send(Outgoing notification);
}
