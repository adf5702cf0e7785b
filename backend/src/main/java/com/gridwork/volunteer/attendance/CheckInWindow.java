package com.gridwork.volunteer.attendance;

import com.gridwork.volunteer.activity.AttendanceMark;

import java.time.Duration;
import java.time.Instant;

/**
 * When a volunteer may check in and out of a session (the README's "Check-in rules"): check-in from
 * {@link #CHECK_IN_OPENS_BEFORE_START} before the session starts until it ends; check-out from the check-in until
 * {@link #CHECK_OUT_CLOSES_AFTER_END} after it ends. Bounds are inclusive. A scan more than {@link #LATE_AFTER_START}
 * after the start marks the volunteer late.
 */
public final class CheckInWindow {
    /** Volunteers arrive early; the code works this long before the start. */
    public static final Duration CHECK_IN_OPENS_BEFORE_START = Duration.ofMinutes(60);

    /** A volunteer who forgot to check out at the end still can, for this long (minutes count only to the end). */
    public static final Duration CHECK_OUT_CLOSES_AFTER_END = Duration.ofMinutes(120);

    /** A check-in up to this long after the start still counts as on time. */
    public static final Duration LATE_AFTER_START = Duration.ofMinutes(15);

    private CheckInWindow() {}

    /** Where an instant lies relative to a window. */
    public enum Verdict {
        OPEN,
        /** Before the window opens. */
        TOO_EARLY,
        /** After the window closed. */
        CLOSED
    }

    public static Instant checkInOpens(Instant sessionStart) {
        return sessionStart.minus(CHECK_IN_OPENS_BEFORE_START);
    }

    public static Instant checkOutCloses(Instant sessionEnd) {
        return sessionEnd.plus(CHECK_OUT_CLOSES_AFTER_END);
    }

    /** Whether a check-in at {@code now} is allowed for a session from {@code start} to {@code end}. */
    public static Verdict checkIn(Instant start, Instant end, Instant now) {
        if (now.isBefore(checkInOpens(start))) {
            return Verdict.TOO_EARLY;
        }
        return now.isAfter(end) ? Verdict.CLOSED : Verdict.OPEN;
    }

    /** Whether a check-out at {@code now} is allowed after a check-in at {@code checkedInAt}. */
    public static Verdict checkOut(Instant checkedInAt, Instant end, Instant now) {
        if (now.isBefore(checkedInAt)) {
            return Verdict.TOO_EARLY;
        }
        return now.isAfter(checkOutCloses(end)) ? Verdict.CLOSED : Verdict.OPEN;
    }

    /** The mark a check-in at {@code checkedInAt} gives: present, or late once the grace after the start is over. */
    public static AttendanceMark markFor(Instant start, Instant checkedInAt) {
        return checkedInAt.isAfter(start.plus(LATE_AFTER_START)) ? AttendanceMark.LATE : AttendanceMark.PRESENT;
    }
}
