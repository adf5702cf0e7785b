package com.gridwork.volunteer.hours;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a ledger entry comes from: an attendance, the volunteer's own report with evidence, staff back-filling, the
 * reversal of an earlier entry, or a party member's service on a post once verified (issue 16).
 */
@Schema(name = "VolunteerHoursSource")
public enum HoursSource {
    ATTENDANCE,
    SELF_REPORT,
    BACKFILL,
    REVERSAL,
    POST_SERVICE
}
