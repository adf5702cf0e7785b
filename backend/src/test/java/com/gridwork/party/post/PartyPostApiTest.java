package com.gridwork.party.post;

import com.gridwork.access.StaffRole;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyReportEnded;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.PartyFixtures;
import com.gridwork.testsupport.PartyFixtures.Member;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Party posts and the service logged on them: posts, claims under concurrency, release and revocation, refusals,
 * the report's end and the term's end, and verification into the hours ledger (once, also in parallel).
 */
@QuarkusTest
class PartyPostApiTest {
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    PartyPostClock clock;

    @Inject
    Event<PartyReportEnded> reportEnded;

    @Inject
    EntityManager em;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private static Map<String, Object> post(long areaId, int capacity) {
        LocalDate today = BeijingTime.today();
        Map<String, Object> body = new HashMap<>();
        body.put("areaId", areaId);
        body.put("categoryCode", "BUILDING_WATCH");
        body.put("title", Fixtures.unique("楼栋守护"));
        body.put("requirements", "每周巡查楼道一次");
        body.put("capacity", capacity);
        body.put("termFrom", today.minusDays(30).toString());
        body.put("termTo", today.plusDays(60).toString());
        return body;
    }

    private long createPost(long areaId, int capacity) {
        return as(w.staffA())
                .body(post(areaId, capacity))
                .post("/api/party-posts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private Response claim(String member, long postId) {
        return as(member).post("/api/party-posts/" + postId + "/claims");
    }

    private long claimed(String member, long postId) {
        return claim(member, postId).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> service(long claimId, LocalDate day, int minutes, String description) {
        return Map.of(
                "claimId", claimId, "serviceDate", day.toString(), "minutes", minutes, "description", description);
    }

    private long logService(String member, long claimId, int minutes) {
        return as(member)
                .body(service(claimId, BeijingTime.today(), minutes, "巡查楼道，清理堆物"))
                .post("/api/party-service-logs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private int claimCount(long postId) {
        return as(w.staffA())
                .get("/api/party-posts/" + postId)
                .then()
                .extract()
                .jsonPath()
                .getInt("claimCount");
    }

    // ---- posts ----

    @Test
    void staffOpenEditAndClosePostsAndListThemByTheirFilters() {
        Response created = as(w.staffA()).body(post(w.gridA1(), 3)).post("/api/party-posts");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("claimCount", equalTo(0))
                .body("area.id", equalTo((int) w.gridA1()))
                .body("communityId", equalTo((int) w.communityA()));
        long id = created.jsonPath().getLong("id");

        Map<String, Object> change = post(w.gridA1(), 5);
        change.remove("areaId");
        change.put("title", "三号楼楼栋守护");
        as(w.staffA()).body(change).put("/api/party-posts/" + id).then().statusCode(428);
        as(w.staffA())
                .header("If-Match", "\"7\"")
                .body(change)
                .put("/api/party-posts/" + id)
                .then()
                .statusCode(412);
        as(w.staffA())
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/party-posts/" + id)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(5))
                .body("title", equalTo("三号楼楼栋守护"));

        // the grid worker reads the grid's posts and the community's
        long communityPost = createPost(w.communityA(), 2);
        as(w.workerA1())
                .queryParam("areaId", w.communityA())
                .queryParam("categoryCode", "BUILDING_WATCH")
                .get("/api/party-posts")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.id", hasItem((int) communityPost));
        as(w.staffA())
                .queryParam("areaId", w.gridA1())
                .queryParam("q", "三号楼")
                .get("/api/party-posts")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id));

        as(w.staffA())
                .post("/api/party-posts/" + id + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        as(w.staffA()).post("/api/party-posts/" + id + "/close").then().statusCode(409);
        as(w.staffA())
                .queryParam("areaId", w.communityA())
                .queryParam("status", "OPEN")
                .get("/api/party-posts")
                .then()
                .body("items.id", not(hasItem((int) id)));
    }

    @Test
    void aPostsFieldsAreCheckedAllAtOnce() {
        Map<String, Object> body = post(w.gridB1(), 0);
        body.put("categoryCode", "NO_SUCH_CATEGORY");
        body.put("termTo", BeijingTime.today().minusDays(31).toString());
        as(w.staffA())
                .body(body)
                .post("/api/party-posts")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("areaId", "capacity", "termTo"));
        Map<String, Object> wrongCode = post(w.gridA1(), 2);
        wrongCode.put("categoryCode", "NO_SUCH_CATEGORY");
        as(w.staffA())
                .header("Accept-Language", "en-US")
                .body(wrongCode)
                .post("/api/party-posts")
                .then()
                .statusCode(400)
                .body("violations.field", contains("categoryCode"));
        Map<String, Object> building = post(fixtures.area(com.gridwork.area.AreaLevel.BUILDING, w.gridA1(), "1号楼"), 2);
        as(w.staffA())
                .body(building)
                .post("/api/party-posts")
                .then()
                .statusCode(400)
                .body("violations.field", contains("areaId"));
        as(w.viewer()).body(post(w.gridA1(), 2)).post("/api/party-posts").then().statusCode(403);
    }

    // ---- claims ----

    @Test
    void capacityHoldsUnderParallelClaims() throws Exception {
        long postId = createPost(w.communityA(), 3);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            members.add(party.member(w.communityA()).username());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (String member : members) {
                Callable<Response> call = () -> {
                    start.await();
                    return claim(member, postId);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> f : answers) {
                Response r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 409) {
                    assertThat(r.jsonPath().getString("detail")).contains("3");
                }
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimCount(postId)).isEqualTo(3);
        as(w.staffA())
                .get("/api/party-posts/" + postId + "/claims")
                .then()
                .statusCode(200)
                .body("findAll { it.status == 'ACTIVE' }", hasSize(3));
    }

    @Test
    void aMemberClaimsOnlyOpenPostsOfTheirCommunityAndOnlyOnce() {
        long postA = createPost(w.gridA1(), 2);
        Member member = party.member(w.communityA());
        Member submitted = party.member(w.communityA(), PartyReportStatus.SUBMITTED);
        Member ofB = party.member(w.communityB());

        claim(submitted.username(), postA)
                .then()
                .statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("forbidden"));
        claim(ofB.username(), postA).then().statusCode(404);
        claim(w.staffA(), postA).then().statusCode(403);
        claimed(member.username(), postA);
        claim(member.username(), postA).then().statusCode(409);

        // the member's open posts: the held one with its claim; another member sees it with no claim
        as(member.username())
                .get("/api/party-posts/open")
                .then()
                .statusCode(200)
                .body("find { it.post.id == " + postA + " }.heldClaimId", notNullValue());
        as(ofB.username()).get("/api/party-posts/open").then().body("post.id", not(hasItem((int) postA)));
        as(submitted.username()).get("/api/party-posts/open").then().statusCode(403);

        // a full post is no longer offered; a closed one refuses claims
        Member second = party.member(w.communityA());
        claimed(second.username(), postA);
        Member third = party.member(w.communityA());
        as(third.username()).get("/api/party-posts/open").then().body("post.id", not(hasItem((int) postA)));
        claim(third.username(), postA).then().statusCode(409);
        long closed = createPost(w.communityA(), 2);
        as(w.staffA()).post("/api/party-posts/" + closed + "/close").then().statusCode(200);
        claim(third.username(), closed).then().statusCode(409);

        // capacity cannot drop below the live claims
        Map<String, Object> change = post(w.gridA1(), 1);
        change.remove("areaId");
        as(w.staffA())
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/party-posts/" + postA)
                .then()
                .statusCode(409);
    }

    @Test
    void releaseAndRevokeFreeThePlaceWithAReason() {
        long postId = createPost(w.gridA1(), 2);
        Member member = party.member(w.communityA());
        Member other = party.member(w.communityA());
        long claimId = claimed(member.username(), postId);
        long otherClaim = claimed(other.username(), postId);
        assertThat(claimCount(postId)).isEqualTo(2);

        as(member.username())
                .body(Map.of("reason", " "))
                .post("/api/party-post-claims/" + claimId + "/release")
                .then()
                .statusCode(400)
                .body("violations.field", contains("reason"));
        as(other.username())
                .body(Map.of("reason", "不是我的"))
                .post("/api/party-post-claims/" + claimId + "/release")
                .then()
                .statusCode(404);
        as(member.username())
                .body(Map.of("reason", "工作调动"))
                .post("/api/party-post-claims/" + claimId + "/release")
                .then()
                .statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("endReason", equalTo("工作调动"));
        as(member.username())
                .body(Map.of("reason", "再放一次"))
                .post("/api/party-post-claims/" + claimId + "/release")
                .then()
                .statusCode(409);
        assertThat(claimCount(postId)).isEqualTo(1);

        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB)
                .body(Map.of("reason", "越权"))
                .post("/api/party-post-claims/" + otherClaim + "/revoke")
                .then()
                .statusCode(404);
        as(w.workerA1())
                .body(Map.of("reason", "无权"))
                .post("/api/party-post-claims/" + otherClaim + "/revoke")
                .then()
                .statusCode(403);
        as(w.staffA())
                .body(Map.of("reason", "长期未履职"))
                .post("/api/party-post-claims/" + otherClaim + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("endedByName", notNullValue());
        assertThat(claimCount(postId)).isEqualTo(0);
        // the place is free again: the member claims it anew
        claimed(member.username(), postId);
        as(member.username())
                .get("/api/party-post-claims/mine")
                .then()
                .statusCode(200)
                .body("status", contains("ACTIVE", "RELEASED"));
    }

    @Test
    void aReportsEndEndsItsLiveClaims() {
        long postId = createPost(w.communityA(), 2);
        Member member = party.member(w.communityA());
        long claimId = claimed(member.username(), postId);
        QuarkusTransaction.requiringNew()
                .run(() -> reportEnded.fire(
                        new PartyReportEnded(member.reportId(), member.volunteerId(), PartyReportStatus.WITHDRAWN)));
        assertThat(claimCount(postId)).isEqualTo(0);
        as(member.username())
                .get("/api/party-post-claims/mine")
                .then()
                .body("find { it.id == " + claimId + " }.status", equalTo("ENDED"));
    }

    @Test
    void theClockEndsPostsPastTheirTermAndTheirClaims() {
        long postId = createPost(w.gridA1(), 2);
        Member member = party.member(w.communityA());
        long claimId = claimed(member.username(), postId);
        Map<String, Object> change = post(w.gridA1(), 2);
        change.remove("areaId");
        change.put("termTo", BeijingTime.today().toString());
        as(w.staffA())
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/party-posts/" + postId)
                .then()
                .statusCode(200);
        clock.run(BeijingTime.today());
        as(w.staffA()).get("/api/party-posts/" + postId).then().body("status", equalTo("OPEN"));
        assertThat(clock.run(BeijingTime.today().plusDays(1))).isGreaterThanOrEqualTo(1);
        as(w.staffA())
                .get("/api/party-posts/" + postId)
                .then()
                .body("status", equalTo("ENDED"))
                .body("claimCount", equalTo(0));
        as(member.username())
                .get("/api/party-post-claims/mine")
                .then()
                .body("find { it.id == " + claimId + " }.status", equalTo("ENDED"));
        assertThat(clock.run(BeijingTime.today().plusDays(1))).isZero();
    }

    // ---- service ----

    @Test
    void verifiedServiceIsOneConfirmedEntryOfTheLedger() {
        long postId = createPost(w.gridA1(), 2);
        Member member = party.member(w.communityA());
        long claimId = claimed(member.username(), postId);
        long before = confirmedMinutes(member.volunteerId());
        long logId = logService(member.username(), claimId, 90);
        given().auth()
                .oauth2(TestTokens.of(member.username()))
                .multiPart("file", "service.png", PNG, "image/png")
                .post("/api/party-service-logs/" + logId + "/photos")
                .then()
                .statusCode(200)
                .body("photos", hasSize(1));
        long photoId = as(member.username())
                .get("/api/party-service-logs/mine")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.id == " + logId + " }.photos[0].id");
        given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .get("/api/party-service-logs/" + logId + "/photos/" + photoId)
                .then()
                .statusCode(200)
                .contentType("image/png");

        // the queue of the grid's worker holds it; a worker of another grid and a viewer cannot verify it
        as(w.workerA1())
                .queryParam("status", "SUBMITTED")
                .queryParam("areaId", w.gridA1())
                .get("/api/party-service-logs")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) logId));
        String workerA2 = fixtures.staff(StaffRole.GRID_WORKER, w.gridA2());
        as(workerA2).post("/api/party-service-logs/" + logId + "/verify").then().statusCode(404);
        as(w.viewer())
                .post("/api/party-service-logs/" + logId + "/verify")
                .then()
                .statusCode(403);
        as(member.username())
                .post("/api/party-service-logs/" + logId + "/verify")
                .then()
                .statusCode(403);

        long entryId = as(w.workerA1())
                .post("/api/party-service-logs/" + logId + "/verify")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("hoursEntryId", notNullValue())
                .body("decidedByName", notNullValue())
                .extract()
                .jsonPath()
                .getLong("hoursEntryId");
        as(w.workerA1())
                .post("/api/party-service-logs/" + logId + "/verify")
                .then()
                .statusCode(409);
        as(w.workerA1())
                .body(Map.of("reason", "晚了"))
                .post("/api/party-service-logs/" + logId + "/reject")
                .then()
                .statusCode(409);
        Object[] entry = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select source, status, minutes, community_id from volunteer_hours_entry where id = :id")
                .setParameter("id", entryId)
                .getSingleResult());
        assertThat(entry[0]).isEqualTo("POST_SERVICE");
        assertThat(entry[1]).isEqualTo("CONFIRMED");
        assertThat(((Number) entry[2]).intValue()).isEqualTo(90);
        assertThat(((Number) entry[3]).longValue()).isEqualTo(w.communityA());
        assertThat(confirmedMinutes(member.volunteerId())).isEqualTo(before + 90);
        // a photo after the decision is refused
        given().auth()
                .oauth2(TestTokens.of(member.username()))
                .multiPart("file", "late.png", PNG, "image/png")
                .post("/api/party-service-logs/" + logId + "/photos")
                .then()
                .statusCode(409);
    }

    @Test
    void verifyingTwiceInParallelWritesOneEntry() throws Exception {
        long postId = createPost(w.communityA(), 2);
        Member member = party.member(w.communityA());
        long logId = logService(member.username(), claimed(member.username(), postId), 45);
        String otherStaff = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityA());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (String who : List.of(w.staffA(), otherStaff)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(who).post("/api/party-service-logs/" + logId + "/verify");
                }));
            }
            start.countDown();
            for (Future<Response> f : answers) {
                statuses.add(f.get().statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        long entries = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from volunteer_hours_entry where volunteer_id = :v and source = 'POST_SERVICE'")
                                .setParameter("v", member.volunteerId())
                                .getSingleResult())
                        .longValue());
        assertThat(entries).isEqualTo(1);
        assertThat(confirmedMinutes(member.volunteerId())).isEqualTo(45);
    }

    @Test
    void loggingIsCheckedAndALockedMonthRefusesVerification() {
        long postId = createPost(w.gridA1(), 2);
        Member member = party.member(w.communityA());
        Member other = party.member(w.communityA());
        long claimId = claimed(member.username(), postId);
        long othersClaim = claimed(other.username(), postId);
        Map<String, Object> bad = new HashMap<>();
        bad.put("claimId", othersClaim);
        bad.put("serviceDate", BeijingTime.today().plusDays(1).toString());
        bad.put("minutes", 1441);
        bad.put("description", "");
        as(member.username())
                .body(bad)
                .post("/api/party-service-logs")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        org.hamcrest.Matchers.containsInAnyOrder("claimId", "serviceDate", "minutes", "description"));
        Member unreported = party.member(w.communityA(), PartyReportStatus.SUBMITTED);
        as(unreported.username())
                .body(service(claimId, BeijingTime.today(), 30, "服务"))
                .post("/api/party-service-logs")
                .then()
                .statusCode(403);

        // service dated last month, after a claim made then; the month is locked before it is verified
        LocalDate lastMonth = YearMonth.from(BeijingTime.today()).minusMonths(1).atDay(1);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update party_post_claim set claimed_at = :at where id = :id")
                        .setParameter("at", lastMonth.atStartOfDay())
                        .setParameter("id", claimId)
                        .executeUpdate());
        long logId = as(member.username())
                .body(service(claimId, lastMonth, 30, "上月服务"))
                .post("/api/party-service-logs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(w.admin())
                .body(Map.of(
                        "subDistrictId",
                        w.subDistrict(),
                        "month",
                        YearMonth.from(lastMonth).toString()))
                .post("/api/volunteer-hours/month-locks")
                .then()
                .statusCode(201);
        as(w.staffA())
                .post("/api/party-service-logs/" + logId + "/verify")
                .then()
                .statusCode(409);
        as(w.staffA())
                .get("/api/party-service-logs?status=SUBMITTED&areaId=" + w.gridA1())
                .then()
                .body("find { it.id == " + logId + " }.hoursEntryId", nullValue());
        as(w.staffA())
                .body(Map.of("reason", "月份已锁定，请重新登记"))
                .post("/api/party-service-logs/" + logId + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertThat(confirmedMinutes(member.volunteerId())).isZero();

        // a released claim takes no more service
        as(member.username())
                .body(Map.of("reason", "调离"))
                .post("/api/party-post-claims/" + claimId + "/release")
                .then()
                .statusCode(200);
        as(member.username())
                .body(service(claimId, BeijingTime.today(), 30, "服务"))
                .post("/api/party-service-logs")
                .then()
                .statusCode(409);
    }

    private long confirmedMinutes(long volunteerId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select confirmed_minutes from volunteer where id = :v")
                                .setParameter("v", volunteerId)
                                .getSingleResult())
                        .longValue());
    }
}
