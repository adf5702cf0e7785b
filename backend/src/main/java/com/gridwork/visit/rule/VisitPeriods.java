package com.gridwork.visit.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The periods of a visit rule, without a database: the period containing a day, the one after it, and its due day.
 *
 * <p>Calendar kinds (MONTH, QUARTER, HALF_YEAR = January–June / July–December) follow the calendar; EVERY_N_DAYS
 * counts N-day blocks from the anchor date. No period starts before the anchor: a calendar period that contains the
 * anchor begins on the anchor (a rule started mid-month has a short first month rather than a deadline that was
 * half over before the rule existed).
 */
public final class VisitPeriods {
    private VisitPeriods() {}

    /** A rule's period, both days inclusive. */
    public record Period(LocalDate startsOn, LocalDate endsOn) {
        public Period {
            Objects.requireNonNull(startsOn);
            Objects.requireNonNull(endsOn);
            if (endsOn.isBefore(startsOn)) {
                throw new IllegalArgumentException("period ends before it starts: " + startsOn + ".." + endsOn);
            }
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    /** The fields of a rule that decide its periods. */
    public record Schedule(PeriodKind kind, Integer periodDays, LocalDate anchorDate) {
        public Schedule {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(anchorDate);
            if (kind == PeriodKind.EVERY_N_DAYS && (periodDays == null || periodDays < 1)) {
                throw new IllegalArgumentException("EVERY_N_DAYS needs a positive number of days: " + periodDays);
            }
        }

        public static Schedule of(VisitRule rule) {
            return new Schedule(rule.periodKind, rule.periodDays, rule.anchorDate);
        }
    }

    /** The rule's period that contains {@code day}; empty when the day is before the rule's anchor date. */
    public static Optional<Period> containing(Schedule schedule, LocalDate day) {
        LocalDate anchor = schedule.anchorDate();
        if (day.isBefore(anchor)) {
            return Optional.empty();
        }
        Period calendar = switch (schedule.kind()) {
            case MONTH -> monthsBlock(day, 1);
            case QUARTER -> monthsBlock(day, 3);
            case HALF_YEAR -> monthsBlock(day, 6);
            case EVERY_N_DAYS -> {
                int n = schedule.periodDays();
                long index = ChronoUnit.DAYS.between(anchor, day) / n;
                LocalDate start = anchor.plusDays(index * n);
                yield new Period(start, start.plusDays(n - 1L));
            }
        };
        return Optional.of(calendar.startsOn().isBefore(anchor) ? new Period(anchor, calendar.endsOn()) : calendar);
    }

    public static Optional<Period> containing(VisitRule rule, LocalDate day) {
        return containing(Schedule.of(rule), day);
    }

    /** The rule's first period: the one that starts on its anchor date. */
    public static Period first(Schedule schedule) {
        return containing(schedule, schedule.anchorDate()).orElseThrow();
    }

    /** The period right after {@code period}. */
    public static Period next(Schedule schedule, Period period) {
        return containing(schedule, period.endsOn().plusDays(1)).orElseThrow();
    }

    /**
     * The due day: the period's last working day in the given calendar (an adjusted working Saturday counts). A
     * period with no working day at all (a short one inside a holiday) is due on its last day: the deadline never
     * leaves the period.
     */
    public static LocalDate dueOn(Period period, Predicate<LocalDate> workingDay) {
        for (LocalDate day = period.endsOn(); !day.isBefore(period.startsOn()); day = day.minusDays(1)) {
            if (workingDay.test(day)) {
                return day;
            }
        }
        return period.endsOn();
    }

    /** The calendar block of {@code months} months (1, 3 or 6, aligned to January) that contains the day. */
    private static Period monthsBlock(LocalDate day, int months) {
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return new Period(start, start.plusMonths(months).minusDays(1));
    }
}
