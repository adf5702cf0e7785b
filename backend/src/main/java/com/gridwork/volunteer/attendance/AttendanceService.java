package com.gridwork.volunteer.attendance;

import com.gridwork.access.AreaScope;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.VolunteerSelf;
import com.gridwork.volunteer.activity.Activity;
import com.gridwork.volunteer.activity.ActivitySession;
import com.gridwork.volunteer.activity.ActivityStatus;
import com.gridwork.volunteer.activity.AttendanceMark;
import com.gridwork.volunteer.activity.SignUp;
import com.gridwork.volunteer.activity.SignUpStatus;
import com.gridwork.volunteer.attendance.AttendanceDtos.AttendanceMarkInput;
import com.gridwork.volunteer.attendance.AttendanceDtos.AttendanceMarks;
import com.gridwork.volunteer.attendance.AttendanceDtos.AttendanceRow;
import com.gridwork.volunteer.attendance.AttendanceDtos.AttendanceSheet;
import com.gridwork.volunteer.attendance.AttendanceDtos.CheckInCode;
import com.gridwork.volunteer.attendance.AttendanceDtos.CheckInRequest;
import com.gridwork.volunteer.attendance.AttendanceDtos.MyAttendance;
import com.gridwork.volunteer.attendance.AttendanceDtos.SessionToRun;
import com.gridwork.volunteer.attendance.CheckInWindow.Verdict;
import com.gridwork.volunteer.hours.HoursEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Check-in and check-out with a session's rotating code, attendance marks by the organisers, and what they put in the
 * hours ledger ({@link AttendanceLedger}).
 *
 * <p>Who organises a session: staff whose scope covers its activity, and a volunteer account leading (LEADER or
 * DEPUTY) the organising team. A volunteer who does not lead it is refused with 403 when the activity lies in their
 * community (they can see it is there), else with 404, as for any id out of reach. A volunteer checks in and out only
 * of their own accepted sign-up: a session they have no sign-up for is a 404.
 */
@RequestScoped
public class AttendanceService {
    /** Activities whose sessions take check-ins: published (sign-up may still be open) or under way. */
    static final Set<ActivityStatus> CHECK_IN_OPEN = EnumSet.of(ActivityStatus.PUBLISHED, ActivityStatus.IN_PROGRESS);

    /** Check-outs (and marks) also after the activity ended, until its hours are settled (closed). */
    static final Set<ActivityStatus> CHECK_OUT_OPEN =
            EnumSet.of(ActivityStatus.PUBLISHED, ActivityStatus.IN_PROGRESS, ActivityStatus.ENDED);

    /** A mark may not claim a check-out later than now by more than a phone's clock drifts. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    AreaScope scope;

    @Inject
    VolunteerSelf self;

    @Inject
    AttendanceClock clock;

    @Inject
    AttendanceLedger ledger;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    // ---- the organiser ---------------------------------------------------------------------------------------------

    @Transactional
    public CheckInCode code(long sessionId) {
        ActivitySession session = organised(sessionId);
        RotatingCode.Current current = RotatingCode.current(session.checkInSecret, session.id, clock.now());
        return new CheckInCode(
                session.id, current.code(), RotatingCode.payload(session.id, current.code()), current.validUntil());
    }

    @Transactional
    public AttendanceSheet sheet(long sessionId) {
        return sheetOf(organised(sessionId));
    }

    @Transactional
    public AttendanceSheet mark(long sessionId, AttendanceMarks input) {
        ActivitySession session = organised(sessionId);
        Violations violations = Violations.of(validator.validate(input));
        violations.throwIfAny();
        if (!CHECK_OUT_OPEN.contains(session.activity.status)) {
            throw ApiProblem.conflict("volunteer-attendance.activity-not-running");
        }
        Instant now = clock.now();
        Map<Long, SignUp> accepted = new HashMap<>();
        acceptedSignUps(session.id).forEach(s -> accepted.put(s.id, s));
        List<Runnable> apply = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.marks().size(); i++) {
            AttendanceMarkInput mark = input.marks().get(i);
            String at = "marks[" + i + "]";
            SignUp signUp = accepted.get(mark.signUpId());
            if (signUp == null) {
                violations.add(at + ".signUpId", "volunteer-attendance.not-accepted-here", mark.signUpId());
                continue;
            }
            if (!seen.add(signUp.id)) {
                violations.add(at + ".signUpId", "volunteer-attendance.marked-twice", mark.signUpId());
                continue;
            }
            if (!carriesTimes(mark.attendance())) {
                apply.add(() -> applyMark(signUp, mark.attendance(), null, null, now));
                continue;
            }
            Instant in = mark.checkedInAt() != null ? mark.checkedInAt() : signUp.checkedInAt;
            Instant out = mark.checkedOutAt() != null ? mark.checkedOutAt() : signUp.checkedOutAt;
            if (in == null) {
                violations.add(at + ".checkedInAt", "volunteer-attendance.time-required");
            } else if (CheckInWindow.checkIn(session.startsAt, session.endsAt, in) != Verdict.OPEN) {
                violations.add(at + ".checkedInAt", "volunteer-attendance.check-in-outside-window");
            }
            if (out == null) {
                violations.add(at + ".checkedOutAt", "volunteer-attendance.time-required");
            } else if (out.isAfter(now.plus(CLOCK_SKEW))) {
                violations.add(at + ".checkedOutAt", "volunteer-attendance.time-in-future");
            } else if (in != null && CheckInWindow.checkOut(in, session.endsAt, out) != Verdict.OPEN) {
                violations.add(at + ".checkedOutAt", "volunteer-attendance.check-out-outside-window");
            }
            apply.add(() -> applyMark(signUp, mark.attendance(), in, out, now));
        }
        violations.throwIfAny();
        apply.forEach(Runnable::run);
        em.flush();
        return sheetOf(session);
    }

    private void applyMark(SignUp signUp, AttendanceMark mark, Instant in, Instant out, Instant now) {
        signUp.attendance = mark;
        signUp.markedBy = scope.caller().username();
        Integer minutes = null;
        if (carriesTimes(mark)) {
            signUp.checkedInAt = in;
            signUp.checkedOutAt = out;
            minutes = AttendanceMinutes.of(signUp.session.startsAt, signUp.session.endsAt, in, out);
        }
        ledger.settle(signUp, minutes, scope.caller().username(), now);
    }

    private static boolean carriesTimes(AttendanceMark mark) {
        return mark == AttendanceMark.PRESENT || mark == AttendanceMark.LATE;
    }

    /** The sessions the caller organises whose check-in or check-out is open now (the phone's tile). */
    @Transactional
    public List<SessionToRun> sessionsToRun() {
        Instant now = clock.now();
        String where;
        Map<String, Object> params = new HashMap<>();
        if (self.isVolunteer()) {
            if (self.ledTeamIds().isEmpty()) {
                return List.of();
            }
            where = "a.teamId in :teams";
            params.put("teams", self.ledTeamIds());
        } else {
            AreaScope.ScopeFilter filter = scope.filter("a.areaPath");
            where = filter.jpql();
            params.putAll(filter.params());
        }
        var query = em.createQuery(
                        "select s from ActivitySession s join fetch s.activity a where " + where
                                + " and a.status in :open and s.startsAt <= :opensBefore and s.endsAt >= :closesAfter"
                                + " order by s.startsAt, s.id",
                        ActivitySession.class)
                .setParameter("open", CHECK_IN_OPEN)
                .setParameter("opensBefore", now.plus(CheckInWindow.CHECK_IN_OPENS_BEFORE_START))
                .setParameter("closesAfter", now)
                .setMaxResults(50);
        params.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(s ->
                        new SessionToRun(s.id, s.activity.id, s.activity.title, s.activity.place, s.startsAt, s.endsAt))
                .toList();
    }

    // ---- the volunteer ---------------------------------------------------------------------------------------------

    @Transactional
    public MyAttendance checkIn(long sessionId, CheckInRequest input) {
        Instant now = clock.now();
        SignUp signUp = scanned(sessionId, input, now, CHECK_IN_OPEN);
        ActivitySession session = signUp.session;
        if (signUp.checkedInAt != null) {
            throw ApiProblem.conflict("volunteer-attendance.already-checked-in", beijing(signUp.checkedInAt));
        }
        switch (CheckInWindow.checkIn(session.startsAt, session.endsAt, now)) {
            case TOO_EARLY ->
                throw ApiProblem.conflict(
                        "volunteer-attendance.check-in-too-early",
                        beijing(CheckInWindow.checkInOpens(session.startsAt)));
            case CLOSED -> throw ApiProblem.conflict("volunteer-attendance.check-in-closed", beijing(session.endsAt));
            case OPEN -> {}
        }
        signUp.checkedInAt = now;
        signUp.checkInLatitude = degrees(input.latitude(), input.longitude());
        signUp.checkInLongitude = degrees(input.longitude(), input.latitude());
        signUp.attendance = CheckInWindow.markFor(session.startsAt, now);
        em.flush();
        return mine(signUp);
    }

    @Transactional
    public MyAttendance checkOut(long sessionId, CheckInRequest input) {
        Instant now = clock.now();
        SignUp signUp = scanned(sessionId, input, now, CHECK_OUT_OPEN);
        ActivitySession session = signUp.session;
        if (signUp.checkedInAt == null) {
            throw ApiProblem.conflict("volunteer-attendance.not-checked-in");
        }
        if (signUp.checkedOutAt != null) {
            throw ApiProblem.conflict("volunteer-attendance.already-checked-out", beijing(signUp.checkedOutAt));
        }
        switch (CheckInWindow.checkOut(signUp.checkedInAt, session.endsAt, now)) {
            case TOO_EARLY -> throw ApiProblem.conflict("volunteer-attendance.check-out-before-check-in");
            case CLOSED ->
                throw ApiProblem.conflict(
                        "volunteer-attendance.check-out-closed", beijing(CheckInWindow.checkOutCloses(session.endsAt)));
            case OPEN -> {}
        }
        signUp.checkedOutAt = now;
        signUp.checkOutLatitude = degrees(input.latitude(), input.longitude());
        signUp.checkOutLongitude = degrees(input.longitude(), input.latitude());
        ledger.settle(
                signUp,
                AttendanceMinutes.of(session.startsAt, session.endsAt, signUp.checkedInAt, now),
                scope.caller().username(),
                now);
        em.flush();
        return mine(signUp);
    }

    /** The caller's accepted sign-ups whose check-in or check-out is open now. */
    @Transactional
    public List<MyAttendance> mineOpen() {
        Volunteer me = self.profile().orElse(null);
        if (me == null) {
            return List.of();
        }
        Instant now = clock.now();
        return em
                .createQuery(
                        "select s from SignUp s join fetch s.session ss join fetch s.activity a"
                                + " where s.volunteerId = :me and s.status = :accepted and a.status in :open"
                                + " and ss.startsAt <= :opensBefore and ss.endsAt >= :closesAfter"
                                + " order by ss.startsAt, s.id",
                        SignUp.class)
                .setParameter("me", me.id)
                .setParameter("accepted", SignUpStatus.ACCEPTED)
                .setParameter("open", CHECK_OUT_OPEN)
                .setParameter("opensBefore", now.plus(CheckInWindow.CHECK_IN_OPENS_BEFORE_START))
                .setParameter("closesAfter", now.minus(CheckInWindow.CHECK_OUT_CLOSES_AFTER_END))
                .setMaxResults(20)
                .getResultList()
                .stream()
                .map(this::mine)
                .toList();
    }

    /**
     * The caller's accepted sign-up for the session, when the code is right and the activity's status takes this
     * scan ({@code open}); else 404, 400 or 409.
     */
    private SignUp scanned(long sessionId, CheckInRequest input, Instant now, Set<ActivityStatus> open) {
        SignUp signUp = ownAccepted(sessionId);
        checkCodeAndPlace(signUp.session, input, now);
        if (!open.contains(signUp.activity.status)) {
            throw ApiProblem.conflict("volunteer-attendance.activity-not-running");
        }
        return signUp;
    }

    /** A wrong or expired code is a 400 naming {@code code}; a latitude without a longitude (or the reverse) too. */
    private static void checkCodeAndPlace(ActivitySession session, CheckInRequest input, Instant now) {
        Violations violations = Violations.of(Set.of());
        if (input.code() == null
                || !RotatingCode.accepts(
                        session.checkInSecret, session.id, input.code().strip(), now)) {
            violations.add("code", "volunteer-attendance.code-invalid");
        }
        if (input.latitude() != null && input.longitude() == null) {
            violations.add("longitude", "volunteer-attendance.location-pair");
        }
        if (input.longitude() != null && input.latitude() == null) {
            violations.add("latitude", "volunteer-attendance.location-pair");
        }
        violations.throwIfAny();
    }

    /** An instant as a message shows it: Beijing time to the minute. */
    private static String beijing(Instant at) {
        return MESSAGE_TIME.format(at);
    }

    private static final DateTimeFormatter MESSAGE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(AttendanceLedger.ZONE);

    /** A coordinate as the column keeps it (six decimals, about 0.1 m), only as one of a pair. */
    private static BigDecimal degrees(BigDecimal value, BigDecimal other) {
        return value == null || other == null ? null : value.setScale(6, RoundingMode.HALF_UP);
    }

    // ---- who may act -----------------------------------------------------------------------------------------------

    /** The session if the caller organises it (see the class comment), else 404 or 403. */
    private ActivitySession organised(long sessionId) {
        if (!self.isVolunteer()) {
            return scope.find(ActivitySession.class, sessionId);
        }
        ActivitySession session = em.find(ActivitySession.class, sessionId);
        if (session != null && self.leads(session.activity.teamId)) {
            return session;
        }
        if (session != null && scope.covers(session)) {
            throw ApiProblem.forbidden("volunteer-attendance.not-organiser");
        }
        throw ApiProblem.notFound("volunteer-session.not-found", sessionId);
    }

    /**
     * The caller's own sign-up for the session; 404 when the caller has none, 409 when it is not accepted. Two taps
     * arriving at once both change it: its version lets only the first commit (the other gets 412), so a check-out
     * never yields two entries.
     */
    private SignUp ownAccepted(long sessionId) {
        Volunteer me = self.profile().orElseThrow(() -> ApiProblem.notFound("volunteer-session.not-found", sessionId));
        List<SignUp> mine = em.createQuery(
                        "select s from SignUp s where s.sessionId = :session and s.volunteerId = :me"
                                + " order by case when s.status = :accepted then 0 else 1 end, s.id desc",
                        SignUp.class)
                .setParameter("session", sessionId)
                .setParameter("me", me.id)
                .setParameter("accepted", SignUpStatus.ACCEPTED)
                .setMaxResults(1)
                .getResultList();
        if (mine.isEmpty()) {
            throw ApiProblem.notFound("volunteer-session.not-found", sessionId);
        }
        SignUp signUp = mine.get(0);
        if (signUp.status != SignUpStatus.ACCEPTED) {
            throw ApiProblem.conflict("volunteer-attendance.not-accepted");
        }
        return signUp;
    }

    // ---- views -----------------------------------------------------------------------------------------------------

    private List<SignUp> acceptedSignUps(long sessionId) {
        return em.createQuery(
                        "select s from SignUp s join fetch s.volunteer join fetch s.post"
                                + " where s.sessionId = :session and s.status = :accepted order by s.queuedAt, s.id",
                        SignUp.class)
                .setParameter("session", sessionId)
                .setParameter("accepted", SignUpStatus.ACCEPTED)
                .getResultList();
    }

    private AttendanceSheet sheetOf(ActivitySession session) {
        List<SignUp> signUps = acceptedSignUps(session.id);
        Map<Long, HoursEntry> entries =
                ledger.liveOf(signUps.stream().map(s -> s.id).toList());
        Activity a = session.activity;
        return new AttendanceSheet(
                session.id,
                a.id,
                a.title,
                a.place,
                session.startsAt,
                session.endsAt,
                signUps.stream()
                        .map(s -> {
                            HoursEntry e = entries.get(s.id);
                            return new AttendanceRow(
                                    s.id,
                                    s.volunteerId,
                                    s.volunteer.name,
                                    s.post.name,
                                    s.attendance,
                                    s.checkedInAt,
                                    s.checkedOutAt,
                                    s.markedBy,
                                    e == null ? null : e.minutes,
                                    e == null ? null : e.status);
                        })
                        .toList());
    }

    private MyAttendance mine(SignUp s) {
        ActivitySession session = s.session;
        Activity a = s.activity;
        HoursEntry entry = ledger.live(s.id).orElse(null);
        return new MyAttendance(
                s.id,
                session.id,
                a.id,
                a.title,
                a.place,
                session.startsAt,
                session.endsAt,
                CheckInWindow.checkInOpens(session.startsAt),
                CheckInWindow.checkOutCloses(session.endsAt),
                s.attendance,
                s.checkedInAt,
                s.checkedOutAt,
                entry == null ? null : entry.minutes);
    }
}
