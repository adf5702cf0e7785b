package com.gridwork.visit;

import com.gridwork.access.StaffRole;
import com.gridwork.registry.RegistryApi;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.TestTokens;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.visit.obligation.ObligationStatus;
import com.gridwork.visit.obligation.VisitObligation;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitTarget;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class VisitRecordingTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    VisitTestData data;

    World w;
    long household;
    long rule;

    @BeforeEach
    void world() {
        w = fixtures.world();
        household = visits.household(w.gridA1());
        rule = visits.rule(
                w.subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.MONTH,
                null,
                LocalDate.now().minusYears(1));
    }

    static Map<String, Object> visit(long householdId, String outcome, Instant at) {
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", householdId);
        body.put("mode", "IN_HOME");
        body.put("outcome", outcome);
        body.put("visitedAt", at.toString());
        body.put("location", Map.of("latitude", 31.2304, "longitude", 121.4737, "accuracyMeters", 15));
        return body;
    }

    static Map<String, Object> visit(long householdId) {
        return visit(householdId, "COMPLETED", Instant.now());
    }

    private ValidatableResponse record(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/visits").then();
    }

    private long recorded(String user, Map<String, Object> body) {
        return record(user, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private long monthObligation(String responsible, int required) {
        LocalDate today = LocalDate.now(com.gridwork.common.time.BeijingTime.ZONE);
        return data.obligation(rule, household, responsible, today.minusDays(10), today.plusDays(20), required);
    }

    @Test
    void aVisitWithAFindingRaisesAnIssueAndCountsForTheObligation() {
        long obligation = monthObligation(w.workerA1(), 1);
        long head =
                RegistryApi.addResident(w.staffA(), RegistryApi.resident(household, "赵大爷", TestIds.idCard(), "HEAD"));
        long question = data.question(w.subDistrict(), VisitQuestionKind.YES_NO, null);
        long categoryId = category(w.staffA(), "SANITATION");
        Map<String, Object> body = visit(household);
        body.put("memberIds", List.of(head));
        body.put("needs", List.of("MEDICAL"));
        body.put("livingConditions", "FAIR");
        body.put("answers", List.of(Map.of("questionId", question, "answer", "yes")));
        body.put("notes", "老人腿脚不便");
        body.put("findings", List.of(Map.of("categoryId", categoryId, "description", "楼道堆放杂物", "urgency", "NORMAL")));
        ValidatableResponse created = record(w.workerA1(), body)
                .statusCode(201)
                .body("visitorKind", equalTo("STAFF"))
                .body("household.id", equalTo((int) household))
                .body("members.name", contains("赵大爷"))
                .body("answers[0].answer", equalTo("YES"))
                .body("location.accuracyMeters", equalTo(15))
                .body("issues.size()", equalTo(1))
                .body("issues[0].status", equalTo("RECEIVED"))
                .body("counted.obligationId", contains((int) obligation))
                .body("counted[0].state", equalTo("SATISFIED"));
        long visitId = created.extract().jsonPath().getLong("id");
        long issueId = created.extract().jsonPath().getLong("issues[0].id");
        as(w.workerA1())
                .get("/api/issues/" + issueId)
                .then()
                .statusCode(200)
                .body("visitId", equalTo((int) visitId))
                .body("issue.channel", equalTo("VISIT"))
                .body("reporter.residentId", equalTo((int) head))
                .body("receivedBy.id", equalTo((int) fixtures.staffId(w.workerA1())));
        VisitObligation o = data.obligationNow(obligation);
        assertThat(o.status).isEqualTo(ObligationStatus.SATISFIED);
        assertThat(o.completedDays).isEqualTo(1);
        assertThat(o.lastVisitId).isEqualTo(visitId);
    }

    @Test
    void twoVisitsOnOneDayCountOnceAndAttemptsNeverSatisfy() {
        long obligation = monthObligation(w.workerA1(), 2);
        Instant today = Instant.now();
        Instant earlier = today.minus(2, ChronoUnit.DAYS);
        recorded(w.workerA1(), visit(household, "COMPLETED", today));
        long second = recorded(w.workerA1(), visit(household, "COMPLETED", today.minusSeconds(60)));
        assertThat(data.obligationNow(obligation).completedDays).isEqualTo(1);
        assertThat(data.obligationNow(obligation).status).isEqualTo(ObligationStatus.OPEN);
        as(w.workerA1()).get("/api/visits/" + second).then().statusCode(200).body("counted[0].state", equalTo("DUE"));
        long attempt = recorded(w.workerA1(), visit(household, "NOBODY_HOME", earlier));
        VisitObligation o = data.obligationNow(obligation);
        assertThat(o.attemptDays).isEqualTo(1);
        assertThat(o.completedDays).isEqualTo(1);
        assertThat(o.status).isEqualTo(ObligationStatus.OPEN);
        as(w.workerA1()).get("/api/visits/" + attempt).then().statusCode(200).body("counted", empty());
        // a completed visit on the attempted day turns it from an attempt day into a completed one
        recorded(w.workerA1(), visit(household, "COMPLETED", earlier.plusSeconds(60)));
        o = data.obligationNow(obligation);
        assertThat(o.completedDays).isEqualTo(2);
        assertThat(o.attemptDays).isZero();
        assertThat(o.status).isEqualTo(ObligationStatus.SATISFIED);
    }

    @Test
    void aVisitAfterThePeriodSatisfiesLateOnlyTheRightVisitorAndModesCount() {
        LocalDate today = LocalDate.now(com.gridwork.common.time.BeijingTime.ZONE);
        long late = data.obligation(rule, household, w.workerA1(), today.minusDays(40), today.minusDays(5), 1);
        // community staff are not the responsible person, a phone call is not a mode of the rule
        recorded(w.staffA(), visit(household));
        Map<String, Object> phone = visit(household);
        phone.put("mode", "PHONE");
        phone.remove("location");
        phone.put("locationMissingReason", "NOT_ON_SITE");
        recorded(w.workerA1(), phone);
        assertThat(data.obligationNow(late).status).isEqualTo(ObligationStatus.OPEN);
        // another grid worker of the grid answers for a GRID_WORKER rule too
        String otherWorker = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        long visitId = recorded(otherWorker, visit(household));
        VisitObligation o = data.obligationNow(late);
        assertThat(o.status).isEqualTo(ObligationStatus.SATISFIED_LATE);
        assertThat(o.satisfiedOn).isEqualTo(today);
        as(otherWorker).get("/api/visits/" + visitId).then().body("counted[0].state", equalTo("SATISFIED_LATE"));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        long question = data.question(w.subDistrict(), VisitQuestionKind.CHOICE, "好\n一般\n差");
        Map<String, Object> body = visit(household, "COMPLETED", Instant.now().plus(1, ChronoUnit.HOURS));
        body.put("locationMissingReason", "DENIED");
        body.put("memberIds", List.of(999_999_999L));
        body.put("needs", List.of("NO_SUCH_NEED"));
        body.put(
                "answers",
                List.of(
                        Map.of("questionId", question, "answer", "很好"),
                        Map.of("questionId", 999_999_999L, "answer", "x")));
        body.put("findings", List.of(Map.of("categoryId", 999_999_999L, "description", " ", "urgency", "NORMAL")));
        as(w.workerA1())
                .header("Accept-Language", "en-US")
                .body(body)
                .post("/api/visits")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItems(
                                "visitedAt",
                                "location",
                                "memberIds[0]",
                                "needs",
                                "answers[0].answer",
                                "answers[1].questionId",
                                "findings[0].categoryId",
                                "findings[0].description"))
                .body("violations.find { it.field == 'visitedAt' }.message", equalTo("must not be in the future"));
        Map<String, Object> old = visit(household, "COMPLETED", Instant.now().minus(31, ChronoUnit.DAYS));
        old.put("mode", "VIDEO");
        old.put("location", Map.of("latitude", 91, "longitude", 0, "accuracyMeters", -1));
        old.remove("outcome");
        record(w.workerA1(), old)
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItems(
                                "outcome",
                                "visitedAt",
                                "locationMissingReason",
                                "location.latitude",
                                "location.accuracyMeters"));
        assertThat(data.visitCount(household)).isZero();
    }

    @Test
    void theSameClientRefSavesOneVisitEvenInParallel() throws Exception {
        Map<String, Object> body = visit(household);
        body.put("clientRef", "phone-" + household);
        long first = recorded(w.workerA1(), body);
        record(w.workerA1(), body).statusCode(200).body("id", equalTo((int) first));

        long other = visits.household(w.gridA1());
        Map<String, Object> twice = visit(other);
        twice.put("clientRef", "parallel-" + other);
        List<Integer> statuses = parallel(List.of(
                () -> as(w.workerA1()).body(twice).post("/api/visits").statusCode(),
                () -> as(w.workerA1()).body(twice).post("/api/visits").statusCode()));
        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(data.visitCount(other)).isEqualTo(1);
    }

    @Test
    void twoParallelVisitsToOneHouseholdBothCount() throws Exception {
        long obligation = monthObligation(w.workerA1(), 2);
        String otherWorker = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        Instant today = Instant.now();
        Map<String, Object> a = visit(household, "COMPLETED", today);
        Map<String, Object> b = visit(household, "COMPLETED", today.minus(1, ChronoUnit.DAYS));
        List<Integer> statuses = parallel(List.of(
                () -> as(w.workerA1()).body(a).post("/api/visits").statusCode(),
                () -> as(otherWorker).body(b).post("/api/visits").statusCode()));
        assertThat(statuses).containsExactly(201, 201);
        VisitObligation o = data.obligationNow(obligation);
        assertThat(o.completedDays).isEqualTo(2);
        assertThat(o.status).isEqualTo(ObligationStatus.SATISFIED);
    }

    @Test
    void aHelperVisitsOnlyThePairedHouseholdAndItsFindingsGoToTheGridWorker() {
        long volunteer = volunteers.volunteer(w.communityA(), "志愿者" + Fixtures.unique(""));
        String account = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(volunteer, account);
        long other = visits.household(w.gridA1());
        record(account, visit(other)).statusCode(400).body("violations.field", contains("householdId"));
        long pairing = visits.pairVolunteer(household, volunteer, "ELDERLY_ALONE");
        long categoryId = category(w.staffA(), "SANITATION");
        Map<String, Object> body = visit(household);
        body.put("findings", List.of(Map.of("categoryId", categoryId, "description", "水管漏水", "urgency", "URGENT")));
        ValidatableResponse created = record(account, body)
                .statusCode(201)
                .body("visitorKind", equalTo("VOLUNTEER"))
                .body("pairingId", equalTo((int) pairing));
        long visitId = created.extract().jsonPath().getLong("id");
        long issueId = created.extract().jsonPath().getLong("issues[0].id");
        as(w.workerA1())
                .get("/api/issues/" + issueId)
                .then()
                .statusCode(200)
                .body("visitId", equalTo((int) visitId))
                .body("receivedBy.id", equalTo((int) fixtures.staffId(w.workerA1())))
                .body("events[0].comment", notNullValue());
        // the helper sees its own visit, in the log only its own; others' visits are not its to see
        as(account).get("/api/visits/" + visitId).then().statusCode(200);
        long workerVisit = recorded(w.workerA1(), visit(household));
        as(account).get("/api/visits/" + workerVisit).then().statusCode(404);
        as(account)
                .queryParam("householdId", household)
                .get("/api/visits")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) visitId));
        // community B's staff do not see A's visits; the viewer reads them but records none
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/visits/" + workerVisit).then().statusCode(404);
        record(staffB, visit(household)).statusCode(400).body("violations.field", contains("householdId"));
        as(w.viewer()).get("/api/visits/" + workerVisit).then().statusCode(200);
        record(w.viewer(), visit(household)).statusCode(403);
    }

    @Test
    void theLogFiltersByAreaVisitorOutcomeModeAndDay() {
        long b = visits.household(w.gridB1());
        String workerB = fixtures.staff(StaffRole.GRID_WORKER, w.gridB1());
        long inA = recorded(w.workerA1(), visit(household));
        long attempt = recorded(
                w.workerA1(), visit(household, "NOBODY_HOME", Instant.now().minus(3, ChronoUnit.DAYS)));
        long inB = recorded(workerB, visit(b));
        as(w.admin())
                .queryParam("areaId", w.gridA1())
                .get("/api/visits")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) inA, (int) attempt))
                .body("items[0].household.gridId", equalTo((int) w.gridA1()))
                .body("items[0].located", equalTo(true));
        as(w.admin())
                .queryParam("areaId", w.subDistrict())
                .queryParam("outcome", "NOBODY_HOME")
                .get("/api/visits")
                .then()
                .body("items.id", contains((int) attempt));
        as(w.admin())
                .queryParam("areaId", w.subDistrict())
                .queryParam("visitorStaffId", fixtures.staffId(workerB))
                .queryParam("from", LocalDate.now().minusDays(1).toString())
                .get("/api/visits")
                .then()
                .body("items.id", contains((int) inB));
        as(w.staffA())
                .queryParam("areaId", w.communityB())
                .get("/api/visits")
                .then()
                .statusCode(404);
        as(w.staffA())
                .queryParam("householdId", household)
                .queryParam("mode", "IN_HOME")
                .get("/api/visits")
                .then()
                .body("items.id", containsInAnyOrder((int) inA, (int) attempt))
                .body("total", equalTo(2));
    }

    /** The smallest PNG signature and header: enough for the content check. */
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Test
    void photosAreCheckedByContentLimitedAndServedToWhoReadsTheVisit() {
        long visitId = recorded(w.workerA1(), visit(household));
        String path = "/api/visits/" + visitId + "/photos";
        long photo = given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .multiPart("file", "a.png", PNG, "image/jpeg")
                .post(path)
                .then()
                .statusCode(200)
                .body("photos[0].contentType", equalTo("image/png"))
                .extract()
                .jsonPath()
                .getLong("photos[0].id");
        given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .multiPart("file", "a.png", "not an image".getBytes(), "image/png")
                .post(path)
                .then()
                .statusCode(400)
                .body("violations.field", contains("file"));
        // not the visitor, not managing visits: refused
        String otherWorker = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        given().auth()
                .oauth2(TestTokens.of(otherWorker))
                .multiPart("file", "a.png", PNG, "image/png")
                .post(path)
                .then()
                .statusCode(403);
        byte[] served = as(w.staffA())
                .get(path + "/" + photo)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(served).isEqualTo(PNG);
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get(path + "/" + photo).then().statusCode(404);
        for (int i = 1; i < 9; i++) {
            given().auth()
                    .oauth2(TestTokens.of(w.staffA()))
                    .multiPart("file", "a.png", PNG)
                    .post(path)
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .multiPart("file", "a.png", PNG)
                .post(path)
                .then()
                .statusCode(409);
        long old = recorded(w.workerA1(), visit(household));
        data.receivedAt(old, Instant.now().minus(25, ChronoUnit.HOURS));
        given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .multiPart("file", "a.png", PNG)
                .post("/api/visits/" + old + "/photos")
                .then()
                .statusCode(409);
    }

    private static List<Integer> parallel(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            calls.forEach(c -> futures.add(pool.submit(c)));
            List<Integer> result = new ArrayList<>();
            for (Future<Integer> f : futures) {
                result.add(f.get());
            }
            return result;
        } finally {
            pool.shutdown();
        }
    }
}
