package com.gridwork.calendar;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The seeded platform default calendar (chinese-days 1.5.7) and deadline arithmetic over it. Writes to the platform
 * default only touch years no other test reads (2031 and later), so deadline tests elsewhere can rely on the seeded
 * 2024–2026; sub-district calendars are in {@link SubDistrictCalendarTest}.
 */
@QuarkusTest
class WorkingCalendarTest {
    @Inject
    Fixtures fixtures;

    @Inject
    WorkingCalendar calendar;

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void seeded2026FollowsTheStateCouncilNotice() {
        World w = fixtures.world();
        // 2026: 中秋节 Fri 25 – Sun 27 Sept, 国庆节 Thu 1 – Wed 7 Oct; worked instead: Sun 20 Sept and Sat 10 Oct.
        // An entered year's ETag starts at "1": "0" is kept for a year nobody entered.
        as(w.workerA1())
                .get("/api/calendar/2026")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("configured", equalTo(true))
                .body("days", hasSize(39))
                .body(
                        "days.findAll { it.kind == 'HOLIDAY' && it.date.startsWith('2026-10') }.date",
                        contains(IntStream.rangeClosed(1, 7)
                                .mapToObj(d -> "2026-10-0" + d)
                                .toArray()))
                .body("days.find { it.date == '2026-10-01' }.name", equalTo("国庆节"))
                .body("days.find { it.date == '2026-09-25' }.name", equalTo("中秋节"))
                .body(
                        "days.findAll { it.kind == 'ADJUSTED_WORKDAY' }.date",
                        contains("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"))
                .body("days.find { it.date == '2026-10-10' }.name", equalTo("国庆节调休上班"));
        as(w.viewer())
                .get("/api/calendar/years")
                .then()
                .statusCode(200)
                .body("find { it.year == 2024 }.holidayCount", equalTo(28))
                .body("find { it.year == 2025 }.adjustedWorkdayCount", equalTo(5))
                .body("find { it.year == 2026 }.holidayCount", equalTo(33))
                .body("find { it.year == 2026 }.adjustedWorkdayCount", equalTo(6));

        assertThat(calendar.isConfigured(null, 2026)).isTrue();
        assertThat(calendar.isWorkingDay(null, date("2026-10-01"))).isFalse();
        assertThat(calendar.isWorkingDay(null, date("2026-10-08"))).isTrue();
        assertThat(calendar.isWorkingDay(null, date("2026-10-10")))
                .as("adjusted Saturday")
                .isTrue();
        assertThat(calendar.isWorkingDay(null, date("2026-10-11")))
                .as("ordinary Sunday")
                .isFalse();
    }

    @Test
    void addWorkingDaysSkipsHolidaysAndCountsAdjustedWeekends() {
        // Wed 30 Sept + 1: 1–7 Oct are 国庆节, so the first working day after is Thu 8 Oct.
        assertThat(calendar.addWorkingDays(null, date("2026-09-30"), 1)).isEqualTo(date("2026-10-08"));
        // Wed 30 Sept + 3: Thu 8, Fri 9, then Sat 10 Oct, a weekend worked instead (调休上班).
        assertThat(calendar.addWorkingDays(null, date("2026-09-30"), 3)).isEqualTo(date("2026-10-10"));
        assertThat(calendar.workingDaysBetween(null, date("2026-09-30"), date("2026-10-10")))
                .isEqualTo(3);
        assertThat(calendar.workingDaysBetween(null, date("2026-10-10"), date("2026-09-30")))
                .isEqualTo(-3);
        // Fri 18 Sept + 1: Sat 19 rests, Sun 20 Sept is worked for 国庆节.
        assertThat(calendar.addWorkingDays(null, date("2026-09-18"), 1)).isEqualTo(date("2026-09-20"));
        // Thu 24 Sept + 1: Fri 25 – Sun 27 are 中秋节, so Mon 28 Sept.
        assertThat(calendar.addWorkingDays(null, date("2026-09-24"), 1)).isEqualTo(date("2026-09-28"));
        // Across the year end: Wed 31 Dec 2025 + 1: 1–3 Jan 2026 are 元旦, Sun 4 Jan is worked.
        assertThat(calendar.addWorkingDays(null, date("2025-12-31"), 1)).isEqualTo(date("2026-01-04"));
        // 0 days is the start itself, even a holiday; the count starts strictly after it.
        assertThat(calendar.addWorkingDays(null, date("2026-10-01"), 0)).isEqualTo(date("2026-10-01"));
        assertThat(calendar.addWorkingDays(null, date("2026-10-01"), 1)).isEqualTo(date("2026-10-08"));
    }

    @Test
    void aYearNotEnteredFallsBackToWeekdays() {
        World w = fixtures.world();
        assertThat(calendar.isConfigured(null, 2030)).isFalse();
        assertThat(calendar.isWorkingDay(null, date("2030-10-01")))
                .as("a Tuesday, no holiday entered")
                .isTrue();
        // Fri 4 Oct 2030 + 1 = Mon 7 Oct: only the weekend is skipped.
        assertThat(calendar.addWorkingDays(null, date("2030-10-04"), 1)).isEqualTo(date("2030-10-07"));
        as(w.viewer())
                .get("/api/calendar/2030")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("configured", equalTo(false))
                .body("version", equalTo(0))
                .body("days", hasSize(0));
    }

    @Test
    void aStreetAdminOfTheWholePlatformEntersANewYearAndDeadlinesUseItAtOnce() {
        World w = fixtures.world();
        String platformAdmin = fixtures.staff(StaffRole.STREET_ADMIN);
        int year = unusedYear(w);
        LocalDate holiday = LocalDate.of(year, 10, 1);
        LocalDate worked = holiday.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        // Loads (and caches) the year before it is entered, for the default and for a sub-district that follows it.
        assertThat(calendar.isWorkingDay(null, worked)).isFalse();
        assertThat(calendar.isWorkingDay(w.subDistrict(), worked)).isFalse();
        String path = "/api/calendar/" + year;
        List<Map<String, Object>> days = List.of(
                Map.of("date", worked.toString(), "kind", "ADJUSTED_WORKDAY", "name", "国庆节调休上班"),
                Map.of("date", holiday.toString(), "kind", "HOLIDAY", "name", " 国庆节 "));

        // Creating needs no If-Match; community staff may read but not write, nor may a street-admin of one
        // sub-district.
        as(w.staffA()).body(Map.of("days", days)).put(path).then().statusCode(403);
        as(w.admin())
                .body(Map.of("days", days))
                .put(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(platformAdmin)
                .body(Map.of("source", "国务院办公厅通知", "days", days))
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("configured", equalTo(true))
                .body("days.date", contains(holiday.toString(), worked.toString()))
                .body("days[0].name", equalTo("国庆节"))
                .body("inherited", equalTo(false))
                .body("subDistrictId", equalTo(null));
        as(w.staffA())
                .get(path)
                .then()
                .statusCode(200)
                .body("source", equalTo("国务院办公厅通知"))
                .body("days", hasSize(2));
        assertThat(calendar.isConfigured(null, year)).isTrue();
        assertThat(calendar.isWorkingDay(null, holiday)).isFalse();
        assertThat(calendar.isWorkingDay(null, worked)).isTrue();
        assertThat(calendar.isWorkingDay(w.subDistrict(), worked))
                .as("inherited")
                .isTrue();
        as(platformAdmin)
                .get("/api/audit?action=UPDATE_CALENDAR")
                .then()
                .statusCode(200)
                .body("items.subjectLabel", hasItem(year + "年工作日历"));

        // Once it exists, replacing it needs the current version.
        List<Map<String, Object>> holidayOnly =
                List.of(Map.of("date", holiday.toString(), "kind", "HOLIDAY", "name", "国庆节"));
        as(platformAdmin)
                .body(Map.of("days", holidayOnly))
                .put(path)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        as(platformAdmin)
                .header("If-Match", "\"7\"")
                .body(Map.of("days", holidayOnly))
                .put(path)
                .then()
                .statusCode(412);
        // "0" names a year not entered yet: once it is, a second admin who also saw "0" cannot overwrite it.
        as(platformAdmin)
                .header("If-Match", "\"0\"")
                .body(Map.of("days", holidayOnly))
                .put(path)
                .then()
                .statusCode(412);
        as(platformAdmin)
                .header("If-Match", "\"1\"")
                .body(Map.of("days", holidayOnly))
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("days", hasSize(1))
                .body("source", equalTo(null));
        assertThat(calendar.isWorkingDay(null, worked))
                .as("the adjusted Saturday was removed")
                .isFalse();
        as(w.viewer())
                .get("/api/calendar/years")
                .then()
                .body("find { it.year == " + year + " }.holidayCount", equalTo(1))
                .body("find { it.year == " + year + " }.adjustedWorkdayCount", equalTo(0));
    }

    @Test
    void invalidDaysAreRejectedRowByRow() {
        World w = fixtures.world();
        String path = "/api/calendar/2032?subDistrictId=" + w.subDistrict(); // the sub-district's own year
        List<Map<String, Object>> days = List.of(
                Map.of("date", "2032-10-01", "kind", "HOLIDAY", "name", "国庆节"),
                Map.of("date", "2032-10-06", "kind", "ADJUSTED_WORKDAY"), // a Wednesday
                Map.of("date", "2033-01-01", "kind", "HOLIDAY", "name", "元旦"), // another year
                Map.of("date", "2032-10-01", "kind", "HOLIDAY", "name", "国庆节"), // listed twice
                Map.of("date", "2032-10-02", "kind", "HOLIDAY")); // no name
        as(w.admin())
                .body(Map.of("days", days))
                .put(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        containsInAnyOrder("days[1].date", "days[2].date", "days[3].date", "days[4].name"))
                .body(
                        "violations.find { it.field == 'days[1].date' }.message",
                        equalTo("2032-10-06不是周六或周日，只有周末才能设为调休上班日"));
        as(w.admin())
                .body(Map.of("days", List.of(Map.of("date", "2032-10-01", "kind", "HOLIDAY", "name", "节".repeat(65)))))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations.field", contains("days[0].name"));
        // The body's own constraints and the rows' rules at once; a name of invisible characters is no name.
        as(w.admin())
                .body(Map.of(
                        "source",
                        "通".repeat(201),
                        "days",
                        List.of(
                                Map.of("date", "2032-10-01", "kind", "HOLIDAY", "name", "\u200B\u3000"),
                                Map.of("date", "2032-10-02"))))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("source", "days[0].name", "days[1].kind"));
        as(w.admin())
                .body(Map.of("days", List.of()))
                .put("/api/calendar/1999")
                .then()
                .statusCode(400)
                .body("violations.field", contains("year"));
        as(w.viewer()).get(path).then().body("configured", equalTo(false));
        assertThat(calendar.isConfigured(w.subDistrict(), 2032)).isFalse();
    }

    @Test
    void signInIsRequired() {
        given().get("/api/calendar/years").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json")
                .body(Map.of("days", List.of()))
                .put("/api/calendar/2031")
                .then()
                .statusCode(401);
    }

    /** The first year from 2031 not entered yet (a database kept between runs may hold earlier runs' years). */
    private static int unusedYear(World w) {
        List<Integer> entered = as(w.viewer())
                .get("/api/calendar/years")
                .then()
                .extract()
                .jsonPath()
                .getList("year", Integer.class);
        return IntStream.rangeClosed(2031, 2100)
                .filter(y -> y != 2032 && !entered.contains(y))
                .findFirst()
                .orElseThrow();
    }
}
