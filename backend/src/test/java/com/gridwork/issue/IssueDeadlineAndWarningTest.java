package com.gridwork.issue;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.gridwork.issue.IssueApi.act;
import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.issue.IssueApi.get;
import static com.gridwork.issue.IssueApi.instant;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class IssueDeadlineAndWarningTest {
    @Inject
    Fixtures fixtures;

    @Inject
    OverdueCheck overdueCheck;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private long receivedAt(String code, long areaId, String at) {
        return IssueApi.receivedAt(w.staffA(), code, areaId, at);
    }

    @Test
    void deadlinesCountWorkingDaysAcrossHolidaysAndAdjustedWeekends() {
        // Received Wed 2026-09-30 10:00 (Beijing), 3 working days: 1-7 Oct are the National Day holiday, so the days
        // are Thu 8, Fri 9 and Sat 10 Oct (an adjusted working Saturday). Due at the end of 10 Oct, Beijing time.
        long national = receivedAt("WATER", w.gridA1(), "2026-09-30T02:00:00Z");
        JsonPath json = get(w.staffA(), national).statusCode(200).extract().jsonPath();
        Instant received = instant(json, "issue.receivedAt");
        Instant due = instant(json, "issue.dueAt");
        assertThat(due).isEqualTo(Instant.parse("2026-10-10T16:00:00Z"));
        assertThat(instant(json, "warnAt")).isEqualTo(received.plusMillis((long)
                (Duration.between(received, due).toMillis() * 0.7)));
        assertThat(json.getString("issue.warning")).isEqualTo("RED");

        // Received Fri 2026-09-18, 1 working day (gas): Sun 20 Sept is worked for the Mid-Autumn holiday.
        long gas = receivedAt("GAS", w.gridA1(), "2026-09-18T09:00:00Z");
        get(w.staffA(), gas).body("issue.dueAt", equalTo("2026-09-20T16:00:00Z"));

        // An approved extension of 2 working days counts from the last day (Sat 10 Oct): Mon 12 and Tue 13 Oct.
        act(w.staffA(), national, "accept", null).statusCode(200);
        act(w.staffA(), national, "assign", Map.of("handlerId", fixtures.staffId(w.workerA1())))
                .statusCode(200);
        act(w.workerA1(), national, "extensions", Map.of("days", 2, "reason", "需供水公司更换管段"))
                .statusCode(200)
                .body("issue.dueAt", equalTo("2026-10-10T16:00:00Z"))
                .body("extensions[0].status", equalTo("PENDING"));
        act(w.workerA1(), national, "extensions", Map.of("days", 1, "reason", "again"))
                .statusCode(409);
        long extension = get(w.staffA(), national).extract().jsonPath().getLong("extensions[0].id");
        act(w.workerA1(), national, "extensions/" + extension + "/approve", null)
                .statusCode(403);
        act(w.staffA(), national, "extensions", Map.of("days", 0, "reason", "x"))
                .statusCode(400)
                .body("violations.field", hasItem("days"));
        JsonPath approved = act(w.staffA(), national, "extensions/" + extension + "/approve", Map.of("comment", "同意"))
                .statusCode(200)
                .body("issue.dueAt", equalTo("2026-10-13T16:00:00Z"))
                .body("extensions[0].previousDueAt", equalTo("2026-10-10T16:00:00Z"))
                .body("extensions[0].newDueAt", equalTo("2026-10-13T16:00:00Z"))
                .extract()
                .jsonPath();
        assertThat(approved.getList("events.type", String.class)).contains("EXTENSION_REQUESTED", "EXTENSION_APPROVED");
        act(w.staffA(), national, "extensions/" + extension + "/reject", Map.of("comment", "x"))
                .statusCode(409);
    }

    @Test
    void warningsAndTheOverdueCheck() {
        long overdue = receivedAt("WATER", w.gridA1(), "2026-10-12T01:00:00Z");
        long fresh = create(w.staffA(), body(category(w.staffA(), "OTHER"), w.gridA1()));
        long worker = fixtures.staffId(w.workerA1());
        act(w.staffA(), overdue, "transfer", Map.of("toStaffId", worker, "reason", "由网格员跟进"))
                .statusCode(200);

        JsonPath attention = as(w.workerA1())
                .get("/api/issues/attention")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(attention.getList("overdue.id", Long.class)).contains(overdue);
        assertThat(attention.getList("dueSoon.id", Long.class)).doesNotContain(overdue, fresh);
        assertThat(as(w.staffA())
                        .queryParam("warning", "RED")
                        .queryParam("areaId", w.communityA())
                        .get("/api/issues")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(overdue);
        get(w.staffA(), fresh).body("issue.warning", equalTo("NONE"));

        assertThat(overdueCheck.run(Instant.now())).isGreaterThanOrEqualTo(1);
        overdueCheck.run(Instant.now());
        JsonPath json = get(w.staffA(), overdue).extract().jsonPath();
        assertThat(json.getList("events.type", String.class)).containsOnlyOnce("OVERDUE");
        assertThat(json.getString("events.find { it.type == 'OVERDUE' }.actor")).isNull();
        assertThat(get(w.staffA(), fresh).extract().jsonPath().getList("events.type", String.class))
                .doesNotContain("OVERDUE");
    }
}
