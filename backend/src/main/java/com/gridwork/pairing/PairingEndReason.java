package com.gridwork.pairing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a pairing ended. */
@Schema(name = "PairingEndReason")
public enum PairingEndReason {
    HELPER_LEFT,
    HOUSEHOLD_MOVED_OUT,
    NO_LONGER_NEEDED,
    REASSIGNED,
    EXPIRED,
    OTHER
}
