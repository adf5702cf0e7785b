package com.gridwork.volunteer.attendance;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.volunteer.activity.Activity;
import com.gridwork.volunteer.activity.SignUp;
import com.gridwork.volunteer.hours.HoursEntry;
import com.gridwork.volunteer.hours.HoursMonthLock;
import com.gridwork.volunteer.hours.HoursSource;
import com.gridwork.volunteer.hours.HoursStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an attendance puts in the hours ledger: one SUBMITTED entry (source ATTENDANCE) per sign-up. A re-mark that
 * changes the minutes (or takes them away: on leave, absent) never edits that entry's minutes: the still-submitted
 * entry is rejected (its one decision, with the reason) and, when there are minutes, a new entry is submitted. No
 * reversal of an unconfirmed entry is written: the ledger reverses only confirmed ones, and a pair deciding apart
 * (the original confirmed, its reversal rejected) would count hours nobody gave. Once the entry is confirmed the
 * attendance no longer changes it: a correction is then the ledger's own reversal. A rejected entry is no longer the
 * attendance's: a re-mark submits afresh.
 */
@ApplicationScoped
class AttendanceLedger {
    /** Service dates are Beijing days, as every date the office sees. */
    static final ZoneId ZONE = BeijingTime.ZONE;

    /** Why a re-mark's superseded entry is rejected (shown in the ledger as its reason). */
    static final String SUPERSEDED = "考勤已重新标记 / attendance re-marked";

    @Inject
    EntityManager em;

    /**
     * Brings the ledger in line with the sign-up's attendance: {@code minutes} (null or zero for none) submitted by
     * {@code who}. Does nothing when the live entry already says so, so marking twice yields one entry.
     */
    void settle(SignUp signUp, Integer minutes, String who, Instant now) {
        int wanted = minutes == null ? 0 : minutes;
        Optional<HoursEntry> live = live(signUp.id);
        if (live.isPresent() && live.get().minutes == wanted) {
            return;
        }
        if (live.isEmpty() && wanted == 0) {
            return;
        }
        Activity activity = signUp.activity;
        LocalDate serviceDate = LocalDate.ofInstant(signUp.session.startsAt, ZONE);
        requireOpenMonth(activity, serviceDate);
        // the sign-up's version moves with every ledger write for it: of two requests writing at once, one fails
        signUp.touch();
        if (live.isPresent()) {
            HoursEntry original = live.get();
            if (original.status == HoursStatus.CONFIRMED) {
                throw ApiProblem.conflict("volunteer-attendance.hours-confirmed", original.id);
            }
            original.status = HoursStatus.REJECTED;
            original.decidedBy = who;
            original.decidedAt = now;
            original.rejectReason = SUPERSEDED;
        }
        if (wanted > 0) {
            entry(signUp, HoursSource.ATTENDANCE, wanted, serviceDate, who, now).persist();
        }
    }

    /** The sign-up's attendance entry that counts now: not reversed, not rejected (at most one). */
    Optional<HoursEntry> live(long signUpId) {
        return liveOf(List.of(signUpId)).values().stream().findFirst();
    }

    /** The live attendance entry of each of these sign-ups that has one. */
    Map<Long, HoursEntry> liveOf(Collection<Long> signUpIds) {
        if (signUpIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "select e from HoursEntry e where e.signUpId in :signUps and e.source = :attendance"
                                + " and e.status <> :rejected"
                                + " and not exists (select r.id from HoursEntry r where r.reversesId = e.id)",
                        HoursEntry.class)
                .setParameter("signUps", signUpIds)
                .setParameter("attendance", HoursSource.ATTENDANCE)
                .setParameter("rejected", HoursStatus.REJECTED)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(e -> e.signUpId, Function.identity(), (a, b) -> a.id > b.id ? a : b));
    }

    private void requireOpenMonth(Activity activity, LocalDate serviceDate) {
        long subDistrictId = Long.parseLong(activity.areaPath.split("/")[1]);
        String month = YearMonth.from(serviceDate).toString();
        if (em.find(HoursMonthLock.class, new HoursMonthLock.Key(subDistrictId, month)) != null) {
            throw ApiProblem.conflict("volunteer-attendance.month-locked", month);
        }
    }

    /** An entry of the activity's community, team and category, as statistics read them. */
    private static HoursEntry entry(
            SignUp signUp, HoursSource source, int minutes, LocalDate serviceDate, String who, Instant now) {
        Activity activity = signUp.activity;
        HoursEntry e = new HoursEntry();
        e.volunteer = signUp.volunteer;
        e.source = source;
        e.status = HoursStatus.SUBMITTED;
        e.serviceDate = serviceDate;
        e.minutes = minutes;
        e.activityId = activity.id;
        e.sessionId = signUp.sessionId;
        e.signUpId = signUp.id;
        e.teamId = activity.teamId;
        e.categoryCode = activity.categoryCode;
        e.communityId = activity.communityId;
        e.areaPath = activity.community.path;
        e.submittedBy = who;
        e.submittedAt = now;
        return e;
    }
}
