package com.gridwork.volunteer.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity's lifecycle: draft, published, in progress, ended, closed (all hours settled), or cancelled. */
@Schema(name = "ActivityStatus")
public enum ActivityStatus {
    DRAFT,
    PUBLISHED,
    IN_PROGRESS,
    ENDED,
    CLOSED,
    CANCELLED
}
