package com.gridwork.party.report;

import com.gridwork.party.PartyReportStatus;

import java.util.Optional;

import static com.gridwork.party.PartyReportStatus.ACTIVE;
import static com.gridwork.party.PartyReportStatus.CONFIRMED;
import static com.gridwork.party.PartyReportStatus.EXPIRED;
import static com.gridwork.party.PartyReportStatus.REJECTED;
import static com.gridwork.party.PartyReportStatus.SUBMITTED;
import static com.gridwork.party.PartyReportStatus.TRANSFERRED_OUT;
import static com.gridwork.party.PartyReportStatus.WITHDRAWN;

/**
 * The yearly report's lifecycle, for a member's report and a unit's alike: which step leads where, given the report's
 * year and the current year (Beijing time). A pure rule, no database: an illegal step is an empty answer, which the
 * services turn into a 409.
 *
 * <pre>
 * SUBMITTED  --confirm--> ACTIVE (its year has begun) or CONFIRMED (next year's: waits for January 1st)
 * SUBMITTED  --reject---> REJECTED
 * SUBMITTED  --withdraw-> WITHDRAWN (the member takes a submission back before it is decided)
 * CONFIRMED  --clock----> ACTIVE when its year begins
 * CONFIRMED, ACTIVE --transfer--> TRANSFERRED_OUT; --withdraw--> WITHDRAWN
 * SUBMITTED, CONFIRMED, ACTIVE --clock--> EXPIRED once its year is over
 * </pre>
 */
public final class PartyReportLifecycle {
    private PartyReportLifecycle() {}

    /** What a person does to a report (the clock's steps are {@link #byClock}). */
    public enum Step {
        CONFIRM,
        REJECT,
        WITHDRAW,
        TRANSFER
    }

    /** Where a step leads from a report's status in its year, or empty when the step is not allowed there. */
    public static Optional<PartyReportStatus> next(PartyReportStatus from, Step step, int reportYear, int currentYear) {
        if (from.live() && reportYear < currentYear) {
            return Optional.empty(); // its year is over: only the clock moves it (to EXPIRED)
        }
        return Optional.ofNullable(
                switch (step) {
                    case CONFIRM -> from == SUBMITTED ? (reportYear == currentYear ? ACTIVE : CONFIRMED) : null;
                    case REJECT -> from == SUBMITTED ? REJECTED : null;
                    case WITHDRAW -> from.live() ? WITHDRAWN : null;
                    case TRANSFER -> from == CONFIRMED || from == ACTIVE ? TRANSFERRED_OUT : null;
                });
    }

    /**
     * Where the daily clock moves a report: a live report of a past year EXPIRES, a confirmed one whose year has begun
     * becomes ACTIVE; anything else stays.
     */
    public static Optional<PartyReportStatus> byClock(PartyReportStatus from, int reportYear, int currentYear) {
        if (from.live() && reportYear < currentYear) {
            return Optional.of(EXPIRED);
        }
        if (from == CONFIRMED && reportYear == currentYear) {
            return Optional.of(ACTIVE);
        }
        return Optional.empty();
    }

    /** Whether a step from one status to another ends a live report (what {@code PartyReportEnded} announces). */
    public static boolean ends(PartyReportStatus from, PartyReportStatus to) {
        return from.live() && !to.live();
    }
}
