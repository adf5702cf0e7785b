package com.gridwork.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** What the notification API answers. */
public final class NotificationDtos {
    private NotificationDtos() {}

    @Schema(name = "NotificationItem", description = "One notice to the caller, its texts in the caller's language")
    public record NotificationItem(
            long id,
            NotificationKind kind,

            @Schema(description = "A short heading, e.g. 新诉求待受理")
            String title,

            @Schema(description = "One sentence naming the issue by number and category, or the activity by title")
            String text,

            @Schema(nullable = true, description = "The issue the notice is about, to open (null for an activity's)")
            Long issueId,

            @Schema(nullable = true) String issueNumber,

            @Schema(
                    nullable = true,
                    description = "The volunteer activity the notice is about, to open (null for an issue's)")
            Long activityId,

            @Schema(nullable = true, description = "EXTENSION_DECIDED only: whether it was approved")
            Boolean approved,

            Instant createdAt,
            boolean read) {}

    @Schema(name = "NotificationSummary", description = "How many of the caller's notices are unread")
    public record NotificationSummary(long unread) {}
}
