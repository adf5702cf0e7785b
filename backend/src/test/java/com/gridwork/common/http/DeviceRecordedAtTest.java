package com.gridwork.common.http;

import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.VisitFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The device's own time of a write: stored and shown beside the server's, never driving a rule. */
@QuarkusTest
class DeviceRecordedAtTest {
    private static final String HEADER = "Device-Recorded-At";

    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private static String withOffset(Instant at) {
        return at.atOffset(ZoneOffset.ofHours(8)).toString();
    }

    @Test
    void aVisitKeepsTheDeviceTimeBesideItsReceiptAndNoRuleReadsIt() {
        long household = visits.household(w.gridA1());
        // 40 days old: a visit that old would be refused (30 days), but the device's time is not the visit's
        Instant device = Instant.now().minus(Duration.ofDays(40)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonPath recorded = as(w.workerA1())
                .header(HEADER, withOffset(device))
                .body(VisitFixtures.visitBody(household))
                .post("/api/visits")
                .then()
                .statusCode(201)
                .body("deviceRecordedAt", equalTo(device.toString()))
                .body("visitedOn", equalTo(BeijingTime.today().toString()))
                .extract()
                .jsonPath();
        assertThat(Instant.parse(recorded.getString("receivedAt")))
                .isAfter(Instant.now().minusSeconds(60));
        as(w.staffA())
                .get("/api/visits/" + recorded.getLong("id"))
                .then()
                .statusCode(200)
                .body("deviceRecordedAt", equalTo(device.toString()));
        as(w.workerA1())
                .body(VisitFixtures.visitBody(household))
                .post("/api/visits")
                .then()
                .statusCode(201)
                .body("deviceRecordedAt", nullValue());
    }

    @Test
    void anIssueAndEachStepKeepTheDeviceTimeButTheDeadlineFollowsTheServer() {
        long water = category(w.staffA(), "WATER");
        Instant device = Instant.parse("2020-03-02T01:00:00Z");
        JsonPath withDevice = as(w.staffA())
                .header(HEADER, withOffset(device))
                .body(body(water, w.gridA1()))
                .post("/api/issues")
                .then()
                .statusCode(201)
                .body("deviceRecordedAt", equalTo(device.toString()))
                .body("events[0].type", equalTo("RECEIVED"))
                .body("events[0].deviceRecordedAt", equalTo(device.toString()))
                .extract()
                .jsonPath();
        JsonPath without = as(w.staffA())
                .body(body(water, w.gridA1()))
                .post("/api/issues")
                .then()
                .statusCode(201)
                .body("deviceRecordedAt", nullValue())
                .extract()
                .jsonPath();
        // the deadline and its warning come from the server's receipt, as for an issue sent without a device time
        Instant due = Instant.parse(withDevice.getString("issue.dueAt"));
        assertThat(due).isAfter(Instant.now());
        assertThat(Duration.between(Instant.parse(without.getString("issue.dueAt")), due)
                        .abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(withDevice.getString("issue.warning")).isEqualTo(without.getString("issue.warning"));

        long id = withDevice.getLong("issue.id");
        Instant accepted = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        as(w.staffA())
                .header(HEADER, accepted.toString())
                .body(Map.of())
                .post("/api/issues/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("events.type", contains("RECEIVED", "ACCEPTED"))
                .body("events[1].deviceRecordedAt", equalTo(accepted.toString()))
                .body("events[1].at", org.hamcrest.Matchers.not(equalTo(accepted.toString())));
        as(w.staffA())
                .body(Map.of("comment", "已电话联系"))
                .post("/api/issues/" + id + "/comments")
                .then()
                .statusCode(200)
                .body("events[2].type", equalTo("COMMENTED"))
                .body("events[2].deviceRecordedAt", nullValue());
    }

    @Test
    void anUnreadableDeviceTimeIsA400NamingTheHeader() {
        long household = visits.household(w.gridA1());
        as(w.workerA1())
                .header(HEADER, "2026-05-01 09:30")
                .header("Accept-Language", "en-US")
                .body(VisitFixtures.visitBody(household))
                .post("/api/visits")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(HEADER))
                .body("violations[0].message", containsString("ISO-8601"));
        long issue = create(w.staffA(), body(category(w.staffA(), "WATER"), w.gridA1()));
        as(w.staffA())
                .header(HEADER, "yesterday")
                .body(Map.of("comment", "备注"))
                .post("/api/issues/" + issue + "/comments")
                .then()
                .statusCode(400)
                .body("violations.field", contains(HEADER))
                .body("violations[0].message", containsString("ISO-8601"));
        // nothing was written by the refused step
        as(w.staffA()).get("/api/issues/" + issue).then().statusCode(200).body("events.size()", equalTo(1));
        // operations that do not take a device time ignore the header
        as(w.staffA())
                .header(HEADER, "yesterday")
                .get("/api/issues/" + issue)
                .then()
                .statusCode(200);
    }
}
