package com.gridwork.dev.bench;

import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dev.generate.RegistryGenerator;
import com.gridwork.dev.generate.VisitGenerator;
import com.gridwork.dev.generate.VolunteerGenerator;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pairings-and-visits district of `make bench` at a fiftieth of its size (6,000 households, 8,000 visits): the
 * generator's obligations agree with its visits under the README's counting definition, recounted here in SQL,
 * independently of the generator's Java (same-day visits count once, attempts never satisfy, visits count only while
 * the obligation is open, so a visit after the period satisfies it late, phone calls do not count for the door-step
 * rule, an obligation that stopped applying counts nothing from that day); the ceilings of the bench rows are timed,
 * printed for the record.
 */
@QuarkusTest
class VisitBenchTest {
    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    /** Visit {@code v} counts for obligation o (rule r) under the definition, whatever its outcome. */
    private static String counts(String v) {
        return v + ".household_id = o.household_id AND " + v + ".visited_on >= o.starts_on"
                + " AND (o.not_applicable_on IS NULL OR " + v + ".visited_on < o.not_applicable_on)"
                + " AND " + v + ".mode IN (SELECT m.mode FROM visit_rule_mode m WHERE m.rule_id = o.rule_id)"
                + " AND (" + v + ".visitor_staff_id = o.responsible_staff_id OR (r.responsible = 'GRID_WORKER'"
                + " AND " + v
                + ".visitor_staff_id IN (SELECT s.id FROM staff s JOIN staff_area sa ON sa.staff_id = s.id"
                + " JOIN area sc ON sc.id = sa.area_id JOIN area g ON g.id = o.grid_id"
                + " WHERE s.role = 'grid-worker' AND s.enabled = TRUE AND g.path LIKE CONCAT(sc.path, '%'))))";
    }

    private static final String COUNTS = counts("v");
    /** ... and while the obligation is open: until the day that satisfied it, in its period or after. */
    private static final String WHILE_OPEN = " AND (o.satisfied_on IS NULL OR v.visited_on <= o.satisfied_on)";

    @Test
    void aSmallVisitDistrictCountsItsObligationsFromItsVisitsAndItsReadsAreTimed() throws Exception {
        World w = fixtures.world();
        String path = "/" + w.subDistrict() + "/";
        LocalDate today = BeijingTime.today();
        VisitGenerator.Result result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<Long, Integer> households = new LinkedHashMap<>();
            for (long grid : List.of(w.gridA1(), w.gridA2(), w.gridB1(), w.gridB2())) {
                households.put(grid, 1500);
            }
            RegistryGenerator.standalone(cipher).generate(c, households, 15L, "bench-test", false);
            new VolunteerGenerator(c, cipher, 15L)
                    .generate(path, List.of(w.communityA(), w.communityB()), 120, 4, 20, 400, today, 365);
            result = new VisitGenerator(c, 15L)
                    .generate(
                            w.subDistrict(),
                            today,
                            new VisitGenerator.Options(8000, 8, 6, 0, true, "vb" + w.subDistrict()));
            c.commit();
        }
        System.err.printf(
                "[visit bench] generated %d staff, %d pairings, %d periods, %d obligations, %d visits (%d attempts) in %d ms%n",
                result.staffCreated(),
                result.pairings(),
                result.periods(),
                result.obligations(),
                result.visits(),
                result.attempts(),
                result.millis());

        // sizes: every active household under the half-year rule, 8 % paired, the visits asked for
        long active = count("SELECT COUNT(*) FROM household WHERE area_path LIKE ? AND status = 'ACTIVE'", path + "%");
        long gridRule = count(
                "SELECT id FROM visit_rule WHERE sub_district_id = ? AND default_rule = 'GRID_HALF_YEAR'",
                w.subDistrict());
        long pairedRule = count(
                "SELECT id FROM visit_rule WHERE sub_district_id = ? AND default_rule = 'PAIRED_MONTHLY'",
                w.subDistrict());
        assertThat(count("SELECT COUNT(*) FROM visit_obligation WHERE rule_id = ?", gridRule))
                .isEqualTo(active);
        assertThat(count("SELECT COUNT(*) FROM pairing WHERE area_path LIKE ?", path + "%"))
                .isBetween(active * 7 / 100, active * 8 / 100);
        assertThat(count("SELECT COUNT(*) FROM visit WHERE area_path LIKE ?", path + "%"))
                .isEqualTo(8000);
        assertThat(count("SELECT COUNT(*) FROM visit_period WHERE rule_id = ?", pairedRule))
                .isEqualTo(6);
        // the denominator: each period's household_count is the obligations created when it started
        assertThat(count(
                        "SELECT COUNT(*) FROM visit_period p WHERE p.rule_id IN (?, ?) AND p.household_count <>"
                                + " (SELECT COUNT(*) FROM visit_obligation o WHERE o.period_id = p.id)",
                        gridRule,
                        pairedRule))
                .isZero();
        // every obligation agrees with the visits
        String mine = "FROM visit_obligation o JOIN visit_rule r ON r.id = o.rule_id WHERE o.rule_id IN (?, ?)";
        assertThat(count(
                        "SELECT COUNT(*) " + mine + " AND o.completed_days <> (SELECT COUNT(DISTINCT v.visited_on)"
                                + " FROM visit v WHERE " + COUNTS + WHILE_OPEN + " AND v.outcome = 'COMPLETED')",
                        gridRule,
                        pairedRule))
                .as("completed_days: distinct days with a counting completed visit")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) " + mine + " AND o.attempt_days <> (SELECT COUNT(DISTINCT v.visited_on)"
                                + " FROM visit v WHERE " + COUNTS + WHILE_OPEN + " AND v.outcome <> 'COMPLETED'"
                                + " AND NOT EXISTS (SELECT 1 FROM visit d WHERE " + counts("d")
                                + " AND d.visited_on = v.visited_on AND d.outcome = 'COMPLETED'))",
                        gridRule,
                        pairedRule))
                .as("attempt_days: distinct days with only attempts")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) " + mine + " AND NOT (o.satisfied_on <=> (SELECT MIN(v.visited_on)"
                                + " FROM visit v WHERE " + COUNTS + " AND v.outcome = 'COMPLETED'))",
                        gridRule,
                        pairedRule))
                .as("satisfied_on: the first day with a counting completed visit (one visit required)")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) " + mine + " AND o.status <> CASE WHEN o.satisfied_on IS NULL THEN"
                                + " (CASE WHEN o.not_applicable_on IS NULL THEN 'OPEN' ELSE 'NOT_APPLICABLE' END)"
                                + " WHEN o.satisfied_on > o.due_on THEN 'SATISFIED_LATE' ELSE 'SATISFIED' END",
                        gridRule,
                        pairedRule))
                .as("status follows satisfied_on and the due day")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) " + mine
                                + " AND ((o.last_visit_id IS NULL) <> (o.completed_days + o.attempt_days = 0)"
                                + " OR (o.last_visit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM visit v"
                                + " WHERE v.id = o.last_visit_id AND " + COUNTS + WHILE_OPEN + ")))",
                        gridRule,
                        pairedRule))
                .as("last_visit_id: a visit taken into account, whenever there is one")
                .isZero();
        // ... and the data holds every case the definition names
        assertThat(count(
                        "SELECT COUNT(*) " + mine + " AND o.completed_days < (SELECT COUNT(*) FROM visit v WHERE "
                                + COUNTS + WHILE_OPEN + " AND v.outcome = 'COMPLETED')",
                        gridRule,
                        pairedRule))
                .as("obligations with two counting visits on one day, counted once")
                .isPositive();
        assertThat(count(
                        "SELECT COUNT(*) " + mine + " AND o.status = 'OPEN' AND o.attempt_days > 0",
                        gridRule,
                        pairedRule))
                .as("attempted only: attempts never satisfy")
                .isPositive();
        assertThat(count(
                        "SELECT COUNT(*) " + mine + " AND o.status = 'OPEN' AND r.responsible = 'GRID_WORKER'"
                                + " AND EXISTS (SELECT 1 FROM visit v WHERE v.household_id = o.household_id"
                                + " AND v.visitor_staff_id = o.responsible_staff_id AND v.outcome = 'COMPLETED'"
                                + " AND v.mode = 'PHONE')",
                        gridRule,
                        pairedRule))
                .as("a grid worker's phone call does not count for the door-step rule")
                .isPositive();
        assertThat(count(
                        "SELECT COUNT(*) " + mine + " AND o.status = 'SATISFIED_LATE' AND o.satisfied_on > o.ends_on",
                        gridRule,
                        pairedRule))
                .as("satisfied late, after the month")
                .isPositive();
        assertThat(count(
                        "SELECT COUNT(DISTINCT o.not_applicable_reason) " + mine + " AND o.status = 'NOT_APPLICABLE'",
                        gridRule,
                        pairedRule))
                .as("exclusions with their reasons: pairing ended, long away")
                .isEqualTo(2);
        assertThat(count(
                        "SELECT COUNT(*) " + mine + " AND o.status = 'OPEN' AND o.due_on < ?",
                        gridRule,
                        pairedRule,
                        today))
                .as("overdue")
                .isPositive();

        // the bench rows' ceilings at this scale
        long period = count("SELECT id FROM visit_period WHERE rule_id = ? ORDER BY starts_on DESC LIMIT 1", gridRule);
        String gridPath = path + w.communityA() + "/" + w.gridA1() + "/";
        String communityPath = path + w.communityA() + "/";
        long worker = count(
                "SELECT MIN(s.id) FROM staff s JOIN staff_area sa ON sa.staff_id = s.id WHERE sa.area_id = ?"
                        + " AND s.role = 'grid-worker'",
                w.gridA1());
        List<Object[]> district;
        try (Connection c = dataSource.getConnection()) {
            district = VisitBench.coverage(c, null, null, period, today);
        }
        long obligations = district.stream()
                .mapToLong(r -> ((Number) r[1]).longValue() + ((Number) r[2]).longValue())
                .sum();
        assertThat(obligations).isEqualTo(active);
        // the coverage endpoint gives the ceiling's answer, row by row
        for (Object[] r : district) {
            JsonPath row =
                    coverage(w.admin(), gridRule, period, null).setRoot("rows.find { it.key == '" + r[0] + "' }");
            List<String> figures = List.of(
                    "denominator",
                    "excluded",
                    "visited",
                    "satisfiedLate",
                    "partiallyVisited",
                    "attemptedOnly",
                    "notVisited",
                    "overdue");
            for (int i = 0; i < figures.size(); i++) {
                assertThat(row.getLong("figures." + figures.get(i)))
                        .as("grid %s, %s", r[0], figures.get(i))
                        .isEqualTo(((Number) r[i + 1]).longValue());
            }
        }
        assertThat(coverage(w.admin(), gridRule, period, null).getLong("totals.denominator")
                        + coverage(w.admin(), gridRule, period, null).getLong("totals.excluded"))
                .isEqualTo(active);

        Map<String, Object> rule = Map.of("ruleId", gridRule, "periodId", period, "groupBy", "GRID");
        time(
                "coverage, grid",
                w.workerA1(),
                "/api/visit-coverage",
                with(rule, "areaId", w.gridA1()),
                c -> VisitBench.coverage(c, w.gridA1(), gridPath, period, today));
        time(
                "coverage, community",
                w.staffA(),
                "/api/visit-coverage",
                with(rule, "areaId", w.communityA()),
                c -> VisitBench.coverage(c, w.communityA(), communityPath, period, today));
        time(
                "coverage, sub-district",
                w.admin(),
                "/api/visit-coverage",
                rule,
                c -> VisitBench.coverage(c, null, null, period, today));
        // bench.sh's rows of issue 15 run their ceilings on the fixture VisitBench.prepare writes
        Map<String, String> fixture = new java.util.HashMap<>(Map.of(
                "DISTRICT_ID", Long.toString(w.subDistrict()),
                "COMMUNITY_ID", Long.toString(w.communityA()),
                "GRID_ID", Long.toString(w.gridA1()),
                "GRID_PATH", gridPath,
                "GRIDWORKER_STAFF_ID", Long.toString(worker)));
        try (Connection c = dataSource.getConnection()) {
            VisitBench.prepare(c, w.subDistrict(), java.nio.file.Files.createTempDirectory("visit-bench"), fixture);
            assertThat(fixture)
                    .containsEntry("VISIT_PERIOD_ID", Long.toString(period))
                    .containsEntry("VISIT_RULE_ID", Long.toString(gridRule));
            List<String> rows = java.nio.file.Files.readAllLines(java.nio.file.Path.of("dev/bench.sh")).stream()
                    .filter(l -> l.matches("\\s*\"visit[^|]*\\|.*"))
                    .map(l -> l.strip().substring(1, l.strip().indexOf('|')))
                    .toList();
            assertThat(rows)
                    .containsExactly(
                            "visit-coverage-grid",
                            "visit-coverage-community",
                            "visit-coverage-district",
                            "visit-obligations-mine",
                            "visits-community");
            for (String row : rows) {
                VisitBench.op(row, fixture).run(c);
            }
            assertThat(VisitBench.op("hh-detail", fixture)).isNull();
        }
        // the lists of other parts of issue 15 (not on this branch): their ceilings alone
        time("the grid worker's day", null, null, null, c -> VisitBench.mine(c, worker, today));
        time("visit log, community", null, null, null, c -> VisitBench.visitLog(c, w.communityA(), communityPath));
    }

    private static JsonPath coverage(String user, long rule, long period, Long area) {
        var request = as(user).queryParam("ruleId", rule).queryParam("periodId", period);
        if (area != null) {
            request.queryParam("areaId", area);
        }
        return request.get("/api/visit-coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> with(Map<String, Object> params, String key, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put(key, value);
        return all;
    }

    /** The median of 15 requests of the endpoint (when given) and of its ceiling, after 5 of each to warm up. */
    private void time(String what, String user, String url, Map<String, Object> params, Ceiling.Op ceiling)
            throws Exception {
        BenchProbe.Medians m = BenchProbe.medians(
                dataSource,
                url == null
                        ? null
                        : () -> as(user).queryParams(params).get(url).then().statusCode(200),
                ceiling);
        System.err.printf(
                "[visit bench] %s: %sceiling (plain SQL over JDBC) median %.1f ms%n",
                what, url == null ? "" : String.format("endpoint median %.1f ms, ", m.endpoint()), m.ceiling());
    }

    private long count(String sql, Object... params) throws Exception {
        return BenchProbe.count(dataSource, sql, params);
    }
}
