package com.gridwork.issue;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.gridwork.issue.IssueApi.act;
import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.issue.IssueApi.get;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class IssueWorkflowTest {
    @Inject
    Fixtures fixtures;

    World w;
    long water;

    @BeforeEach
    void world() {
        w = fixtures.world();
        water = category(w.staffA(), "WATER");
    }

    @Test
    void everyAllowedTransitionFromIntakeToClosureIsOnTheTimeline() {
        long worker = fixtures.staffId(w.workerA1());
        Map<String, Object> input = body(water, w.gridA1());
        input.put("receivedById", worker);
        long id = create(w.staffA(), input);
        JsonPath received = get(w.workerA1(), id).statusCode(200).extract().jsonPath();
        assertThat(received.getString("issue.status")).isEqualTo("RECEIVED");
        assertThat(received.getLong("issue.firstResponsible.id")).isEqualTo(worker);
        assertThat(received.getString("reporter.phoneMasked")).isEqualTo("138****5678");
        assertThat(received.getList("allowedActions", String.class))
                .doesNotContain("ACCEPT", "ASSIGN")
                .contains("EDIT", "TRANSFER", "COMMENT");
        assertThat(get(w.staffA(), id).extract().jsonPath().getList("allowedActions", String.class))
                .contains("ACCEPT", "REJECT", "EDIT");

        String etag = get(w.staffA(), id).extract().header("ETag");
        String accepted = as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("comment", "属实"))
                .post("/api/issues/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("issue.status", equalTo("ACCEPTED"))
                .extract()
                .header("ETag");
        assertThat(accepted).isNotEqualTo(etag);
        // The ETag held before the change is stale now.
        as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("handlerId", worker))
                .post("/api/issues/" + id + "/assign")
                .then()
                .statusCode(412);

        act(w.staffA(), id, "assign", Map.of("handlerId", worker, "comment", "请两日内处理"))
                .statusCode(200)
                .body("issue.status", equalTo("ASSIGNED"))
                .body("issue.handler.id", equalTo((int) worker));
        assertThat(get(w.workerA1(), id).extract().jsonPath().getList("allowedActions", String.class))
                .contains("START")
                .doesNotContain("ASSIGN");
        act(w.workerA1(), id, "start", null).statusCode(200).body("issue.status", equalTo("IN_PROGRESS"));
        act(w.workerA1(), id, "resolve", Map.of("comment", "已更换灯泡"))
                .statusCode(200)
                .body("issue.status", equalTo("RESOLVED"));
        act(w.workerA1(), id, "close", Map.of("satisfaction", "UNSATISFIED", "comment", "二楼还是不亮"))
                .statusCode(200)
                .body("issue.status", equalTo("IN_PROGRESS"))
                .body("reopenCount", equalTo(1))
                .body("issue.resolvedAt", equalTo(null));
        act(w.workerA1(), id, "resolve", Map.of("comment", "二楼线路已修复")).statusCode(200);
        JsonPath closed = act(w.workerA1(), id, "close", Map.of("satisfaction", "SATISFIED"))
                .statusCode(200)
                .body("issue.status", equalTo("CLOSED"))
                .body("satisfaction", equalTo("SATISFIED"))
                .extract()
                .jsonPath();

        List<String> types = closed.getList("events.type", String.class);
        assertThat(types)
                .containsExactly(
                        "RECEIVED", "ACCEPTED", "ASSIGNED", "STARTED", "RESOLVED", "REOPENED", "RESOLVED", "CLOSED");
        assertThat(closed.getString("events[1].fromStatus")).isEqualTo("RECEIVED");
        assertThat(closed.getString("events[1].toStatus")).isEqualTo("ACCEPTED");
        assertThat(closed.getString("events[1].comment")).isEqualTo("属实");
        assertThat(closed.getString("events[1].actor.displayName")).isNotBlank();
        assertThat(closed.getString("events[2].detail")).isNotBlank();
        assertThat(closed.getString("events[5].detail")).isEqualTo("UNSATISFIED");
        assertThat(closed.getList("allowedActions", String.class)).containsExactly("COMMENT");
    }

    @Test
    void illegalTransitionsAreConflictsThatNameStateAndAction() {
        long id = create(w.staffA(), body(water, w.gridA1()));
        act(w.staffA(), id, "resolve", Map.of("comment", "x"))
                .statusCode(409)
                .body("detail", containsString("已登记"))
                .body("detail", containsString("办理完成"));
        act(w.staffA(), id, "close", Map.of("satisfaction", "SATISFIED")).statusCode(409);
        act(w.staffA(), id, "start", null).statusCode(409);
        act(w.staffA(), id, "reject", Map.of()).statusCode(400).body("violations.field", hasItem("reason"));
        act(w.staffA(), id, "reject", Map.of("reason", "不属于社区职责，已告知居民拨打12345"))
                .statusCode(200)
                .body("issue.status", equalTo("REJECTED"));
        as(w.staffA())
                .header("Accept-Language", "en-US")
                .body(Map.of("handlerId", fixtures.staffId(w.workerA1())))
                .post("/api/issues/" + id + "/assign")
                .then()
                .statusCode(409)
                .body("detail", equalTo("An issue that is rejected cannot be given the action \"assign\"."));
        act(w.staffA(), id, "accept", null).statusCode(409);

        long other = create(w.staffA(), body(water, w.gridA1()));
        act(w.staffA(), other, "accept", null).statusCode(200);
        act(w.staffA(), other, "accept", null).statusCode(409);
    }

    @Test
    void whoMayActIsCheckedAfterTheState() {
        long worker = fixtures.staffId(w.workerA1());
        String otherWorker = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        long id = create(w.staffA(), body(water, w.gridA1()));
        act(w.workerA1(), id, "accept", null).statusCode(403);
        act(w.viewer(), id, "accept", null).statusCode(403);
        get(w.viewer(), id).statusCode(200).body("allowedActions", equalTo(List.of()));
        get(staffB, id).statusCode(404);
        act(staffB, id, "accept", null).statusCode(404);
        act(w.staffA(), id, "accept", null).statusCode(200);
        act(w.staffA(), id, "assign", Map.of("handlerId", worker)).statusCode(200);
        // Only the handler (or a manager) works on it.
        act(otherWorker, id, "start", null).statusCode(403);
        act(w.workerA1(), id, "start", null).statusCode(200);
        // A handler must work in the issue's community.
        act(w.staffA(), id, "assign", Map.of("handlerId", fixtures.staffId(staffB)))
                .statusCode(400)
                .body("violations.field", hasItem("handlerId"));
        // Escalated: the sub-district decides who handles it.
        act(w.workerA1(), id, "escalate", Map.of("reason", "涉及市政管网，社区无法处理"))
                .statusCode(200)
                .body("issue.status", equalTo("ACCEPTED"))
                .body("issue.escalated", equalTo(true))
                .body("issue.handler", equalTo(null));
        act(w.workerA1(), id, "escalate", Map.of("reason", "again")).statusCode(403);
        act(w.staffA(), id, "assign", Map.of("handlerId", worker)).statusCode(403);
        act(w.admin(), id, "assign", Map.of("handlerId", fixtures.staffId(w.staffA())))
                .statusCode(200);
    }

    @Test
    void aGridWorkerSeesTheirGridsAndWhatTheyHandleNothingElse() {
        long worker = fixtures.staffId(w.workerA1());
        long own = create(w.workerA1(), body(water, w.gridA1()));
        long elsewhere = create(w.staffA(), body(water, w.gridA2()));
        long assigned = create(w.staffA(), body(water, w.gridA2()));
        long community = create(w.staffA(), body(water, w.communityA()));
        act(w.staffA(), assigned, "accept", null).statusCode(200);
        act(w.staffA(), assigned, "assign", Map.of("handlerId", worker)).statusCode(200);

        List<Long> seen = as(w.workerA1())
                .queryParam("size", 100)
                .get("/api/issues")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertThat(seen).contains(own, assigned).doesNotContain(elsewhere, community);
        get(w.workerA1(), elsewhere).statusCode(404);
        get(w.workerA1(), community).statusCode(404);
        get(w.workerA1(), assigned).statusCode(200);
        assertThat(as(w.workerA1())
                        .queryParam("involvingMe", true)
                        .get("/api/issues")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactlyInAnyOrder(own, assigned);
        // Nor can they take in issues outside their grids.
        as(w.workerA1())
                .body(body(water, w.gridA2()))
                .post("/api/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("location.areaId"));
        List<Long> staffSees = as(w.staffA())
                .queryParam("areaId", w.communityA())
                .queryParam("size", 100)
                .get("/api/issues")
                .then()
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertThat(staffSees).contains(own, elsewhere, assigned, community);
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        assertThat(as(staffB).get("/api/issues").then().extract().jsonPath().getList("items.id", Long.class))
                .doesNotContain(own, elsewhere);
        as(w.viewer()).body(body(water, w.gridA1())).post("/api/issues").then().statusCode(403);
    }

    @Test
    void theFirstResponsiblePersonStaysOnRecordThroughTransfers() {
        long staff = fixtures.staffId(w.staffA());
        long worker = fixtures.staffId(w.workerA1());
        long id = create(w.staffA(), body(water, w.gridA1()));
        get(w.staffA(), id)
                .body("issue.firstResponsible.id", equalTo((int) staff))
                .body("receivedBy.id", equalTo((int) staff));
        act(w.staffA(), id, "transfer", Map.of("toStaffId", worker, "reason", "网格员熟悉情况，由其跟进"))
                .statusCode(200)
                .body("issue.firstResponsible.id", equalTo((int) worker))
                .body("receivedBy.id", equalTo((int) staff));
        JsonPath after = get(w.workerA1(), id).statusCode(200).extract().jsonPath();
        assertThat(after.getList("events.type", String.class)).containsExactly("RECEIVED", "TRANSFERRED");
        assertThat(after.getString("events[1].comment")).isEqualTo("网格员熟悉情况，由其跟进");
        assertThat(after.getString("events[1].detail")).contains("→");
        // The new first-responsible person may record the resident's word later; the transfer needs a colleague.
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        act(w.workerA1(), id, "transfer", Map.of("toStaffId", fixtures.staffId(staffB), "reason", "x"))
                .statusCode(400)
                .body("violations.field", hasItem("toStaffId"));
        act(w.workerA1(), id, "transfer", Map.of("toStaffId", worker, "reason", "x"))
                .statusCode(400);
        // A street-admin of the whole platform (no areas) works everywhere.
        long platformAdmin = fixtures.staffId(fixtures.staff(StaffRole.STREET_ADMIN));
        act(w.workerA1(), id, "transfer", Map.of("toStaffId", platformAdmin, "reason", "街道统筹"))
                .statusCode(200)
                .body("issue.firstResponsible.id", equalTo((int) platformAdmin));
        Map<String, Object> byAdmin = body(water, w.gridA1());
        byAdmin.put("receivedById", platformAdmin);
        create(w.staffA(), byAdmin);
        act(w.workerA1(), id, "transfer", Map.of("toStaffId", staff))
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
    }

    @Test
    void revealingTheReportersPhoneIsAuditedAndRefusedOutsideScope() {
        long id = create(w.staffA(), body(water, w.gridA1()));
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB)
                .body(Map.of("reason", "回访核实"))
                .post("/api/issues/" + id + "/reveal-phone")
                .then()
                .statusCode(404);
        as(w.viewer())
                .body(Map.of("reason", "回访核实"))
                .post("/api/issues/" + id + "/reveal-phone")
                .then()
                .statusCode(403);
        as(w.staffA())
                .body(Map.of())
                .post("/api/issues/" + id + "/reveal-phone")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(w.staffA())
                .body(Map.of("reason", "电话回访核实办理结果"))
                .post("/api/issues/" + id + "/reveal-phone")
                .then()
                .statusCode(200)
                .body("value", equalTo("13812345678"));
        assertThat(as(w.staffA())
                        .queryParam("action", "REVEAL_PHONE")
                        .get("/api/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.reason", String.class))
                .contains("电话回访核实办理结果");
    }

    @Test
    void intakeValidatesEveryFieldAndCorrectionsNeedIfMatch() {
        Map<String, Object> bad = body(water, w.gridA1());
        bad.put("reporter", Map.of("phone", "12"));
        bad.put("description", "");
        as(w.staffA())
                .body(bad)
                .post("/api/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("description"));
        bad.put("description", "x");
        as(w.staffA())
                .body(bad)
                .post("/api/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reporter.name"));
        bad.put("reporter", Map.of("name", "张", "phone", "12"));
        as(w.staffA())
                .body(bad)
                .post("/api/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reporter.phone"));
        bad.put("reporter", Map.of("name", "张"));
        bad.put("location", Map.of("areaId", w.subDistrict()));
        as(w.admin())
                .body(bad)
                .post("/api/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("location.areaId"));
        bad.put("location", Map.of("areaId", w.gridA1()));
        bad.put("receivedAt", "2099-01-01T00:00:00Z");
        as(w.staffA())
                .body(bad)
                .post("/api/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("receivedAt"));

        long id = create(w.staffA(), body(water, w.gridA1()));
        Map<String, Object> update = Map.of(
                "categoryId",
                category(w.staffA(), "OTHER"),
                "description",
                "改：楼道灯与门禁都坏了",
                "urgency",
                "HIGH",
                "location",
                Map.of("areaId", w.gridA1(), "address", "3号楼2单元"),
                "reporter",
                Map.of("name", "王大爷"));
        as(w.staffA()).body(update).put("/api/issues/" + id).then().statusCode(428);
        String etag = get(w.staffA(), id).extract().header("ETag");
        as(w.staffA())
                .header("If-Match", etag)
                .body(update)
                .put("/api/issues/" + id)
                .then()
                .statusCode(200)
                .body("issue.categoryName", equalTo("其他"))
                .body("timeLimitDays", equalTo(10))
                .body("issue.locationText", equalTo("3号楼2单元"))
                .body("reporter.phoneMasked", equalTo("138****5678"))
                .body("events.type", hasItem("EDITED"));
        get(w.staffA(), id).body("issue.summary", not(equalTo("楼道灯不亮，晚上出行不便")));
        // A blank phone keeps the number on record (clients only see it masked); clearPhone removes it.
        Map<String, Object> clear = new java.util.HashMap<>(update);
        clear.put("reporter", Map.of("name", "王大爷", "clearPhone", true));
        as(w.staffA())
                .header("If-Match", get(w.staffA(), id).extract().header("ETag"))
                .body(clear)
                .put("/api/issues/" + id)
                .then()
                .statusCode(200)
                .body("reporter.phoneMasked", equalTo(null));
    }
}
