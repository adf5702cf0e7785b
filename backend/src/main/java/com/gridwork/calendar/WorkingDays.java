package com.gridwork.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/** Working-day arithmetic over any source of calendar exceptions (the cached calendar, or rows read by a generator). */
public final class WorkingDays {
    private WorkingDays() {
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
}
