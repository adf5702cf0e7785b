package com.gridwork.visit.rule;

import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.visit.obligation.ObligationStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The visit rules API: the defaults on first reading, validation, what may change once periods exist, scope. */
@QuarkusTest
class VisitRuleResourceTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    EntityManager em;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private Map<String, Object> everyTenDays(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("subDistrictId", w.subDistrict());
        body.put("name", name);
        body.put("target", "CARE_TAGGED");
        body.put("codes", List.of("ELDERLY_ALONE"));
        body.put("responsible", "GRID_WORKER");
        body.put("periodKind", "EVERY_N_DAYS");
        body.put("periodDays", 10);
        body.put("anchorDate", BeijingTime.today().toString());
        body.put("visitsRequired", 2);
        body.put("modes", List.of("IN_HOME", "PHONE"));
        return body;
    }

    private JsonPath create(Map<String, Object> body) {
        return as(w.admin())
                .body(body)
                .post("/api/visit-rules")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void theDefaultsAppearOnFirstReadingWithTheirRunningPeriod() {
        LocalDate today = BeijingTime.today();
        LocalDate halfYearStart = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        as(w.staffA())
                .queryParam("subDistrictId", w.subDistrict())
                .get("/api/visit-rules")
                .then()
                .statusCode(200)
                .body("name", containsInAnyOrder("网格员半年全覆盖走访", "结对帮扶每月走访"))
                .body("find { it.defaultRule == 'GRID_HALF_YEAR' }.modes", containsInAnyOrder("IN_HOME", "AT_DOOR"))
                .body("find { it.defaultRule == 'GRID_HALF_YEAR' }.anchorDate", equalTo(halfYearStart.toString()))
                .body(
                        "find { it.defaultRule == 'GRID_HALF_YEAR' }.currentPeriod.startsOn",
                        equalTo(halfYearStart.toString()))
                .body("find { it.defaultRule == 'GRID_HALF_YEAR' }.currentPeriod.id", nullValue())
                .body("find { it.defaultRule == 'PAIRED_MONTHLY' }.responsible", equalTo("HELPER"))
                .body("find { it.defaultRule == 'PAIRED_MONTHLY' }.modes", hasSize(4));
        // the caller's own sub-district without naming it: the same two, not made again
        as(w.workerA1()).get("/api/visit-rules").then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void createAndChangeAnNDayRule() {
        JsonPath made = create(everyTenDays("独居老人十天一访"));
        long id = made.getLong("id");
        assertThat(made.getString("currentPeriod.startsOn"))
                .isEqualTo(BeijingTime.today().toString());
        assertThat(made.getString("currentPeriod.endsOn"))
                .isEqualTo(BeijingTime.today().plusDays(9).toString());
        Map<String, Object> change = everyTenDays("独居老人十天一访（改）");
        change.put("modes", List.of("IN_HOME", "AT_DOOR", "VIDEO"));
        as(w.admin())
                .header("If-Match", "\"" + made.getLong("version") + "\"")
                .body(change)
                .put("/api/visit-rules/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("独居老人十天一访（改）"))
                .body("modes", containsInAnyOrder("IN_HOME", "AT_DOOR", "VIDEO"));
        // the old version is gone
        as(w.admin())
                .header("If-Match", "\"" + made.getLong("version") + "\"")
                .body(change)
                .put("/api/visit-rules/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    void everyFaultAtOnce() {
        create(everyTenDays("重名规则"));
        Map<String, Object> bad = everyTenDays("重名规则");
        bad.put("codes", List.of("NO_SUCH_TAG"));
        bad.put("responsible", "HELPER");
        bad.put("periodDays", 400);
        bad.put("anchorDate", BeijingTime.today().minusYears(2).toString());
        bad.put("visitsRequired", 32);
        bad.put("modes", List.of());
        as(w.admin())
                .body(bad)
                .post("/api/visit-rules")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        containsInAnyOrder(
                                "name", "codes", "responsible", "periodDays", "anchorDate", "visitsRequired", "modes"));
    }

    @Test
    void codesFollowTheTarget() {
        Map<String, Object> careWithout = everyTenDays("无标签");
        careWithout.put("codes", List.of());
        Map<String, Object> allWith = everyTenDays("全部带标签");
        allWith.put("target", "ALL_HOUSEHOLDS");
        Map<String, Object> monthWithDays = everyTenDays("月度带天数");
        monthWithDays.put("periodKind", "MONTH");
        for (Map<String, Object> body : List.of(careWithout, allWith, monthWithDays)) {
            as(w.admin()).body(body).post("/api/visit-rules").then().statusCode(400);
        }
        // a household tag counts as a care code too; a pairing rule may list no type (= every type)
        Map<String, Object> tagged = everyTenDays("低保户");
        tagged.put("codes", List.of("MINIMUM_LIVING"));
        create(tagged);
        Map<String, Object> paired = everyTenDays("结对全部类型");
        paired.put("target", "PAIRED");
        paired.put("responsible", "HELPER");
        paired.put("codes", List.of());
        create(paired);
        Map<String, Object> pairedUnknown = everyTenDays("结对未知类型");
        pairedUnknown.put("target", "PAIRED");
        pairedUnknown.put("codes", List.of("ELDERLY_ALONE", "NOPE"));
        as(w.admin())
                .body(pairedUnknown)
                .post("/api/visit-rules")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("codes"));
    }

    @Test
    void onceAPeriodExistsOnlyNameModesAndCountChange() {
        JsonPath made = create(everyTenDays("已生成周期"));
        long id = made.getLong("id");
        // a rule whose first period has begun starts it when it is created: its denominator is fixed then
        long period = made.getLong("currentPeriod.id");
        assertThat(made.getBoolean("hasPeriods")).isTrue();
        long households = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM visit_obligation WHERE period_id = :p")
                                .setParameter("p", period)
                                .getSingleResult())
                        .longValue());

        Map<String, Object> other = everyTenDays("已生成周期");
        other.put("periodDays", 14);
        as(w.admin())
                .header("If-Match", "\"" + made.getLong("version") + "\"")
                .body(other)
                .put("/api/visit-rules/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString("停用"));

        Map<String, Object> terms = everyTenDays("已生成周期（新名）");
        terms.put("visitsRequired", 3);
        terms.put("modes", List.of("AT_DOOR"));
        as(w.admin())
                .header("If-Match", "\"" + made.getLong("version") + "\"")
                .body(terms)
                .put("/api/visit-rules/" + id)
                .then()
                .statusCode(200)
                .body("visitsRequired", equalTo(3))
                .body("hasPeriods", equalTo(true))
                .body("currentPeriod.id", equalTo((int) period));
        as(w.viewer())
                .get("/api/visit-rules/" + id + "/periods")
                .then()
                .statusCode(200)
                .body("id", containsInAnyOrder((int) period))
                .body("[0].householdCount", equalTo((int) households));
    }

    @Test
    void switchingOffEndsTheRunningPeriodsOpenObligations() {
        JsonPath made = create(everyTenDays("将停用"));
        long id = made.getLong("id");
        long period = made.getLong("currentPeriod.id");
        long obligation = obligation(id, period, visits.household(w.gridA1(), "ELDERLY_ALONE"));
        as(w.admin())
                .post("/api/visit-rules/" + id + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        String status = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT CONCAT(status, '/', not_applicable_reason) FROM visit_obligation WHERE id = :id")
                .setParameter("id", obligation)
                .getSingleResult());
        assertThat(status).isEqualTo("NOT_APPLICABLE/RULE_DEACTIVATED");
        as(w.admin())
                .post("/api/visit-rules/" + id + "/activate")
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void communityStaffReadButDoNotWriteAndAnotherSubDistrictsRuleIsNotThere() {
        long id = create(everyTenDays("范围")).getLong("id");
        as(w.staffA()).get("/api/visit-rules/" + id).then().statusCode(200);
        as(w.staffA()).body(everyTenDays("范围")).post("/api/visit-rules").then().statusCode(403);
        as(w.staffA()).post("/api/visit-rules/" + id + "/deactivate").then().statusCode(403);

        World other = fixtures.world();
        as(other.admin()).get("/api/visit-rules/" + id).then().statusCode(404);
        as(other.staffA()).get("/api/visit-rules/" + id + "/periods").then().statusCode(404);
        as(other.admin()).post("/api/visit-rules/" + id + "/deactivate").then().statusCode(404);
        as(other.admin())
                .queryParam("subDistrictId", w.subDistrict())
                .get("/api/visit-rules")
                .then()
                .statusCode(404);
        // a sub-district in the body that is not the caller's: 400 naming it
        as(other.admin())
                .body(everyTenDays("他人街道"))
                .post("/api/visit-rules")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("subDistrictId"));
    }

    private long obligation(long ruleId, long periodId, long householdId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO visit_obligation (period_id, rule_id, household_id, grid_id, area_path,"
                            + " starts_on, ends_on, due_on, visits_required, status, created_at, updated_at)"
                            + " SELECT p.id, p.rule_id, h.id, h.grid_id, h.area_path, p.starts_on, p.ends_on,"
                            + " p.due_on, 1, :open, NOW(6), NOW(6) FROM visit_period p, household h"
                            + " WHERE p.id = :p AND h.id = :h")
                    .setParameter("open", ObligationStatus.OPEN.name())
                    .setParameter("p", periodId)
                    .setParameter("h", householdId)
                    .executeUpdate();
            return ((Number) em.createNativeQuery("SELECT MAX(id) FROM visit_obligation")
                            .getSingleResult())
                    .longValue();
        });
    }
}
