package com.gridwork.wish;

/** A wish's state: published at once, then claimed, fulfilled (photo), realised (confirmed); or taken down. */
public enum MicroWishStatus {
    PUBLISHED,
    CLAIMED,
    FULFILLED,
    REALISED,
    TAKEN_DOWN
}
