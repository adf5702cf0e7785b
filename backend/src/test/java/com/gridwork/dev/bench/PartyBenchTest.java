package com.gridwork.dev.bench;

import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dev.generate.PartyGenerator;
import com.gridwork.dev.generate.VolunteerGenerator;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.VisitFixtures;
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
 * The party-building district of `make bench` at a fiftieth of its size (400 reports, 40 units, 200 projects): the
 * generator's rows keep the tables' invariants (a post's claim_count is its live claims, within capacity; a realised
 * wish has its realised claim), the statistics agree with counts written independently of the definitions' SQL (the
 * points ledger for completed projects), and the statistics of a community and of the sub-district are timed against
 * their SQL ceilings ({@link PartyBench}) as `make bench` times them, printed for the record.
 */
@QuarkusTest
class PartyBenchTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    @Test
    void aSmallPartyDistrictIsConsistentAndItsStatisticsAreTimedAgainstTheirCeilings() throws Exception {
        World w = fixtures.world();
        String path = "/" + w.subDistrict() + "/";
        LocalDate today = BeijingTime.today();
        for (long grid : List.of(w.gridA1(), w.gridA2(), w.gridB1(), w.gridB2())) {
            for (int i = 0; i < 5; i++) {
                visits.household(grid);
            }
        }
        PartyGenerator.Result result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // a seed of its own: VolunteerBenchTest's volunteers share this database and their ID numbers are unique
            new VolunteerGenerator(c, cipher, 1607L)
                    .generate(path, List.of(w.communityA(), w.communityB()), 1000, 10, 20, 100, today, 365);
            result = new PartyGenerator(c, 11L)
                    .generate(
                            w.subDistrict(),
                            new PartyGenerator.Options(400, 40, 200, today, fixtures.staffId(w.admin())));
            c.commit();
        }
        System.err.printf(
                "[party bench] generated %d reports, %d units, %d agreements, %d posts, %d claims, %d wishes, %d projects,"
                        + " %d milestones, %d points entries in %d ms%n",
                result.reports(),
                result.units(),
                result.agreements(),
                result.posts(),
                result.claims(),
                result.wishes(),
                result.projects(),
                result.milestones(),
                result.points(),
                result.millis());
        assertThat(count("SELECT COUNT(*) FROM party_member_report WHERE area_path LIKE ?", path + "%"))
                .isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM cobuild_unit WHERE area_path = ?", path))
                .isEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM cobuild_project WHERE area_path LIKE ?", path + "%"))
                .isEqualTo(200);
        assertThat(result.claims()).isPositive();
        // a post's claim_count is its live claims, never above capacity
        assertThat(count(
                        "SELECT COUNT(*) FROM party_post p WHERE p.area_path LIKE ? AND (p.claim_count > p.capacity OR"
                                + " p.claim_count <> (SELECT COUNT(*) FROM party_post_claim c WHERE c.post_id = p.id"
                                + " AND c.status = 'ACTIVE'))",
                        path + "%"))
                .isZero();
        // a realised wish has exactly its realised claim
        assertThat(count(
                        "SELECT COUNT(*) FROM micro_wish w WHERE w.area_path LIKE ? AND w.status = 'REALISED' AND 1 <>"
                                + " (SELECT COUNT(*) FROM micro_wish_claim c WHERE c.wish_id = w.id AND c.status = 'REALISED')",
                        path + "%"))
                .isZero();

        JsonPath stats = as(w.admin())
                .get("/api/party-building/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // the year's confirmed reports, one per person and community, counted without the definitions' SQL
        long reported = count(
                "SELECT COUNT(*) FROM (SELECT DISTINCT volunteer_id, community_id FROM party_member_report WHERE"
                        + " area_path LIKE ? AND report_year = ? AND status NOT IN ('SUBMITTED', 'REJECTED')"
                        + " AND NOT (status = 'WITHDRAWN' AND decided_at IS NULL)) x",
                path + "%",
                today.getYear());
        assertThat(stats.getLong("members.membersReported")).isEqualTo(reported).isPositive();
        // completed projects are the year's completion points in the ledger
        long completed = count(
                "SELECT COUNT(*) FROM cobuild_points_entry WHERE area_path = ? AND kind = 'PROJECT_COMPLETED'"
                        + " AND YEAR(earned_on) = ?",
                path,
                today.getYear());
        assertThat(stats.getLong("coBuild.projectsCompleted")).isEqualTo(completed);
        assertThat(stats.getString("memberReportLine")).startsWith("在职党员报到" + reported + "名");

        explain(path, today);

        String communityPath = path + w.communityA() + "/";
        time(
                "stats, community",
                w.staffA(),
                Map.of("areaId", w.communityA()),
                c -> PartyBench.stats(c, w.communityA(), communityPath, today));
        time("stats, sub-district", w.admin(), Map.of(), c -> PartyBench.stats(c, null, path, today));
    }

    /** The median of 15 requests of the endpoint and of its ceiling, after 5 of each to warm up. */
    private void time(String what, String user, Map<String, Object> params, Ceiling.Op ceiling) throws Exception {
        BenchProbe.Medians m = BenchProbe.medians(
                dataSource,
                () -> as(user).queryParams(params)
                        .get("/api/party-building/stats")
                        .then()
                        .statusCode(200),
                ceiling);
        System.err.printf(
                "[party bench] %s: endpoint median %.1f ms, ceiling (its SQL over JDBC) median %.1f ms%n",
                what, m.endpoint(), m.ceiling());
    }

    /** Prints how the database runs each statement of the district's statistics (the key each table is read by). */
    private void explain(String path, LocalDate today) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (String[] plan : PartyBench.explain(c, path, today)) {
                System.err.printf("[party bench] EXPLAIN %s%n", String.join(" | ", plan));
            }
        }
    }

    private long count(String sql, Object... params) throws Exception {
        return BenchProbe.count(dataSource, sql, params);
    }
}
