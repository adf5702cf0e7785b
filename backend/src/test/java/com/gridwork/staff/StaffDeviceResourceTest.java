package com.gridwork.staff;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A phone reports its syncs (PUT /api/me/devices/{deviceId}); administrators read them per account. */
@QuarkusTest
class StaffDeviceResourceTest {
    @Inject
    Fixtures fixtures;

    World w;
    long workerId;

    @BeforeEach
    void world() {
        w = fixtures.world();
        workerId = fixtures.staffId(w.workerA1());
    }

    private static JsonPath report(String username, String deviceId, String label, int unsent) {
        return as(username)
                .header("User-Agent", "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36")
                .body(Map.of("label", label, "unsentCount", unsent))
                .put("/api/me/devices/" + deviceId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private JsonPath devicesOf(String admin, long staffId) {
        return as(admin)
                .get("/api/staff/" + staffId + "/devices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theFirstReportCreatesTheDeviceAndTheNextOnesUpdateIt() throws InterruptedException {
        String device = UUID.randomUUID().toString();
        Instant before = Instant.now();
        JsonPath first = report(w.workerA1(), device.toUpperCase(), "Chrome on Android", 3);
        assertThat(first.getString("deviceId")).isEqualTo(device);
        assertThat(first.getString("label")).isEqualTo("Chrome on Android");
        assertThat(first.getInt("unsentCount")).isEqualTo(3);
        Instant firstSeen = Instant.parse(first.getString("firstSeenAt"));
        Instant firstSync = Instant.parse(first.getString("lastSyncAt"));
        assertThat(firstSync).isEqualTo(firstSeen).isAfterOrEqualTo(before.minusMillis(1));

        Thread.sleep(5);
        JsonPath second = report(w.workerA1(), device, "  Safari on iPhone ", 0);
        assertThat(second.getString("label")).isEqualTo("Safari on iPhone");
        assertThat(second.getInt("unsentCount")).isZero();
        assertThat(Instant.parse(second.getString("firstSeenAt"))).isEqualTo(firstSeen);
        assertThat(Instant.parse(second.getString("lastSyncAt"))).isAfter(firstSync);

        JsonPath listed = devicesOf(w.admin(), workerId);
        assertThat(listed.getList("deviceId")).containsExactly(device);
        assertThat(listed.getInt("[0].unsentCount")).isZero();
        assertThat(listed.getString("[0].lastSyncAt")).isEqualTo(second.getString("lastSyncAt"));
    }

    @Test
    void listsTheAccountsDevicesTheLatestSyncFirstAndOnlyItsOwn() throws InterruptedException {
        String older = UUID.randomUUID().toString();
        String newer = UUID.randomUUID().toString();
        report(w.workerA1(), older, "Firefox on Android", 2);
        Thread.sleep(5);
        report(w.workerA1(), newer, "Chrome on Android", 0);
        // the same device id under another account is that account's device
        report(w.staffA(), older, "Edge on Windows", 7);

        assertThat(devicesOf(w.admin(), workerId).getList("deviceId")).containsExactly(newer, older);
        JsonPath staffs = devicesOf(w.admin(), fixtures.staffId(w.staffA()));
        assertThat(staffs.getList("label")).containsExactly("Edge on Windows");
        assertThat(staffs.getInt("[0].unsentCount")).isEqualTo(7);
        assertThat(devicesOf(w.admin(), fixtures.staffId(w.viewer())).getList("deviceId"))
                .isEmpty();
    }

    @Test
    void anAccountOutsideTheAdministratorsScopeIsNotFound() {
        report(w.workerA1(), UUID.randomUUID().toString(), "Chrome on Android", 1);
        World other = fixtures.world();
        as(other.admin())
                .get("/api/staff/" + workerId + "/devices")
                .then()
                .statusCode(404)
                .body("status", equalTo(404));
        as(w.admin()).get("/api/staff/999999999/devices").then().statusCode(404);
        // the account's own administrator may; the worker itself may not read accounts
        devicesOf(w.admin(), workerId);
        as(w.workerA1()).get("/api/staff/" + workerId + "/devices").then().statusCode(403);
    }

    @Test
    void refusesABadReportNamingEveryField() {
        as(w.workerA1())
                .header("Accept-Language", "en-US")
                .body(Map.of("label", " \u200B ", "unsentCount", -1))
                .put("/api/me/devices/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("deviceId", "label", "unsentCount"));
        as(w.workerA1())
                .body(Map.of("label", "x".repeat(121), "unsentCount", 100_001))
                .put("/api/me/devices/" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("label", "unsentCount"));
        as(w.workerA1())
                .body(Map.of("label", "x".repeat(120), "unsentCount", 100_000))
                .put("/api/me/devices/" + UUID.randomUUID())
                .then()
                .statusCode(200);
        as(w.workerA1())
                .body(Map.of())
                .put("/api/me/devices/" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("label", "unsentCount"));
        as(w.workerA1())
                .delete("/api/me/devices/12345")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("deviceId")));
    }

    @Test
    void parallelFirstReportsOfOneDeviceMakeOneRow() throws Exception {
        String device = UUID.randomUUID().toString();
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                int unsent = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return as(w.workerA1())
                            .body(Map.of("label", "Chrome on Android", "unsentCount", unsent))
                            .put("/api/me/devices/" + device)
                            .statusCode();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(devicesOf(w.admin(), workerId).getList("deviceId")).containsExactly(device);
    }

    @Test
    void signingOutForgetsTheDeviceOfTheCallerOnly() {
        String device = UUID.randomUUID().toString();
        report(w.workerA1(), device, "Chrome on Android", 4);
        report(w.staffA(), device, "Chrome on Android", 1);
        as(w.workerA1()).delete("/api/me/devices/" + device).then().statusCode(204);
        as(w.workerA1()).delete("/api/me/devices/" + device).then().statusCode(204);
        as(w.admin())
                .get("/api/staff/" + workerId + "/devices")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        assertThat(devicesOf(w.admin(), fixtures.staffId(w.staffA())).getList("deviceId"))
                .containsExactly(device);
    }

    @Test
    void everyRoleReportsItsOwnDevices() {
        for (StaffRole role : StaffRole.values()) {
            String account = fixtures.staff(role, w.gridA1());
            report(account, UUID.randomUUID().toString(), "Chrome on Android", 0);
        }
    }

    @Test
    void keepsTheUserAgentStrippedAndShort() {
        assertThat(StaffDeviceService.trimmed(null)).isNull();
        assertThat(StaffDeviceService.trimmed("  ")).isNull();
        assertThat(StaffDeviceService.trimmed(" Mozilla/5.0 ")).isEqualTo("Mozilla/5.0");
        assertThat(StaffDeviceService.trimmed("a".repeat(300))).hasSize(255);
        // never half a character: a surrogate pair across the cut is left out whole
        assertThat(StaffDeviceService.trimmed("a".repeat(254) + "𪚥" + "b")).isEqualTo("a".repeat(254));
    }
}
