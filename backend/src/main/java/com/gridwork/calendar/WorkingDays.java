package com.gridwork.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Working-day arithmetic over any source of calendar exceptions (the cached calendar, or rows read by a generator),
 * and the rule of which calendar's year is in force for a sub-district.
 */
public final class WorkingDays {
    private WorkingDays() {}

    /** One calendar's exceptions for one year, or {@link #NOT_ENTERED} when that calendar has no entry for the year. */
    public record YearExceptions(boolean entered, Map<LocalDate, CalendarDayKind> days) {
        public static final YearExceptions NOT_ENTERED = new YearExceptions(false, Map.of());

        public YearExceptions {
            days = Map.copyOf(days);
        }
    }

    /**
     * The year in force for a sub-district: its own entry for the year when it made one (its complete list, not a
     * change to the default's), else the platform default's year (which may itself be {@link YearExceptions#NOT_ENTERED}).
     */
    public static YearExceptions inForce(YearExceptions own, YearExceptions platformDefault) {
        return own.entered() ? own : platformDefault;
    }

    /** Monday to Friday work unless the day is an exception: a holiday rests, an adjusted weekend day works. */
    public static boolean isWorkingDay(LocalDate day, CalendarDayKind exception) {
        if (exception != null) {
            return exception == CalendarDayKind.ADJUSTED_WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code days}-th working day strictly after {@code start}; {@code days} 0 returns {@code start}. */
    public static LocalDate add(LocalDate start, int days, Predicate<LocalDate> working) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (working.test(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days in (fromExclusive, toInclusive], so that {@code between(s, add(s, n)) == n}; negative (the
     * same count) when {@code toInclusive} is before {@code fromExclusive}.
     */
    public static int between(LocalDate fromExclusive, LocalDate toInclusive, Predicate<LocalDate> working) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -between(toInclusive, fromExclusive, working);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (working.test(day)) {
                count++;
            }
        }
        return count;
    }
}
