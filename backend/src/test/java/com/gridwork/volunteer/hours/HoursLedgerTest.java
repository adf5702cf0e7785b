package com.gridwork.volunteer.hours;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The hours ledger through the API: entries are appended and decided once; a reversal undoes a confirmed entry with a
 * negative row; a locked month takes no entries and no decisions; only confirmed minutes count, and the volunteer's
 * running total always equals the ledger's sum, also under parallel decisions. Each test has a sub-district of its own.
 */
@QuarkusTest
class HoursLedgerTest {
    private static final LocalDate TODAY = LedgerRules.today();
    /** A day in a month that has ended. */
    private static final LocalDate LAST_MONTH = TODAY.minusMonths(1).withDayOfMonth(10);

    @Inject
    Fixtures fixtures;

    @Inject
    HoursFixtures hours;

    private static Map<String, Object> entry(LocalDate day, int minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceDate", day.toString());
        body.put("minutes", minutes);
        body.put("description", "社区敬老院陪伴老人");
        return body;
    }

    private static long backfill(String user, long volunteerId, LocalDate day, int minutes) {
        return as(user).body(entry(day, minutes))
                .post("/api/volunteers/" + volunteerId + "/hours")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("source", equalTo("BACKFILL"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static JsonPath decide(String user, String decision, Long... ids) {
        return as(user).body(Map.of("entryIds", List.of(ids), "decision", decision, "reason", "材料不全"))
                .post("/api/volunteer-hours/decisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath ledger(String user, long volunteerId) {
        return as(user).get("/api/volunteers/" + volunteerId + "/hours?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void onlyConfirmedMinutesCountAndTheTotalFollowsEveryDecision() {
        World w = fixtures.world();
        long v = hours.volunteer(w.communityA(), "张志愿", null);
        long a = backfill(w.admin(), v, LAST_MONTH, 120);
        long b = backfill(w.staffA(), v, LAST_MONTH, 90);
        long c = backfill(w.admin(), v, TODAY, 45);

        JsonPath before = ledger(w.admin(), v);
        assertThat(before.getLong("totals.submittedMinutes")).isEqualTo(255);
        assertThat(before.getLong("totals.confirmedMinutes")).isZero();

        JsonPath answer = decide(w.staffA(), "CONFIRM", a, b);
        assertThat(answer.getList("decided.id", Long.class)).containsExactly(a, b);
        decide(w.admin(), "REJECT", c);

        JsonPath after = ledger(w.admin(), v);
        assertThat(after.getLong("totals.confirmedMinutes")).isEqualTo(210);
        assertThat(after.getLong("totals.submittedMinutes")).isZero();
        assertThat(after.getLong("totals.rejectedMinutes")).isEqualTo(45);
        assertThat(after.getString("entries.find { it.id == " + c + " }.reason"))
                .isEqualTo("材料不全");
        assertThat(hours.confirmedMinutes(v)).isEqualTo(210).isEqualTo(hours.ledgerSum(v));
    }

    @Test
    void aDecidedEntryIsReportedNotDecidedAgain() {
        World w = fixtures.world();
        long v = hours.volunteer(w.communityA(), "李志愿", null);
        long a = backfill(w.admin(), v, TODAY, 60);
        long b = backfill(w.admin(), v, TODAY, 30);
        decide(w.admin(), "CONFIRM", a);

        JsonPath answer = decide(w.admin(), "REJECT", a, b);
        assertThat(answer.getList("decided.id", Long.class)).containsExactly(b);
        assertThat(answer.getList("skipped.id", Long.class)).containsExactly(a);
        assertThat(answer.getString("skipped[0].reason")).isEqualTo("ALREADY_DECIDED");
        assertThat(answer.getString("skipped[0].status")).isEqualTo("CONFIRMED");
        assertThat(hours.confirmedMinutes(v)).isEqualTo(60);
    }

    @Test
    void idsOutsideTheScopeAreA400NamingEachAndRejectingNeedsAReason() {
        World w = fixtures.world();
        long volunteer = hours.volunteer(w.communityA(), "王志愿", null);
        long mine = backfill(w.admin(), volunteer, TODAY, 60);
        long elsewhere = backfill(w.admin(), hours.volunteer(w.communityB(), "赵志愿", null), TODAY, 60);

        as(w.staffA())
                .body(Map.of("entryIds", List.of(mine, elsewhere), "decision", "CONFIRM"))
                .post("/api/volunteer-hours/decisions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("entryIds[1]"))
                .body("violations", hasSize(1));
        as(w.staffA())
                .body(Map.of("entryIds", List.of(mine), "decision", "REJECT"))
                .post("/api/volunteer-hours/decisions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        // nothing was decided by the refused requests
        assertThat(ledger(w.admin(), volunteer).getString("entries[0].status")).isEqualTo("SUBMITTED");
        as(w.staffA()).get("/api/volunteers/" + 0 + "/hours").then().statusCode(404);
    }

    @Test
    void aReversalNegatesAConfirmedEntryOnceAndACorrectionAddsTheRightHours() {
        World w = fixtures.world();
        long v = hours.volunteer(w.communityA(), "孙志愿", null);
        long a = backfill(w.admin(), v, LAST_MONTH, 180);
        long pending = backfill(w.admin(), v, LAST_MONTH, 30);
        decide(w.admin(), "CONFIRM", a);

        as(w.admin())
                .body(Map.of("reason", "登记有误"))
                .post("/api/volunteer-hours/" + pending + "/reversal")
                .then()
                .statusCode(409)
                .body("detail", containsString("SUBMITTED"));

        JsonPath corrected = as(w.admin())
                .body(Map.of("reason", "登记有误", "correction", entry(LAST_MONTH, 120)))
                .post("/api/volunteer-hours/" + a + "/reversal")
                .then()
                .statusCode(201)
                .body("reversal.minutes", equalTo(-180))
                .body("reversal.status", equalTo("CONFIRMED"))
                .body("reversal.source", equalTo("REVERSAL"))
                .body("reversal.reversesId", equalTo((int) a))
                .body("reversal.serviceDate", equalTo(TODAY.toString()))
                .body("correction.minutes", equalTo(120))
                .body("correction.status", equalTo("SUBMITTED"))
                .extract()
                .jsonPath();
        long reversal = corrected.getLong("reversal.id");
        assertThat(hours.confirmedMinutes(v)).isZero().isEqualTo(hours.ledgerSum(v));

        // the original stays as it was, marked as reversed
        JsonPath after = ledger(w.admin(), v);
        assertThat(after.getInt("entries.find { it.id == " + a + " }.minutes")).isEqualTo(180);
        assertThat(after.getString("entries.find { it.id == " + a + " }.status"))
                .isEqualTo("CONFIRMED");
        assertThat(after.getLong("entries.find { it.id == " + a + " }.reversedById"))
                .isEqualTo(reversal);

        as(w.admin())
                .body(Map.of("reason", "再冲一次"))
                .post("/api/volunteer-hours/" + a + "/reversal")
                .then()
                .statusCode(409);
        as(w.admin())
                .body(Map.of("reason", "冲正冲正"))
                .post("/api/volunteer-hours/" + reversal + "/reversal")
                .then()
                .statusCode(409);
        assertThat(hours.confirmedMinutes(v)).isZero();
    }

    @Test
    void aLockedMonthTakesNoEntriesNorDecisionsAndIsCorrectedByAReversalInAnOpenMonth() {
        World w = fixtures.world();
        long v = hours.volunteer(w.communityA(), "周志愿", null);
        long confirmed = backfill(w.admin(), v, LAST_MONTH, 100);
        long waiting = backfill(w.admin(), v, LAST_MONTH, 50);
        decide(w.admin(), "CONFIRM", confirmed);
        String month = LedgerRules.month(LAST_MONTH);

        as(w.admin())
                .body(Map.of("subDistrictId", w.subDistrict(), "month", month))
                .post("/api/volunteer-hours/month-locks")
                .then()
                .statusCode(201)
                .body("month", equalTo(month));
        as(w.admin())
                .body(Map.of("subDistrictId", w.subDistrict(), "month", month))
                .post("/api/volunteer-hours/month-locks")
                .then()
                .statusCode(409);
        as(w.admin())
                .get("/api/volunteer-hours/month-locks?subDistrictId=" + w.subDistrict())
                .then()
                .statusCode(200)
                .body("month", hasItem(month));

        as(w.admin())
                .body(entry(LAST_MONTH, 30))
                .post("/api/volunteers/" + v + "/hours")
                .then()
                .statusCode(409)
                .body("detail", containsString(month));
        JsonPath answer = decide(w.admin(), "CONFIRM", waiting);
        assertThat(answer.getList("decided")).isEmpty();
        assertThat(answer.getString("skipped[0].reason")).isEqualTo("MONTH_LOCKED");
        assertThat(ledger(w.admin(), v).getBoolean("entries.find { it.id == " + waiting + " }.monthLocked"))
                .isTrue();

        // a reversal dated in the locked month is refused; dated today it is the way to correct
        as(w.admin())
                .body(Map.of("reason", "登记有误", "serviceDate", LAST_MONTH.toString()))
                .post("/api/volunteer-hours/" + confirmed + "/reversal")
                .then()
                .statusCode(409)
                .body("detail", containsString(month));
        as(w.admin())
                .body(Map.of("reason", "登记有误"))
                .post("/api/volunteer-hours/" + confirmed + "/reversal")
                .then()
                .statusCode(201);
        assertThat(hours.confirmedMinutes(v)).isZero().isEqualTo(hours.ledgerSum(v));
    }

    @Test
    void onlyAMonthThatHasEndedCanBeLocked() {
        World w = fixtures.world();
        as(w.admin())
                .body(Map.of("subDistrictId", w.subDistrict(), "month", LedgerRules.month(TODAY)))
                .post("/api/volunteer-hours/month-locks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("month"));
        World other = fixtures.world();
        as(w.admin())
                .body(Map.of("subDistrictId", other.subDistrict(), "month", LedgerRules.month(LAST_MONTH)))
                .post("/api/volunteer-hours/month-locks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("subDistrictId"));
    }

    @Test
    void theQueueGroupsSubmittedEntriesByVolunteerInTheScope() {
        World w = fixtures.world();
        long v1 = hours.volunteer(w.communityA(), "吴志愿", null);
        long v2 = hours.volunteer(w.communityB(), "郑志愿", null);
        backfill(w.admin(), v1, LAST_MONTH, 60);
        backfill(w.admin(), v1, TODAY, 30);
        long confirmed = backfill(w.admin(), v1, TODAY, 15);
        backfill(w.admin(), v2, TODAY, 20);
        decide(w.admin(), "CONFIRM", confirmed);

        as(w.admin())
                .get("/api/volunteer-hours/queue?communityId=" + w.subDistrict())
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.volunteerId == " + v1 + " }.count", equalTo(2))
                .body("items.find { it.volunteerId == " + v1 + " }.minutes", equalTo(90))
                .body("items.find { it.volunteerId == " + v1 + " }.entries", hasSize(2));
        // community staff of A see only A's volunteers
        as(w.staffA())
                .get("/api/volunteer-hours/queue?communityId=" + w.communityA())
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].volunteerId", equalTo((int) v1));
        as(w.staffA())
                .get("/api/volunteer-hours/queue?communityId=" + w.communityB())
                .then()
                .statusCode(404);
        as(w.admin())
                .get("/api/volunteer-hours/queue?communityId=" + w.subDistrict() + "&source=SELF_REPORT")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aVolunteerAccountReadsAndReportsOnlyItsOwnHours() {
        World w = fixtures.world();
        String account = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        long v = hours.volunteer(w.communityA(), "冯志愿", account);
        long other = hours.volunteer(w.communityA(), "陈志愿", null);

        Map<String, Object> report = entry(TODAY, 90);
        as(account)
                .body(report)
                .post("/api/volunteers/me/hours")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("evidence"));
        report.put("evidence", "https://example.org/photo.jpg");
        long reported = as(account)
                .body(report)
                .post("/api/volunteers/me/hours")
                .then()
                .statusCode(201)
                .body("source", equalTo("SELF_REPORT"))
                .body("volunteerId", equalTo((int) v))
                .extract()
                .jsonPath()
                .getLong("id");
        report.put("serviceDate", TODAY.plusDays(2).toString());
        as(account)
                .body(report)
                .post("/api/volunteers/me/hours")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("serviceDate"));

        as(account)
                .get("/api/volunteers/me/hours")
                .then()
                .statusCode(200)
                .body("volunteerId", equalTo((int) v))
                .body("totals.submittedMinutes", equalTo(90))
                .body("totals.star", equalTo(0))
                .body("totals.nextStarHours", equalTo(100))
                .body("entries.id", hasItem((int) reported));
        as(account).get("/api/volunteers/" + other + "/hours").then().statusCode(403);
        as(account)
                .body(Map.of("entryIds", List.of(reported), "decision", "CONFIRM"))
                .post("/api/volunteer-hours/decisions")
                .then()
                .statusCode(403);
        // staff have no ledger of their own
        as(w.admin()).get("/api/volunteers/me/hours").then().statusCode(403);
    }

    @Test
    void starThresholdsAreDataPerSubDistrict() {
        World w = fixtures.world();
        String path = "/api/volunteer-hours/star-levels?subDistrictId=" + w.subDistrict();
        as(w.admin())
                .get(path)
                .then()
                .statusCode(200)
                .body("inherited", equalTo(true))
                .body("minHours", equalTo(List.of(100, 300, 600, 1000, 1500)))
                .body("version", equalTo(0));
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("minHours", List.of(1, 1, 3)))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("minHours[1]"));
        String etag = as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("minHours", List.of(1, 2, 3)))
                .put(path)
                .then()
                .statusCode(200)
                .body("inherited", equalTo(false))
                .body("minHours", equalTo(List.of(1, 2, 3)))
                .extract()
                .header("ETag");
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("minHours", List.of(1, 2, 4)))
                .put(path)
                .then()
                .statusCode(412);
        as(w.admin())
                .header("If-Match", etag)
                .body(Map.of("minHours", List.of(1, 2, 5)))
                .put(path)
                .then()
                .statusCode(200);

        long v = hours.volunteer(w.communityA(), "星志愿", null);
        decide(w.admin(), "CONFIRM", backfill(w.admin(), v, TODAY, 150));
        as(w.staffA())
                .get("/api/volunteers/" + v + "/hours")
                .then()
                .body("totals.star", equalTo(2))
                .body("totals.nextStarHours", equalTo(5))
                .body("totals.starThresholds", equalTo(List.of(1, 2, 5)));
        // another sub-district still follows the defaults
        World other = fixtures.world();
        as(other.admin())
                .get("/api/volunteer-hours/star-levels?subDistrictId=" + other.subDistrict())
                .then()
                .body("inherited", equalTo(true));
        as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("minHours", List.of(1, 2, 6)))
                .put(path)
                .then()
                .statusCode(403);
        as(other.admin())
                .header("If-Match", etag)
                .body(Map.of("minHours", List.of(1, 2, 6)))
                .put(path)
                .then()
                .statusCode(404);
        as(w.admin()).get(path).then().body("minHours", equalTo(List.of(1, 2, 5)));
    }

    /**
     * Parallel bulk decisions over overlapping entries of one volunteer, and parallel reversals of one entry: each
     * entry is decided once, reversed once, and the running total equals the ledger's sum.
     */
    @Test
    void parallelDecisionsAndReversalsKeepTheTotalEqualToTheLedger() throws Exception {
        World w = fixtures.world();
        String second = fixtures.staff(StaffRole.STREET_ADMIN, w.subDistrict());
        long v = hours.volunteer(w.communityA(), "并发志愿", null);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(backfill(w.admin(), v, TODAY, 10 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                List<Long> mine = new ArrayList<>(ids);
                Collections.shuffle(mine);
                String user = t % 2 == 0 ? w.admin() : second;
                String decision = t % 3 == 0 ? "REJECT" : "CONFIRM";
                answers.add(pool.submit(() -> {
                    go.await();
                    return decide(user, decision, mine.toArray(Long[]::new));
                }));
            }
            go.countDown();
            int decided = 0;
            for (Future<JsonPath> answer : answers) {
                decided += answer.get(60, TimeUnit.SECONDS).getList("decided").size();
            }
            assertThat(decided).as("each entry decided exactly once").isEqualTo(ids.size());
            assertThat(hours.confirmedMinutes(v)).isEqualTo(hours.ledgerSum(v));

            // a bulk decision takes every entry it names, so the race may have rejected them all: the reversal race
            // gets a confirmed entry of its own
            long target = backfill(w.admin(), v, TODAY, 30);
            decide(w.admin(), "CONFIRM", target);
            CountDownLatch again = new CountDownLatch(1);
            List<Future<Integer>> reversals = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String user = t % 2 == 0 ? w.admin() : second;
                reversals.add(pool.submit(() -> {
                    again.await();
                    return as(user).body(Map.of("reason", "并发冲正"))
                            .post("/api/volunteer-hours/" + target + "/reversal")
                            .then()
                            .extract()
                            .statusCode();
                }));
            }
            again.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> r : reversals) {
                statuses.add(r.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
            assertThat(hours.confirmedMinutes(v)).isEqualTo(hours.ledgerSum(v));
        } finally {
            pool.shutdownNow();
        }
    }
}
