package com.gridwork.party.report;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyMemberReport;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.PartyFixtures;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Members' reports: entering, the one-live-report rule (also in parallel), the steps, the member's own, the clock. */
@QuarkusTest
class PartyReportResourceTest {
    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    VisitFixtures visits;

    @Inject
    PartyReportClock clock;

    @Inject
    ReportEndings endings;

    World w;
    int year;

    @BeforeEach
    void world() {
        w = fixtures.world();
        year = BeijingTime.today().getYear();
    }

    private Map<String, Object> report(long communityId, long volunteerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("communityId", communityId);
        body.put("year", year);
        body.put("volunteerId", volunteerId);
        body.put("employer", "区财政局");
        body.put("employerPartyOrg", "区财政局机关党支部");
        body.put("employerType", "GOVERNMENT_ORGAN");
        body.put("skills", "法律咨询");
        return body;
    }

    private long create(String user, Map<String, Object> body) {
        return as(user).body(body)
                .post("/api/party-reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void staffEnterAReportConfirmItAndFindItInTheList() {
        long volunteer = volunteers.volunteer(w.communityA(), "王党员");
        Response created =
                as(w.staffA()).body(report(w.communityA(), volunteer)).post("/api/party-reports");
        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .header("Location", notNullValue())
                .body("status", equalTo("SUBMITTED"))
                .body("year", equalTo(year))
                .body("volunteer.id", equalTo((int) volunteer))
                .body("volunteer.name", equalTo("王党员"))
                .body("community.id", equalTo((int) w.communityA()))
                .body("employerType", equalTo("GOVERNMENT_ORGAN"))
                .body("unit", nullValue())
                .body("decidedAt", nullValue());
        long id = created.jsonPath().getLong("id");

        // a stale If-Match is refused; the current one (or none) is taken
        as(w.staffA())
                .header("If-Match", "\"99\"")
                .post("/api/party-reports/" + id + "/confirm")
                .then()
                .statusCode(412);
        as(w.staffA())
                .header("If-Match", created.header("ETag"))
                .post("/api/party-reports/" + id + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("decidedAt", notNullValue());
        // confirming twice is a 409
        as(w.staffA()).post("/api/party-reports/" + id + "/confirm").then().statusCode(409);

        // listed by the community, the year, the status and the employer type; a grid worker sees its community's
        as(w.workerA1())
                .queryParam("areaId", w.communityA())
                .queryParam("year", year)
                .queryParam("status", "ACTIVE")
                .queryParam("employerType", "GOVERNMENT_ORGAN")
                .queryParam("q", "王党员")
                .get("/api/party-reports")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id));
        as(w.viewer())
                .queryParam("areaId", w.communityB())
                .get("/api/party-reports")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) id)));
    }

    @Test
    void oneLiveReportPerMemberAndYearNamesTheExistingOne() {
        long volunteer = volunteers.volunteer(w.communityA(), "赵党员");
        long first = create(w.staffA(), report(w.communityA(), volunteer));
        as(w.admin())
                .body(report(w.communityB(), volunteer))
                .post("/api/party-reports")
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) first));
        // next year's is another year: allowed
        Map<String, Object> next = report(w.communityA(), volunteer);
        next.put("year", year + 1);
        create(w.staffA(), next);
        // a rejected report is no longer live: the member may report again
        as(w.staffA())
                .body(Map.of("reason", "信息有误"))
                .post("/api/party-reports/" + first + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("statusReason", equalTo("信息有误"));
        assertThat(endings.of(first)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(PartyReportStatus.REJECTED);
            assertThat(e.volunteerId()).isEqualTo(volunteer);
        });
        create(w.staffA(), report(w.communityA(), volunteer));
    }

    @Test
    void aParallelDoubleSubmitCreatesOneReport() throws Exception {
        long volunteer = volunteers.volunteer(w.communityA(), "并发党员");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Response> submit = () -> {
                start.await();
                return as(w.staffA()).body(report(w.communityA(), volunteer)).post("/api/party-reports");
            };
            Future<Response> a = pool.submit(submit);
            Future<Response> b = pool.submit(submit);
            start.countDown();
            List<Response> answers = List.of(a.get(), b.get());
            assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 409);
            long created = answers.stream()
                    .filter(r -> r.statusCode() == 201)
                    .findFirst()
                    .orElseThrow()
                    .jsonPath()
                    .getLong("id");
            Response refused = answers.stream()
                    .filter(r -> r.statusCode() == 409)
                    .findFirst()
                    .orElseThrow();
            assertThat(refused.jsonPath().getLong("existingId")).isEqualTo(created);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewPersonGetsAVolunteerProfileAndTheirResidentIsLinked() {
        String idCard = TestIds.idCard();
        long household = visits.household(w.gridB1());
        long resident = as(w.admin())
                .body(Map.of(
                        "householdId",
                        household,
                        "name",
                        "钱党员",
                        "idCard",
                        idCard,
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
        Map<String, Object> body = report(w.communityA(), 0);
        body.remove("volunteerId");
        body.put("person", Map.of("name", "钱党员", "idCard", idCard, "phone", "13912345678"));
        Response created = as(w.staffA()).body(body).post("/api/party-reports");
        created.then().statusCode(201).body("residentId", equalTo((int) resident));
        long volunteer = created.jsonPath().getLong("volunteer.id");
        as(w.staffA())
                .get("/api/volunteers/" + volunteer)
                .then()
                .statusCode(200)
                .body("volunteer.name", equalTo("钱党员"))
                .body("volunteer.community.id", equalTo((int) w.communityA()));
        // the same person again is the same profile (one person, one profile): next year's report
        body.put("year", year + 1);
        as(w.staffA())
                .body(body)
                .post("/api/party-reports")
                .then()
                .statusCode(201)
                .body("volunteer.id", equalTo((int) volunteer));
    }

    @Test
    void badInputIsRefusedNamingEveryField() {
        long foreignSub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "别的街道");
        long foreignCommunity = fixtures.area(AreaLevel.COMMUNITY, foreignSub, "别的社区");
        long foreignUnit = party.unit(foreignSub, 10);
        Map<String, Object> body = new HashMap<>();
        body.put("communityId", w.communityB());
        body.put("year", year - 1);
        body.put("unitId", foreignUnit);
        as(w.staffA())
                .header("Accept-Language", "en-US")
                .body(body)
                .post("/api/party-reports")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("communityId", "year", "volunteerId", "employer", "employerType"));
        // a unit of another sub-district, with everything else right
        long volunteer = volunteers.volunteer(w.communityA(), "孙党员");
        Map<String, Object> withUnit = report(w.communityA(), volunteer);
        withUnit.put("unitId", foreignUnit);
        as(w.staffA())
                .body(withUnit)
                .post("/api/party-reports")
                .then()
                .statusCode(400)
                .body("violations.field", contains("unitId"));
        // a community outside the admin's sub-district
        as(w.admin())
                .body(report(foreignCommunity, volunteer))
                .post("/api/party-reports")
                .then()
                .statusCode(400)
                .body("violations.field", contains("communityId"));
        // a unit of the sub-district is taken and shown
        long unit = party.unit(w.subDistrict(), 30);
        withUnit.put("unitId", unit);
        as(w.staffA())
                .body(withUnit)
                .post("/api/party-reports")
                .then()
                .statusCode(201)
                .body("unit.id", equalTo((int) unit))
                .body("unit.name", notNullValue());
    }

    @Test
    void refusalsOutsideTheScopeAndForTheWrongRole() {
        PartyFixtures.Member inB = party.member(w.communityB(), PartyReportStatus.SUBMITTED);
        // another community's report is a 404 for community A's staff, to read and to confirm
        as(w.staffA()).get("/api/party-reports/" + inB.reportId()).then().statusCode(404);
        as(w.staffA())
                .post("/api/party-reports/" + inB.reportId() + "/confirm")
                .then()
                .statusCode(404);
        // a viewer reads but does not confirm
        as(w.viewer()).get("/api/party-reports/" + inB.reportId()).then().statusCode(200);
        as(w.viewer())
                .post("/api/party-reports/" + inB.reportId() + "/confirm")
                .then()
                .statusCode(403);
        // a volunteer does not read the list; it reads its own
        as(inB.username()).get("/api/party-reports").then().statusCode(403);
        PartyFixtures.Member other = party.member(w.communityB());
        as(inB.username())
                .get("/api/party-reports/mine")
                .then()
                .statusCode(200)
                .body("id", contains((int) inB.reportId()))
                .body("id", not(hasItem((int) other.reportId())));
        as(inB.username()).get("/api/party-reports/" + inB.reportId()).then().statusCode(403);
    }

    @Test
    void withdrawAndTransferEndTheReportAndTransferContinuesItInTheTargetCommunity() {
        PartyFixtures.Member m = party.member(w.communityA());
        as(w.staffA())
                .body(Map.of("communityId", w.communityB(), "reason", ""))
                .post("/api/party-reports/" + m.reportId() + "/transfer")
                .then()
                .statusCode(400)
                .body("violations.field", contains("reason"));
        as(w.staffA())
                .body(Map.of("communityId", w.communityA(), "reason", "搬家"))
                .post("/api/party-reports/" + m.reportId() + "/transfer")
                .then()
                .statusCode(400)
                .body("violations.field", contains("communityId"));
        as(w.staffA())
                .body(Map.of("communityId", w.communityB(), "reason", "搬家"))
                .post("/api/party-reports/" + m.reportId() + "/transfer")
                .then()
                .statusCode(200)
                .body("status", equalTo("TRANSFERRED_OUT"))
                .body("statusReason", equalTo("搬家"));
        assertThat(endings.of(m.reportId()))
                .extracting(e -> e.status())
                .containsExactly(PartyReportStatus.TRANSFERRED_OUT);
        Response inB = as(w.admin())
                .queryParam("areaId", w.communityB())
                .queryParam("q", volunteerName(m.volunteerId()))
                .get("/api/party-reports");
        inB.then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("SUBMITTED"));
        long next = inB.jsonPath().getLong("items[0].id");
        as(w.admin())
                .get("/api/party-reports/" + next)
                .then()
                .statusCode(200)
                .body("report.previousId", equalTo((int) m.reportId()))
                .body("history.id", contains((int) m.reportId()));
        // the continued report is confirmed in B, then withdrawn with a reason
        as(w.admin()).post("/api/party-reports/" + next + "/confirm").then().statusCode(200);
        as(w.admin())
                .body(Map.of("reason", "本人申请"))
                .post("/api/party-reports/" + next + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertThat(endings.of(next)).extracting(e -> e.status()).containsExactly(PartyReportStatus.WITHDRAWN);
        // an ended report takes no more steps
        as(w.admin())
                .body(Map.of("reason", "再次"))
                .post("/api/party-reports/" + next + "/withdraw")
                .then()
                .statusCode(409);
    }

    private String volunteerName(long volunteerId) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        com.gridwork.volunteer.Volunteer.<com.gridwork.volunteer.Volunteer>findById(volunteerId).name);
    }

    @Test
    void aMemberSubmitsTheirOwnReportPrefilledFromLastYears() {
        PartyFixtures.Member m = party.member(w.communityA());
        // this year's is active: the form for this year names it; next year's is prefilled from it
        as(m.username())
                .queryParam("year", year)
                .get("/api/party-reports/mine/prefill")
                .then()
                .statusCode(200)
                .body("existingId", equalTo((int) m.reportId()));
        as(m.username())
                .queryParam("year", year + 1)
                .get("/api/party-reports/mine/prefill")
                .then()
                .statusCode(200)
                .body("existingId", nullValue())
                .body("previousId", equalTo((int) m.reportId()))
                .body("employer", equalTo("测试单位"))
                .body("communityId", equalTo((int) w.communityA()))
                .body("communities.id", hasItems((int) w.communityA(), (int) w.communityB()));
        Map<String, Object> own = new HashMap<>();
        own.put("communityId", w.communityB());
        own.put("year", year + 1);
        own.put("employer", "测试单位");
        own.put("employerType", "PUBLIC_INSTITUTION");
        Response submitted = as(m.username()).body(own).post("/api/party-reports/mine");
        submitted
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("community.id", equalTo((int) w.communityB()))
                .body("previousId", equalTo((int) m.reportId()));
        long next = submitted.jsonPath().getLong("id");
        as(m.username())
                .body(own)
                .post("/api/party-reports/mine")
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) next));
        // a community of another sub-district is refused naming the field
        long foreignSub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "外街道");
        own.put("communityId", fixtures.area(AreaLevel.COMMUNITY, foreignSub, "外社区"));
        own.put("year", year);
        as(m.username())
                .body(own)
                .post("/api/party-reports/mine")
                .then()
                .statusCode(400)
                .body("violations.field", contains("communityId"));
        // staff of B confirm next year's: CONFIRMED until January 1st
        as(w.admin())
                .post("/api/party-reports/" + next + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(m.username()).get("/api/party-reports/mine").then().statusCode(200).body("id", contains((int) next, (int)
                m.reportId()));
    }

    @Test
    void aVolunteerAccountWithoutAProfileCannotSubmit() {
        String account = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        as(account).get("/api/party-reports/mine").then().statusCode(200).body("size()", equalTo(0));
        as(account).get("/api/party-reports/mine/prefill").then().statusCode(403);
    }

    @Test
    void theClockActivatesConfirmedReportsOfTheYearAndExpiresPastOnes() {
        long v1 = volunteers.volunteer(w.communityA(), "钟党员一");
        long v2 = volunteers.volunteer(w.communityA(), "钟党员二");
        long confirmed = party.report(v1, w.communityA(), year, PartyReportStatus.CONFIRMED, null);
        long lastYears = party.report(v2, w.communityA(), year - 1, PartyReportStatus.ACTIVE, null);
        long stays = party.report(v2, w.communityA(), year, PartyReportStatus.ACTIVE, null);
        assertThat(clock.run(BeijingTime.today())).isGreaterThanOrEqualTo(2);
        assertThat(status(confirmed)).isEqualTo(PartyReportStatus.ACTIVE);
        assertThat(status(lastYears)).isEqualTo(PartyReportStatus.EXPIRED);
        assertThat(status(stays)).isEqualTo(PartyReportStatus.ACTIVE);
        assertThat(endings.of(lastYears)).extracting(e -> e.status()).containsExactly(PartyReportStatus.EXPIRED);
        assertThat(endings.of(confirmed)).isEmpty();
        // a second run moves nothing of these
        clock.run(BeijingTime.today());
        assertThat(endings.of(lastYears)).hasSize(1);
    }

    private static PartyReportStatus status(long id) {
        return QuarkusTransaction.requiringNew().call(() -> PartyMemberReport.<PartyMemberReport>findById(id).status);
    }
}
