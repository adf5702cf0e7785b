package com.gridwork.visit.rule;

import com.gridwork.visit.rule.VisitPeriods.Period;
import com.gridwork.visit.rule.VisitPeriods.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The periods of a rule and their due days, without a database. */
class VisitPeriodsTest {
    // 2025's National Day and Mid-Autumn holiday (1–8 October) with its adjusted working Sunday 28 September and
    // Saturday 11 October, as the State Council published them; New Year's Day 2025 and 2026
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.parse("2025-01-01"),
            LocalDate.parse("2025-10-01"),
            LocalDate.parse("2025-10-02"),
            LocalDate.parse("2025-10-03"),
            LocalDate.parse("2025-10-04"),
            LocalDate.parse("2025-10-05"),
            LocalDate.parse("2025-10-06"),
            LocalDate.parse("2025-10-07"),
            LocalDate.parse("2025-10-08"),
            LocalDate.parse("2026-01-01"));
    private static final Set<LocalDate> ADJUSTED_WORKDAYS =
            Set.of(LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11"));
    private static final Predicate<LocalDate> WORKING = day -> ADJUSTED_WORKDAYS.contains(day)
            || (!HOLIDAYS.contains(day)
                    && day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY);

    private static Schedule schedule(PeriodKind kind, Integer days, String anchor) {
        return new Schedule(kind, days, LocalDate.parse(anchor));
    }

    @ParameterizedTest(name = "{0}/{1} from {2}: {3} lies in {4}..{5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // kind        N    anchor       day          starts       ends
                "MONTH,        -,   2020-01-01,  2024-02-29,  2024-02-01,  2024-02-29", // leap February
                "MONTH,        -,   2020-01-01,  2023-02-15,  2023-02-01,  2023-02-28",
                "MONTH,        -,   2020-01-01,  2025-12-31,  2025-12-01,  2025-12-31",
                "MONTH,        -,   2020-01-01,  2026-01-01,  2026-01-01,  2026-01-31",
                "QUARTER,      -,   2020-01-01,  2025-03-31,  2025-01-01,  2025-03-31",
                "QUARTER,      -,   2020-01-01,  2025-04-01,  2025-04-01,  2025-06-30",
                "QUARTER,      -,   2020-01-01,  2025-11-15,  2025-10-01,  2025-12-31",
                "HALF_YEAR,    -,   2020-01-01,  2025-06-30,  2025-01-01,  2025-06-30",
                "HALF_YEAR,    -,   2020-01-01,  2025-07-01,  2025-07-01,  2025-12-31",
                "HALF_YEAR,    -,   2020-01-01,  2024-02-29,  2024-01-01,  2024-06-30",
                // a calendar period holding the anchor starts on the anchor
                "MONTH,        -,   2025-03-20,  2025-03-25,  2025-03-20,  2025-03-31",
                "HALF_YEAR,    -,   2025-03-20,  2025-06-30,  2025-03-20,  2025-06-30",
                "HALF_YEAR,    -,   2025-03-20,  2025-07-01,  2025-07-01,  2025-12-31",
                // N-day blocks counted from the anchor, across months and years
                "EVERY_N_DAYS, 10,  2025-01-25,  2025-01-25,  2025-01-25,  2025-02-03",
                "EVERY_N_DAYS, 10,  2025-01-25,  2025-02-04,  2025-02-04,  2025-02-13",
                "EVERY_N_DAYS, 30,  2024-12-15,  2025-01-14,  2025-01-14,  2025-02-12",
                "EVERY_N_DAYS, 30,  2024-02-01,  2024-03-02,  2024-03-02,  2024-03-31", // leap day inside
                "EVERY_N_DAYS, 1,   2025-05-05,  2025-05-09,  2025-05-09,  2025-05-09",
                "EVERY_N_DAYS, 366, 2024-01-01,  2024-12-31,  2024-01-01,  2024-12-31",
                "EVERY_N_DAYS, 366, 2024-01-01,  2025-01-01,  2025-01-01,  2026-01-01",
            })
    void theContainingPeriod(
            PeriodKind kind, Integer days, String anchor, LocalDate day, LocalDate starts, LocalDate ends) {
        assertThat(VisitPeriods.containing(schedule(kind, days, anchor), day)).contains(new Period(starts, ends));
    }

    @ParameterizedTest(name = "{0}/{1} from {2}: nothing on {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "MONTH,        -,  2025-03-20, 2025-03-19",
                "HALF_YEAR,    -,  2025-07-01, 2025-06-30",
                "EVERY_N_DAYS, 14, 2025-01-01, 2024-12-31",
            })
    void noPeriodBeforeTheAnchor(PeriodKind kind, Integer days, String anchor, LocalDate day) {
        assertThat(VisitPeriods.containing(schedule(kind, days, anchor), day)).isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1} from {2}: after {3}..{4} comes {5}..{6}")
    @CsvSource(
            nullValues = "-",
            value = {
                "MONTH,        -,  2020-01-01, 2025-12-01, 2025-12-31, 2026-01-01, 2026-01-31",
                "MONTH,        -,  2020-01-01, 2024-01-01, 2024-01-31, 2024-02-01, 2024-02-29",
                "QUARTER,      -,  2020-01-01, 2025-10-01, 2025-12-31, 2026-01-01, 2026-03-31",
                "HALF_YEAR,    -,  2025-03-20, 2025-03-20, 2025-06-30, 2025-07-01, 2025-12-31",
                "HALF_YEAR,    -,  2020-01-01, 2025-07-01, 2025-12-31, 2026-01-01, 2026-06-30",
                "EVERY_N_DAYS, 45, 2025-11-20, 2025-11-20, 2026-01-03, 2026-01-04, 2026-02-17",
            })
    void theNextPeriod(
            PeriodKind kind,
            Integer days,
            String anchor,
            LocalDate starts,
            LocalDate ends,
            LocalDate nextStarts,
            LocalDate nextEnds) {
        assertThat(VisitPeriods.next(schedule(kind, days, anchor), new Period(starts, ends)))
                .isEqualTo(new Period(nextStarts, nextEnds));
    }

    @Test
    void theFirstPeriodStartsOnTheAnchor() {
        assertThat(VisitPeriods.first(schedule(PeriodKind.QUARTER, null, "2025-05-10")))
                .isEqualTo(new Period(LocalDate.parse("2025-05-10"), LocalDate.parse("2025-06-30")));
    }

    @ParameterizedTest(name = "{0}..{1} is due on {2}")
    @CsvSource({
        "2025-06-01, 2025-06-30, 2025-06-30", // a Monday: the last day itself
        "2025-05-01, 2025-05-31, 2025-05-30", // ends on a Saturday: Friday
        "2025-08-01, 2025-08-31, 2025-08-29", // ends on a Sunday: Friday
        "2025-07-01, 2025-12-31, 2025-12-31", // half-year ending on a Wednesday
        "2024-07-01, 2024-12-31, 2024-12-31", // Tuesday
        "2025-09-26, 2025-10-08, 2025-09-30", // ends inside the National Day holiday: the Tuesday before it
        "2025-09-27, 2025-09-28, 2025-09-28", // the adjusted working Sunday counts
        "2025-10-01, 2025-10-12, 2025-10-11", // the adjusted working Saturday counts
        "2025-12-29, 2026-01-01, 2025-12-31", // across the year end: New Year's Day rests
        "2025-10-04, 2025-10-05, 2025-10-05", // no working day at all: the period's last day
    })
    void dueOnTheLastWorkingDay(LocalDate starts, LocalDate ends, LocalDate due) {
        assertThat(VisitPeriods.dueOn(new Period(starts, ends), WORKING)).isEqualTo(due);
    }

    @Test
    void anNDayRuleNeedsItsDays() {
        assertThatThrownBy(() -> schedule(PeriodKind.EVERY_N_DAYS, null, "2025-01-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
