package com.gridwork.volunteer.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organiser may do to an activity; the detail lists the ones possible now ({@link ActivityLifecycle}). */
@Schema(name = "ActivityAction")
public enum ActivityAction {
    /** Change the activity, its sessions and posts (after publishing within limits: see ActivityPlan). */
    EDIT,
    /** Draft to published: volunteers of the community see it and may sign up. */
    PUBLISH,
    /** Published to in progress (also by the clock at the first session's start). */
    START,
    /** In progress to ended (also by the clock after the last session's end). */
    END,
    /** Ended to closed, once none of its hours wait for confirmation. */
    CLOSE,
    /** Draft, published or in progress to cancelled, with a reason; live sign-ups are cancelled and told. */
    CANCEL
}
