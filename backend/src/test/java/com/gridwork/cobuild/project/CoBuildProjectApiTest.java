package com.gridwork.cobuild.project;

import com.gridwork.calendar.WorkingCalendar;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.PartyFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Co-building projects through the API: drafts, approval, the claim, milestones, acceptance and the liaison's scope. */
@QuarkusTest
class CoBuildProjectApiTest {
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    ProjectTestData data;

    @Inject
    CoBuildProjectService service;

    @Inject
    WorkingCalendar calendar;

    private record Setup(World w, long unit, String liaison, long need, long resource) {}

    /** A world, a unit paired with community A and its liaison, an open need of A and a resource of the unit. */
    private Setup setup() {
        World w = fixtures.world();
        long unit = party.unit(w.subDistrict(), 40);
        party.pair(unit, w.communityA());
        return new Setup(w, unit, party.liaison(unit), data.need(w.communityA()), data.resource(unit));
    }

    private static long draft(Setup s) {
        return as(s.w().staffA())
                .body(Map.of(
                        "communityId", s.w().communityA(),
                        "fieldCode", "ELDERLY_CARE",
                        "title", "助老食堂",
                        "needIds", List.of(s.need()),
                        "resourceIds", List.of(s.resource())))
                .post("/api/cobuild-projects")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static ValidatableResponse act(String user, long id, String action, Object body) {
        var req = as(user);
        if (body != null) {
            req = req.body(body);
        }
        return req.post("/api/cobuild-projects/" + id + "/" + action).then();
    }

    private static ValidatableResponse get(String user, long id) {
        return as(user).get("/api/cobuild-projects/" + id).then();
    }

    private static long milestone(String liaison, long project, LocalDate dueOn) {
        List<Integer> ids = act(liaison, project, "milestones", Map.of("title", "完成装修", "dueOn", dueOn.toString()))
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("milestones.id");
        return ids.get(ids.size() - 1);
    }

    private static ValidatableResponse report(String liaison, long milestone, String doneOn, boolean photo) {
        var req = given().auth()
                .oauth2(com.gridwork.testsupport.TestTokens.of(liaison))
                .multiPart("doneOn", doneOn)
                .multiPart("report", "已完成");
        if (photo) {
            req = req.multiPart("file", "a.png", PNG, "image/png");
        }
        return req.post("/api/cobuild-milestones/" + milestone + "/report").then();
    }

    @Test
    void aProjectGoesFromDraftToAcceptanceAndItsUnitEarnsPointsOnce() {
        Setup s = setup();
        long id = draft(s);
        assertThat(data.needStatus(s.need())).isEqualTo("IN_PROJECT");
        get(s.w().staffA(), id)
                .statusCode(200)
                .body("needs.id", contains((int) s.need()))
                .body("resources.unit.id", contains((int) s.unit()))
                .body("actions", contains("EDIT", "CANCEL"));

        // community staff do not approve; the street-admin does
        act(s.w().staffA(), id, "approve", Map.of()).statusCode(403);
        act(s.w().admin(), id, "approve", Map.of("claimWorkingDays", 3))
                .statusCode(200)
                .body("status", equalTo("OPEN_PAIRED"))
                .body(
                        "claimDeadline",
                        equalTo(calendar.addWorkingDays(s.w().subDistrict(), BeijingTime.today(), 3)
                                .toString()));

        act(s.liaison(), id, "claim", null)
                .statusCode(200)
                .body("status", equalTo("CLAIMED"))
                .body("unit.id", equalTo((int) s.unit()))
                .body("claimedInTime", equalTo(true));
        // submitting without milestones: nothing to accept yet
        act(s.liaison(), id, "submit", null).statusCode(409);
        long m = milestone(s.liaison(), id, BeijingTime.today());
        get(s.w().staffA(), id).body("status", equalTo("IN_PROGRESS"));
        act(s.liaison(), id, "submit", null).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("1"));

        // a report without a photo, with a future day: both named at once
        report(s.liaison(), m, BeijingTime.today().plusDays(1).toString(), false)
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("doneOn", "file"));
        report(s.liaison(), m, BeijingTime.today().toString(), true)
                .statusCode(200)
                .body("milestones[0].doneOn", equalTo(BeijingTime.today().toString()))
                .body("milestones[0].photoIds.size()", equalTo(1));
        act(s.liaison(), id, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"));

        // rework sends it back; the unit plans one more and submits again
        act(s.w().staffA(), id, "rework", Map.of("reason", "照片不清晰"))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("reworkCount", equalTo(1));
        long m2 = milestone(s.liaison(), id, BeijingTime.today());
        report(s.liaison(), m2, BeijingTime.today().toString(), true).statusCode(200);
        act(s.liaison(), id, "submit", null).statusCode(200);

        // two acceptances in parallel: one wins, the points are appended once
        List<Integer> codes = parallel(
                2,
                i -> act(s.w().staffA(), id, "accept", Map.of("satisfaction", "SATISFIED", "note", "居民满意"))
                        .extract()
                        .statusCode());
        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        get(s.w().staffA(), id).body("status", equalTo("ACCEPTED")).body("satisfaction", equalTo("SATISFIED"));
        assertThat(data.points(id, "PROJECT_COMPLETED")).isEqualTo(10);
        assertThat(data.points(id, "TIMELY_CLAIM_BONUS")).isEqualTo(5);
        assertThat(data.entries(id)).isEqualTo(2);
        assertThat(data.needStatus(s.need())).isEqualTo("MET");
        act(s.w().staffA(), id, "cancel", Map.of("reason", "晚了")).statusCode(409);
    }

    @Test
    void exactlyOneOfSeveralPairedUnitsClaimsUnderParallelRequests() {
        Setup s = setup();
        List<String> liaisons = new ArrayList<>(List.of(s.liaison()));
        for (int i = 0; i < 3; i++) {
            long unit = party.unit(s.w().subDistrict(), 10);
            party.pair(unit, s.w().communityA());
            liaisons.add(party.liaison(unit));
        }
        long id = draft(s);
        act(s.w().admin(), id, "approve", null).statusCode(200);
        List<Integer> codes = parallel(
                liaisons.size(),
                i -> act(liaisons.get(i), id, "claim", null).extract().statusCode());
        assertThat(codes).containsOnlyOnce(200);
        assertThat(codes.stream().filter(c -> c == 409).count()).isEqualTo(liaisons.size() - 1);
    }

    @Test
    void anUnclaimedProjectOpensToEveryUnitAfterItsDeadlineAndClaimsThenEarnNoBonus() {
        Setup s = setup();
        long unpaired = party.unit(s.w().subDistrict(), 5);
        String other = party.liaison(unpaired);
        long id = draft(s);
        act(s.w().admin(), id, "approve", null).statusCode(200);
        // OPEN_PAIRED: an unpaired unit neither sees nor claims it
        get(other, id).statusCode(404);
        act(other, id, "claim", null).statusCode(404);
        as(other).get("/api/cobuild-projects?open=true").then().body("items.id", not(hasItem((int) id)));

        data.claimDeadline(id, BeijingTime.today().minusDays(1));
        assertThat(service.openDue(BeijingTime.today())).isGreaterThanOrEqualTo(1);
        get(s.w().staffA(), id).body("status", equalTo("OPEN_ALL"));
        as(other).get("/api/cobuild-projects?open=true").then().body("items.id", hasItem((int) id));
        act(other, id, "claim", null)
                .statusCode(200)
                .body("unit.id", equalTo((int) unpaired))
                .body("claimedInTime", equalTo(false));
        // the paired unit comes too late: taken (and no longer its to see)
        act(s.liaison(), id, "claim", null).statusCode(409);
        get(s.liaison(), id).statusCode(404);
        // a unit of another sub-district learns nothing
        World far = fixtures.world();
        act(party.liaison(party.unit(far.subDistrict(), 1)), id, "claim", null).statusCode(404);
    }

    @Test
    void aClaimChecksTheDeadlineItselfBetweenTwoSweeps() {
        Setup s = setup();
        long id = draft(s);
        act(s.w().admin(), id, "approve", null).statusCode(200);
        data.claimDeadline(id, BeijingTime.today().minusDays(1));
        // the paired unit claims after the deadline, before any sweep: claimed, but not in time
        act(s.liaison(), id, "claim", null).statusCode(200).body("claimedInTime", equalTo(false));
    }

    @Test
    void theClaimDeadlineCountsWorkingDaysAcrossNationalDayAndTheSpringFestival() {
        World w = fixtures.world();
        long sub = w.subDistrict();
        CoBuildProject p = new CoBuildProject();
        p.areaPath = "/" + sub + "/";
        // approved Wed 30 Sep 2026: 1-7 Oct rest; Thu 8, Fri 9, Sat 10 (worked, 调休), Mon 12, Tue 13
        assertThat(service.claimDeadline(p, LocalDate.parse("2026-09-30"), 5)).isEqualTo("2026-10-13");
        // approved Fri 18 Sep: Sun 20 Sep is worked (调休): Mon 21, Tue 22... Fri 25 rests (中秋)
        assertThat(service.claimDeadline(p, LocalDate.parse("2026-09-18"), 1)).isEqualTo("2026-09-20");
        // approved Fri 13 Feb 2026: Sat 14 is worked, 15-23 rest; Tue 24 .. Fri 27, Sat 28 worked
        assertThat(service.claimDeadline(p, LocalDate.parse("2026-02-13"), 1)).isEqualTo("2026-02-14");
        assertThat(service.claimDeadline(p, LocalDate.parse("2026-02-13"), 2)).isEqualTo("2026-02-24");
        assertThat(service.claimDeadline(p, LocalDate.parse("2026-02-13"), 6)).isEqualTo("2026-02-28");
    }

    @Test
    void draftsNameEveryWrongFieldAtOnce() {
        Setup s = setup();
        long needOfB = data.need(s.w().communityB());
        World other = fixtures.world();
        long foreignResource = data.resource(party.unit(other.subDistrict(), 3));
        as(s.w().staffA())
                .body(Map.of(
                        "communityId", s.w().communityA(),
                        "fieldCode", "NO_SUCH_FIELD",
                        "title", "项目",
                        "needIds", List.of(s.need(), needOfB),
                        "resourceIds", List.of(foreignResource),
                        "plannedStart", "2026-12-10",
                        "plannedEnd", "2026-12-01"))
                .post("/api/cobuild-projects")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "fieldCode", "needIds[1]", "resourceIds[0]", "plannedEnd"));
        // community B is outside community A's staff scope
        as(s.w().staffA())
                .body(Map.of("communityId", s.w().communityB(), "fieldCode", "ELDERLY_CARE", "title", "项目"))
                .post("/api/cobuild-projects")
                .then()
                .statusCode(400)
                .body("violations.field", contains("communityId"));
        assertThat(data.needStatus(s.need())).isEqualTo("OPEN");
    }

    @Test
    void aDraftIsOfferedTheNeedsOfItsCommunityAndTheResourcesOfItsSubDistrict() {
        Setup s = setup();
        data.need(s.w().communityB());
        World other = fixtures.world();
        data.resource(party.unit(other.subDistrict(), 3));
        as(s.w().staffA())
                .get("/api/cobuild-projects/candidates?communityId=" + s.w().communityA())
                .then()
                .statusCode(200)
                .body("needs.id", contains((int) s.need()))
                .body("resources.id", contains((int) s.resource()));
        as(s.w().staffA())
                .get("/api/cobuild-projects/candidates?communityId=" + s.w().communityB())
                .then()
                .statusCode(404);
    }

    @Test
    void cancellingReleasesNeedsNoOtherLiveProjectAddresses() {
        Setup s = setup();
        long first = draft(s);
        long second = draft(s);
        act(s.w().staffA(), first, "cancel", Map.of("reason", "合并")).statusCode(200);
        assertThat(data.needStatus(s.need())).isEqualTo("IN_PROJECT");
        act(s.w().admin(), second, "reject", Map.of("reason", "资源不足"))
                .statusCode(200)
                .body("statusReason", equalTo("资源不足"));
        assertThat(data.needStatus(s.need())).isEqualTo("OPEN");
    }

    @Test
    void editingADraftNeedsIfMatchAndReleasesNeedsItDrops() {
        Setup s = setup();
        long id = draft(s);
        long version = get(s.w().staffA(), id).extract().jsonPath().getLong("version");
        Map<String, Object> body =
                Map.of("communityId", s.w().communityA(), "fieldCode", "HEALTH", "title", "义诊", "needIds", List.of());
        as(s.w().staffA()).body(body).put("/api/cobuild-projects/" + id).then().statusCode(428);
        as(s.w().staffA())
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .put("/api/cobuild-projects/" + id)
                .then()
                .statusCode(200)
                .body("fieldCode", equalTo("HEALTH"))
                .body("needs.size()", equalTo(0));
        assertThat(data.needStatus(s.need())).isEqualTo("OPEN");
    }

    @Test
    void aLiaisonSeesOnlyProjectsOpenToItsUnitOrClaimedByIt() {
        Setup s = setup();
        long draft = draft(s);
        long open = draft(s);
        act(s.w().admin(), open, "approve", null).statusCode(200);
        // a draft is not open to anyone
        get(s.liaison(), draft).statusCode(404);
        get(s.liaison(), open).statusCode(200).body("actions", contains("CLAIM"));
        // liaisons do not draft, approve, accept or cancel
        as(s.liaison())
                .body(Map.of("communityId", s.w().communityA(), "fieldCode", "HEALTH", "title", "x"))
                .post("/api/cobuild-projects")
                .then()
                .statusCode(403);
        act(s.liaison(), open, "approve", null).statusCode(403);
        act(s.liaison(), open, "cancel", Map.of("reason", "x")).statusCode(403);
        // staff do not claim
        act(s.w().staffA(), open, "claim", null).statusCode(403);

        act(s.liaison(), open, "claim", null).statusCode(200);
        long m = milestone(s.liaison(), open, BeijingTime.today().plusDays(3));
        // another unit's liaison: the claimed project is not theirs to see, nor its milestone
        String stranger = party.liaison(party.unit(s.w().subDistrict(), 1));
        get(stranger, open).statusCode(404);
        report(stranger, m, BeijingTime.today().toString(), true).statusCode(404);
        as(stranger).get("/api/cobuild-projects?mine=true").then().body("total", equalTo(0));
        as(s.liaison()).get("/api/cobuild-projects?mine=true").then().body("items.id", contains((int) open));
        as(s.liaison())
                .get("/api/cobuild-projects/counts")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void aMilestoneNotDoneAfterItsDueDayIsOverdueOnTheBoard() {
        Setup s = setup();
        long id = draft(s);
        act(s.w().admin(), id, "approve", null).statusCode(200);
        act(s.liaison(), id, "claim", null).statusCode(200);
        act(
                        s.liaison(),
                        id,
                        "milestones",
                        Map.of(
                                "title",
                                "x",
                                "dueOn",
                                BeijingTime.today().minusDays(1).toString()))
                .statusCode(400)
                .body("violations.field", contains("dueOn"));
        long m = milestone(s.liaison(), id, BeijingTime.today());
        get(s.w().staffA(), id).body("milestones[0].overdue", equalTo(false));
        data.dueOn(m, BeijingTime.today().minusDays(1));
        get(s.w().staffA(), id).body("milestones[0].overdue", equalTo(true)).body("overdueMilestones", equalTo(1));
        as(s.w().staffA())
                .get("/api/cobuild-projects?status=IN_PROGRESS&areaId=" + s.w().communityA())
                .then()
                .body("items[0].overdueMilestones", equalTo(1));
        as(s.w().staffA())
                .get("/api/cobuild-projects/counts?areaId=" + s.w().communityA())
                .then()
                .body("byStatus.find { it.status == 'IN_PROGRESS' }.count", equalTo(1));
    }

    private interface Call {
        int run(int i) throws Exception;
    }

    private static List<Integer> parallel(int n, Call call) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<Integer>) () -> call.run(index)));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : futures) {
                codes.add(f.get());
            }
            return codes;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }
}
