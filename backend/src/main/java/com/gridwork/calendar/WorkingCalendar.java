package com.gridwork.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days for deadlines (工作日): Monday to Friday, except the public holidays and adjusted working weekends
 * (调休) entered for the year. A year nobody entered follows the weekday rule alone.
 *
 * <p>Each year's exceptions are read once (two queries) and kept in memory until that year is saved again, so
 * counting days never touches the database per day.
 */
@ApplicationScoped
public class WorkingCalendar {
    /** A year as loaded; immutable, so readers on any thread need no locking. */
    private record YearRules(boolean configured, Map<LocalDate, CalendarDayKind> exceptions) {
    }

    private final Map<Integer, YearRules> years = new ConcurrentHashMap<>();

    public boolean isWorkingDay(LocalDate day) {
        return WorkingDays.isWorkingDay(day, rules(day.getYear()).exceptions().get(day));
    }

    /**
     * The {@code days}-th working day strictly after {@code start} (whether or not {@code start} itself is one):
     * received on a Friday with 1 day to go, due the next working Monday. {@code days} 0 returns {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        return WorkingDays.add(start, days, this::isWorkingDay);
    }

    /**
     * The working days in (fromExclusive, toInclusive], so that {@code workingDaysBetween(s, addWorkingDays(s, n)) == n};
     * negative (the same count) when {@code toInclusive} is before {@code fromExclusive}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** True when the year's holidays have been entered; false means only the weekday rule applies to it. */
    public boolean isConfigured(int year) {
        return rules(year).configured();
    }

    /**
     * Drops a saved year after its transaction ends (committed or not). A load that read the old rows while the
     * save was in flight holds the map's lock for that key, so this removal waits for it and then discards it.
     */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) CalendarChanged change) {
        years.remove(change.year());
    }

    private YearRules rules(int year) {
        YearRules cached = years.get(year);
        return cached != null ? cached : years.computeIfAbsent(year, this::load);
    }

    /**
     * Reads in a transaction of its own: a caller's older (repeatable-read) snapshot could otherwise put a year's
     * rows from before its last save back into the cache, where they would stay.
     */
    private YearRules load(int year) {
        return QuarkusTransaction.requiringNew().call(() -> new YearRules(
                CalendarYear.findById(year) != null,
                CalendarDay.<CalendarDay>list("from CalendarDay d where d.day between ?1 and ?2",
                                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                        .stream().collect(Collectors.toUnmodifiableMap(d -> d.day, d -> d.kind))));
    }
}
