package com.gridwork.visit.household;

import com.gridwork.access.StaffRole;
import com.gridwork.pairing.HelperKind;
import com.gridwork.registry.RegistryApi;
import com.gridwork.registry.household.Household;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.visit.Visit;
import com.gridwork.visit.VisitMode;
import com.gridwork.visit.VisitOutcome;
import com.gridwork.visit.VisitQuestion;
import com.gridwork.visit.VisitQuestionKind;
import com.gridwork.visit.obligation.ObligationStatus;
import com.gridwork.visit.obligation.VisitObligation;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitPeriod;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitTarget;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class VisitHouseholdTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    VolunteerFixtures volunteers;

    /** A grid A1 with two households, a household of grid A2, and a helper paired with the first one only. */
    private record Scene(
            Fixtures.World w, String helper, long helperId, long paired, long unpaired, long otherGrid, long pairing) {}

    private Scene scene() {
        Fixtures.World w = fixtures.world();
        long paired = RegistryApi.household(w.admin(), w.gridA1(), "幸福胡同" + Fixtures.unique("") + "号", "EMPTY_NEST");
        long unpaired = visits.household(w.gridA1());
        long otherGrid = visits.household(w.gridA2());
        String helper = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        long volunteer = volunteers.volunteer(w.communityA(), "李志愿");
        volunteers.linkAccount(volunteer, helper);
        long pairing = visits.pairVolunteer(paired, volunteer, "ELDERLY_ALONE");
        return new Scene(w, helper, fixtures.staffId(helper), paired, unpaired, otherGrid, pairing);
    }

    private static List<Long> listed(String user, String q) {
        return as(user).queryParam("size", 100)
                .queryParam("q", q)
                .get("/api/visit-households")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }

    @Test
    void aHelperSeesOnlyItsPairedHouseholds() {
        Scene s = scene();
        assertThat(listed(s.helper(), null)).containsExactly(s.paired());
        // same grid, not paired: as if it did not exist
        as(s.helper()).get("/api/visit-households/{id}", s.unpaired()).then().statusCode(404);
        as(s.helper()).get("/api/visit-households/{id}", s.otherGrid()).then().statusCode(404);
        JsonPath card = as(s.helper())
                .get("/api/visit-households/{id}", s.paired())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(card.getList("pairings.id", Long.class)).containsExactly(s.pairing());
        assertThat(card.getString("pairings[0].typeCode")).isEqualTo("ELDERLY_ALONE");
        assertThat(card.getString("pairings[0].typeName")).isEqualTo("独居老人关爱");
    }

    @Test
    void aGridWorkerSeesItsGridAndNotAnother() {
        Scene s = scene();
        assertThat(listed(s.w().workerA1(), null))
                .contains(s.paired(), s.unpaired())
                .doesNotContain(s.otherGrid());
        as(s.w().workerA1())
                .get("/api/visit-households/{id}", s.otherGrid())
                .then()
                .statusCode(404);
        as(s.w().workerA1())
                .get("/api/visit-households/{id}", s.unpaired())
                .then()
                .statusCode(200);
    }

    @Test
    void aViewerOrAVolunteerWithoutPairingsIsNoVisitor() {
        Scene s = scene();
        as(s.w().viewer()).get("/api/visit-households").then().statusCode(403);
        as(s.w().viewer()).get("/api/visit-households/{id}", s.paired()).then().statusCode(403);
        String lonely = fixtures.staff(StaffRole.VOLUNTEER, s.w().communityA());
        assertThat(listed(lonely, null)).isEmpty();
    }

    @Test
    void theCardShowsMembersWithoutIdNumbersAndPhonesOnlyToRegistryReaders() {
        Scene s = scene();
        Map<String, Object> head = RegistryApi.resident(s.paired(), "王秀英", TestIds.idCard(), "HEAD", "ELDERLY_ALONE");
        long headId = RegistryApi.addResident(s.w().admin(), head);
        JsonPath worker = as(s.w().workerA1())
                .get("/api/visit-households/{id}", s.paired())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(worker.getList("members.id", Long.class)).containsExactly(headId);
        assertThat(worker.getString("members[0].name")).isEqualTo("王秀英");
        assertThat(worker.getBoolean("members[0].head")).isTrue();
        assertThat(worker.getString("members[0].phoneMasked")).contains("****");
        assertThat(worker.getMap("members[0]")).doesNotContainKeys("idCard", "idCardMasked", "phone");
        assertThat(worker.getString("headName")).isEqualTo("王秀英");
        // household tag and the member's care group, each once, with their names
        assertThat(worker.getList("careTags.code", String.class)).containsExactly("ELDERLY_ALONE", "EMPTY_NEST");
        assertThat(worker.getString("careTags.find { it.code == 'EMPTY_NEST' }.name"))
                .isEqualTo("空巢家庭");
        assertThat(worker.getList("needs.code", String.class)).contains("DAILY_CARE", "MEDICAL");

        JsonPath helper = as(s.helper())
                .get("/api/visit-households/{id}", s.paired())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(helper.getString("members[0].name")).isEqualTo("王秀英");
        assertThat(helper.getString("members[0].phoneMasked")).isNull();
        // a helper reads no issue categories of its own: the card brings those a finding may take
        assertThat(helper.getList("issueCategories.id")).isNotEmpty();
    }

    @Test
    void obligationsNearestDueFirstAndAHelperOnlyItsOwn() {
        Scene s = scene();
        LocalDate today = LocalDate.now(com.gridwork.common.time.BeijingTime.ZONE);
        long workerId = fixtures.staffId(s.w().workerA1());
        long gridRule = visits.rule(
                s.w().subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.MONTH,
                null,
                today.minusMonths(3));
        long helperRule = visits.rule(
                s.w().subDistrict(),
                VisitTarget.PAIRED,
                VisitResponsible.HELPER,
                PeriodKind.MONTH,
                null,
                today.minusMonths(3));
        long overdue = obligation(gridRule, s.paired(), workerId, null, today.minusDays(40), today.minusDays(3));
        long due = obligation(helperRule, s.paired(), s.helperId(), s.pairing(), today.minusDays(5), today.plusDays(9));
        long satisfied = obligation(gridRule, s.paired(), workerId, null, today.minusDays(80), today.minusDays(50));
        QuarkusTransaction.requiringNew().run(() -> {
            VisitObligation o = VisitObligation.findById(satisfied);
            o.status = ObligationStatus.SATISFIED;
        });

        JsonPath worker = as(s.w().workerA1())
                .get("/api/visit-households/{id}", s.paired())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(worker.getList("obligations.id", Long.class)).containsExactly(overdue, due);
        assertThat(worker.getList("obligations.state", String.class)).containsExactly("OVERDUE", "DUE");
        assertThat(worker.getString("obligations[0].responsible.name")).isNotBlank();

        JsonPath helper = as(s.helper())
                .get("/api/visit-households/{id}", s.paired())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(helper.getList("obligations.id", Long.class)).containsExactly(due);

        Map<String, Object> workerRow = row(s.w().workerA1(), s.paired());
        assertThat(workerRow.get("openObligations")).isEqualTo(2);
        assertThat(workerRow.get("nextDueOn")).isEqualTo(today.minusDays(3).toString());
        assertThat(workerRow.get("nextDueState")).isEqualTo("OVERDUE");
        Map<String, Object> helperRow = row(s.helper(), s.paired());
        assertThat(helperRow.get("openObligations")).isEqualTo(1);
        assertThat(helperRow.get("nextDueState")).isEqualTo("DUE");
    }

    @Test
    void theLastFiveVisitsNewestFirstAndTheQuestions() {
        Scene s = scene();
        long workerId = fixtures.staffId(s.w().workerA1());
        Instant now = Instant.now();
        for (int i = 6; i >= 1; i--) {
            visit(
                    s.paired(),
                    workerId,
                    now.minusSeconds(86_400L * i),
                    i % 2 == 0 ? VisitOutcome.NOBODY_HOME : VisitOutcome.COMPLETED);
        }
        long question = QuarkusTransaction.requiringNew().call(() -> {
            VisitQuestion q = new VisitQuestion();
            q.subDistrictId = s.w().subDistrict();
            q.text = "近期身体状况如何？";
            q.kind = VisitQuestionKind.CHOICE;
            q.options = "良好\n一般\n较差\n";
            q.persist();
            VisitQuestion off = new VisitQuestion();
            off.subDistrictId = s.w().subDistrict();
            off.text = "停用的问题";
            off.kind = VisitQuestionKind.TEXT;
            off.active = false;
            off.persist();
            return q.id;
        });
        JsonPath card = as(s.helper())
                .get("/api/visit-households/{id}", s.paired())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(card.getList("recentVisits")).hasSize(5);
        assertThat(card.getString("recentVisits[0].visitedOn"))
                .isEqualTo(com.gridwork.common.time.BeijingTime.dayOf(now.minusSeconds(86_400L))
                        .toString());
        assertThat(card.getString("recentVisits[0].outcome")).isEqualTo("COMPLETED");
        assertThat(card.getString("recentVisits[1].outcome")).isEqualTo("NOBODY_HOME");
        assertThat(card.getList("questions.id", Long.class)).containsExactly(question);
        assertThat(card.getList("questions[0].options", String.class)).containsExactly("良好", "一般", "较差");
        assertThat(row(s.helper(), s.paired()).get("lastVisitOn"))
                .isEqualTo(com.gridwork.common.time.BeijingTime.dayOf(now.minusSeconds(86_400L))
                        .toString());
    }

    @Test
    void searchByAddressOrHeadName() {
        Scene s = scene();
        String street = "石榴巷" + Fixtures.unique("") + "号";
        long bungalow = RegistryApi.household(s.w().admin(), s.w().gridA1(), street);
        long building = fixtures.area(com.gridwork.area.AreaLevel.BUILDING, s.w().gridA1(), "和平里7号楼");
        long flat = RegistryApi.flatInUnit(s.w().admin(), s.w().gridA1(), building, "2", "301");
        RegistryApi.addResident(s.w().admin(), RegistryApi.resident(flat, "欧阳" + "明辉", TestIds.idCard(), "HEAD"));

        assertThat(listed(s.w().workerA1(), street.substring(0, 6))).containsExactly(bungalow);
        assertThat(listed(s.w().workerA1(), "7号楼2单元301")).containsExactly(flat);
        assertThat(listed(s.w().workerA1(), "7-2-30")).containsExactly(flat);
        assertThat(listed(s.w().workerA1(), "明辉")).containsExactly(flat);
        // the helper's search stays within its pairings
        assertThat(listed(s.helper(), street)).isEmpty();
    }

    @Test
    void sortAcceptsOnlyTheAddress() {
        Scene s = scene();
        as(s.w().workerA1())
                .queryParam("sort", "address")
                .get("/api/visit-households")
                .then()
                .statusCode(200);
        as(s.w().workerA1())
                .queryParam("sort", "name")
                .get("/api/visit-households")
                .then()
                .statusCode(400);
    }

    private static Map<String, Object> row(String user, long householdId) {
        List<Map<String, Object>> items = as(user).queryParam("size", 100)
                .get("/api/visit-households")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(i -> ((Number) i.get("id")).longValue() == householdId)
                .findFirst()
                .orElseThrow();
    }

    private long obligation(
            long ruleId, long householdId, Long responsible, Long pairingId, LocalDate startsOn, LocalDate dueOn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Household h = Household.findById(householdId);
            VisitPeriod p = new VisitPeriod();
            p.ruleId = ruleId;
            p.startsOn = startsOn;
            p.endsOn = dueOn;
            p.dueOn = dueOn;
            p.generatedAt = Instant.now();
            p.householdCount = 1;
            p.persist();
            VisitObligation o = new VisitObligation();
            o.periodId = p.id;
            o.ruleId = ruleId;
            o.householdId = householdId;
            o.gridId = h.grid.id;
            o.areaPath = h.areaPath;
            o.responsibleStaffId = responsible;
            o.pairingId = pairingId;
            o.pairingTypeCode = pairingId == null ? null : "ELDERLY_ALONE";
            o.startsOn = startsOn;
            o.endsOn = dueOn;
            o.dueOn = dueOn;
            o.visitsRequired = 1;
            o.persist();
            return o.id;
        });
    }

    private void visit(long householdId, long visitorId, Instant at, VisitOutcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            Household h = Household.findById(householdId);
            Visit v = new Visit();
            v.household = h;
            v.gridId = h.grid.id;
            v.areaPath = h.areaPath;
            v.visitorStaffId = visitorId;
            v.visitorKind = HelperKind.STAFF;
            v.mode = VisitMode.IN_HOME;
            v.outcome = outcome;
            v.visitedAt = at;
            v.visitedOn = com.gridwork.common.time.BeijingTime.dayOf(at);
            v.receivedAt = at;
            v.persist();
        });
    }
}
