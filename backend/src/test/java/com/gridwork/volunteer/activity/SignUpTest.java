package com.gridwork.volunteer.activity;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.testsupport.VolunteerFixtures.ActivityIds;
import com.gridwork.volunteer.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ups through the API on a real database: places, waitlist, apply mode, refusals, and parallel requests. */
@QuarkusTest
class SignUpTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    EntityManager em;

    World w;
    long team;
    Instant start;

    /** A volunteer account: the profile's id and the sign-in's user name. */
    record Vol(long id, String user) {}

    @BeforeEach
    void world() {
        w = fixtures.world();
        team = volunteers.team(w.communityA(), "服务队");
        start = Instant.now().plus(Duration.ofDays(7));
    }

    private Vol volunteer(long communityId) {
        return volunteer(communityId, TestIds.idCard());
    }

    private Vol volunteer(long communityId, String idCard) {
        String user = fixtures.staff(StaffRole.VOLUNTEER, communityId);
        long id = volunteers.volunteer(communityId, "志愿者", idCard);
        volunteers.linkAccount(id, user);
        return new Vol(id, user);
    }

    private ActivityIds activity(SignUpMode mode, int capacity) {
        return activity(ActivityStatus.PUBLISHED, mode, start, capacity);
    }

    private ActivityIds activity(ActivityStatus status, SignUpMode mode, Instant from, int capacity) {
        return volunteers.activity(team, w.communityA(), status, mode, from, from.plus(Duration.ofHours(2)), capacity);
    }

    private static ValidatableResponse signUp(String user, ActivityIds a) {
        return signUp(user, a.activityId(), a.postId());
    }

    private static ValidatableResponse signUp(String user, long activityId, long postId) {
        return as(user).header("Accept-Language", "en-US")
                .body(Map.of("postId", postId))
                .post("/api/sign-ups/open-activities/{id}", activityId)
                .then();
    }

    private static long signUpId(String user, ActivityIds a) {
        return signUp(user, a).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse step(String user, long signUpId, String step, String reason) {
        var spec = as(user).header("Accept-Language", "en-US");
        if (reason != null) {
            spec.body(Map.of("reason", reason));
        }
        return spec.post("/api/sign-ups/{id}/" + step, signUpId).then();
    }

    /** Status and waitlist position of each of an activity's sign-ups, as the organisers' list shows them. */
    private Map<Long, String> statuses(String organiser, long activityId) {
        List<Map<String, Object>> items = as(organiser)
                .queryParam("activityId", activityId)
                .queryParam("size", 100)
                .get("/api/sign-ups")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .collect(Collectors.toMap(
                        i -> ((Number) i.get("id")).longValue(),
                        i -> i.get("status")
                                + (i.get("waitlistPosition") == null ? "" : "#" + i.get("waitlistPosition"))));
    }

    private int acceptedCount(long postId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT accepted_count FROM volunteer_post WHERE id = :id")
                                .setParameter("id", postId)
                                .getSingleResult())
                        .intValue());
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }

    @Test
    void firstComeFillsThePostThenWaitlistsAndAFreedPlaceGoesToTheFirstInLine() {
        ActivityIds a = activity(SignUpMode.FIRST_COME, 2);
        List<Vol> vols = List.of(
                volunteer(w.communityA()),
                volunteer(w.communityA()),
                volunteer(w.communityA()),
                volunteer(w.communityA()));
        List<Long> ids = new ArrayList<>();
        for (Vol v : vols) {
            ids.add(signUpId(v.user(), a));
        }
        assertThat(statuses(w.staffA(), a.activityId()))
                .containsEntry(ids.get(0), "ACCEPTED")
                .containsEntry(ids.get(1), "ACCEPTED")
                .containsEntry(ids.get(2), "WAITLISTED#1")
                .containsEntry(ids.get(3), "WAITLISTED#2");
        // the volunteer sees its place in line, and the post has no room left
        assertThat(as(vols.get(3).user())
                        .get("/api/sign-ups/mine")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getInt("items[0].waitlistPosition"))
                .isEqualTo(2);
        var detail = as(vols.get(3).user())
                .get("/api/sign-ups/open-activities/{id}", a.activityId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(detail.getInt("sessions[0].posts[0].placesLeft")).isZero();
        assertThat(detail.getInt("sessions[0].posts[0].waitlisted")).isEqualTo(2);
        assertThat(detail.getString("mySignUps[0].status")).isEqualTo("WAITLISTED");

        step(vols.get(0).user(), ids.get(0), "withdraw", null)
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
        assertThat(statuses(w.staffA(), a.activityId()))
                .containsEntry(ids.get(2), "ACCEPTED")
                .containsEntry(ids.get(3), "WAITLISTED#1");
        assertThat(acceptedCount(a.postId())).isEqualTo(2);

        // an organiser removing an accepted volunteer frees the place the same way
        step(w.staffA(), ids.get(1), "remove", "未按时到岗").statusCode(200);
        assertThat(statuses(w.staffA(), a.activityId()))
                .containsEntry(ids.get(1), "CANCELLED")
                .containsEntry(ids.get(3), "ACCEPTED");
        assertThat(acceptedCount(a.postId())).isEqualTo(2);

        // a withdrawal that held no place promotes nobody and frees nothing
        Vol late = volunteer(w.communityA());
        long lateId = signUpId(late.user(), a);
        step(late.user(), lateId, "withdraw", null).statusCode(200);
        assertThat(acceptedCount(a.postId())).isEqualTo(2);
        // and a withdrawn sign-up cannot be withdrawn again
        step(late.user(), lateId, "withdraw", null)
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("withdrawn"));
    }

    @Test
    void staffSeeAVolunteersSignUpsInScopeAndOthersA404() {
        Vol v = volunteer(w.communityA());
        ActivityIds first = activity(SignUpMode.FIRST_COME, 5);
        ActivityIds later =
                activity(ActivityStatus.PUBLISHED, SignUpMode.FIRST_COME, start.plus(Duration.ofDays(1)), 5);
        long a = signUpId(v.user(), first);
        long b = signUpId(v.user(), later);
        step(v.user(), a, "withdraw", null).statusCode(200);
        as(w.staffA())
                .get("/api/volunteers/{id}/sign-ups", v.id())
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2))
                .body("items.id", org.hamcrest.Matchers.contains((int) b, (int) a))
                .body("items.status", org.hamcrest.Matchers.contains("ACCEPTED", "WITHDRAWN"));
        // community B's staff do not see community A's volunteer; a volunteer account may not list anyone's
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/volunteers/{id}/sign-ups", v.id()).then().statusCode(404);
        as(v.user()).get("/api/volunteers/{id}/sign-ups", v.id()).then().statusCode(403);
    }

    @Test
    void applyModeWaitsForAnOrganiserWhoApprovesWhileThereIsRoomOrRejectsWithAReason() {
        ActivityIds a = activity(SignUpMode.APPROVAL, 1);
        Vol first = volunteer(w.communityA());
        Vol second = volunteer(w.communityA());
        Vol third = volunteer(w.communityA());
        long firstId = signUp(first.user(), a)
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"))
                .extract()
                .jsonPath()
                .getLong("id");
        long secondId = signUpId(second.user(), a);
        long thirdId = signUpId(third.user(), a);
        assertThat(acceptedCount(a.postId())).isZero();

        step(w.staffA(), firstId, "approve", null)
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACCEPTED"));
        step(w.staffA(), secondId, "approve", null)
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("WAITLISTED"))
                .body("waitlistPosition", org.hamcrest.Matchers.equalTo(1));
        step(w.staffA(), firstId, "approve", null).statusCode(409);
        // a reason is required
        step(w.staffA(), thirdId, "reject", " ").statusCode(400);
        step(w.staffA(), thirdId, "reject", "年龄不符")
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REJECTED"))
                .body("reason", org.hamcrest.Matchers.equalTo("年龄不符"));
        assertThat(acceptedCount(a.postId())).isEqualTo(1);
    }

    @Test
    void refusalsNameTheirReason() {
        Vol v = volunteer(w.communityA());
        ActivityIds open = activity(SignUpMode.FIRST_COME, 5);

        // not open
        ActivityIds draft = activity(ActivityStatus.DRAFT, SignUpMode.FIRST_COME, start, 5);
        signUp(v.user(), draft).statusCode(404);
        ActivityIds cancelled = activity(ActivityStatus.CANCELLED, SignUpMode.FIRST_COME, start, 5);
        signUp(v.user(), cancelled)
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.equalTo("This activity is cancelled; it takes no sign-ups."));
        // the deadline passed
        sql(
                "UPDATE volunteer_activity SET signup_deadline = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)),
                open.activityId());
        signUp(v.user(), open).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("deadline"));
        sql("UPDATE volunteer_activity SET signup_deadline = NULL, min_age = 18 WHERE id = ?", open.activityId());
        // too young on the session's day (in Chinese by default)
        Vol young = volunteer(w.communityA(), TestIds.idCard(LocalDate.now().minusYears(16), true));
        as(young.user())
                .body(Map.of("postId", open.postId()))
                .post("/api/sign-ups/open-activities/{id}", open.activityId())
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.equalTo("参加者在活动当天须年满 18 周岁。"));
        // a post of another activity: 400 naming the field
        signUp(v.user(), open.activityId(), cancelled.postId())
                .statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("postId"));
        // another community's activity: 404, as if it did not exist
        long teamB = volunteers.team(w.communityB(), "B队");
        ActivityIds inB = volunteers.activity(
                teamB,
                w.communityB(),
                ActivityStatus.PUBLISHED,
                SignUpMode.FIRST_COME,
                start,
                start.plusSeconds(3600),
                5);
        signUp(v.user(), inB).statusCode(404);
        as(v.user())
                .get("/api/sign-ups/open-activities/{id}", inB.activityId())
                .then()
                .statusCode(404);

        // signed up, then: the same session again, and an overlapping one
        long mine = signUpId(v.user(), open);
        signUp(v.user(), open).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("already"));
        ActivityIds overlapping = activity(ActivityStatus.PUBLISHED, SignUpMode.FIRST_COME, start.plusSeconds(3600), 5);
        signUp(v.user(), overlapping).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("same time"));
        // back to back is fine
        ActivityIds after =
                activity(ActivityStatus.PUBLISHED, SignUpMode.FIRST_COME, start.plus(Duration.ofHours(2)), 5);
        signUp(v.user(), after).statusCode(201);

        // another volunteer's sign-up: 404 to withdraw; staff of another community: 404; a plain volunteer: 403
        Vol other = volunteer(w.communityA());
        step(other.user(), mine, "withdraw", null).statusCode(404);
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        step(staffB, mine, "remove", "x").statusCode(404);
        as(staffB)
                .queryParam("activityId", open.activityId())
                .get("/api/sign-ups")
                .then()
                .statusCode(404);
        as(other.user())
                .queryParam("activityId", open.activityId())
                .get("/api/sign-ups")
                .then()
                .statusCode(403);
        step(other.user(), mine, "remove", "x").statusCode(403);
        // the team's leader organises its activities
        volunteers.member(team, other.id(), TeamRole.LEADER);
        assertThat(statuses(other.user(), open.activityId())).containsEntry(mine, "ACCEPTED");
        // staff have no sign-ups of their own
        as(w.staffA()).get("/api/sign-ups/mine").then().statusCode(403);

        // past the withdraw deadline
        sql(
                "UPDATE volunteer_activity SET withdraw_deadline = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                open.activityId());
        step(v.user(), mine, "withdraw", null)
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("withdraw deadline"));
    }

    @Test
    void theOpenListShowsTheCommunitysPublishedActivitiesWithTheirFreePlaces() {
        Vol v = volunteer(w.communityA());
        ActivityIds a = activity(SignUpMode.FIRST_COME, 3);
        activity(ActivityStatus.DRAFT, SignUpMode.FIRST_COME, start, 3);
        signUpId(v.user(), a);
        List<Map<String, Object>> items = as(v.user())
                .queryParam("size", 100)
                .get("/api/sign-ups/open-activities")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        // the world's community A is this test's own: only its one published activity
        assertThat(items).hasSize(1);
        assertThat(items.get(0))
                .containsEntry("capacity", 3)
                .containsEntry("placesLeft", 2)
                .containsEntry("mySignUps", 1);
    }

    /**
     * Requests in flight at once: as many as the connection pool holds (16), so that every one of them is in the
     * database at the same time; more would only queue for a connection (and time out on a busy 2-core machine).
     */
    private static final int PARALLEL = 16;

    /** Runs the tasks from {@link #PARALLEL} threads released at the same moment; returns their results in order. */
    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), PARALLEL));
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoHundredParallelSignUpsForFiftyPlacesAcceptExactlyFifty() throws Exception {
        ActivityIds a = activity(SignUpMode.FIRST_COME, 50);
        List<Vol> vols = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            vols.add(volunteer(w.communityA()));
        }
        List<Callable<String>> tasks = vols.stream()
                .<Callable<String>>map(v -> () -> {
                    var r = signUp(v.user(), a).extract();
                    return r.statusCode() == 201 ? r.jsonPath().getString("status") : "HTTP " + r.statusCode();
                })
                .toList();
        long began = System.nanoTime();
        Map<String, Long> outcomes =
                inParallel(tasks).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        double seconds = (System.nanoTime() - began) / 1e9;
        // a probe, not a limit: what one hot post sustains here (the README's sign-up section quotes it)
        System.out.printf(
                "sign-up throughput on one hot post: 200 sign-ups in %.2f s (%.0f/s, %d in flight)%n",
                seconds, 200 / seconds, PARALLEL);
        assertThat(outcomes).containsOnly(Map.entry("ACCEPTED", 50L), Map.entry("WAITLISTED", 150L));
        assertThat(acceptedCount(a.postId())).isEqualTo(50);
        // the waitlist is one line: positions 1..150
        List<Integer> positions = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            positions.addAll(as(w.staffA())
                    .queryParam("activityId", a.activityId())
                    .queryParam("status", "WAITLISTED")
                    .queryParam("size", 100)
                    .queryParam("page", page)
                    .get("/api/sign-ups")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.waitlistPosition", Integer.class));
        }
        assertThat(positions)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 150).boxed().toList());
    }

    @Test
    void oneVolunteerPressingForOverlappingSessionsInParallelGetsOne() throws Exception {
        Vol v = volunteer(w.communityA());
        List<ActivityIds> overlapping = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            overlapping.add(activity(ActivityStatus.PUBLISHED, SignUpMode.FIRST_COME, start.plusSeconds(60L * i), 5));
        }
        // the same session pressed twice as well: the live key or the lock stops the second
        overlapping.add(overlapping.get(0));
        List<Callable<Integer>> tasks = overlapping.stream()
                .<Callable<Integer>>map(a -> () -> signUp(v.user(), a).extract().statusCode())
                .toList();
        Map<Integer, Long> statuses =
                inParallel(tasks).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(statuses).containsOnly(Map.entry(201, 1L), Map.entry(409, 8L));
        long live = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM volunteer_signup WHERE volunteer_id = :v AND live_session_id IS NOT NULL")
                                .setParameter("v", v.id())
                                .getSingleResult())
                        .longValue());
        assertThat(live).isEqualTo(1);
    }
}
