package com.gridwork.party.post;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim's state: ACTIVE (it holds a place), then RELEASED by the member, REVOKED by the community (each with a
 * reason), or ENDED when the post's term or the member's report ended.
 */
@Schema(name = "PartyPostClaimStatus")
public enum PartyPostClaimStatus {
    ACTIVE,
    RELEASED,
    REVOKED,
    ENDED
}
