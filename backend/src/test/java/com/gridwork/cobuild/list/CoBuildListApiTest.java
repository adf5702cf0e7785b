package com.gridwork.cobuild.list;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaLevel;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.PartyFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CoBuildListApiTest {
    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    EntityManager em;

    private Fixtures.World w;
    private long unit;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
        unit = party.unit(w.subDistrict(), 20);
    }

    private long issue(String user, long gridId) {
        long category = as(w.admin())
                .get("/api/issue-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.code == 'OTHER' }.id");
        return as(user).body(Map.of(
                        "categoryId",
                        category,
                        "description",
                        "小区缺少老年助餐点",
                        "urgency",
                        "NORMAL",
                        "channel",
                        "OFFICE",
                        "location",
                        Map.of("areaId", gridId),
                        "reporter",
                        Map.of("name", "王大爷", "phone", "13812345678")))
                .post("/api/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("issue.id");
    }

    private Map<String, Object> need(long communityId, String source, Long issueId) {
        Map<String, Object> body = new HashMap<>();
        body.put("communityId", communityId);
        body.put("fieldCode", "ELDERLY_CARE");
        body.put("title", "独居老人助餐");
        body.put("source", source);
        body.put("issueId", issueId);
        return body;
    }

    private Response createNeed(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/cobuild-needs");
    }

    @Test
    void aNeedRaisedFromATalkDayIssueLinksBackToIt() {
        long issue = issue(w.staffA(), w.gridA1());
        long need = createNeed(w.staffA(), need(w.communityA(), "TALK_DAY_ISSUE", issue))
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("issueId", equalTo((int) issue))
                .body("projects", empty())
                .extract()
                .jsonPath()
                .getLong("id");
        createNeed(w.staffA(), need(w.communityA(), "RESIDENT_SURVEY", null))
                .then()
                .statusCode(201);
        // the issue's detail asks for the needs raised from it
        as(w.workerA1())
                .queryParam("issueId", issue)
                .get("/api/cobuild-needs")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) need));
    }

    @Test
    void theIssueIsRequiredForTalkDayNeedsRefusedForOthersAndMustBeOfTheCommunity() {
        long issueA = issue(w.staffA(), w.gridA1());
        long issueB = issue(w.admin(), w.gridB1());
        createNeed(w.staffA(), need(w.communityA(), "TALK_DAY_ISSUE", null))
                .then()
                .statusCode(400)
                .body("violations.field", contains("issueId"));
        createNeed(w.staffA(), need(w.communityA(), "GRID_VISIT", issueA))
                .then()
                .statusCode(400)
                .body("violations.field", contains("issueId"));
        // outside staff A's scope
        createNeed(w.staffA(), need(w.communityA(), "TALK_DAY_ISSUE", issueB))
                .then()
                .statusCode(400)
                .body("violations.field", contains("issueId"));
        // in the admin's scope, but of another community
        createNeed(w.admin(), need(w.communityA(), "TALK_DAY_ISSUE", issueB))
                .then()
                .statusCode(400)
                .body("violations.field", contains("issueId"));
        Map<String, Object> badField = need(w.communityB(), "OTHER", null);
        badField.put("fieldCode", "NO_SUCH_FIELD");
        createNeed(w.staffA(), badField)
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("communityId", "fieldCode"));
        createNeed(w.workerA1(), need(w.communityA(), "OTHER", null)).then().statusCode(403);
    }

    @Test
    void anOpenNeedClosesOnceWithAReason() {
        long need = createNeed(w.staffA(), need(w.communityA(), "OTHER", null))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String etag = as(w.staffA()).get("/api/cobuild-needs/" + need).header("ETag");
        as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("reason", "已由其他渠道解决"))
                .post("/api/cobuild-needs/" + need + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("已由其他渠道解决"));
        etag = as(w.staffA()).get("/api/cobuild-needs/" + need).header("ETag");
        as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("reason", "再关一次"))
                .post("/api/cobuild-needs/" + need + "/close")
                .then()
                .statusCode(409);
    }

    private Response offer(String user, long unitId) {
        return as(user).body(Map.of("unitId", unitId, "fieldCode", "HEALTH", "title", "每月义诊", "quantity", "每月2次"))
                .post("/api/cobuild-resources");
    }

    @Test
    void aLiaisonOffersAndWithdrawsItsOwnUnitsResourcesOnly() {
        String liaison = party.liaison(unit);
        long otherUnit = party.unit(w.subDistrict(), 3);
        long mine =
                offer(liaison, unit).then().statusCode(201).extract().jsonPath().getLong("id");
        offer(liaison, otherUnit).then().statusCode(400).body("violations.field", contains("unitId"));
        // a liaison's own unit is the default
        as(liaison)
                .body(Map.of("fieldCode", "HEALTH", "title", "健康讲座"))
                .post("/api/cobuild-resources")
                .then()
                .statusCode(201)
                .body("unitId", equalTo((int) unit))
                .body("status", equalTo("AVAILABLE"));
        as(w.staffA())
                .body(Map.of("fieldCode", "HEALTH", "title", "健康讲座"))
                .post("/api/cobuild-resources")
                .then()
                .statusCode(400)
                .body("violations.field", contains("unitId"));
        // community staff record resources for any unit of their sub-district
        long others = offer(w.staffA(), otherUnit)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long foreignSub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "别的街道");
        offer(w.staffA(), party.unit(foreignSub, 1))
                .then()
                .statusCode(400)
                .body("violations.field", contains("unitId"));
        offer(w.workerA1(), unit).then().statusCode(403);

        as(liaison)
                .queryParam("q", "义诊")
                .get("/api/cobuild-resources")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) mine));
        as(liaison).get("/api/cobuild-resources/" + others).then().statusCode(404);
        as(liaison)
                .header("If-Match", "\"0\"")
                .post("/api/cobuild-resources/" + others + "/withdraw")
                .then()
                .statusCode(404);
        String etag = as(liaison).get("/api/cobuild-resources/" + mine).header("ETag");
        as(liaison)
                .header("If-Match", etag)
                .post("/api/cobuild-resources/" + mine + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        // staff of the sub-district read both, a grid worker too
        as(w.workerA1())
                .queryParam("unitId", otherUnit)
                .get("/api/cobuild-resources")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) others));
    }

    @Test
    void aLiaisonReadsTheNeedsOfTheCommunitiesItsUnitIsPairedWith() {
        String liaison = party.liaison(unit);
        party.pair(unit, w.communityA());
        long needA = createNeed(w.staffA(), need(w.communityA(), "UNIT", null))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long needB = createNeed(w.admin(), need(w.communityB(), "UNIT", null))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(liaison).get("/api/cobuild-needs").then().statusCode(200).body("items.id", contains((int) needA));
        as(liaison).get("/api/cobuild-needs/" + needA).then().statusCode(200);
        as(liaison).get("/api/cobuild-needs/" + needB).then().statusCode(404);
        as(liaison).get("/api/cobuild-needs/" + needB + "/chain").then().statusCode(404);
        // staff of community A do not see B's needs
        String staffOfA = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityA());
        as(staffOfA).get("/api/cobuild-needs/" + needB).then().statusCode(404);
    }

    @Test
    void theChainShowsTheProjectsAddressingANeedAndTheResourcesTheyUse() {
        long need = createNeed(w.staffA(), need(w.communityA(), "OTHER", null))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long resource = offer(w.staffA(), unit)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long project = project(w.communityA(), "助老食堂", need, resource);
        as(w.staffA())
                .get("/api/cobuild-needs/" + need + "/chain")
                .then()
                .statusCode(200)
                .body("needId", equalTo((int) need))
                .body("projects.id", contains((int) project))
                .body("projects[0].status", equalTo("IN_PROGRESS"))
                .body("projects[0].resources.id", contains((int) resource))
                .body("projects[0].resources[0].unitId", equalTo((int) unit));
        as(w.staffA())
                .queryParam("areaId", w.communityA())
                .get("/api/cobuild-needs")
                .then()
                .body("items.find { it.id == " + need + " }.projects.title", contains("助老食堂"));
        as(w.staffA()).get("/api/cobuild-resources/" + resource).then().body("projectCount", equalTo(1));
    }

    /** A project row as the projects part writes it (its API is built in parallel). */
    private long project(long communityId, String title, long needId, long resourceId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String path = (String) em.createNativeQuery("select path from area where id = :a")
                    .setParameter("a", communityId)
                    .getSingleResult();
            long staff =
                    ((Number) em.createNativeQuery("select min(id) from staff").getSingleResult()).longValue();
            em.createNativeQuery("insert into cobuild_project (community_id, area_path, field_code, title, status,"
                            + " unit_id, created_by_id, version, created_at, updated_at)"
                            + " values (:c, :p, 'ELDERLY_CARE', :t, 'IN_PROGRESS', :u, :s, 0, now(6), now(6))")
                    .setParameter("c", communityId)
                    .setParameter("p", path)
                    .setParameter("t", title)
                    .setParameter("u", unit)
                    .setParameter("s", staff)
                    .executeUpdate();
            long id = ((Number) em.createNativeQuery("select max(id) from cobuild_project")
                            .getSingleResult())
                    .longValue();
            for (String sql : List.of(
                    "insert into cobuild_project_need (project_id, need_id) values (:p, :x)",
                    "insert into cobuild_project_resource (project_id, resource_id) values (:p, :y)")) {
                var q = em.createNativeQuery(sql).setParameter("p", id);
                q.setParameter(sql.contains(":x") ? "x" : "y", sql.contains(":x") ? needId : resourceId);
                q.executeUpdate();
            }
            return id;
        });
    }
}
