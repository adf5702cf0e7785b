package com.gridwork.volunteer.stats;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * Each figure over a fixed small world, March 2026 (Beijing days): community A with teams founded before, dissolved
 * during and founded after the period, active, suspended and late volunteers, a held, a cancelled and a not yet
 * started activity, and a ledger with reversals, submitted, rejected and out-of-period entries; community B with one
 * of each, and an activity whose only session in March begins 00:30 on April 1 in Beijing.
 */
@QuarkusTest
class VolunteerStatsTest {
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    World w;
    long teamA1;
    long teamB1;
    long v1;
    long v2;
    long v6;

    @BeforeEach
    void world() throws Exception {
        w = fixtures.world();
        VolunteerStatsWorld db = new VolunteerStatsWorld(dataSource);
        long a = w.communityA();
        long b = w.communityB();
        teamA1 = db.team(a, "ACTIVE", LocalDate.of(2026, 1, 1), null);
        db.team(a, "DISSOLVED", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 15)); // gone by the end
        db.team(a, "ACTIVE", LocalDate.of(2026, 12, 1), null); // founded after
        db.team(w.subDistrict(), "ACTIVE", LocalDate.of(2025, 6, 1), null); // the sub-district's own
        teamB1 = db.team(b, "ACTIVE", LocalDate.of(2026, 2, 1), null);
        db.team(b, "DISSOLVED", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 4, 2)); // dissolved after: counts

        v1 = db.volunteer(a, "ACTIVE", LocalDate.of(2026, 1, 10));
        v2 = db.volunteer(a, "ACTIVE", LocalDate.of(2026, 3, 31));
        long v3 = db.volunteer(a, "ACTIVE", LocalDate.of(2026, 1, 10));
        db.volunteer(a, "SUSPENDED", LocalDate.of(2026, 1, 10));
        db.volunteer(a, "ACTIVE", LocalDate.of(2026, 4, 1)); // registered after
        v6 = db.volunteer(b, "ACTIVE", LocalDate.of(2025, 5, 5));

        long held = db.activity(teamA1, a, "ELDER_VISIT", "ENDED", beijing(2026, 3, 5, 9));
        db.activity(teamA1, a, "PATROL", "CANCELLED", beijing(2026, 3, 6, 9));
        db.activity(teamA1, a, "ELDER_VISIT", "PUBLISHED", beijing(2026, 3, 20, 9));
        long heldB = db.activity(teamB1, b, "ENVIRONMENT", "CLOSED", beijing(2026, 2, 27, 9), beijing(2026, 3, 2, 9));
        db.activity(teamB1, b, "ENVIRONMENT", "ENDED", beijing(2026, 4, 1, 0).plusSeconds(1800));

        // v1: 120 attended + 30 self-reported, and a back-fill of 40 reversed: 150 minutes, 2 services
        db.entry(v1, a, held, teamA1, "ELDER_VISIT", "ATTENDANCE", "CONFIRMED", day(5), 120, null);
        db.entry(v1, a, null, null, null, "SELF_REPORT", "CONFIRMED", day(10), 30, null);
        long backfill = db.entry(v1, a, held, teamA1, "ELDER_VISIT", "BACKFILL", "CONFIRMED", day(12), 40, null);
        db.entry(v1, a, held, teamA1, "ELDER_VISIT", "REVERSAL", "CONFIRMED", day(12), -40, backfill);
        // v2: 90 corrected to 60 (a reversal and a new entry): 60 minutes, 1 service
        long wrong = db.entry(v2, a, held, teamA1, "ELDER_VISIT", "ATTENDANCE", "CONFIRMED", day(5), 90, null);
        db.entry(v2, a, held, teamA1, "ELDER_VISIT", "REVERSAL", "CONFIRMED", day(7), -90, wrong);
        db.entry(v2, a, held, teamA1, "ELDER_VISIT", "ATTENDANCE", "CONFIRMED", day(7), 60, null);
        // v3: submitted, rejected, confirmed before the period, and 20 reversed: nothing counts, not active
        db.entry(v3, a, held, teamA1, "ELDER_VISIT", "ATTENDANCE", "SUBMITTED", day(5), 100, null);
        db.entry(v3, a, held, teamA1, "ELDER_VISIT", "SELF_REPORT", "REJECTED", day(6), 50, null);
        db.entry(v3, a, held, teamA1, "ELDER_VISIT", "ATTENDANCE", "CONFIRMED", LocalDate.of(2026, 2, 28), 45, null);
        long undone = db.entry(v3, a, held, teamA1, "ELDER_VISIT", "ATTENDANCE", "CONFIRMED", day(15), 20, null);
        db.entry(v3, a, held, teamA1, "ELDER_VISIT", "REVERSAL", "CONFIRMED", day(15), -20, undone);
        // v6 in B: 180 minutes, 1 service
        db.entry(v6, b, heldB, teamB1, "ENVIRONMENT", "ATTENDANCE", "CONFIRMED", day(2), 180, null);
    }

    @Test
    void theSubDistrictsFiguresFollowTheirDefinitions() {
        JsonPath s = stats(w.admin(), Map.of("areaId", w.subDistrict()));
        // teams: A1, B1, B's dissolved-after-the-period and the sub-district's own
        assertFigures(s, "totals", 4, 4, 3, 2, 4, 6.5);
        assertThat(s.getString("reportLine")).isEqualTo("志愿服务队4支，注册志愿者4名，开展志愿服务2次，服务时长6.5小时");
        // the sub-district's own row (its teams) first, then its communities in area order (by code)
        assertThat(s.getList("byCommunity.id", Long.class)).hasSize(3).first().isEqualTo(w.subDistrict());
        assertFigures(s, community(w.subDistrict()), 1, 0, 0, 0, 0, 0.0);
        assertFigures(s, community(w.communityA()), 1, 3, 2, 1, 3, 3.5);
        assertFigures(s, community(w.communityB()), 2, 1, 1, 1, 1, 3.0);
        // teams tied on hours and activities: by id; self-reports belong to no team and no category
        assertThat(s.getList("byTeam.id", Long.class)).containsExactly(teamA1, teamB1);
        assertThat(s.getDouble("byTeam[0].figures.hours")).isEqualTo(3.0);
        assertThat(s.getLong("byTeam[0].figures.services")).isEqualTo(2);
        assertThat(s.getLong("byTeam[0].figures.activeVolunteers")).isEqualTo(2);
        assertThat(s.getObject("byTeam[0].figures.teams", Long.class)).isNull();
        assertThat(s.getList("byCategory.code")).containsExactly("ELDER_VISIT", "ENVIRONMENT");
        assertThat(s.getString("byCategory[0].name")).isEqualTo("关爱老人");
        assertThat(s.getLong("byCategory[0].figures.activities")).isEqualTo(1);
        assertThat(s.getDouble("byCategory[0].figures.hours")).isEqualTo(3.0);
        assertThat(s.getList("definitions.figure"))
                .containsExactly(
                        "teams", "registeredVolunteers", "activeVolunteers", "activities", "services", "hours");
    }

    @Test
    void aCommunityReadsItsOwnAndAGridWorkerTheCommunityOfTheirGrid() {
        JsonPath own = stats(w.staffA(), Map.of());
        assertThat(own.getLong("areaId")).isEqualTo(w.communityA());
        assertFigures(own, "totals", 1, 3, 2, 1, 3, 3.5);
        assertFigures(stats(w.workerA1(), Map.of()), "totals", 1, 3, 2, 1, 3, 3.5);
        assertFigures(stats(w.workerA1(), Map.of("areaId", w.communityA())), "totals", 1, 3, 2, 1, 3, 3.5);
        // the viewer of the sub-district: the whole of it
        assertFigures(stats(w.viewer(), Map.of()), "totals", 4, 4, 3, 2, 4, 6.5);

        as(w.staffA())
                .queryParams(period())
                .queryParam("areaId", w.communityB())
                .get("/api/volunteer-stats")
                .then()
                .statusCode(404);
        as(w.staffA())
                .queryParams(period())
                .queryParam("areaId", w.subDistrict())
                .get("/api/volunteer-stats")
                .then()
                .statusCode(404);
        as(w.workerA1())
                .queryParams(period())
                .queryParam("areaId", w.subDistrict())
                .get("/api/volunteer-stats/ranking")
                .then()
                .statusCode(404);
        as(w.admin())
                .queryParams(period())
                .queryParam("areaId", w.gridA1())
                .get("/api/volunteer-stats")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("areaId"));
    }

    @Test
    void theRankingCountsConfirmedHoursOnlyMostFirst() {
        JsonPath r = as(w.admin())
                .queryParams(period())
                .queryParam("areaId", w.subDistrict())
                .get("/api/volunteer-stats/ranking")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(r.getList("entries.volunteerId", Long.class)).containsExactly(v6, v1, v2);
        assertThat(r.getList("entries.rank", Integer.class)).containsExactly(1, 2, 3);
        assertThat(r.getList("entries.hours", Double.class)).containsExactly(3.0, 2.5, 1.0);
        assertThat(r.getList("entries.services", Long.class)).containsExactly(1L, 2L, 1L);
        assertThat(r.getString("entries[0].communityName")).startsWith("社区B");

        as(w.admin())
                .queryParams(period())
                .queryParam("areaId", w.subDistrict())
                .queryParam("limit", 2)
                .get("/api/volunteer-stats/ranking")
                .then()
                .statusCode(200)
                .body("entries.volunteerId", is(List.of((int) v6, (int) v1)));
        as(w.admin())
                .queryParams(period())
                .queryParam("limit", 101)
                .get("/api/volunteer-stats/ranking")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("limit"));
    }

    @Test
    void theReportLineInEnglishAndPeriodsRefused() {
        as(w.admin())
                .header("Accept-Language", "en-US")
                .queryParams(period())
                .queryParam("areaId", w.communityB())
                .get("/api/volunteer-stats")
                .then()
                .statusCode(200)
                .body(
                        "reportLine",
                        is(
                                "2 volunteer teams, 1 registered volunteers, 1 volunteer activities held, 3.0 hours of service"));
        as(w.admin())
                .queryParam("from", "2026-03-31")
                .queryParam("to", "2026-03-01")
                .get("/api/volunteer-stats")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        as(w.admin())
                .queryParam("to", "2026-03-01")
                .get("/api/volunteer-stats")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("from"));
        as(w.admin())
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2026-03-01")
                .get("/api/volunteer-stats")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
    }

    private JsonPath stats(String user, Map<String, Object> params) {
        return as(user).queryParams(period())
                .queryParams(params)
                .get("/api/volunteer-stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String community(long id) {
        return "byCommunity.find { it.id == " + id + " }.figures";
    }

    private static Map<String, Object> period() {
        return Map.of("from", FROM.toString(), "to", TO.toString());
    }

    private static void assertFigures(
            JsonPath s,
            String at,
            long teams,
            long registered,
            long active,
            long activities,
            long services,
            double hours) {
        assertThat(List.of(
                        s.getLong(at + ".teams"),
                        s.getLong(at + ".registeredVolunteers"),
                        s.getLong(at + ".activeVolunteers"),
                        s.getLong(at + ".activities"),
                        s.getLong(at + ".services")))
                .as(at + ": teams, registered, active, activities, services")
                .containsExactly(teams, registered, active, activities, services);
        assertThat(s.getDouble(at + ".hours")).as(at + ".hours").isEqualTo(hours);
    }

    private static LocalDate day(int d) {
        return LocalDate.of(2026, 3, d);
    }

    private static Instant beijing(int y, int m, int d, int hour) {
        return LocalDateTime.of(y, m, d, hour, 0)
                .atZone(VolunteerStatsDefinitions.ZONE)
                .toInstant();
    }
}
