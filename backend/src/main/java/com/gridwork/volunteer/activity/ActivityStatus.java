package com.gridwork.volunteer.activity;

// TEMPORARY stand-in until the foundation lands; not committed.
public enum ActivityStatus {
    DRAFT,
    PUBLISHED,
    IN_PROGRESS,
    ENDED,
    CLOSED,
    CANCELLED
}
