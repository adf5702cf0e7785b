package com.gridwork.issue.stats;

import com.gridwork.issue.IssueApi;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.gridwork.issue.IssueApi.act;
import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.issue.IssueApi.get;
import static com.gridwork.issue.IssueApi.instant;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class IssueStatsTest {
    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private long receivedAt(String code, long areaId, String at) {
        return IssueApi.receivedAt(w.staffA(), code, areaId, at);
    }

    @Test
    void statisticsCountAnIssueReceivedBeforeThePeriodOnlyWhereItsDeadlineCounts() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String twoDaysAgo = Instant.now().minus(Duration.ofDays(2)).toString();
        // P: received before the period, resolved now, before its deadline in the period: in the deadline count only.
        long p = receivedAt("WATER", w.gridA1(), twoDaysAgo);
        act(w.staffA(), p, "accept", null).statusCode(200);
        act(w.staffA(), p, "assign", Map.of("handlerId", fixtures.staffId(w.staffA())))
                .statusCode(200);
        act(w.staffA(), p, "start", null).statusCode(200);
        act(w.staffA(), p, "resolve", Map.of("comment", "已处理")).statusCode(200);
        // Q: received before the period, open, due later in it: in neither count, so no row for its grid or category.
        long q = receivedAt("OTHER", w.gridA2(), twoDaysAgo);
        assertThat(instant(get(w.staffA(), q).extract().jsonPath(), "issue.dueAt"))
                .isAfter(Instant.now());

        JsonPath stats = as(w.staffA())
                .queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.plusDays(20).toString())
                .queryParam("areaId", w.communityA())
                .get("/api/issues/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stats.getInt("totals.received")).isZero();
        assertThat(stats.getInt("totals.dueCount")).isEqualTo(1);
        assertThat(stats.getInt("totals.onTimeCount")).isEqualTo(1);
        assertThat(stats.getList("byCategory.name", String.class)).containsExactly("供水");
        assertThat(stats.getList("byGrid.id", Long.class)).containsExactly(w.gridA1());
    }

    @Test
    void statisticsCountAnIssueInThePeriodThatContainsItsLastDay() {
        // WATER allows 3 working days. Each issue's last day closes a day, a month and a year; its deadline is stored
        // as the next midnight (Beijing), which must not move it into the following day, month or year.
        record Case(String receivedAt, LocalDate lastDay) {}
        List<Case> cases = List.of(
                new Case("2026-11-11T02:00:00Z", LocalDate.parse("2026-11-16")), // Wed -> Thu, Fri, Mon 16
                new Case("2026-11-25T02:00:00Z", LocalDate.parse("2026-11-30")), // Wed -> Thu, Fri, Mon 30: month end
                new Case("2025-12-26T02:00:00Z", LocalDate.parse("2025-12-31"))); // Fri -> Mon, Tue, Wed 31: year end
        for (Case c : cases) {
            long id = receivedAt("WATER", w.gridA1(), c.receivedAt());
            assertThat(instant(get(w.staffA(), id).extract().jsonPath(), "issue.dueAt"))
                    .isEqualTo(c.lastDay()
                            .plusDays(1)
                            .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                            .toInstant());
            assertThat(dueCount(c.lastDay(), c.lastDay()))
                    .as("due on its last day %s", c.lastDay())
                    .isEqualTo(1);
            assertThat(dueCount(c.lastDay().plusDays(1), c.lastDay().plusDays(1)))
                    .as("not on the day after")
                    .isZero();
        }
        assertThat(dueCount(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")))
                .isEqualTo(2);
        assertThat(dueCount(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31")))
                .isZero();
        assertThat(dueCount(LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-31")))
                .isEqualTo(1);
        assertThat(dueCount(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")))
                .isZero();
        // Open and long past its last day: late, and counted once in the period of its last day.
        JsonPath november = as(w.staffA())
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .queryParam("areaId", w.communityA())
                .get("/api/issues/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(november.getInt("totals.overdueOpen")).isEqualTo(2);
        assertThat(november.getInt("totals.onTimeCount")).isZero();
    }

    private int dueCount(LocalDate from, LocalDate to) {
        return as(w.staffA())
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .queryParam("areaId", w.communityA())
                .get("/api/issues/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("totals.dueCount");
    }

    @Test
    void statisticsCountOpenOverdueIssuesAsLateAndEveryAnswer() {
        long worker = fixtures.staffId(w.workerA1());
        long other = category(w.staffA(), "OTHER");
        // A: received in October, never accepted, long overdue: due in the period and late.
        receivedAt("WATER", w.gridA1(), "2026-10-12T01:00:00Z");
        // B: received now, resolved at once: due later in the period, on time.
        long b = create(w.staffA(), body(other, w.gridA1()));
        // C: received now at community level, open, not yet due: not in the on-time count.
        create(w.staffA(), body(other, w.communityA()));
        // D: rejected: no deadline to meet.
        long d = receivedAt("WATER", w.gridA1(), "2026-10-12T02:00:00Z");
        act(w.staffA(), d, "reject", Map.of("reason", "重复反映")).statusCode(200);
        // E: received in October, resolved now (late), unsatisfied once, then satisfied.
        long e = receivedAt("WATER", w.gridA2(), "2026-10-13T02:00:00Z");
        for (long id : List.of(b, e)) {
            act(w.staffA(), id, "accept", null).statusCode(200);
            act(w.staffA(), id, "assign", Map.of("handlerId", fixtures.staffId(w.staffA())))
                    .statusCode(200);
            act(w.staffA(), id, "start", null).statusCode(200);
            act(w.staffA(), id, "resolve", Map.of("comment", "已处理")).statusCode(200);
        }
        act(w.staffA(), e, "close", Map.of("satisfaction", "UNSATISFIED")).statusCode(200);
        act(w.staffA(), e, "resolve", Map.of("comment", "再次处理")).statusCode(200);
        act(w.staffA(), e, "close", Map.of("satisfaction", "SATISFIED")).statusCode(200);

        LocalDate to = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        JsonPath stats = as(w.staffA())
                .queryParam("from", "2026-10-01")
                .queryParam("to", to.toString())
                .queryParam("areaId", w.communityA())
                .get("/api/issues/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stats.getInt("totals.received")).isEqualTo(5);
        assertThat(stats.getInt("totals.accepted")).isEqualTo(2);
        assertThat(stats.getInt("totals.rejected")).isEqualTo(1);
        assertThat(stats.getInt("totals.resolved")).isEqualTo(2);
        assertThat(stats.getInt("totals.closed")).isEqualTo(1);
        assertThat(stats.getInt("totals.open")).isEqualTo(2);
        assertThat(stats.getInt("totals.dueCount")).isEqualTo(3);
        assertThat(stats.getInt("totals.onTimeCount")).isEqualTo(1);
        assertThat(stats.getDouble("totals.onTimeRate")).isEqualTo(0.3333);
        assertThat(stats.getInt("totals.overdueOpen")).isEqualTo(1);
        assertThat(stats.getInt("totals.feedbackCount")).isEqualTo(2);
        assertThat(stats.getDouble("totals.satisfactionRate")).isEqualTo(0.5);
        assertThat(stats.getDouble("totals.p90ResolveHours"))
                .isGreaterThan(stats.getDouble("totals.avgResolveHours") - 0.1);
        assertThat(stats.getString("reportLine")).isEqualTo("2026-10-01至" + to + "，受理2项，办结1项，按期办结率33.3%，满意率50.0%");
        assertThat(stats.getList("byCategory.name", String.class)).containsExactly("供水", "其他");
        assertThat(stats.getInt("byGrid.find { it.id == null }.metrics.received"))
                .isEqualTo(1);
        assertThat(stats.getInt("byGrid.find { it.id == " + w.gridA2() + " }.metrics.closed"))
                .isEqualTo(1);
        assertThat(stats.getInt("byCommunity[0].metrics.received")).isEqualTo(5);

        // The grid worker's statistics cover their grid only; another community's staff cannot ask for A's.
        JsonPath mine = as(w.workerA1())
                .queryParam("from", "2026-10-01")
                .queryParam("to", to.toString())
                .get("/api/issues/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(mine.getInt("totals.received")).isEqualTo(3);
        String staffB = fixtures.staff(com.gridwork.access.StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB)
                .queryParam("from", "2026-10-01")
                .queryParam("to", to.toString())
                .queryParam("areaId", w.communityA())
                .get("/api/issues/stats")
                .then()
                .statusCode(404);
        as(w.staffA())
                .queryParam("from", "2026-10-01")
                .queryParam("to", "2026-09-01")
                .get("/api/issues/stats")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        as(w.staffA()).get("/api/issues/stats").then().statusCode(400);

        byte[] xlsx = as(w.staffA())
                .queryParam("from", "2026-10-01")
                .queryParam("to", to.toString())
                .queryParam("areaId", w.communityA())
                .get("/api/issues/stats/export")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        as(staffB)
                .queryParam("from", "2026-10-01")
                .queryParam("to", to.toString())
                .queryParam("areaId", w.communityA())
                .get("/api/issues/stats/export")
                .then()
                .statusCode(404);
    }
}
