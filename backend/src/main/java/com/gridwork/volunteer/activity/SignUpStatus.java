package com.gridwork.volunteer.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sign-up: pending approval, accepted, waitlisted, rejected, withdrawn by the volunteer, or cancelled (with the activity, or removed by the organisers). */
@Schema(name = "ActivitySignUpStatus")
public enum SignUpStatus {
    PENDING,
    ACCEPTED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN,
    CANCELLED
}
