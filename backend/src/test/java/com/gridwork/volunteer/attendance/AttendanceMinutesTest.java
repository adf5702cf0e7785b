package com.gridwork.volunteer.attendance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Minutes of an attendance, for a session from 09:00 to 11:00 (UTC). */
class AttendanceMinutesTest {
    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");
    private static final Instant END = Instant.parse("2026-12-05T11:00:00Z");

    @ParameterizedTest(name = "{0} .. {1}: {2} min")
    @CsvSource({
        "2026-12-05T09:00:00Z, 2026-12-05T11:00:00Z, 120", // the whole session
        "2026-12-05T09:15:00Z, 2026-12-05T10:45:00Z, 90", // within
        "2026-12-05T08:00:00Z, 2026-12-05T10:00:00Z, 60", // early arrival counts from the start
        "2026-12-05T10:00:00Z, 2026-12-05T12:59:00Z, 60", // late check-out counts to the end
        "2026-12-05T08:00:00Z, 2026-12-05T13:00:00Z, 120", // both: capped by the session
        "2026-12-05T09:00:00Z, 2026-12-05T09:00:59.999Z, 0", // whole minutes, rounded down
        "2026-12-05T09:00:00Z, 2026-12-05T09:01:59Z, 1",
        "2026-12-05T10:00:00Z, 2026-12-05T10:00:00Z, 0", // in and out at once
        "2026-12-05T10:30:00Z, 2026-12-05T10:00:00Z, 0", // out before in: never negative
        "2026-12-05T11:30:00Z, 2026-12-05T12:00:00Z, 0", // entirely after the session
        "2026-12-05T07:00:00Z, 2026-12-05T08:30:00Z, 0", // entirely before it
    })
    void checkOutMinusCheckInWithinTheSession(Instant in, Instant out, int minutes) {
        assertThat(AttendanceMinutes.of(START, END, in, out)).isEqualTo(minutes);
    }
}
