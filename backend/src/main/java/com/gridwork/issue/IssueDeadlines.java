package com.gridwork.issue;

import com.gridwork.calendar.WorkingCalendar;
import com.gridwork.calendar.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * Time limits in working days, on the working calendar (public holidays and adjusted working weekends) of the
 * issue's sub-district.
 * An issue with a limit of N days is due at the end of the N-th working day after the day it was received: the
 * day of receipt does not count, as with administrative time limits.
 */
@ApplicationScoped
public class IssueDeadlines {
    /** Business days are counted in China's time zone whatever the server's zone is. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The share of the time after which an open issue turns yellow. */
    static final double WARN_SHARE = 0.7;

    @Inject
    WorkingCalendar calendar;

    public Instant dueAt(Long subDistrictId, Instant receivedAt, int workingDays) {
        return dueAt(receivedAt, workingDays, calendar.workingDays(subDistrictId));
    }

    /** The same rule over any calendar (the generator reads the exceptions itself). */
    public static Instant dueAt(Instant receivedAt, int workingDays, Predicate<LocalDate> working) {
        return endOf(WorkingDays.add(receivedAt.atZone(ZONE).toLocalDate(), workingDays, working));
    }

    /** The deadline moved by an approved extension: more working days after the current last day. */
    public Instant extended(Long subDistrictId, Instant dueAt, int workingDays) {
        return endOf(calendar.addWorkingDays(subDistrictId, lastDay(dueAt), workingDays));
    }

    public static Instant warnAt(Instant receivedAt, Instant dueAt) {
        long total = Duration.between(receivedAt, dueAt).toMillis();
        return receivedAt.plusMillis((long) (total * WARN_SHARE));
    }

    /** The last calendar day on which the issue is still in time. */
    public static LocalDate lastDay(Instant dueAt) {
        return dueAt.atZone(ZONE).toLocalDate().minusDays(1);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
