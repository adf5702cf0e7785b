package com.gridwork.volunteer.attendance;

import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.testsupport.VolunteerFixtures.ActivityIds;
import com.gridwork.volunteer.activity.Activity;
import com.gridwork.volunteer.activity.ActivitySession;
import com.gridwork.volunteer.activity.ActivityStatus;
import com.gridwork.volunteer.activity.SignUp;
import com.gridwork.volunteer.activity.SignUpMode;
import com.gridwork.volunteer.activity.SignUpStatus;
import com.gridwork.volunteer.hours.HoursEntry;
import com.gridwork.volunteer.hours.HoursMonthLock;
import com.gridwork.volunteer.hours.HoursSource;
import com.gridwork.volunteer.hours.HoursStatus;
import com.gridwork.volunteer.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Check-in and check-out over the API with the clock held still and moved by hand (a session from 09:00 to 11:00
 * Beijing time on 5 December 2026), the organisers' marks, and the hours ledger they feed.
 */
@QuarkusTest
class AttendanceTest {
    private static final Instant START = Instant.parse("2026-12-05T01:00:00Z");
    private static final Instant END = Instant.parse("2026-12-05T03:00:00Z");

    /** The clock the service reads, set by each test. */
    static final class HeldClock extends AttendanceClock {
        Instant now = START;

        @Override
        public Instant now() {
            return now;
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    final HeldClock clock = new HeldClock();
    World w;
    String leader;
    String member;
    String bystander;
    String outsider;
    ActivityIds activity;
    long memberSignUp;

    @BeforeEach
    void world() {
        QuarkusMock.installMockForType(clock, AttendanceClock.class);
        w = fixtures.world();
        long team = volunteers.team(w.communityA(), "巡防队");
        leader = account(w.communityA(), "队长");
        volunteers.member(team, volunteerOf(leader), TeamRole.LEADER);
        member = account(w.communityA(), "队员");
        volunteers.member(team, volunteerOf(member), TeamRole.MEMBER);
        bystander = account(w.communityA(), "邻居");
        outsider = account(w.communityB(), "外社区");
        activity = volunteers.activity(
                team, w.communityA(), ActivityStatus.PUBLISHED, SignUpMode.FIRST_COME, START, END, 10);
        memberSignUp = volunteers.signUp(activity.sessionId(), volunteerOf(member), SignUpStatus.ACCEPTED);
    }

    private final Map<String, Long> volunteerIds = new java.util.HashMap<>();

    private String account(long communityId, String name) {
        long volunteer = volunteers.volunteer(communityId, name);
        String username = fixtures.staff(StaffRole.VOLUNTEER, communityId);
        volunteers.linkAccount(volunteer, username);
        volunteerIds.put(username, volunteer);
        return username;
    }

    private long volunteerOf(String username) {
        return volunteerIds.get(username);
    }

    private String secret(long sessionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ActivitySession.<ActivitySession>findById(sessionId).checkInSecret);
    }

    private String codeNow() {
        return as(leader)
                .get("/api/volunteer-sessions/{id}/check-in-code", activity.sessionId())
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private ValidatableResponse post(String user, String what, Object body) {
        return as(user).body(body)
                .post("/api/volunteer-sessions/{id}/" + what, activity.sessionId())
                .then();
    }

    private List<HoursEntry> entries(long signUpId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> HoursEntry.<HoursEntry>list("signUpId = ?1 order by id", signUpId));
    }

    // ---- the code ----------------------------------------------------------------------------------------------

    @Test
    void theCodeRotatesEveryThirtySecondsAndOnlyTheOrganisersSeeIt() {
        String secret = secret(activity.sessionId());
        clock.now = START.minusSeconds(600);
        as(leader)
                .get("/api/volunteer-sessions/{id}/check-in-code", activity.sessionId())
                .then()
                .statusCode(200)
                .body(
                        "code",
                        equalTo(RotatingCode.current(secret, activity.sessionId(), clock.now)
                                .code()))
                .body(
                        "payload",
                        equalTo("/m/check-in?session=" + activity.sessionId() + "&code="
                                + RotatingCode.current(secret, activity.sessionId(), clock.now)
                                        .code()))
                .body("validUntil", equalTo(clock.now.plusSeconds(30).toString()));
        String first = codeNow();
        clock.now = clock.now.plusSeconds(30);
        assertThat(codeNow()).isNotEqualTo(first);

        // staff in scope see it; a volunteer of the community who does not lead the team is refused, one elsewhere
        // cannot even tell the session exists
        as(w.staffA())
                .get("/api/volunteer-sessions/{id}/check-in-code", activity.sessionId())
                .then()
                .statusCode(200);
        as(w.admin())
                .get("/api/volunteer-sessions/{id}/check-in-code", activity.sessionId())
                .then()
                .statusCode(200);
        as(bystander)
                .get("/api/volunteer-sessions/{id}/check-in-code", activity.sessionId())
                .then()
                .statusCode(403);
        as(member)
                .get("/api/volunteer-sessions/{id}/check-in-code", activity.sessionId())
                .then()
                .statusCode(403);
        as(outsider)
                .get("/api/volunteer-sessions/{id}/check-in-code", activity.sessionId())
                .then()
                .statusCode(404);
        as(w.workerA1())
                .get("/api/volunteer-sessions/{id}/check-in-code", activity.sessionId())
                .then()
                .statusCode(403);
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB)
                .get("/api/volunteer-sessions/{id}/check-in-code", activity.sessionId())
                .then()
                .statusCode(404);
    }

    // ---- check-in and check-out ----------------------------------------------------------------------------

    @Test
    void checkInAndOutYieldOneSubmittedEntryOfTheMinutesWithinTheSession() {
        clock.now = START.minus(Duration.ofMinutes(10));
        post(member, "check-in", Map.of("code", codeNow(), "latitude", 31.2304161, "longitude", 121.4737))
                .statusCode(200)
                .body("signUpId", equalTo((int) memberSignUp))
                .body("attendance", equalTo("PRESENT"))
                .body("checkedInAt", equalTo(clock.now.toString()))
                .body("checkedOutAt", nullValue())
                .body("minutes", nullValue());
        post(member, "check-in", Map.of("code", codeNow())).statusCode(409);
        assertThat(entries(memberSignUp)).isEmpty();

        as(member).get("/api/volunteer-attendance/mine").then().statusCode(200).body("sessionId", hasItem((int)
                activity.sessionId()));

        // 10 minutes after the end: only the session's two hours count
        clock.now = END.plus(Duration.ofMinutes(10));
        post(member, "check-out", Map.of("code", codeNow()))
                .statusCode(200)
                .body("checkedOutAt", equalTo(clock.now.toString()))
                .body("minutes", equalTo(120));
        post(member, "check-out", Map.of("code", codeNow())).statusCode(409);

        List<HoursEntry> entries = entries(memberSignUp);
        assertThat(entries).hasSize(1);
        HoursEntry entry = entries.get(0);
        assertThat(entry.source).isEqualTo(HoursSource.ATTENDANCE);
        assertThat(entry.status).isEqualTo(HoursStatus.SUBMITTED);
        assertThat(entry.minutes).isEqualTo(120);
        assertThat(entry.volunteerId).isEqualTo(volunteerOf(member));
        assertThat(entry.serviceDate).isEqualTo(LocalDate.parse("2026-12-05"));
        assertThat(entry.activityId).isEqualTo(activity.activityId());
        assertThat(entry.sessionId).isEqualTo(activity.sessionId());
        QuarkusTransaction.requiringNew().run(() -> {
            Activity a = Activity.findById(activity.activityId());
            assertThat(entry.teamId).isEqualTo(a.teamId);
            assertThat(entry.categoryCode).isEqualTo(a.categoryCode);
            assertThat(entry.communityId).isEqualTo(w.communityA());
            assertThat(entry.areaPath).isEqualTo(Area.<Area>findById(w.communityA()).path);
            SignUp s = SignUp.findById(memberSignUp);
            assertThat(s.checkInLatitude).isEqualByComparingTo(new BigDecimal("31.230416"));
            assertThat(s.checkInLongitude).isEqualByComparingTo(new BigDecimal("121.473700"));
            assertThat(s.checkOutLatitude).isNull();
        });

        // the organiser's sheet shows it
        as(leader)
                .get("/api/volunteer-sessions/{id}/attendance", activity.sessionId())
                .then()
                .statusCode(200)
                .body("items.signUpId", contains((int) memberSignUp))
                .body("items[0].minutes", equalTo(120))
                .body("items[0].hoursStatus", equalTo("SUBMITTED"));
    }

    @Test
    void aCheckInLaterThanFifteenMinutesIsLate() {
        clock.now = START.plus(Duration.ofMinutes(20));
        post(member, "check-in", Map.of("code", codeNow())).statusCode(200).body("attendance", equalTo("LATE"));
    }

    @Test
    void aWrongOrExpiredCodeIsA400NamingTheCode() {
        String secret = secret(activity.sessionId());
        clock.now = START;
        String shown = codeNow();
        String wrong = shown.equals("123456") ? "654321" : "123456";
        post(member, "check-in", Map.of("code", wrong)).statusCode(400).body("violations.field", contains("code"));
        // two steps later the shown code has expired
        clock.now = START.plusSeconds(60);
        assertThat(RotatingCode.accepts(secret, activity.sessionId(), shown, clock.now))
                .isFalse();
        post(member, "check-in", Map.of("code", shown)).statusCode(400).body("violations.field", contains("code"));
        // a code of the step before is still good (a scan across the change)
        clock.now = START.plusSeconds(30);
        post(member, "check-in", Map.of("code", shown)).statusCode(200);
        // half a location: the missing half is named
        clock.now = END.minusSeconds(60);
        post(member, "check-out", Map.of("code", codeNow(), "latitude", 31.2))
                .statusCode(400)
                .body("violations.field", contains("longitude"));
    }

    @Test
    void outsideTheWindowIsA409() {
        clock.now = START.minus(Duration.ofMinutes(61));
        post(member, "check-in", Map.of("code", codeNow()))
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("08:00"));
        clock.now = END.plusSeconds(1);
        post(member, "check-in", Map.of("code", codeNow())).statusCode(409);
        // checked in in time, but back only after the check-out closed: the organiser marks instead
        clock.now = END.minusSeconds(60);
        post(member, "check-in", Map.of("code", codeNow())).statusCode(200);
        clock.now = END.plus(Duration.ofMinutes(121));
        post(member, "check-out", Map.of("code", codeNow())).statusCode(409);
        assertThat(entries(memberSignUp)).isEmpty();
    }

    @Test
    void onlyOnesOwnAcceptedSignUpChecksIn() {
        clock.now = START;
        // a pending sign-up: 409; no sign-up at all: 404 (as a session out of reach); staff do not check in
        volunteers.signUp(activity.sessionId(), volunteerOf(bystander), SignUpStatus.PENDING);
        post(bystander, "check-in", Map.of("code", codeNow())).statusCode(409);
        post(outsider, "check-in", Map.of("code", codeNow())).statusCode(404);
        post(w.staffA(), "check-in", Map.of("code", codeNow())).statusCode(403);
        // a cancelled activity takes no check-ins
        QuarkusTransaction.requiringNew()
                .run(() -> Activity.<Activity>findById(activity.activityId()).status = ActivityStatus.CANCELLED);
        post(member, "check-in", Map.of("code", codeNow())).statusCode(409);
    }

    // ---- marks ---------------------------------------------------------------------------------------------

    private ValidatableResponse mark(String user, Object... marks) {
        return post(user, "attendance", Map.of("marks", List.of(marks)));
    }

    private static Map<String, Object> markOf(long signUpId, String mark, String in, String out) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("signUpId", signUpId);
        m.put("attendance", mark);
        if (in != null) {
            m.put("checkedInAt", in);
        }
        if (out != null) {
            m.put("checkedOutAt", out);
        }
        return m;
    }

    @Test
    void aReMarkRejectsTheSubmittedEntryAndSubmitsANewOne() {
        clock.now = END.plus(Duration.ofMinutes(30));
        mark(leader, markOf(memberSignUp, "PRESENT", "2026-12-05T01:00:00Z", "2026-12-05T02:30:00Z"))
                .statusCode(200)
                .body("items[0].attendance", equalTo("PRESENT"))
                .body("items[0].minutes", equalTo(90))
                .body("items[0].markedBy", equalTo(leader));
        // the same mark again changes nothing
        mark(leader, markOf(memberSignUp, "PRESENT", "2026-12-05T01:00:00Z", "2026-12-05T02:30:00Z"))
                .statusCode(200);
        List<HoursEntry> once = entries(memberSignUp);
        assertThat(once).extracting(e -> e.minutes).containsExactly(90);
        long first = once.get(0).id;

        // late from 09:30: the 90 minutes are rejected (never edited), 60 submitted
        mark(w.staffA(), markOf(memberSignUp, "LATE", "2026-12-05T01:30:00Z", "2026-12-05T02:30:00Z"))
                .statusCode(200)
                .body("items[0].minutes", equalTo(60));
        List<HoursEntry> after = entries(memberSignUp);
        assertThat(after)
                .extracting(e -> e.id, e -> e.source, e -> e.minutes, e -> e.status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, HoursSource.ATTENDANCE, 90, HoursStatus.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(
                                after.get(1).id, HoursSource.ATTENDANCE, 60, HoursStatus.SUBMITTED));
        assertThat(after).noneMatch(e -> e.source == HoursSource.REVERSAL);

        // absent: the 60 are rejected too, nothing new; nothing submitted is left to confirm
        mark(leader, markOf(memberSignUp, "ABSENT", null, null))
                .statusCode(200)
                .body("items[0].attendance", equalTo("ABSENT"))
                .body("items[0].minutes", nullValue());
        assertThat(entries(memberSignUp))
                .extracting(e -> e.minutes, e -> e.status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(90, HoursStatus.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(60, HoursStatus.REJECTED));
    }

    @Test
    void confirmedHoursAreNoLongerTheAttendancesToChange() {
        clock.now = END.plus(Duration.ofMinutes(30));
        mark(leader, markOf(memberSignUp, "PRESENT", "2026-12-05T01:00:00Z", "2026-12-05T03:00:00Z"))
                .statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(() -> HoursEntry.update("status = ?1 where signUpId = ?2", HoursStatus.CONFIRMED, memberSignUp));
        mark(leader, markOf(memberSignUp, "ON_LEAVE", null, null)).statusCode(409);
        assertThat(entries(memberSignUp)).hasSize(1);
    }

    @Test
    void aLockedMonthTakesNoAttendanceHours() {
        clock.now = END.plus(Duration.ofMinutes(30));
        QuarkusTransaction.requiringNew().run(() -> {
            HoursMonthLock lock = new HoursMonthLock();
            lock.key = new HoursMonthLock.Key(w.subDistrict(), "2026-12");
            lock.lockedBy = "test";
            lock.lockedAt = Instant.now();
            lock.persist();
        });
        mark(leader, markOf(memberSignUp, "PRESENT", "2026-12-05T01:00:00Z", "2026-12-05T03:00:00Z"))
                .statusCode(409);
        assertThat(entries(memberSignUp)).isEmpty();
    }

    @Test
    void marksNameWhatIsWrongWithThem() {
        clock.now = START.plus(Duration.ofMinutes(30));
        ActivityIds other = volunteers.activity(
                QuarkusTransaction.requiringNew().call(() -> Activity.<Activity>findById(activity.activityId()).teamId),
                w.communityA(),
                ActivityStatus.PUBLISHED,
                SignUpMode.FIRST_COME,
                START,
                END,
                5);
        long elsewhere = volunteers.signUp(other.sessionId(), volunteerOf(bystander), SignUpStatus.ACCEPTED);
        mark(
                        leader,
                        markOf(elsewhere, "ABSENT", null, null),
                        // present without a scan and without times
                        markOf(memberSignUp, "PRESENT", null, null))
                .statusCode(400)
                .body(
                        "violations.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "marks[0].signUpId", "marks[1].checkedInAt", "marks[1].checkedOutAt"));
        // a check-out in the future, a check-in before the window
        mark(leader, markOf(memberSignUp, "PRESENT", "2026-12-04T23:00:00Z", "2026-12-05T02:30:00Z"))
                .statusCode(400)
                .body("violations.field", contains("marks[0].checkedInAt", "marks[0].checkedOutAt"));
        // nothing was written by the refused requests
        assertThat(entries(memberSignUp)).isEmpty();
        as(leader)
                .get("/api/volunteer-sessions/{id}/attendance", activity.sessionId())
                .then()
                .body("items[0].attendance", nullValue());
        // a volunteer who does not lead the team may not mark
        mark(member, markOf(memberSignUp, "ABSENT", null, null)).statusCode(403);
    }

    @Test
    void theTilesListWhatIsOpenNow() {
        clock.now = START.minus(Duration.ofMinutes(30));
        as(leader)
                .get("/api/volunteer-attendance/sessions")
                .then()
                .statusCode(200)
                .body("sessionId", hasItem((int) activity.sessionId()));
        as(w.staffA())
                .get("/api/volunteer-attendance/sessions")
                .then()
                .statusCode(200)
                .body("sessionId", hasItem((int) activity.sessionId()));
        as(bystander)
                .get("/api/volunteer-attendance/sessions")
                .then()
                .statusCode(200)
                .body("sessionId", not(hasItem((int) activity.sessionId())));
        as(member).get("/api/volunteer-attendance/mine").then().statusCode(200).body("sessionId", hasItem((int)
                activity.sessionId()));
        clock.now = START.minus(Duration.ofMinutes(61));
        as(member).get("/api/volunteer-attendance/mine").then().body("sessionId", not(hasItem((int)
                activity.sessionId())));
        as(leader).get("/api/volunteer-attendance/sessions").then().body("sessionId", not(hasItem((int)
                activity.sessionId())));
        clock.now = END.plus(Duration.ofMinutes(121));
        as(member).get("/api/volunteer-attendance/mine").then().body("sessionId", not(hasItem((int)
                activity.sessionId())));
    }
}
