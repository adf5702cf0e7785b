package com.gridwork.wish;

import com.gridwork.access.StaffRole;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.PartyFixtures;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.TestTokens;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Micro-wishes: entry and masking, the claim's lifecycle and its illegal transitions, the one live claim under
 * parallel requests, who reaches which wish (volunteers, party members, liaisons of paired and unpaired units), the
 * ranking, and refusals.
 */
@QuarkusTest
class MicroWishResourceTest {
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    PartyFixtures party;

    World w;
    String platformAdmin;

    @BeforeEach
    void world() {
        w = fixtures.world();
        platformAdmin = fixtures.staff(StaffRole.STREET_ADMIN); // no areas: the whole platform
    }

    /** A household of the grid whose head is this resident; returns {household, resident}. */
    private long[] household(long gridId, String headName) {
        long household = visits.household(gridId);
        long resident = as(platformAdmin)
                .body(Map.of(
                        "householdId",
                        household,
                        "name",
                        headName,
                        "idCard",
                        TestIds.idCard(),
                        "ethnicity",
                        "01",
                        "relation",
                        "HEAD",
                        "registrationType",
                        "LOCAL"))
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("resident.id");
        return new long[] {household, resident};
    }

    private static Map<String, Object> wish(long householdId) {
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", householdId);
        body.put("categoryCode", "STUDY");
        body.put("title", "一个新书包");
        body.put("description", "孩子上三年级");
        body.put("wishDeadline", BeijingTime.today().plusDays(30).toString());
        return body;
    }

    private long publish(String user, long householdId) {
        return as(user).body(wish(householdId))
                .post("/api/micro-wishes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A volunteer account of a community (no party report); returns its user name. */
    private String volunteer(long communityId) {
        long id = volunteers.volunteer(communityId, Fixtures.unique("志愿者"));
        String username = fixtures.staff(StaffRole.VOLUNTEER, communityId);
        volunteers.linkAccount(id, username);
        return username;
    }

    private static Response claim(String user, long wishId) {
        return as(user).post("/api/micro-wishes/" + wishId + "/claims");
    }

    private static ValidatableResponse fulfil(String user, long claimId, boolean photo, String note) {
        var spec = given().auth().oauth2(TestTokens.of(user)).header("Accept-Language", "en-US");
        if (photo) {
            spec.multiPart("file", "done.png", PNG, "image/png");
        }
        if (note != null) {
            spec.multiPart("note", note, "text/plain; charset=UTF-8");
        }
        if (!photo && note == null) {
            spec.multiPart("other", "x");
        }
        return spec.post("/api/micro-wish-claims/" + claimId + "/fulfil").then();
    }

    private static long version(String user, long wishId) {
        return as(user).get("/api/micro-wishes/" + wishId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    @Test
    void aWishIsPublishedMaskedClaimedFulfilledAndConfirmedRealised() {
        long[] hh = household(w.gridA1(), "张三明");
        Response created = as(w.workerA1()).body(wish(hh[0])).post("/api/micro-wishes");
        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("PUBLISHED"))
                .body("beneficiaryName", equalTo("张三明"))
                .body("beneficiaryMasked", equalTo("张*明"))
                .body("household.id", equalTo((int) hh[0]))
                .body("community.id", equalTo((int) w.communityA()))
                .body("liveClaim", nullValue());
        long id = created.jsonPath().getLong("id");

        // edited while unclaimed, with If-Match
        Map<String, Object> edit = wish(hh[0]);
        edit.remove("householdId");
        edit.put("title", "一个新书包和文具");
        as(w.staffA()).body(edit).put("/api/micro-wishes/" + id).then().statusCode(428);
        as(w.staffA())
                .header("If-Match", "\"" + version(w.staffA(), id) + "\"")
                .body(edit)
                .put("/api/micro-wishes/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("一个新书包和文具"));

        // a volunteer of community A sees it masked: no name, no address, no household
        String volunteer = volunteer(w.communityA());
        as(volunteer)
                .queryParam("size", 100)
                .get("/api/micro-wishes/open")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.find { it.id == " + id + " }.beneficiaryMasked", equalTo("张*明"))
                .body("items.find { it.id == " + id + " }", not(hasKey("beneficiaryName")))
                .body("items.find { it.id == " + id + " }", not(hasKey("household")))
                .body("items.find { it.id == " + id + " }", not(hasKey("address")));
        as(volunteer).get("/api/micro-wishes/" + id).then().statusCode(403);
        as(volunteer).get("/api/micro-wishes").then().statusCode(403);

        // claimed: the claimant now sees the name and where to deliver
        Response claimed = claim(volunteer, id);
        claimed.then()
                .statusCode(201)
                .body("claimantKind", equalTo("VOLUNTEER"))
                .body("status", equalTo("ACTIVE"))
                .body("wish.status", equalTo("CLAIMED"))
                .body("delivery.beneficiaryName", equalTo("张三明"))
                .body("delivery.address", notNullValue())
                .body("delivery.gridName", startsWith("A网格1"));
        long claimId = claimed.jsonPath().getLong("id");
        // no longer open, and neither editable nor to be taken down
        as(volunteer)
                .queryParam("size", 100)
                .get("/api/micro-wishes/open")
                .then()
                .body("items.id", not(hasItem((int) id)));
        as(w.staffA())
                .header("If-Match", "*")
                .body(edit)
                .put("/api/micro-wishes/" + id)
                .then()
                .statusCode(409);
        as(w.staffA())
                .body(Map.of("reason", "不需要了"))
                .post("/api/micro-wishes/" + id + "/take-down")
                .then()
                .statusCode(409);
        // confirming before the claimant reports it fulfilled is a 409
        as(w.workerA1())
                .post("/api/micro-wish-claims/" + claimId + "/confirm")
                .then()
                .statusCode(409);

        // fulfilled needs a photo and a note, both named at once
        fulfil(volunteer, claimId, false, null)
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("file", "note"));
        fulfil(volunteer, claimId, true, "已送到孩子手中")
                .statusCode(200)
                .body("status", equalTo("FULFILLED"))
                .body("hasPhoto", equalTo(true))
                .body("wish.status", equalTo("FULFILLED"));
        fulfil(volunteer, claimId, true, "再次提交").statusCode(409);
        // the staff see the claim and its photo
        as(w.staffA())
                .get("/api/micro-wishes/" + id)
                .then()
                .body("status", equalTo("FULFILLED"))
                .body("liveClaim.id", equalTo((int) claimId))
                .body("liveClaim.fulfilNote", equalTo("已送到孩子手中"))
                .body("liveClaim.hasPhoto", equalTo(true));
        given().auth()
                .oauth2(TestTokens.of(w.staffA()))
                .get("/api/micro-wish-claims/" + claimId + "/photo")
                .then()
                .statusCode(200)
                .contentType("image/png");

        // the grid worker confirms: realised today
        as(w.workerA1())
                .post("/api/micro-wish-claims/" + claimId + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("REALISED"))
                .body("realisedOn", equalTo(BeijingTime.today().toString()))
                .body("liveClaim", nullValue())
                .body("claims[0].status", equalTo("REALISED"));
        as(w.workerA1())
                .post("/api/micro-wish-claims/" + claimId + "/confirm")
                .then()
                .statusCode(409);
        as(volunteer)
                .body(Map.of("reason", "算了"))
                .post("/api/micro-wish-claims/" + claimId + "/cancel")
                .then()
                .statusCode(409);
        // after the claim ended, the claimant's view is masked again
        as(volunteer)
                .get("/api/micro-wish-claims/mine")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo((int) claimId))
                .body("items[0].status", equalTo("REALISED"))
                .body("items[0].delivery", nullValue())
                .body("items[0].wish.beneficiaryMasked", equalTo("张*明"));
    }

    @Test
    void aCancelledClaimReopensTheWishForAnotherClaimant() {
        long id = publish(w.staffA(), household(w.gridA2(), "李四")[0]);
        String first = volunteer(w.communityA());
        String second = volunteer(w.communityA());
        long claimId =
                claim(first, id).then().statusCode(201).extract().jsonPath().getLong("id");
        claim(second, id).then().statusCode(409);
        // another claimant cannot touch the claim
        as(second)
                .body(Map.of("reason", "x"))
                .post("/api/micro-wish-claims/" + claimId + "/cancel")
                .then()
                .statusCode(404);
        fulfil(second, claimId, true, "x").statusCode(404);
        // a reason is required
        as(first)
                .body(Map.of("reason", " "))
                .post("/api/micro-wish-claims/" + claimId + "/cancel")
                .then()
                .statusCode(400);
        as(first)
                .body(Map.of("reason", "临时出差"))
                .post("/api/micro-wish-claims/" + claimId + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("临时出差"))
                .body("delivery", nullValue())
                .body("wish.status", equalTo("PUBLISHED"));
        long again =
                claim(second, id).then().statusCode(201).extract().jsonPath().getLong("id");
        // staff cancel a claim too; outside their scope it is a 404
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB)
                .body(Map.of("reason", "x"))
                .post("/api/micro-wish-claims/" + again + "/cancel")
                .then()
                .statusCode(404);
        as(w.staffA())
                .body(Map.of("reason", "联系不上认领人"))
                .post("/api/micro-wish-claims/" + again + "/cancel")
                .then()
                .statusCode(200);
        as(w.staffA())
                .get("/api/micro-wishes/" + id)
                .then()
                .body("status", equalTo("PUBLISHED"))
                .body("claims", hasSize(2))
                .body("claims.status", containsInAnyOrder("CANCELLED", "CANCELLED"));
        // an unclaimed wish is taken down with a reason; then it cannot be claimed
        as(w.staffA())
                .body(Map.of("reason", "已由家属解决"))
                .post("/api/micro-wishes/" + id + "/take-down")
                .then()
                .statusCode(200)
                .body("status", equalTo("TAKEN_DOWN"))
                .body("takenDownReason", equalTo("已由家属解决"));
        claim(first, id).then().statusCode(409);
        as(w.staffA())
                .body(Map.of("reason", "x"))
                .post("/api/micro-wishes/" + id + "/take-down")
                .then()
                .statusCode(409);
    }

    @Test
    void tenParallelClaimsLeaveOneLiveClaim() throws Exception {
        long id = publish(w.staffA(), household(w.gridA1(), "王小明")[0]);
        List<String> claimants = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            claimants.add(volunteer(w.communityA()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (String claimant : claimants) {
                Callable<Response> post = () -> {
                    start.await();
                    return claim(claimant, id);
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        as(w.staffA())
                .get("/api/micro-wishes/" + id)
                .then()
                .body("claims", hasSize(1))
                .body("status", equalTo("CLAIMED"));
    }

    @Test
    void aPartyMemberReachesItsReportsCommunityAndClaimsAsAMember() {
        long inB = publish(w.admin(), household(w.gridB1(), "赵六")[0]);
        // a volunteer of community A without a report does not reach community B
        String plain = volunteer(w.communityA());
        claim(plain, inB).then().statusCode(404);
        as(plain).queryParam("size", 100).get("/api/micro-wishes/open").then().body("items.id", not(hasItem((int)
                inB)));
        // a volunteer of community A with an ACTIVE report to community B does, and claims as a party member
        long memberId = volunteers.volunteer(w.communityA(), Fixtures.unique("党员"));
        String member = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(memberId, member);
        party.report(memberId, w.communityB(), BeijingTime.today().getYear(), PartyReportStatus.ACTIVE, null);
        as(member).queryParam("size", 100).get("/api/micro-wishes/open").then().body("items.id", hasItem((int) inB));
        claim(member, inB).then().statusCode(201).body("claimantKind", equalTo("PARTY_MEMBER"));
        // a report merely submitted makes no party member
        long otherId = volunteers.volunteer(w.communityB(), Fixtures.unique("党员"));
        String submitted = fixtures.staff(StaffRole.VOLUNTEER, w.communityB());
        volunteers.linkAccount(otherId, submitted);
        party.report(otherId, w.communityB(), BeijingTime.today().getYear(), PartyReportStatus.SUBMITTED, null);
        long second = publish(w.admin(), household(w.gridB2(), "钱七")[0]);
        claim(submitted, second).then().statusCode(201).body("claimantKind", equalTo("VOLUNTEER"));
    }

    @Test
    void aLiaisonReachesThePairedCommunitiesOnlyAndClaimsForItsUnit() {
        long inA = publish(w.staffA(), household(w.gridA1(), "孙八")[0]);
        long paired = party.unit(w.subDistrict(), 40);
        party.pair(paired, w.communityA());
        String liaison = party.liaison(paired);
        long unpaired = party.unit(w.subDistrict(), 10);
        party.pair(unpaired, w.communityB());
        String stranger = party.liaison(unpaired);

        as(stranger)
                .queryParam("size", 100)
                .get("/api/micro-wishes/open")
                .then()
                .body("items.id", not(hasItem((int) inA)));
        claim(stranger, inA).then().statusCode(404);
        as(liaison).get("/api/micro-wishes/" + inA).then().statusCode(403);
        as(liaison)
                .queryParam("size", 100)
                .get("/api/micro-wishes/open")
                .then()
                .body("items.find { it.id == " + inA + " }.beneficiaryMasked", equalTo("孙*"));
        long claimId = claim(liaison, inA)
                .then()
                .statusCode(201)
                .body("claimantKind", equalTo("UNIT"))
                .body("delivery.beneficiaryName", equalTo("孙八"))
                .extract()
                .jsonPath()
                .getLong("id");
        // the other unit's liaison cannot see, fulfil or cancel it
        as(stranger).get("/api/micro-wish-claims/" + claimId + "/photo").then().statusCode(404);
        as(stranger)
                .body(Map.of("reason", "x"))
                .post("/api/micro-wish-claims/" + claimId + "/cancel")
                .then()
                .statusCode(404);
        as(stranger).get("/api/micro-wish-claims/mine").then().body("items.id", not(hasItem((int) claimId)));
        as(liaison).get("/api/micro-wish-claims/mine").then().body("items[0].id", equalTo((int) claimId));
        // a proposed agreement pairs nothing
        long proposed = party.unit(w.subDistrict(), 5);
        party.agreement(proposed, w.communityA(), com.gridwork.cobuild.agreement.CoBuildAgreementStatus.PROPOSED);
        long otherWish = publish(w.staffA(), household(w.gridA2(), "周九")[0]);
        claim(party.liaison(proposed), otherWish).then().statusCode(404);
    }

    @Test
    void theRankingCountsRealisedWishesPerClaimantInThePeriod() {
        long sub = fixtures.area(com.gridwork.area.AreaLevel.SUB_DISTRICT, null, "排行街道");
        long community = fixtures.area(com.gridwork.area.AreaLevel.COMMUNITY, sub, "排行社区");
        long grid = fixtures.area(com.gridwork.area.AreaLevel.GRID, community, "排行网格");
        String staff = fixtures.staff(StaffRole.COMMUNITY_STAFF, community);
        String busy = volunteer(community);
        String other = volunteer(community);
        for (int i = 0; i < 2; i++) {
            realise(staff, busy, publish(staff, household(grid, i == 0 ? "吴十" : "吴甲")[0]));
        }
        realise(staff, other, publish(staff, household(grid, "郑一")[0]));
        // claimed but not realised: not counted
        claim(other, publish(staff, household(grid, "冯二")[0])).then().statusCode(201);
        String today = BeijingTime.today().toString();
        as(staff)
                .queryParam("from", today)
                .queryParam("to", today)
                .get("/api/micro-wishes/ranking")
                .then()
                .statusCode(200)
                .body("rows", hasSize(2))
                .body("rows[0].rank", equalTo(1))
                .body("rows[0].realised", equalTo(2))
                .body("rows[0].claimantKind", equalTo("VOLUNTEER"))
                .body("rows[1].rank", equalTo(2))
                .body("rows[1].realised", equalTo(1));
        // before the period, nothing; the other sub-district's staff see nothing of it
        String yesterday = BeijingTime.today().minusDays(1).toString();
        as(staff)
                .queryParam("from", yesterday)
                .queryParam("to", yesterday)
                .get("/api/micro-wishes/ranking")
                .then()
                .body("rows", hasSize(0));
        as(w.staffA())
                .queryParam("from", today)
                .queryParam("to", today)
                .queryParam("areaId", community)
                .get("/api/micro-wishes/ranking")
                .then()
                .statusCode(404);
        as(staff)
                .queryParam("from", today)
                .queryParam("to", yesterday)
                .get("/api/micro-wishes/ranking")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("to"));
        as(staff)
                .queryParam("kind", "UNIT")
                .get("/api/micro-wishes/ranking")
                .then()
                .statusCode(200)
                .body("rows", hasSize(0));
    }

    private void realise(String staff, String claimant, long wishId) {
        long claimId = claim(claimant, wishId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        fulfil(claimant, claimId, true, "送到了").statusCode(200);
        as(staff).post("/api/micro-wish-claims/" + claimId + "/confirm").then().statusCode(200);
    }

    @Test
    void entryRefusesWhatLiesOutsideTheScopeAndBadInputAllAtOnce() {
        long[] inB = household(w.gridB1(), "陈三");
        long[] inA = household(w.gridA1(), "林四");
        // a household outside the scope: 400 naming the field
        as(w.staffA())
                .header("Accept-Language", "en-US")
                .body(wish(inB[0]))
                .post("/api/micro-wishes")
                .then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("householdId"));
        // a resident of another household, an unknown category, a deadline past, a blank title: all at once
        Map<String, Object> body = wish(inA[0]);
        body.put("residentId", inB[1]);
        body.put("categoryCode", "NOPE");
        body.put("wishDeadline", BeijingTime.today().minusDays(1).toString());
        body.put("title", " ");
        as(w.staffA())
                .body(body)
                .post("/api/micro-wishes")
                .then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("residentId", "categoryCode", "wishDeadline", "title"));
        // a household without a head needs the resident named
        as(w.staffA())
                .body(wish(visits.household(w.gridA1())))
                .post("/api/micro-wishes")
                .then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("residentId"));
        // viewers read, never write; staff elsewhere do not find the wish
        as(w.viewer()).body(wish(inA[0])).post("/api/micro-wishes").then().statusCode(403);
        long id = publish(w.staffA(), inA[0]);
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/micro-wishes/" + id).then().statusCode(404);
        as(w.viewer()).get("/api/micro-wishes/" + id).then().statusCode(200).body("beneficiaryName", equalTo("林四"));
        // staff do not claim
        claim(w.staffA(), id).then().statusCode(403);
        // the staff list filters by area, status, category and text
        as(w.staffA())
                .queryParam("areaId", w.gridA1())
                .queryParam("status", "PUBLISHED")
                .queryParam("categoryCode", "STUDY")
                .queryParam("q", "林四")
                .get("/api/micro-wishes")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].beneficiaryName", equalTo("林四"));
        as(w.staffA())
                .queryParam("areaId", w.gridB1())
                .get("/api/micro-wishes")
                .then()
                .statusCode(404);
    }
}
