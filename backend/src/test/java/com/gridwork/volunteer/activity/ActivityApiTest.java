package com.gridwork.volunteer.activity;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.volunteer.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Activities through the API: writing one, its lifecycle, who sees and who organises it. */
@QuarkusTest
class ActivityApiTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    ActivityClock clock;

    @Inject
    EntityManager em;

    World w;
    long team;
    long otherTeam;
    /** A volunteer account of community A leading {@link #team}. */
    String leader;
    /** A volunteer account of community A without a team. */
    String volunteer;

    long volunteerId;
    Instant start;

    @BeforeEach
    void world() {
        w = fixtures.world();
        team = volunteers.team(w.communityA(), "服务队");
        otherTeam = volunteers.team(w.communityA(), "别的队");
        long leaderId = volunteers.volunteer(w.communityA(), "王队长");
        volunteers.member(team, leaderId, TeamRole.LEADER);
        leader = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(leaderId, leader);
        volunteerId = volunteers.volunteer(w.communityA(), "李志愿");
        volunteer = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(volunteerId, volunteer);
        start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    private Map<String, Object> body(long teamId, long communityId) {
        Map<String, Object> body = new HashMap<>();
        body.put("teamId", teamId);
        body.put("communityId", communityId);
        body.put("title", "关爱独居老人");
        body.put("categoryCode", "ELDER_VISIT");
        body.put("place", "社区活动室");
        body.put("signUpMode", "FIRST_COME");
        body.put("signUpDeadline", start.minus(1, ChronoUnit.DAYS).toString());
        body.put(
                "sessions",
                new ArrayList<>(List.of(
                        session(null, start, 2, post(null, "引导员", 5)),
                        session(null, start.plus(1, ChronoUnit.DAYS), 3, post(null, "陪护", 2), post(null, "记录", 1)))));
        return body;
    }

    private static Map<String, Object> session(Long id, Instant startsAt, int hours, Map<?, ?>... posts) {
        Map<String, Object> s = new HashMap<>();
        s.put("id", id);
        s.put("startsAt", startsAt.toString());
        s.put("endsAt", startsAt.plus(hours, ChronoUnit.HOURS).toString());
        s.put("posts", List.of(posts));
        return s;
    }

    private static Map<String, Object> post(Long id, String name, int capacity) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("name", name);
        p.put("capacity", capacity);
        return p;
    }

    private JsonPath create(String as, Map<String, Object> body) {
        return as(as).body(body)
                .post("/api/activities")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private ValidatableResponse step(String as, long id, String step) {
        String etag = as(as).get("/api/activities/" + id).then().extract().header("ETag");
        return as(as).header("If-Match", etag)
                .post("/api/activities/" + id + "/" + step)
                .then();
    }

    @Test
    void staff_create_a_draft_with_its_sessions_whose_span_is_the_activitys() {
        JsonPath created = create(w.staffA(), body(team, w.communityA()));
        assertThat(created.getString("activity.status")).isEqualTo("DRAFT");
        assertThat(Instant.parse(created.getString("activity.startsAt"))).isEqualTo(start);
        assertThat(Instant.parse(created.getString("activity.endsAt")))
                .isEqualTo(start.plus(1, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS));
        assertThat(created.getInt("activity.capacity")).isEqualTo(8);
        assertThat(created.getInt("activity.sessionCount")).isEqualTo(2);
        assertThat(created.getList("sessions[1].posts.name")).containsExactly("陪护", "记录");
        assertThat(created.getList("allowedActions")).containsExactly("EDIT", "PUBLISH", "CANCEL");
        // a viewer reads it and may do nothing with it
        as(w.viewer())
                .get("/api/activities/" + created.getLong("activity.id"))
                .then()
                .statusCode(200)
                .body("allowedActions", equalTo(List.of()));
    }

    @Test
    void every_faulty_field_is_named_at_once() {
        long foreignHousehold = as(w.admin())
                .body(Map.of("gridId", w.gridB1(), "address", Fixtures.unique("B路"), "housingType", "OWNED"))
                .post("/api/households")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("household.id");
        Map<String, Object> body = body(team, w.communityA());
        body.put("gridId", w.gridB1());
        body.put("categoryCode", "NO_SUCH");
        body.put("beneficiaryHouseholdIds", List.of(foreignHousehold));
        body.put("withdrawDeadline", start.plusSeconds(60).toString());
        body.put("minAge", 60);
        body.put("maxAge", 18);
        as(w.staffA())
                .body(body)
                .post("/api/activities")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "gridId", "categoryCode", "beneficiaryHouseholdIds[0]", "withdrawDeadline", "maxAge"));
        // community B lies outside community staff A's scope
        as(w.staffA())
                .body(body(team, w.communityB()))
                .post("/api/activities")
                .then()
                .statusCode(400)
                .body("violations.field", contains("communityId"));
    }

    @Test
    void a_leader_organises_its_own_teams_activities_and_no_others() {
        JsonPath created = create(leader, body(team, w.communityA()));
        long id = created.getLong("activity.id");
        assertThat(created.getList("allowedActions")).contains("PUBLISH");
        as(leader)
                .body(body(otherTeam, w.communityA()))
                .post("/api/activities")
                .then()
                .statusCode(400)
                .body("violations.field", contains("teamId"));
        // another team's activity: the leader may read it once published, never act on it
        long others = create(w.staffA(), body(otherTeam, w.communityA())).getLong("activity.id");
        as(leader).get("/api/activities/" + others).then().statusCode(404);
        step(w.staffA(), others, "publish").statusCode(200);
        as(leader).get("/api/activities/" + others).then().statusCode(200).body("allowedActions", equalTo(List.of()));
        String etag =
                as(leader).get("/api/activities/" + others).then().extract().header("ETag");
        as(leader)
                .header("If-Match", etag)
                .body(Map.of("reason", "不办了"))
                .post("/api/activities/" + others + "/cancel")
                .then()
                .statusCode(403);
        // the led teams' list, on the phone
        as(leader).get("/api/activities?led=true").then().body("items.id", contains((int) id));
        as(w.staffA()).get("/api/activities?led=true").then().body("total", equalTo(0));
        as(leader).get("/api/activities/teams").then().body("id", contains((int) team));
    }

    @Test
    void a_volunteer_sees_its_communitys_published_activities_never_drafts() {
        long id = create(w.staffA(), body(team, w.communityA())).getLong("activity.id");
        as(volunteer).get("/api/activities/" + id).then().statusCode(404);
        as(volunteer).get("/api/activities?teamId=" + team).then().body("items.id", not(hasItem((int) id)));
        step(w.staffA(), id, "publish").statusCode(200).body("activity.status", equalTo("PUBLISHED"));
        as(volunteer).get("/api/activities/" + id).then().statusCode(200).body("allowedActions", equalTo(List.of()));
        as(volunteer).get("/api/activities?teamId=" + team).then().body("items.id", hasItem((int) id));
        String elsewhere = fixtures.staff(StaffRole.VOLUNTEER, w.communityB());
        as(elsewhere).get("/api/activities/" + id).then().statusCode(404);
        // a volunteer holds ACTIVITIES_MANAGE (for the teams it may lead) but leads none: no team to choose
        as(volunteer)
                .body(body(team, w.communityA()))
                .post("/api/activities")
                .then()
                .statusCode(400);
        // staff of another community do not see it
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/activities/" + id).then().statusCode(404);
        // the grid worker sees its community's activities
        as(w.workerA1()).get("/api/activities/" + id).then().statusCode(200);
        as(w.viewer())
                .body(body(team, w.communityA()))
                .post("/api/activities")
                .then()
                .statusCode(403);
    }

    @Test
    void the_lifecycle_moves_one_step_at_a_time_and_names_the_status_it_refuses_from() {
        long id = create(w.staffA(), body(team, w.communityA())).getLong("activity.id");
        step(w.staffA(), id, "start").statusCode(409).body("detail", containsString("草稿"));
        step(w.staffA(), id, "publish").statusCode(200).body("allowedActions", contains("EDIT", "START", "CANCEL"));
        step(w.staffA(), id, "start").statusCode(200).body("activity.status", equalTo("IN_PROGRESS"));
        step(w.staffA(), id, "end").statusCode(200).body("activity.status", equalTo("ENDED"));
        // hours waiting for confirmation keep it from closing
        long entry = submittedHours(id);
        step(w.staffA(), id, "close").statusCode(409);
        as(w.staffA()).get("/api/activities/" + id).then().body("hoursPending", equalTo(1));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update volunteer_hours_entry set status = 'CONFIRMED' where id = :id")
                        .setParameter("id", entry)
                        .executeUpdate());
        step(w.staffA(), id, "close").statusCode(200).body("activity.status", equalTo("CLOSED"));
        step(w.staffA(), id, "publish").statusCode(409);
        // a stale ETag is a 412
        as(w.staffA())
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "x"))
                .post("/api/activities/" + id + "/cancel")
                .then()
                .statusCode(412);
    }

    @Test
    void the_clock_starts_and_ends_published_activities() {
        long id = create(w.staffA(), body(team, w.communityA())).getLong("activity.id");
        step(w.staffA(), id, "publish").statusCode(200);
        clock.run(start.minusSeconds(1));
        as(w.staffA()).get("/api/activities/" + id).then().body("activity.status", equalTo("PUBLISHED"));
        clock.run(start.plusSeconds(1));
        as(w.staffA()).get("/api/activities/" + id).then().body("activity.status", equalTo("IN_PROGRESS"));
        clock.run(start.plus(2, ChronoUnit.DAYS));
        as(w.staffA()).get("/api/activities/" + id).then().body("activity.status", equalTo("ENDED"));
    }

    @Test
    void once_published_what_volunteers_signed_up_for_holds() {
        JsonPath created = create(w.staffA(), body(team, w.communityA()));
        long id = created.getLong("activity.id");
        step(w.staffA(), id, "publish").statusCode(200);
        long s1 = created.getLong("sessions[0].id");
        long p1 = created.getLong("sessions[0].posts[0].id");
        long s2 = created.getLong("sessions[1].id");
        long p2 = created.getLong("sessions[1].posts[0].id");
        long p3 = created.getLong("sessions[1].posts[1].id");
        signUp(id, s1, p1, volunteerId, "ACCEPTED");
        signUp(id, s1, p1, volunteers.volunteer(w.communityA(), "赵志愿"), "ACCEPTED");

        Map<String, Object> body = body(team, w.communityA());
        // capacity 1 < 2 accepted
        body.put(
                "sessions",
                List.of(
                        session(s1, start, 2, post(p1, "引导员", 1)),
                        session(s2, start.plus(1, ChronoUnit.DAYS), 3, post(p2, "陪护", 2), post(p3, "记录", 1))));
        put(id, body).statusCode(400).body("violations.field", contains("sessions[0].posts[0].capacity"));
        // post 1 removed while it has sign-ups
        body.put(
                "sessions",
                List.of(
                        session(s1, start, 2, post(null, "新岗", 3)),
                        session(s2, start.plus(1, ChronoUnit.DAYS), 3, post(p2, "陪护", 2), post(p3, "记录", 1))));
        put(id, body).statusCode(409);
        // the team cannot change any more
        Map<String, Object> moved = body(otherTeam, w.communityA());
        moved.put(
                "sessions",
                List.of(
                        session(s1, start, 2, post(p1, "引导员", 5)),
                        session(s2, start.plus(1, ChronoUnit.DAYS), 3, post(p2, "陪护", 2), post(p3, "记录", 1))));
        put(id, moved).statusCode(400).body("violations.field", contains("teamId"));
        // growing post 1, removing post 3 (no sign-ups) and adding a session is fine
        body.put("title", "关爱独居老人（扩招）");
        body.put(
                "sessions",
                List.of(
                        session(s1, start, 2, post(p1, "引导员", 8)),
                        session(s2, start.plus(1, ChronoUnit.DAYS), 3, post(p2, "陪护", 2)),
                        session(null, start.plus(2, ChronoUnit.DAYS), 1, post(null, "后勤", 4))));
        JsonPath updated = put(id, body).statusCode(200).extract().jsonPath();
        assertThat(updated.getList("sessions[0].posts.accepted")).containsExactly(2);
        assertThat(updated.getInt("sessions[0].posts[0].capacity")).isEqualTo(8);
        assertThat(updated.getList("sessions[1].posts.id")).containsExactly((int) p2);
        assertThat(Instant.parse(updated.getString("activity.endsAt")))
                .isEqualTo(start.plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS));
        assertThat(updated.getInt("activity.accepted")).isEqualTo(2);
    }

    @Test
    void cancelling_cancels_every_live_sign_up_and_tells_each_volunteer() {
        JsonPath created = create(w.staffA(), body(team, w.communityA()));
        long id = created.getLong("activity.id");
        step(w.staffA(), id, "publish").statusCode(200);
        signUp(
                id,
                created.getLong("sessions[0].id"),
                created.getLong("sessions[0].posts[0].id"),
                volunteerId,
                "ACCEPTED");
        String etag =
                as(w.staffA()).get("/api/activities/" + id).then().extract().header("ETag");
        as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("reason", " "))
                .post("/api/activities/" + id + "/cancel")
                .then()
                .statusCode(400)
                .body("violations.field", contains("reason"));
        as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("reason", "暴雨预警"))
                .post("/api/activities/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("activity.status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("暴雨预警"))
                .body("activity.accepted", equalTo(0))
                .body("allowedActions", equalTo(List.of()));
        Object status = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select status from volunteer_signup where activity_id = :a")
                        .setParameter("a", id)
                        .getSingleResult());
        assertThat(status).isEqualTo("CANCELLED");
        as(volunteer)
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("ACTIVITY_CANCELLED"))
                .body("items[0].activityId", equalTo((int) id))
                .body("items[0].issueId", equalTo(null))
                .body("items[0].text", containsString("暴雨预警"));
        // a cancelled activity is no volunteer's business any more, the notice stays
        as(volunteer).get("/api/activities/" + id).then().statusCode(404);
        as(w.staffA()).get("/api/notifications").then().body("items.kind", not(hasItem("ACTIVITY_CANCELLED")));
    }

    @Test
    void the_calendar_shows_each_session_of_the_month() {
        long id = create(w.staffA(), body(team, w.communityA())).getLong("activity.id");
        String month = start.atZone(com.gridwork.issue.IssueDeadlines.ZONE)
                .toLocalDate()
                .toString()
                .substring(0, 7);
        as(w.staffA())
                .get("/api/activities/calendar?month=" + month + "&teamId=" + team)
                .then()
                .statusCode(200)
                .body("activityId", hasItem((int) id));
        as(w.staffA()).get("/api/activities/calendar?month=2026-13").then().statusCode(400);
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/activities/calendar?month=" + month).then().body("activityId", not(hasItem((int) id)));
    }

    private ValidatableResponse put(long id, Map<String, Object> body) {
        String etag =
                as(w.staffA()).get("/api/activities/" + id).then().extract().header("ETag");
        return as(w.staffA())
                .header("If-Match", etag)
                .body(body)
                .put("/api/activities/" + id)
                .then();
    }

    /** A sign-up as the sign-up service would make it (its rules are not this test's). */
    private void signUp(long activity, long session, long post, long volunteer, String status) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into volunteer_signup (activity_id, session_id, post_id, volunteer_id, status,"
                            + " queued_at, version, created_at, updated_at)"
                            + " values (:a, :s, :p, :v, :st, now(6), 0, now(6), now(6))")
                    .setParameter("a", activity)
                    .setParameter("s", session)
                    .setParameter("p", post)
                    .setParameter("v", volunteer)
                    .setParameter("st", status)
                    .executeUpdate();
            if (status.equals("ACCEPTED")) {
                em.createNativeQuery("update volunteer_post set accepted_count = accepted_count + 1 where id = :p")
                        .setParameter("p", post)
                        .executeUpdate();
            }
        });
    }

    /** A SUBMITTED hours entry of the activity; returns its id. */
    private long submittedHours(long activity) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery(
                            "insert into volunteer_hours_entry (volunteer_id, source, status, service_date, minutes,"
                                    + " activity_id, community_id, area_path, submitted_by, submitted_at, version)"
                                    + " select :v, 'ATTENDANCE', 'SUBMITTED', current_date, 60, a.id, a.community_id,"
                                    + " a.area_path, 'test', now(6), 0 from volunteer_activity a where a.id = :a")
                    .setParameter("v", volunteerId)
                    .setParameter("a", activity)
                    .executeUpdate();
            return ((Number) em.createNativeQuery("select max(id) from volunteer_hours_entry")
                            .getSingleResult())
                    .longValue();
        });
    }
}
