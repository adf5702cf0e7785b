package com.gridwork.volunteer.hours;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a ledger entry comes from: an attendance, the volunteer's own report with evidence, staff back-filling, or the reversal of an earlier entry. */
@Schema(name = "VolunteerHoursSource")
public enum HoursSource {
    ATTENDANCE,
    SELF_REPORT,
    BACKFILL,
    REVERSAL
}
