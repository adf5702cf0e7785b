package com.gridwork.calendar;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Whose calendar it is (issue 11): the platform default belongs to the whole platform, a sub-district's own years to
 * its street-admins; a sub-district without its own year follows the default's. Every test works on fresh
 * sub-districts, so the platform default stays as seeded.
 */
@QuarkusTest
class SubDistrictCalendarTest {
    private static final LocalDate LOCAL_HOLIDAY = LocalDate.parse("2026-11-18"); // a Wednesday

    @Inject
    Fixtures fixtures;

    @Inject
    WorkingCalendar calendar;

    /** The platform default's 2026 days plus one local holiday: a sub-district's own year starts from the default's. */
    private static List<Map<String, Object>> defaultPlusLocalHoliday(String user) {
        List<Map<String, Object>> days = new ArrayList<>(as(user).get("/api/calendar/2026")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("days"));
        days.add(Map.of("date", LOCAL_HOLIDAY.toString(), "kind", "HOLIDAY", "name", "街道成立纪念日"));
        return days;
    }

    @Test
    void twoAdminsStartingTheSameOwnYearAtOnceLeaveOneWinner() throws Exception {
        World w = fixtures.world();
        String second = fixtures.staff(StaffRole.STREET_ADMIN, w.subDistrict());
        String path = "/api/calendar/2026?subDistrictId=" + w.subDistrict();
        Map<String, Object> body = Map.of("days", defaultPlusLocalHoliday(w.admin()));
        // Both saw the inherited year ("0") and start their own at the same moment: one wins, the other is told.
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String admin : List.of(w.admin(), second)) {
            answers.add(pool.submit(() -> {
                go.await();
                return as(admin)
                        .header("If-Match", "\"0\"")
                        .body(body)
                        .put(path)
                        .then()
                        .extract()
                        .statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(statuses).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409 || s == 412);
        // Afterwards a late "0" is stale, not an overwrite.
        as(second).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(412);
    }

    @Test
    void aSubDistrictFollowsTheDefaultUntilItEntersItsOwnYearAndAgainOnceItDropsIt() {
        World w = fixtures.world();
        World other = fixtures.world();
        String path = "/api/calendar/2026?subDistrictId=" + w.subDistrict();
        String years = "/api/calendar/years?subDistrictId=" + w.subDistrict();
        assertThat(calendar.isWorkingDay(w.subDistrict(), LOCAL_HOLIDAY)).isTrue(); // cached before the save

        as(w.workerA1())
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("subDistrictId", equalTo((int) w.subDistrict()))
                .body("inherited", equalTo(true))
                .body("configured", equalTo(true))
                .body("version", equalTo(0))
                .body("days", hasSize(39))
                .body("source", containsString("2026"));
        as(w.viewer())
                .get(years)
                .then()
                .statusCode(200)
                .body("find { it.year == 2026 }.inherited", equalTo(true))
                .body("find { it.year == 2026 }.version", equalTo(0))
                .body("find { it.year == 2026 }.holidayCount", equalTo(33));

        // Its own year, started from the default's days with a local holiday added.
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("source", "区政府通知", "days", defaultPlusLocalHoliday(w.admin())))
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("inherited", equalTo(false))
                .body("subDistrictId", equalTo((int) w.subDistrict()))
                .body("days", hasSize(40));
        assertThat(calendar.isWorkingDay(w.subDistrict(), LOCAL_HOLIDAY))
                .as("the cache sees the save")
                .isFalse();
        assertThat(calendar.isWorkingDay(w.subDistrict(), LocalDate.parse("2026-10-01")))
                .as("the default's days came along")
                .isFalse();
        assertThat(calendar.isWorkingDay(other.subDistrict(), LOCAL_HOLIDAY))
                .as("another sub-district")
                .isTrue();
        assertThat(calendar.isWorkingDay(null, LOCAL_HOLIDAY))
                .as("the platform default")
                .isTrue();
        assertThat(calendar.isConfigured(w.subDistrict(), 2026)).isTrue();

        as(w.workerA1())
                .get(path)
                .then()
                .body("inherited", equalTo(false))
                .body("source", equalTo("区政府通知"))
                .body("days.find { it.date == '2026-11-18' }.name", equalTo("街道成立纪念日"));
        as(w.viewer())
                .get(years)
                .then()
                .body("find { it.year == 2026 }.inherited", equalTo(false))
                .body("find { it.year == 2026 }.holidayCount", equalTo(34))
                .body("find { it.year == 2025 }.inherited", equalTo(true));
        // Neither the default nor another sub-district changed.
        as(w.viewer())
                .get("/api/calendar/2026")
                .then()
                .body("days", hasSize(39))
                .body("inherited", equalTo(false))
                .body("subDistrictId", equalTo(null));
        as(other.viewer())
                .get("/api/calendar/2026?subDistrictId=" + other.subDistrict())
                .then()
                .body("days", hasSize(39))
                .body("inherited", equalTo(true));
        String name = as(w.admin())
                .get("/api/calendar/sub-districts")
                .then()
                .extract()
                .jsonPath()
                .getString("[0].name");
        as(w.admin())
                .get("/api/audit?action=UPDATE_CALENDAR")
                .then()
                .statusCode(200)
                .body("items.subjectLabel", hasItem("2026年工作日历（" + name + "）"));

        // Dropping it needs the current version; then the default's year is in force there again.
        as(w.admin()).delete(path).then().statusCode(428);
        as(w.admin()).header("If-Match", "\"3\"").delete(path).then().statusCode(412);
        as(w.admin()).header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        as(w.admin()).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        assertThat(calendar.isWorkingDay(w.subDistrict(), LOCAL_HOLIDAY))
                .as("the cache sees the drop")
                .isTrue();
        as(w.workerA1())
                .get(path)
                .then()
                .header("ETag", equalTo("\"0\""))
                .body("inherited", equalTo(true))
                .body("days", hasSize(39));
        as(w.viewer()).get(years).then().body("find { it.year == 2026 }.inherited", equalTo(true));
        as(w.admin())
                .header("If-Match", "\"0\"")
                .delete(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyStreetAdminsOfTheSubDistrictWriteItsCalendar() {
        World w = fixtures.world();
        World other = fixtures.world();
        String own = "/api/calendar/2027?subDistrictId=" + w.subDistrict();
        Map<String, Object> body =
                Map.of("days", List.of(Map.of("date", "2027-03-15", "kind", "HOLIDAY", "name", "街道成立纪念日")));

        // The platform default: 403, with a message that says what to do instead, in the caller's language.
        as(w.admin())
                .body(body)
                .put("/api/calendar/2027")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("平台默认工作日历只能由全平台的街道管理员修改。请选择您所辖的街道，录入本街道的年度日历。"));
        as(w.admin())
                .header("Accept-Language", "en-US")
                .body(body)
                .put("/api/calendar/2027")
                .then()
                .statusCode(403)
                .body("detail", containsString("Only a street-admin of the whole platform"));
        // Another sub-district, or an id that is no sub-district: 404, for reading too.
        String foreign = "/api/calendar/2027?subDistrictId=" + other.subDistrict();
        as(w.admin()).body(body).put(foreign).then().statusCode(404).contentType("application/problem+json");
        as(w.admin()).header("If-Match", "\"0\"").delete(foreign).then().statusCode(404);
        as(w.admin()).get(foreign).then().statusCode(404);
        as(w.workerA1())
                .get("/api/calendar/years?subDistrictId=" + other.subDistrict())
                .then()
                .statusCode(404);
        as(w.admin())
                .body(body)
                .put("/api/calendar/2027?subDistrictId=" + w.communityA())
                .then()
                .statusCode(404);
        as(fixtures.staff(StaffRole.STREET_ADMIN))
                .body(body)
                .put("/api/calendar/2027?subDistrictId=" + w.gridA1())
                .then()
                .statusCode(404);
        // Community staff, grid workers and viewers read their sub-district's calendar and never write it.
        for (String reader : List.of(w.staffA(), w.workerA1(), w.viewer())) {
            as(reader)
                    .get(own)
                    .then()
                    .statusCode(200)
                    .body("inherited", equalTo(true))
                    .body("configured", equalTo(false));
            as(reader).body(body).put(own).then().statusCode(403);
            as(reader).header("If-Match", "\"0\"").delete(own).then().statusCode(403);
            as(reader)
                    .get("/api/calendar/sub-districts")
                    .then()
                    .body("id", contains((int) w.subDistrict()))
                    .body("writable", contains(false));
        }
        // A street-admin of one community reads the calendar of the sub-district above their scope but cannot write it.
        String communityAdmin = fixtures.staff(StaffRole.STREET_ADMIN, w.communityA());
        as(communityAdmin).get(own).then().statusCode(200);
        as(communityAdmin).body(body).put(own).then().statusCode(404);
        // Its own street-admin may, and so may a street-admin of the whole platform.
        as(w.admin())
                .get("/api/calendar/sub-districts")
                .then()
                .body("id", contains((int) w.subDistrict()))
                .body("writable", contains(true));
        as(w.admin())
                .body(body)
                .put(own)
                .then()
                .statusCode(200)
                .body("inherited", equalTo(false))
                .body("days", hasSize(1));
        String platformAdmin = fixtures.staff(StaffRole.STREET_ADMIN);
        as(platformAdmin)
                .get("/api/calendar/sub-districts")
                .then()
                .body("id", hasItem((int) w.subDistrict()))
                .body("id", hasItem((int) other.subDistrict()))
                .body("writable", everyItem(equalTo(true)));
        as(platformAdmin)
                .header("If-Match", "\"1\"")
                .body(body)
                .put(own)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""));
        // Dropping names the sub-district.
        as(w.admin())
                .header("If-Match", "\"2\"")
                .delete("/api/calendar/2027")
                .then()
                .statusCode(400)
                .body("violations.field", contains("subDistrictId"));
    }
}
