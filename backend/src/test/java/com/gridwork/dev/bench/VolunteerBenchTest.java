package com.gridwork.dev.bench;

import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.dev.generate.VolunteerGenerator;
import com.gridwork.issue.IssueDeadlines;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The volunteer district of `make bench` at a fiftieth of its size: the generator's ledger is consistent (running
 * totals, reversals), the statistics agree with the ledger, and the statistics and the ranking are timed against their
 * SQL ceilings ({@link VolunteerBench}) as `make bench` times them, printed for the record.
 */
@QuarkusTest
class VolunteerBenchTest {
    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    @Test
    void aSmallVolunteerDistrictIsConsistentAndItsReadsAreTimedAgainstTheirCeilings() throws Exception {
        World w = fixtures.world();
        String path = "/" + w.subDistrict() + "/";
        LocalDate today = LocalDate.now(IssueDeadlines.ZONE);
        VolunteerGenerator.Result result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            result = new VolunteerGenerator(c, cipher, 7L)
                    .generate(path, List.of(w.communityA(), w.communityB()), 1000, 60, 1200, 40_000, today, 1095);
            c.commit();
        }
        System.err.printf(
                "[volunteer bench] generated %d volunteers, %d teams, %d activities, %d entries in %d ms%n",
                result.volunteers(), result.teams(), result.activities(), result.entries(), result.millis());
        assertThat(count("SELECT COUNT(*) FROM volunteer WHERE area_path LIKE ?", path + "%"))
                .isEqualTo(1000);
        assertThat(count("SELECT COUNT(*) FROM volunteer_team WHERE area_path LIKE ?", path + "%"))
                .isEqualTo(60);
        assertThat(count("SELECT COUNT(*) FROM volunteer_activity WHERE area_path LIKE ?", path + "%"))
                .isEqualTo(1200);
        assertThat(count("SELECT COUNT(*) FROM volunteer_hours_entry WHERE area_path LIKE ?", path + "%"))
                .isEqualTo(40_000);
        // the running totals are the confirmed ledger's sums
        assertThat(count(
                        "SELECT COUNT(*) FROM volunteer v WHERE v.area_path LIKE ? AND v.confirmed_minutes <> (SELECT"
                                + " COALESCE(SUM(h.minutes), 0) FROM volunteer_hours_entry h WHERE h.volunteer_id = v.id"
                                + " AND h.status = 'CONFIRMED')",
                        path + "%"))
                .isZero();
        // corrections: every reversal undoes a confirmed entry of the same volunteer, exactly
        long reversals = count(
                "SELECT COUNT(*) FROM volunteer_hours_entry r WHERE r.area_path LIKE ? AND r.source = 'REVERSAL'",
                path + "%");
        assertThat(reversals).isPositive();
        assertThat(count(
                        "SELECT COUNT(*) FROM volunteer_hours_entry r JOIN volunteer_hours_entry o ON o.id = r.reverses_id"
                                + " WHERE r.area_path LIKE ? AND o.status = 'CONFIRMED' AND o.volunteer_id = r.volunteer_id"
                                + " AND o.minutes = -r.minutes",
                        path + "%"))
                .isEqualTo(reversals);
        assertThat(count(
                        "SELECT COUNT(*) FROM volunteer_hours_entry WHERE area_path LIKE ? AND status <> 'CONFIRMED'",
                        path + "%"))
                .isPositive();

        LocalDate from = today.minusDays(364);
        long minutes = count(
                "SELECT SUM(minutes) FROM volunteer_hours_entry WHERE area_path LIKE ? AND status = 'CONFIRMED'"
                        + " AND service_date >= '" + from + "' AND service_date <= '" + today + "'",
                path + "%");
        JsonPath stats = as(w.admin())
                .queryParam("from", from.toString())
                .queryParam("to", today.toString())
                .get("/api/volunteer-stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stats.getDouble("totals.hours")).isEqualTo(Math.round(minutes / 6.0) / 10.0);
        assertThat(stats.getLong("totals.registeredVolunteers")).isBetween(900L, 1000L);
        assertThat(stats.getList("byCommunity")).hasSize(3); // the sub-district's own teams, A and B

        String communityPath = path + w.communityA() + "/";
        Map<String, Object> period = Map.of("from", from.toString(), "to", today.toString());
        time(
                "stats, community",
                w.staffA(),
                "/api/volunteer-stats",
                Map.of("areaId", w.communityA()),
                period,
                c -> VolunteerBench.stats(c, w.communityA(), communityPath, from, today));
        time(
                "stats, sub-district",
                w.admin(),
                "/api/volunteer-stats",
                Map.of(),
                period,
                c -> VolunteerBench.stats(c, null, null, from, today));
        time(
                "ranking, sub-district",
                w.admin(),
                "/api/volunteer-stats/ranking",
                Map.of(),
                period,
                c -> VolunteerBench.ranking(c, null, null, from, today));
    }

    /** The median of 15 requests of the endpoint and of its ceiling, after 5 of each to warm up. */
    private void time(
            String what,
            String user,
            String url,
            Map<String, Object> params,
            Map<String, Object> period,
            Ceiling.Op ceiling)
            throws Exception {
        BenchProbe.Medians m = BenchProbe.medians(
                dataSource,
                () -> as(user).queryParams(period)
                        .queryParams(params)
                        .get(url)
                        .then()
                        .statusCode(200),
                ceiling);
        System.err.printf(
                "[volunteer bench] %s: endpoint median %.1f ms, ceiling (its SQL over JDBC) median %.1f ms%n",
                what, m.endpoint(), m.ceiling());
    }

    private long count(String sql, Object... params) throws Exception {
        return BenchProbe.count(dataSource, sql, params);
    }
}
