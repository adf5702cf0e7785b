package com.gridwork.registry;

/** Households and residents are never deleted: they move out, and can be restored. */
public enum RecordStatus {
    ACTIVE,
    MOVED_OUT
}
