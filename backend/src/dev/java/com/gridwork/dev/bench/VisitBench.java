package com.gridwork.dev.bench;

import com.gridwork.common.time.BeijingTime;
import com.gridwork.dev.generate.VisitGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairings-and-visits part of `make bench` (issue 15): the district's 300,000 households under the two default
 * rules for a half-year, pairings for 8 % of them, 400,000 visits ({@link VisitGenerator}, generated once), and the
 * SQL ceilings of the coverage of a grid, a community and the district, the grid worker's day list and a community's
 * visit log: for each, the fastest plain SQL that gives the same answer, over JDBC.
 */
final class VisitBench {
    static final int VISITS = 400_000;
    static final int PAIRING_PERCENT = 8;
    static final int MONTHS = 6;
    static final int PAGE = 20;

    private VisitBench() {}

    /** Generates pairings, periods, obligations and visits when the district has no visits yet; adds the fixture. */
    static void prepare(Connection c, long district, Path out, Map<String, String> env) throws Exception {
        String districtPath = "/" + district + "/";
        if (Bench.count(c, "SELECT COUNT(*) FROM visit WHERE area_path LIKE ?", districtPath + "%") == 0) {
            System.err.printf(
                    "[bench] generating pairings and visits: %d %% of households paired, %d monthly periods and a"
                            + " half-year, %d visits ...%n",
                    PAIRING_PERCENT, MONTHS, VISITS);
            // A backend started on this database before (its obligation clock) may have made the default rules' running
            // periods without visits: the generator makes all periods itself.
            for (String table : List.of("visit_obligation", "visit_period")) {
                try (var s = c.prepareStatement("DELETE x FROM " + table + " x JOIN visit_rule r ON r.id = x.rule_id"
                        + " WHERE r.sub_district_id = ?")) {
                    s.setLong(1, district);
                    s.executeUpdate();
                }
            }
            VisitGenerator.Result r = new VisitGenerator(c, 20261215L)
                    .generate(
                            district,
                            BeijingTime.today(),
                            new VisitGenerator.Options(VISITS, PAIRING_PERCENT, MONTHS, 0, true, "bench"));
            c.commit();
            System.err.printf(
                    "[bench] generated %d staff, %d pairings, %d periods, %d obligations, %d visits (%d attempts) in %.1f s%n",
                    r.staffCreated(),
                    r.pairings(),
                    r.periods(),
                    r.obligations(),
                    r.visits(),
                    r.attempts(),
                    r.millis() / 1000.0);
            Files.writeString(out.resolve("visit-generation.txt"), r.millis() + "\n");
        }
        long rule = Bench.scalar(
                c, "SELECT id FROM visit_rule WHERE sub_district_id = ? AND default_rule = 'GRID_HALF_YEAR'", district);
        env.put("VISIT_RULE_ID", Long.toString(rule));
        env.put(
                "VISIT_PERIOD_ID",
                Long.toString(Bench.scalar(
                        c, "SELECT id FROM visit_period WHERE rule_id = ? ORDER BY starts_on DESC LIMIT 1", rule)));
        for (String[] count :
                new String[][] {{"VISITS", "visit"}, {"VISIT_OBLIGATIONS", "visit_obligation"}, {"PAIRINGS", "pairing"}
                }) {
            env.put(
                    count[0],
                    Long.toString(Bench.count(
                            c, "SELECT COUNT(*) FROM " + count[1] + " WHERE area_path LIKE ?", districtPath + "%")));
        }
        // Warm the buffer pool with the rows the coverage and the lists read.
        for (String sql : List.of(
                "SELECT COUNT(*), SUM(completed_days) FROM visit_obligation",
                "SELECT COUNT(*), SUM(accuracy_meters) FROM visit")) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                rs.next();
            }
        }
    }

    // ------------------------------------------------------------------ ceilings

    /** The ceiling's operation of a pairings-and-visits endpoint, or null for another endpoint. */
    static Ceiling.Op op(String name, Map<String, String> f) {
        if (!name.startsWith("visit")) {
            return null;
        }
        long grid = Long.parseLong(f.get("GRID_ID"));
        String gridPath = f.get("GRID_PATH");
        long community = Long.parseLong(f.get("COMMUNITY_ID"));
        String communityPath = "/" + f.get("DISTRICT_ID") + "/" + community + "/";
        long period = Long.parseLong(f.get("VISIT_PERIOD_ID"));
        long worker = Long.parseLong(f.get("GRIDWORKER_STAFF_ID"));
        return switch (name) {
            case "visit-coverage-grid" -> c -> coverage(c, grid, gridPath, period, BeijingTime.today());
            case "visit-coverage-community" -> c -> coverage(c, community, communityPath, period, BeijingTime.today());
            case "visit-coverage-district" -> c -> coverage(c, null, null, period, BeijingTime.today());
            case "visit-obligations-mine" -> c -> mine(c, worker, BeijingTime.today());
            case "visits-community" -> c -> visitLog(c, community, communityPath);
            default -> throw new IllegalArgumentException("unknown endpoint " + name);
        };
    }

    /**
     * GET /api/visit-coverage?ruleId&periodId&areaId&groupBy=GRID: the period and its rule, then one grouped pass over
     * the period's obligations in the area: per grid the denominator (obligations still applicable), the excluded,
     * visited on time, satisfied late, partially visited, attempted only, not visited and overdue (README "Visit
     * coverage", definitions); the grids' names. Returns the rows: grid id, then the eight figures in that order.
     */
    static List<Object[]> coverage(Connection c, Long areaId, String areaPath, long periodId, LocalDate today)
            throws SQLException {
        if (areaId != null) {
            Ceiling.area(c, areaId);
        }
        Ceiling.rows(
                c,
                "select p.id, p.rule_id, p.starts_on, p.ends_on, p.due_on, p.household_count, r.name, r.sub_district_id"
                        + " from visit_period p join visit_rule r on r.id = p.rule_id where p.id = ?",
                List.of(periodId));
        List<Object> params = new ArrayList<>(List.of(today, periodId));
        if (areaPath != null) {
            params.add(areaPath + "%");
        }
        List<Object[]> rows = Ceiling.rows(
                c,
                "select o.grid_id, sum(o.status <> 'NOT_APPLICABLE'), sum(o.status = 'NOT_APPLICABLE'),"
                        + " sum(o.status = 'SATISFIED'), sum(o.status = 'SATISFIED_LATE'),"
                        + " sum(o.status = 'OPEN' and o.completed_days > 0),"
                        + " sum(o.status = 'OPEN' and o.completed_days = 0 and o.attempt_days > 0),"
                        + " sum(o.status = 'OPEN' and o.completed_days = 0 and o.attempt_days = 0),"
                        + " sum(o.status = 'OPEN' and o.due_on < ?)"
                        + " from visit_obligation o where o.period_id = ?"
                        + (areaPath == null ? "" : " and o.area_path like ?") + " group by o.grid_id",
                params);
        Set<Object> grids = new LinkedHashSet<>();
        rows.forEach(r -> grids.add(r[0]));
        Ceiling.rows(
                c,
                "select a.id, a.name, a.path from area a where a.id in (" + Ceiling.marks(grids.size()) + ")",
                new ArrayList<>(grids));
        return rows;
    }

    /**
     * GET /api/visit-obligations/mine: the caller's open obligations (due and overdue), nearest due first: the first
     * page with rule, responsible person, household (address, building, grid), and the total.
     */
    static List<Object[]> mine(Connection c, long staffId, LocalDate today) throws SQLException {
        List<Object[]> page = Ceiling.rows(
                c,
                "select o.id, o.rule_id, r.name, o.period_id, o.starts_on, o.ends_on, o.due_on,"
                        + " case when o.due_on < ? then 'OVERDUE' else 'DUE' end, o.responsible_staff_id,"
                        + " s.display_name, o.pairing_id, o.pairing_type_code, o.visits_required, o.completed_days,"
                        + " o.attempt_days, o.satisfied_on, o.last_visit_id, o.version, h.id, h.address, h.unit_no,"
                        + " h.room_no, b.name, g.id, g.name from visit_obligation o join visit_rule r on r.id = o.rule_id"
                        + " left join staff s on s.id = o.responsible_staff_id join household h on h.id = o.household_id"
                        + " left join area b on b.id = h.building_id join area g on g.id = h.grid_id"
                        + " where o.responsible_staff_id = ? and o.status = 'OPEN' order by o.due_on, o.id limit ?",
                List.of(today, staffId, PAGE));
        if (page.size() == PAGE) {
            Ceiling.rows(
                    c,
                    "select count(*) from visit_obligation o where o.responsible_staff_id = ? and o.status = 'OPEN'",
                    List.of(staffId));
        }
        return page;
    }

    /** GET /api/visits?areaId=: a community's visits, newest first, the first page with household and visitor, and the total. */
    static List<Object[]> visitLog(Connection c, long areaId, String areaPath) throws SQLException {
        Ceiling.area(c, areaId);
        List<Object[]> page = Ceiling.rows(
                c,
                "select v.id, v.visited_at, v.visited_on, v.mode, v.outcome, v.visitor_kind, v.pairing_id,"
                        + " h.id, h.address, g.id, g.name, s.id, s.display_name from visit v"
                        + " join household h on h.id = v.household_id join area g on g.id = v.grid_id"
                        + " join staff s on s.id = v.visitor_staff_id where v.area_path like ?"
                        + " order by v.visited_on desc, v.id desc limit ?",
                List.of(areaPath + "%", PAGE));
        if (page.size() == PAGE) {
            Ceiling.rows(c, "select count(*) from visit v where v.area_path like ?", List.of(areaPath + "%"));
        }
        return page;
    }
}
