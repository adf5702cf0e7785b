package com.gridwork.party.post;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post's state: OPEN for claims, CLOSED by staff (its claims stay until released), ENDED after its term. */
@Schema(name = "PartyPostStatus")
public enum PartyPostStatus {
    OPEN,
    CLOSED,
    ENDED
}
