package com.gridwork.calendar;

import com.gridwork.calendar.WorkingDays.YearExceptions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Working days for deadlines (工作日) in a sub-district: Monday to Friday, except the public holidays and adjusted
 * working weekends (调休) of the year in force there: the sub-district's own entry for that year, else the
 * platform default's (see {@link WorkingDays#inForce}). A year nobody entered follows the weekday rule alone. A
 * null sub-district means the platform default itself.
 *
 * <p>Each calendar's year is read once (two queries) and kept in memory until it is saved or dropped again, so
 * counting days never touches the database per day. Entries are kept per owner (the platform default, or one
 * sub-district's own year, "not entered" included) and combined when read, so a change invalidates exactly one key.
 */
@ApplicationScoped
public class WorkingCalendar {
    /** One calendar's year: a sub-district's own, or with a null sub-district the platform default's. */
    private record Key(Long subDistrictId, int year) {}

    /** Immutable values, so readers on any thread need no locking. */
    private final Map<Key, YearExceptions> years = new ConcurrentHashMap<>();

    public boolean isWorkingDay(Long subDistrictId, LocalDate day) {
        return WorkingDays.isWorkingDay(
                day, inForce(subDistrictId, day.getYear()).days().get(day));
    }

    /** The working days of a sub-district's calendar (null: the platform default), for {@link WorkingDays}. */
    public Predicate<LocalDate> workingDays(Long subDistrictId) {
        return day -> isWorkingDay(subDistrictId, day);
    }

    /**
     * The {@code days}-th working day strictly after {@code start} (whether or not {@code start} itself is one):
     * received on a Friday with 1 day to go, due the next working Monday. {@code days} 0 returns {@code start}.
     */
    public LocalDate addWorkingDays(Long subDistrictId, LocalDate start, int days) {
        return WorkingDays.add(start, days, workingDays(subDistrictId));
    }

    /** The working days in (fromExclusive, toInclusive]; see {@link WorkingDays#between}. */
    public int workingDaysBetween(Long subDistrictId, LocalDate fromExclusive, LocalDate toInclusive) {
        return WorkingDays.between(fromExclusive, toInclusive, workingDays(subDistrictId));
    }

    /** True when the year in force there has been entered; false means only the weekday rule applies to it. */
    public boolean isConfigured(Long subDistrictId, int year) {
        return inForce(subDistrictId, year).entered();
    }

    /**
     * Drops a saved or dropped year after its transaction ends (committed or not). A load that read the old rows
     * while the change was in flight holds the map's lock for that key, so this removal waits for it and then
     * discards it. The change of a platform year needs no sub-district key removed: those hold their own rows only.
     */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) CalendarChanged change) {
        years.remove(new Key(change.subDistrictId(), change.year()));
    }

    private YearExceptions inForce(Long subDistrictId, int year) {
        YearExceptions platformDefault = cached(new Key(null, year));
        return subDistrictId == null
                ? platformDefault
                : WorkingDays.inForce(cached(new Key(subDistrictId, year)), platformDefault);
    }

    private YearExceptions cached(Key key) {
        YearExceptions cached = years.get(key);
        return cached != null ? cached : years.computeIfAbsent(key, this::load);
    }

    /**
     * Reads in a transaction of its own: a caller's older (repeatable-read) snapshot could otherwise put a year's
     * rows from before its last save back into the cache, where they would stay.
     */
    private YearExceptions load(Key key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CalendarYear entered = CalendarYear.entered(key.subDistrictId(), key.year());
            return entered == null
                    ? YearExceptions.NOT_ENTERED
                    : new YearExceptions(
                            true,
                            CalendarDay.of(entered).stream()
                                    .collect(Collectors.toUnmodifiableMap(d -> d.day, d -> d.kind)));
        });
    }
}
