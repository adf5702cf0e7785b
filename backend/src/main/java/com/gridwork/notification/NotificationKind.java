package com.gridwork.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a notification tells its recipient. */
@Schema(name = "NotificationKind")
public enum NotificationKind {
    /** A new issue in the recipient's scope waits to be accepted. */
    ISSUE_AWAITING_ACCEPTANCE,
    /** An issue was escalated to the recipient's sub-district, which decides who handles it. */
    ISSUE_ESCALATED,
    /** An issue was assigned to the recipient to handle. */
    ISSUE_ASSIGNED,
    /** First responsibility for an issue was transferred to the recipient. */
    ISSUE_TRANSFERRED,
    /** An issue the recipient handles has used 70% of its time (the yellow warning). */
    ISSUE_DUE_SOON,
    /** An issue the recipient handles passed its deadline (the red warning). */
    ISSUE_OVERDUE,
    /** The recipient's extension request was approved or rejected. */
    EXTENSION_DECIDED,
    /** The resident was unsatisfied: the issue the recipient handles is open again. */
    ISSUE_REOPENED,
    /** A volunteer activity the recipient had signed up for was cancelled (the sign-up with it). */
    ACTIVITY_CANCELLED
}
