package com.gridwork.visit.obligation;

import com.gridwork.access.StaffRole;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitTarget;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The obligations API: who sees which, the caller's own list, and marking one not applicable by hand. */
@QuarkusTest
class ObligationResourceTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    ObligationGenerator generator;

    World w;
    long inA1;
    long inA2;
    long rule;
    long period;
    String helper;

    @BeforeEach
    void world() {
        w = fixtures.world();
        inA1 = visits.household(w.gridA1());
        inA2 = visits.household(w.gridA2());
        long volunteer = volunteers.volunteer(w.communityA(), "帮扶志愿者");
        helper = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(volunteer, helper);
        visits.pairVolunteer(inA2, volunteer, "ELDERLY_ALONE");
        LocalDate today = BeijingTime.today();
        // a ten-day rule: the period before ended five days ago (its obligations overdue), one runs today
        rule = visits.rule(
                w.subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.EVERY_N_DAYS,
                10,
                today.minusDays(15));
        generator.generate(rule, today.minusDays(10)).orElseThrow();
        period = generator.generate(rule, today).orElseThrow().periodId();
    }

    private JsonPath list(String username, Map<String, ?> query) {
        return as(username)
                .queryParams(query)
                .get("/api/visit-obligations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void staffSeeTheirScopeWithStatesComputedByTheOneRule() {
        JsonPath all = list(w.admin(), Map.of("ruleId", rule));
        assertThat(all.getInt("total")).isEqualTo(4);
        // due day ascending: the overdue ones of the period that ended come first
        assertThat(all.<String>getList("items.state")).containsExactly("OVERDUE", "OVERDUE", "DUE", "DUE");
        assertThat(all.<Integer>getList("items.household.id"))
                .containsExactly((int) inA1, (int) inA2, (int) inA1, (int) inA2);
        assertThat(all.getString("items[2].household.gridName")).startsWith("A网格1");
        assertThat(all.getLong("items[2].responsible.id")).isEqualTo(fixtures.staffId(w.workerA1()));
        assertThat(all.getString("items[3].responsible")).isNull();
        assertThat(all.getLong("items[2].periodId")).isEqualTo(period);

        assertThat(list(w.admin(), Map.of("ruleId", rule, "state", "OVERDUE")).getInt("total"))
                .isEqualTo(2);
        assertThat(list(w.admin(), Map.of("periodId", period, "state", "DUE")).getInt("total"))
                .isEqualTo(2);
        assertThat(list(w.admin(), Map.of("ruleId", rule, "areaId", w.gridA2())).<Integer>getList("items.household.id"))
                .containsOnly((int) inA2);
        assertThat(list(w.admin(), Map.of("ruleId", rule, "sort", "-dueOn")).<String>getList("items.state"))
                .containsExactly("DUE", "DUE", "OVERDUE", "OVERDUE");
    }

    @Test
    void theGridWorkerSeesOnlyItsGrid() {
        assertThat(list(w.workerA1(), Map.of("ruleId", rule)).<Integer>getList("items.household.id"))
                .containsOnly((int) inA1);
        as(w.workerA1())
                .queryParam("householdId", inA2)
                .get("/api/visit-obligations")
                .then()
                .statusCode(404);
        as(w.workerA1())
                .queryParam("areaId", w.gridA2())
                .get("/api/visit-obligations")
                .then()
                .statusCode(404);
        long other =
                list(w.admin(), Map.of("periodId", period, "householdId", inA2)).getLong("items[0].id");
        as(w.workerA1()).get("/api/visit-obligations/" + other).then().statusCode(404);
    }

    @Test
    void aHelperSeesOnlyItsPairedHouseholds() {
        assertThat(list(helper, Map.of()).<Integer>getList("items.household.id"))
                .containsOnly((int) inA2);
        long mine =
                list(w.admin(), Map.of("periodId", period, "householdId", inA2)).getLong("items[0].id");
        long notMine =
                list(w.admin(), Map.of("periodId", period, "householdId", inA1)).getLong("items[0].id");
        as(helper).get("/api/visit-obligations/" + mine).then().statusCode(200).body("household.id", equalTo((int)
                inA2));
        as(helper).get("/api/visit-obligations/" + notMine).then().statusCode(404);
        as(helper)
                .queryParam("householdId", inA1)
                .get("/api/visit-obligations")
                .then()
                .statusCode(404);
    }

    @Test
    void mineListsWhatTheCallerAnswersForOverdueFirst() {
        JsonPath mine = as(w.workerA1())
                .get("/api/visit-obligations/mine")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = mine.getList("items");
        assertThat(items)
                .filteredOn(i -> ((Map<?, ?>) i.get("household")).get("id").equals((int) inA1))
                .extracting(i -> i.get("state"))
                .containsExactly("OVERDUE", "DUE");
        as(w.workerA1())
                .queryParam("state", "OVERDUE")
                .get("/api/visit-obligations/mine")
                .then()
                .statusCode(200)
                .body("items.state", org.hamcrest.Matchers.everyItem(equalTo("OVERDUE")));
        // the helper answers for no obligation of this grid-worker rule
        as(helper).get("/api/visit-obligations/mine").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aManagerMarksAnOpenObligationNotApplicableWithANote() {
        long id =
                list(w.admin(), Map.of("periodId", period, "householdId", inA1)).getLong("items[0].id");
        String etag = as(w.staffA())
                .get("/api/visit-obligations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(w.staffA())
                .body(Map.of("reason", "MOVED_OUT", "note", ""))
                .header("If-Match", etag)
                .post("/api/visit-obligations/" + id + "/not-applicable")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"))
                .body("violations.field", hasItem("note"));
        as(w.staffA())
                .body(Map.of("reason", "OTHER", "note", "长期住院"))
                .post("/api/visit-obligations/" + id + "/not-applicable")
                .then()
                .statusCode(428);
        as(w.viewer())
                .body(Map.of("reason", "OTHER", "note", "长期住院"))
                .header("If-Match", etag)
                .post("/api/visit-obligations/" + id + "/not-applicable")
                .then()
                .statusCode(403);
        String next = as(w.staffA())
                .body(Map.of("reason", "OTHER", "note", "长期住院"))
                .header("If-Match", etag)
                .post("/api/visit-obligations/" + id + "/not-applicable")
                .then()
                .statusCode(200)
                .body("state", equalTo("NOT_APPLICABLE"))
                .body("notApplicableReason", equalTo("OTHER"))
                .body("notApplicableNote", equalTo("长期住院"))
                .extract()
                .header("ETag");
        assertThat(next).isNotEqualTo(etag);
        // a stale version, then one no longer open
        as(w.staffA())
                .body(Map.of("reason", "OTHER", "note", "再次"))
                .header("If-Match", etag)
                .post("/api/visit-obligations/" + id + "/not-applicable")
                .then()
                .statusCode(412);
        as(w.staffA())
                .body(Map.of("reason", "OTHER", "note", "再次"))
                .header("If-Match", next)
                .post("/api/visit-obligations/" + id + "/not-applicable")
                .then()
                .statusCode(409);
    }

    @Test
    void generatingByHandIsTheStreetAdminsAndCreatesNothingTwice() {
        as(w.admin())
                .post("/api/visit-rules/" + rule + "/generate")
                .then()
                .statusCode(200)
                .body("periodId", equalTo((int) period))
                .body("created", equalTo(false))
                .body("householdCount", equalTo(2));
        as(w.staffA()).post("/api/visit-rules/" + rule + "/generate").then().statusCode(403);
        long future = visits.rule(
                w.subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.MONTH,
                null,
                BeijingTime.today().plusDays(40));
        as(w.admin()).post("/api/visit-rules/" + future + "/generate").then().statusCode(409);
    }
}
