package com.gridwork.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The due window of a period of days, at the edges of a day, a month and a year (deadlines are next midnights). */
class IssueDeadlinesTest {
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
    void aDeadlineBelongsToThePeriodThatContainsItsLastDay(LocalDate from, LocalDate to, Instant dueAt, boolean inside) {
        assertThat(IssueDeadlines.dueWithin(from, to).contains(dueAt)).isEqualTo(inside);
        if (inside) {
            assertThat(IssueDeadlines.lastDay(dueAt)).isBetween(from, to);
        }
    }
}
