package com.gridwork.issue;

import com.gridwork.calendar.CalendarDayKind;
import com.gridwork.calendar.WorkingDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines at their boundaries, without a database: the day of receipt in Beijing time, the end of the last day,
 * the warning mark, extensions, and the due window of a period (at the edges of a day, a month and a year).
 * The day counting itself is WorkingDaysTest's.
 */
class IssueDeadlinesTest {
    /** November 2026 with a local holiday on Wednesday 18 and Saturday 21 worked instead (调休). */
    private static final Map<LocalDate, CalendarDayKind> EXCEPTIONS = Map.of(
            LocalDate.parse("2026-11-18"), CalendarDayKind.HOLIDAY,
            LocalDate.parse("2026-11-21"), CalendarDayKind.ADJUSTED_WORKDAY);

    private static final Predicate<LocalDate> WORKING = day -> WorkingDays.isWorkingDay(day, EXCEPTIONS.get(day));

    @ParameterizedTest(name = "received {0}, {1} working days: due {2}")
    @CsvSource({
        // Mon 16 Nov, the first instant of the day in Beijing (Sun 15 in UTC): the 16th is the day of receipt
        "2026-11-15T16:00:00Z, 1, 2026-11-17T16:00:00Z",
        // Sun 15 Nov, the last instant of the day in Beijing: received on the Sunday, so Monday is the first day
        "2026-11-15T15:59:59.999Z, 1, 2026-11-16T16:00:00Z",
        // Tue 17: Wed 18 rests, so the first working day after is Thu 19
        "2026-11-17T02:00:00Z, 1, 2026-11-19T16:00:00Z",
        // Fri 20: Sat 21 is worked
        "2026-11-20T02:00:00Z, 1, 2026-11-21T16:00:00Z",
        // Fri 20, 2 days: Sat 21, then Sun rests, Mon 23
        "2026-11-20T02:00:00Z, 2, 2026-11-23T16:00:00Z",
        // received on the rest day itself (Wed 18): the day of receipt never counts
        "2026-11-18T02:00:00Z, 1, 2026-11-19T16:00:00Z",
        // the end of the last day: the next midnight in Beijing, 16:00 UTC
        "2026-11-30T15:59:59Z, 1, 2026-12-01T16:00:00Z",
        "2026-12-30T02:00:00Z, 1, 2026-12-31T16:00:00Z",
    })
    void anIssueIsDueAtTheEndOfTheNthWorkingDayAfterItsDayOfReceipt(Instant receivedAt, int days, Instant dueAt) {
        assertThat(IssueDeadlines.dueAt(receivedAt, days, WORKING)).isEqualTo(dueAt);
        assertThat(IssueDeadlines.lastDay(dueAt))
                .isEqualTo(dueAt.minusSeconds(1).atZone(IssueDeadlines.ZONE).toLocalDate());
    }

    @ParameterizedTest(name = "due {0} + {1} working days: {2}")
    @CsvSource({
        // last day Tue 17 (due 17T16:00Z): Wed 18 rests, Thu 19
        "2026-11-17T16:00:00Z, 1, 2026-11-19T16:00:00Z",
        // last day Fri 20: Sat 21 is worked
        "2026-11-20T16:00:00Z, 1, 2026-11-21T16:00:00Z",
        // last day Sat 21 (a worked Saturday): Sun rests, Mon 23, Tue 24
        "2026-11-21T16:00:00Z, 2, 2026-11-24T16:00:00Z",
        // last day Mon 30 Nov: into December
        "2026-11-30T16:00:00Z, 1, 2026-12-01T16:00:00Z",
    })
    void anExtensionCountsFromTheLastDayNotFromItsEnd(Instant dueAt, int days, Instant extended) {
        assertThat(IssueDeadlines.extended(dueAt, days, WORKING)).isEqualTo(extended);
    }

    @ParameterizedTest(name = "{0}..{1}: warn at {2}")
    @CsvSource({
        "2026-11-16T00:00:00Z, 2026-11-26T00:00:00Z, 2026-11-23T00:00:00Z", // 70 % of 10 days is 7 days
        "2026-11-16T00:00:00Z, 2026-11-16T00:00:01Z, 2026-11-16T00:00:00.700Z",
        // fractions of a millisecond are dropped: the mark never comes later than 70 %
        "2026-11-16T00:00:00Z, 2026-11-16T00:00:00.001Z, 2026-11-16T00:00:00Z",
        "2026-11-16T00:00:00Z, 2026-11-16T00:00:00.003Z, 2026-11-16T00:00:00.002Z",
    })
    void theWarningMarkIsAtSeventyPercentOfTheTime(Instant receivedAt, Instant dueAt, Instant warnAt) {
        assertThat(IssueDeadlines.warnAt(receivedAt, dueAt)).isEqualTo(warnAt);
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
        "IN_PROGRESS, -1ms before the mark,    NONE",
        "IN_PROGRESS, 0ms after the mark,      YELLOW",
        "IN_PROGRESS, -1ms before the deadline, YELLOW",
        "IN_PROGRESS, 0ms after the deadline,  RED",
        "RECEIVED,    0ms after the deadline,  RED",
        // the clock stops once resolved (and for rejected or closed issues)
        "RESOLVED,    0ms after the deadline,  NONE",
        "REJECTED,    0ms after the deadline,  NONE",
        "CLOSED,      0ms after the mark,      NONE",
    })
    void anOpenIssueTurnsYellowAtTheMarkAndRedAtTheDeadline(IssueStatus status, String at, Warning expected) {
        Issue issue = new Issue();
        issue.status = status;
        issue.receivedAt = Instant.parse("2026-11-16T02:00:00Z");
        issue.dueAt = IssueDeadlines.dueAt(issue.receivedAt, 3, WORKING);
        issue.warnAt = IssueDeadlines.warnAt(issue.receivedAt, issue.dueAt);
        Instant reference = at.endsWith("the mark") ? issue.warnAt : issue.dueAt;
        Instant now = reference.plus(Duration.ofMillis(Long.parseLong(at.substring(0, at.indexOf("ms")))));
        assertThat(issue.warning(now)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}..{1} holds a deadline at {2}: {3}")
    @CsvSource({
        // last day 2026-12-07: stored as 12-08 00:00 Beijing = 12-07T16:00Z
        "2026-12-07, 2026-12-07, 2026-12-07T16:00:00Z, true",
        "2026-12-08, 2026-12-08, 2026-12-07T16:00:00Z, false",
        // the first instant of the period is the previous day's deadline
        "2026-12-07, 2026-12-07, 2026-12-06T16:00:00Z, false",
        // month end: last day 2026-11-30
        "2026-11-01, 2026-11-30, 2026-11-30T16:00:00Z, true",
        "2026-12-01, 2026-12-31, 2026-11-30T16:00:00Z, false",
        // year end: last day 2025-12-31
        "2025-01-01, 2025-12-31, 2025-12-31T16:00:00Z, true",
        "2026-01-01, 2026-12-31, 2025-12-31T16:00:00Z, false",
        // first day of a period: last day 2026-01-01 is in January
        "2026-01-01, 2026-01-31, 2026-01-01T16:00:00Z, true",
    })
    void aDeadlineBelongsToThePeriodThatContainsItsLastDay(
            LocalDate from, LocalDate to, Instant dueAt, boolean inside) {
        assertThat(IssueDeadlines.dueWithin(from, to).contains(dueAt)).isEqualTo(inside);
        if (inside) {
            assertThat(IssueDeadlines.lastDay(dueAt)).isBetween(from, to);
        }
    }
}
