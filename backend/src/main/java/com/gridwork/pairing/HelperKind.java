package com.gridwork.pairing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who helps: a staff member or a volunteer; a party member or a co-building unit once they exist (issue 16). */
@Schema(name = "PairingHelperKind")
public enum HelperKind {
    STAFF,
    VOLUNTEER,
    PARTY_MEMBER,
    UNIT
}
