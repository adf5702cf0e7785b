package com.gridwork.volunteer.attendance;

import com.gridwork.volunteer.activity.AttendanceMark;
import com.gridwork.volunteer.attendance.CheckInWindow.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The check-in and check-out windows at their edges, for a session from 09:00 to 11:00 (UTC). */
class CheckInWindowTest {
    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");
    private static final Instant END = Instant.parse("2026-12-05T11:00:00Z");

    @ParameterizedTest(name = "check in at {0}: {1}")
    @CsvSource({
        "2026-12-05T07:59:59.999Z, TOO_EARLY",
        "2026-12-05T08:00:00Z, OPEN", // 60 minutes before the start
        "2026-12-05T09:30:00Z, OPEN",
        "2026-12-05T11:00:00Z, OPEN", // the end itself
        "2026-12-05T11:00:00.001Z, CLOSED",
    })
    void checkInFromAnHourBeforeTheStartToTheEnd(Instant now, Verdict verdict) {
        assertThat(CheckInWindow.checkIn(START, END, now)).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "checked in {0}, out at {1}: {2}")
    @CsvSource({
        "2026-12-05T09:10:00Z, 2026-12-05T09:09:59Z, TOO_EARLY", // before one's own check-in (a clock going back)
        "2026-12-05T09:10:00Z, 2026-12-05T09:10:00Z, OPEN",
        "2026-12-05T09:10:00Z, 2026-12-05T11:00:00Z, OPEN",
        "2026-12-05T09:10:00Z, 2026-12-05T13:00:00Z, OPEN", // 120 minutes after the end
        "2026-12-05T09:10:00Z, 2026-12-05T13:00:00.001Z, CLOSED",
    })
    void checkOutFromTheCheckInToTwoHoursAfterTheEnd(Instant checkedIn, Instant now, Verdict verdict) {
        assertThat(CheckInWindow.checkOut(checkedIn, END, now)).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "checked in at {0}: {1}")
    @CsvSource({
        "2026-12-05T08:10:00Z, PRESENT", // early
        "2026-12-05T09:15:00Z, PRESENT", // the last instant of the grace
        "2026-12-05T09:15:00.001Z, LATE",
        "2026-12-05T10:59:00Z, LATE",
    })
    void aScanAfterFifteenMinutesIsLate(Instant checkedIn, AttendanceMark mark) {
        assertThat(CheckInWindow.markFor(START, checkedIn)).isEqualTo(mark);
    }
}
