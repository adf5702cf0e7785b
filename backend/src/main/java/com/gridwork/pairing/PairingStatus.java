package com.gridwork.pairing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a pairing is in force; an ended one stays as history. */
@Schema(name = "PairingStatus")
public enum PairingStatus {
    ACTIVE,
    ENDED
}
