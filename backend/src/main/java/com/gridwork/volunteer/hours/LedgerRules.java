package com.gridwork.volunteer.hours;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.time.BeijingTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * The rules of the append-only hours ledger, without a database. An entry's minutes never change; its status moves
 * once, SUBMITTED to CONFIRMED or REJECTED. A confirmed entry is undone only by a REVERSAL: a new row with the minutes
 * negated, born confirmed (staff act on it, nobody needs to confirm an undoing), dated in an open month. A locked month
 * takes no new entries and no decisions on its entries. Only CONFIRMED minutes count, reversals included.
 */
public final class LedgerRules {
    /** Where the ledger's days and months are counted. */
    public static final ZoneId ZONE = BeijingTime.ZONE;

    /** The most one entry may claim: a day. */
    public static final int MAX_MINUTES = 24 * 60;

    private LedgerRules() {}

    /** How staff decide a submitted entry. */
    @Schema(name = "VolunteerHoursDecision")
    public enum Decision {
        CONFIRM(HoursStatus.CONFIRMED),
        REJECT(HoursStatus.REJECTED);

        private final HoursStatus to;

        Decision(HoursStatus to) {
            this.to = to;
        }

        public HoursStatus to() {
            return to;
        }
    }

    /** Why an entry cannot be decided now, or null when it can: it must be SUBMITTED and dated in an open month. */
    public static String decisionRefusal(HoursStatus status, boolean monthLocked) {
        if (status != HoursStatus.SUBMITTED) {
            return "volunteer.hours.already-decided";
        }
        return monthLocked ? "volunteer.hours.month-locked" : null;
    }

    /** 409 unless a new entry may be dated on {@code serviceDate}: its month must be open. */
    public static void requireOpen(LocalDate serviceDate, Set<String> lockedMonths) {
        if (lockedMonths.contains(month(serviceDate))) {
            throw ApiProblem.conflict("volunteer.hours.month-locked", month(serviceDate));
        }
    }

    /**
     * 409 unless this entry may be reversed by a reversal dated {@code reversalDate}: a confirmed entry that is not
     * itself a reversal and was not reversed before; the reversal's month must be open (the original's may be locked:
     * that is what reversals are for).
     */
    public static void requireReversible(
            HoursSource source,
            HoursStatus status,
            boolean alreadyReversed,
            LocalDate reversalDate,
            Set<String> lockedMonths) {
        if (source == HoursSource.REVERSAL) {
            throw ApiProblem.conflict("volunteer.hours.reverse-reversal");
        }
        if (status != HoursStatus.CONFIRMED) {
            throw ApiProblem.conflict("volunteer.hours.reverse-unconfirmed", status);
        }
        if (alreadyReversed) {
            throw ApiProblem.conflict("volunteer.hours.already-reversed");
        }
        requireOpen(reversalDate, lockedMonths);
    }

    /** The minutes of the reversal of an entry of {@code minutes}. */
    public static int reversalMinutes(int minutes) {
        return -minutes;
    }

    /** How much a status change moves the volunteer's confirmed total: only confirmed minutes count. */
    public static long confirmedDelta(HoursStatus from, HoursStatus to, int minutes) {
        return (to == HoursStatus.CONFIRMED ? minutes : 0) - (from == HoursStatus.CONFIRMED ? minutes : 0);
    }

    /** A ledger's confirmed total: the sum of its CONFIRMED entries' minutes (reversals count negative). */
    public static long confirmedMinutes(Collection<? extends Counted> entries) {
        return entries.stream()
                .filter(e -> e.status() == HoursStatus.CONFIRMED)
                .mapToLong(Counted::minutes)
                .sum();
    }

    /** What {@link #confirmedMinutes} needs of an entry. */
    public interface Counted {
        HoursStatus status();

        int minutes();
    }

    /** Today where the sub-districts are. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The month key of a date as month locks store it, {@code YYYY-MM}. */
    public static String month(LocalDate date) {
        return YearMonth.from(date).toString();
    }
}
