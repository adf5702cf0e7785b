package com.gridwork.wish;

/** A claim's state: ACTIVE and FULFILLED are live (at most one per wish); REALISED and CANCELLED have ended. */
public enum MicroWishClaimStatus {
    ACTIVE,
    FULFILLED,
    REALISED,
    CANCELLED;

    public boolean live() {
        return this == ACTIVE || this == FULFILLED;
    }
}
