package com.gridwork.party;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Set;

/**
 * A yearly report's lifecycle (member or unit): SUBMITTED, then CONFIRMED by the community (waiting for its year to
 * begin) or REJECTED; ACTIVE within its year; then TRANSFERRED_OUT, WITHDRAWN (with a reason) or EXPIRED at year end.
 */
@Schema(name = "PartyReportStatus")
public enum PartyReportStatus {
    SUBMITTED,
    CONFIRMED,
    ACTIVE,
    REJECTED,
    TRANSFERRED_OUT,
    WITHDRAWN,
    EXPIRED;

    /** The statuses of a live report: at most one per member (or unit and community) and year. */
    public static final Set<PartyReportStatus> LIVE = EnumSet.of(SUBMITTED, CONFIRMED, ACTIVE);

    public boolean live() {
        return LIVE.contains(this);
    }
}
