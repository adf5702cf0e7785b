package com.gridwork.volunteer.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Attendance of an accepted sign-up, from a scan or marked by the organisers. */
@Schema(name = "ActivityAttendanceMark")
public enum AttendanceMark {
    PRESENT,
    LATE,
    ON_LEAVE,
    ABSENT
}
