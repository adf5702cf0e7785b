package com.gridwork.party.post;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Logged service: SUBMITTED by the member, then VERIFIED (a confirmed hours entry) or REJECTED with a reason. */
@Schema(name = "PartyServiceLogStatus")
public enum PartyServiceLogStatus {
    SUBMITTED,
    VERIFIED,
    REJECTED
}
