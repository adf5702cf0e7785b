package com.gridwork.issue;

/**
 * Something happened to an issue that people should hear of. Fired synchronously after the change, inside the
 * action's transaction, so whatever an observer writes (notifications) stands or falls with the change itself. The
 * issue package knows nothing of who is told; observers decide that.
 *
 * @param issue the issue as it is after the change
 * @param actorId the staff member who acted; null for the scheduled checks
 * @param personId the person the change concerns, where the issue itself does not say: the one first
 *     responsibility was transferred to, the one who asked for an extension; else null
 */
public record IssueHappened(What what, Issue issue, Long actorId, Long personId) {
    public enum What {
        /** Taken in, waiting to be accepted. */
        TAKEN_IN,
        /** Escalated to the sub-district, waiting for it to decide. */
        ESCALATED,
        ASSIGNED,
        TRANSFERRED,
        EXTENSION_APPROVED,
        EXTENSION_REJECTED,
        /** The resident was unsatisfied: back to the handler. */
        REOPENED,
        /** 70% of its time used (the yellow warning). */
        DUE_SOON,
        /** Its deadline passed (the red warning). */
        OVERDUE
    }

    /** The issue's number as people read it (Q20261204-000123). */
    public String number() {
        return IssueViews.number(issue);
    }
}
