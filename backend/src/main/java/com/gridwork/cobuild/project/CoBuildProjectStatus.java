package com.gridwork.cobuild.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A co-building project's lifecycle; see {@link ProjectLifecycle} for the moves between these states. */
@Schema(name = "CoBuildProjectStatus")
public enum CoBuildProjectStatus {
    DRAFT,
    REJECTED,
    OPEN_PAIRED,
    OPEN_ALL,
    CLAIMED,
    IN_PROGRESS,
    SUBMITTED,
    ACCEPTED,
    CANCELLED;

    /** Whether a project in this state still addresses its needs (they stay IN_PROJECT while it does). */
    public boolean live() {
        return this != REJECTED && this != ACCEPTED && this != CANCELLED;
    }

    /** Open for claim, to the paired units or to every unit of the sub-district. */
    public boolean open() {
        return this == OPEN_PAIRED || this == OPEN_ALL;
    }
}
