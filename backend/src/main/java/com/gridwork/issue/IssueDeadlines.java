package com.gridwork.issue;

import com.gridwork.calendar.WorkingCalendar;
import com.gridwork.calendar.WorkingDays;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryService;
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
    public static final ZoneId ZONE = BeijingTime.ZONE;
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
        return extended(dueAt, workingDays, calendar.workingDays(subDistrictId));
    }

    /** The same rule over any calendar. */
    public static Instant extended(Instant dueAt, int workingDays, Predicate<LocalDate> working) {
        return endOf(WorkingDays.add(lastDay(dueAt), workingDays, working));
    }

    /** Sets an issue's deadline and warning mark from its category's time limit, on its sub-district's calendar. */
    void setFor(Issue issue) {
        issue.dueAt = dueAt(subDistrictOf(issue), issue.receivedAt, issue.category.timeLimitDays);
        issue.warnAt = warnAt(issue.receivedAt, issue.dueAt);
        issue.overdueMarkedAt = null;
        issue.dueSoonMarkedAt = null;
    }

    /** Moves an issue's deadline by an approved extension; once it lies ahead again, the overdue mark goes. */
    void extend(Issue issue, int workingDays) {
        issue.dueAt = extended(subDistrictOf(issue), issue.dueAt, workingDays);
        issue.warnAt = warnAt(issue.receivedAt, issue.dueAt);
        // A new deadline has its own "due soon" moment.
        issue.dueSoonMarkedAt = null;
        if (issue.dueAt.isAfter(Instant.now())) {
            issue.overdueMarkedAt = null;
        }
    }

    /** Whose working calendar counts the issue's deadlines. */
    private static Long subDistrictOf(Issue issue) {
        return DictionaryService.subDistrictOfPath(issue.areaPath);
    }

    public static Instant warnAt(Instant receivedAt, Instant dueAt) {
        long total = Duration.between(receivedAt, dueAt).toMillis();
        return receivedAt.plusMillis((long) (total * WARN_SHARE));
    }

    /**
     * The deadlines that fall in the days {@code from..to} (Beijing): an issue belongs to the period that contains its
     * last day. A deadline is stored as the end of that day (the next midnight), so the window is
     * {@code (start of from, end of to]}; comparing it with {@code [start of from, end of to)} would move every issue
     * into the day after its last one. The one place that turns a period of days into deadline bounds.
     */
    public static DueWindow dueWithin(LocalDate from, LocalDate to) {
        return new DueWindow(from.atStartOfDay(ZONE).toInstant(), endOf(to));
    }

    /** Deadlines {@code d} with {@code after < d <= until}. */
    public record DueWindow(Instant after, Instant until) {
        public boolean contains(Instant dueAt) {
            return dueAt.isAfter(after) && !dueAt.isAfter(until);
        }
    }

    /** The last calendar day on which the issue is still in time. */
    public static LocalDate lastDay(Instant dueAt) {
        return dueAt.atZone(ZONE).toLocalDate().minusDays(1);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
