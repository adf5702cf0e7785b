package com.gridwork.volunteer.attendance;

import java.time.Duration;
import java.time.Instant;

/**
 * The minutes an attendance is worth: check-out minus check-in, counted only within the session (an early arrival
 * or a late check-out adds nothing), whole minutes rounded down, never negative.
 */
public final class AttendanceMinutes {
    private AttendanceMinutes() {}

    public static int of(Instant sessionStart, Instant sessionEnd, Instant checkedInAt, Instant checkedOutAt) {
        Instant from = checkedInAt.isAfter(sessionStart) ? checkedInAt : sessionStart;
        Instant to = checkedOutAt.isBefore(sessionEnd) ? checkedOutAt : sessionEnd;
        return to.isAfter(from) ? (int) Duration.between(from, to).toMinutes() : 0;
    }
}
