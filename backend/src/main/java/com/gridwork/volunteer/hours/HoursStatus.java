package com.gridwork.volunteer.hours;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ledger entry is submitted, then confirmed or rejected once; only confirmed minutes count anywhere. */
@Schema(name = "VolunteerHoursStatus")
public enum HoursStatus {
    SUBMITTED,
    CONFIRMED,
    REJECTED
}
