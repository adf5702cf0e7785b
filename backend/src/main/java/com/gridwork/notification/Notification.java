package com.gridwork.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One notice for one staff member about one issue or one volunteer activity; read when {@code readAt} is set. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    /** What became of the notice beyond the app (SMS, WeChat work message). */
    public enum Delivery {
        /** The sender has not answered yet (it is called after commit). */
        PENDING,
        /** No provider took it: the logging sender only wrote a line. */
        NOT_DELIVERED,
        DELIVERED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recipient_id", nullable = false)
    public Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public NotificationKind kind;

    /** For {@link NotificationKind#EXTENSION_DECIDED} only. */
    @Column
    public Boolean approved;

    /** The issue the notice is about; null for an activity's notice. */
    @Column(name = "issue_id")
    public Long issueId;

    @Column(name = "issue_number", length = 32)
    public String issueNumber;

    @Column(name = "issue_category", length = 64)
    public String issueCategory;

    /** The volunteer activity the notice is about; null for an issue's notice. */
    @Column(name = "activity_id")
    public Long activityId;

    @Column(name = "activity_title", length = 100)
    public String activityTitle;

    /** Why (an activity's cancellation reason), when the notice tells it. */
    @Column(length = 500)
    public String reason;

    @Column(name = "area_id", nullable = false)
    public Long areaId;

    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "dedup_key", length = 120)
    public String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Delivery delivery = Delivery.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_channel", length = 16)
    public NotificationSender.Channel deliveryChannel;
}
