package com.gridwork.calendar;

import com.gridwork.calendar.WorkingDays.YearExceptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which year is in force for a sub-district, and the day count over it, without a database. */
class WorkingDaysTest {
    private static final LocalDate NATIONAL_DAY = LocalDate.parse("2026-10-01"); // a Thursday
    private static final LocalDate LOCAL_HOLIDAY = LocalDate.parse("2026-11-18"); // a Wednesday
    private static final YearExceptions DEFAULT =
            new YearExceptions(true, Map.of(NATIONAL_DAY, CalendarDayKind.HOLIDAY));
    private static final YearExceptions OWN = new YearExceptions(true, Map.of(LOCAL_HOLIDAY, CalendarDayKind.HOLIDAY));

    private static YearExceptions named(String name) {
        return switch (name) {
            case "default" -> DEFAULT;
            case "own" -> OWN;
            default -> YearExceptions.NOT_ENTERED;
        };
    }

    @ParameterizedTest(name = "own {0}, default {1}: {2} in force; National Day worked {3}, local holiday worked {4}")
    @CsvSource({
        // own          default        in force       National Day  local holiday
        "own,           default,       own,           true,         false",
        "own,           not-entered,   own,           true,         false",
        "not-entered,   default,       default,       false,        true",
        "not-entered,   not-entered,   not-entered,   true,         true",
    })
    void aSubDistrictsOwnYearReplacesTheDefaultsWhole(
            String own,
            String platformDefault,
            String expected,
            boolean nationalDayWorked,
            boolean localHolidayWorked) {
        YearExceptions inForce = WorkingDays.inForce(named(own), named(platformDefault));
        assertThat(inForce).isSameAs(named(expected));
        assertThat(WorkingDays.isWorkingDay(NATIONAL_DAY, inForce.days().get(NATIONAL_DAY)))
                .isEqualTo(nationalDayWorked);
        assertThat(WorkingDays.isWorkingDay(LOCAL_HOLIDAY, inForce.days().get(LOCAL_HOLIDAY)))
                .isEqualTo(localHolidayWorked);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-11-16, 3, 2026-11-20", // Mon: Tue 17, Thu 19, Fri 20 (Wed 18 rests)
        "2026-11-13, 1, 2026-11-16", // Fri: the weekend rests
        "2026-11-17, 1, 2026-11-19", // Tue: straight over the holiday
        "2026-11-18, 0, 2026-11-18", // 0 days is the start itself, even a holiday
    })
    void addingAndCountingAreInverse(LocalDate start, int days, LocalDate expected) {
        LocalDate due = WorkingDays.add(
                start, days, d -> WorkingDays.isWorkingDay(d, OWN.days().get(d)));
        assertThat(due).isEqualTo(expected);
        assertThat(WorkingDays.between(
                        start, due, d -> WorkingDays.isWorkingDay(d, OWN.days().get(d))))
                .isEqualTo(days);
        assertThat(WorkingDays.between(
                        due, start, d -> WorkingDays.isWorkingDay(d, OWN.days().get(d))))
                .isEqualTo(-days);
    }
}
