package com.gridwork.dev.bench;

import com.gridwork.common.time.BeijingTime;
import com.gridwork.dev.generate.PartyGenerator;
import com.gridwork.partybuilding.PartyBuildingQueries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The party-building part of `make bench` (issue 16): 20,000 member reports, 2,000 units and 10,000 projects with
 * proportional posts, claims, wishes, agreements, milestones and points ({@link PartyGenerator}, generated once), and
 * the SQL ceiling of the statistics: the statements {@code PartyBuildingStatsService} runs ({@link
 * PartyBuildingQueries}, the same text), straight over JDBC.
 */
final class PartyBench {
    static final int REPORTS = 20_000;
    static final int UNITS = 2_000;
    static final int PROJECTS = 10_000;

    private PartyBench() {}

    /** Generates the party-building district when it has no member reports yet; adds its figures to the fixture. */
    static void prepare(Connection c, long district, Path out, Map<String, String> env) throws Exception {
        String districtPath = "/" + district + "/";
        if (Bench.count(c, "SELECT COUNT(*) FROM party_member_report WHERE area_path LIKE ?", districtPath + "%")
                == 0) {
            System.err.printf(
                    "[bench] generating party building: %d member reports, %d units, %d projects ...%n",
                    REPORTS, UNITS, PROJECTS);
            long admin = Bench.scalar(c, "SELECT id FROM staff WHERE username = 'bench-admin'");
            PartyGenerator.Result r = new PartyGenerator(c, 20261216L)
                    .generate(
                            district, new PartyGenerator.Options(REPORTS, UNITS, PROJECTS, BeijingTime.today(), admin));
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute(
                        "ANALYZE TABLE party_member_report, party_unit_report, party_post, party_post_claim, micro_wish,"
                                + " micro_wish_claim, cobuild_unit, cobuild_agreement, cobuild_project, cobuild_milestone");
            }
            System.err.printf(
                    "[bench] generated %d reports, %d units, %d agreements, %d posts, %d claims, %d wishes, %d projects,"
                            + " %d milestones, %d points entries in %.1f s%n",
                    r.reports(),
                    r.units(),
                    r.agreements(),
                    r.posts(),
                    r.claims(),
                    r.wishes(),
                    r.projects(),
                    r.milestones(),
                    r.points(),
                    r.millis() / 1000.0);
            Files.writeString(out.resolve("party-generation.txt"), r.millis() + "\n");
        }
        for (String[] count : new String[][] {
            {"PARTY_REPORTS", "party_member_report"},
            {"COBUILD_UNITS", "cobuild_unit"},
            {"COBUILD_PROJECTS", "cobuild_project"}
        }) {
            env.put(
                    count[0],
                    Long.toString(Bench.count(
                            c, "SELECT COUNT(*) FROM " + count[1] + " WHERE area_path LIKE ?", districtPath + "%")));
        }
    }

    // ------------------------------------------------------------------ ceilings

    /** The ceiling's operation of a party-building endpoint, or null for another endpoint. */
    static Ceiling.Op op(String name, Map<String, String> f) {
        long community = Long.parseLong(f.get("COMMUNITY_ID"));
        String communityPath = "/" + f.get("DISTRICT_ID") + "/" + community + "/";
        String districtPath = "/" + f.get("DISTRICT_ID") + "/";
        return switch (name) {
            case "party-stats-community" -> c -> stats(c, community, communityPath, BeijingTime.today());
            case "party-stats-district" -> c -> stats(c, null, districtPath, BeijingTime.today());
            default -> null;
        };
    }

    /**
     * PartyBuildingStatsService.stats for this year: the area (when one is named), the statements of every figure under
     * the area's path, the units' names and the post categories' names.
     */
    static void stats(Connection c, Long areaId, String path, LocalDate today) throws SQLException {
        if (areaId != null) {
            Ceiling.area(c, areaId);
        }
        Map<String, Object> p = params(path, today);
        UnaryOperator<String> on = column -> column + " like :scope0";
        for (String sql : statements(on)) {
            run(c, sql, p);
        }
        List<Object> codes = new ArrayList<>();
        for (Object[] r : run(c, PartyBuildingQueries.membersByPostCategory(on), p)) {
            codes.add(r[0]);
        }
        List<Object> units = new ArrayList<>();
        for (Object[] r : run(c, PartyBuildingQueries.membersByUnit(on), p)) {
            units.add(r[0]);
        }
        for (Object[] r : run(c, PartyBuildingQueries.unitReportTotals(on), p)) {
            units.add(r[0]);
        }
        if (!units.isEmpty()) {
            run(c, PartyBuildingQueries.UNITS_BY_ID, Map.of("ids", units.subList(0, Math.min(units.size(), 50))));
        }
        if (!codes.isEmpty()) {
            run(c, PartyBuildingQueries.POST_CATEGORY_NAMES, Map.of("codes", codes));
        }
    }

    /** Each statement's plan over the area's rows: {table, access type, key, extra} per table read. */
    static List<String[]> explain(Connection c, String path, LocalDate today) throws SQLException {
        Map<String, Object> p = params(path, today);
        UnaryOperator<String> on = column -> column + " like :scope0";
        List<String> all = new ArrayList<>(statements(on));
        all.add(PartyBuildingQueries.membersByPostCategory(on));
        all.add(PartyBuildingQueries.membersByUnit(on));
        all.add(PartyBuildingQueries.unitReportTotals(on));
        List<String[]> plans = new ArrayList<>();
        for (String sql : all) {
            for (Object[] row : run(c, "EXPLAIN " + sql, p)) {
                // MariaDB and MySQL: id, select_type, table, (partitions,) type, possible_keys, key, ..., Extra
                int shift = row.length > 10 ? 1 : 0;
                plans.add(new String[] {
                    String.valueOf(row[2]),
                    String.valueOf(row[3 + shift]),
                    String.valueOf(row[5 + shift]),
                    String.valueOf(row[row.length - 1])
                });
            }
        }
        return plans;
    }

    private static List<String> statements(UnaryOperator<String> on) {
        return List.of(
                PartyBuildingQueries.membersReported(on),
                PartyBuildingQueries.membersByEmployerType(on),
                PartyBuildingQueries.membersActiveNow(on),
                PartyBuildingQueries.posts(on),
                PartyBuildingQueries.claimsMade(on),
                PartyBuildingQueries.wishes(on),
                PartyBuildingQueries.wishesClaimed(on),
                PartyBuildingQueries.units(on),
                PartyBuildingQueries.paired(on),
                PartyBuildingQueries.agreementsByStatus(on),
                PartyBuildingQueries.projectsByStatus(on),
                PartyBuildingQueries.projectsSignedAndCompleted(on),
                PartyBuildingQueries.overdueMilestones(on));
    }

    /** The service's parameters for this year under a path (its instants as the UTC times the database holds). */
    private static Map<String, Object> params(String path, LocalDate today) {
        Map<String, Object> p = PartyBuildingQueries.parameters(
                today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()), today);
        p.replaceAll((name, value) ->
                value instanceof Instant at ? at.atOffset(ZoneOffset.UTC).toLocalDateTime() : value);
        p.put("scope0", path + "%");
        return p;
    }

    private static final Pattern NAMED = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    /** A statement with named parameters run over JDBC: each name becomes one ? (a collection as many). */
    static List<Object[]> run(Connection c, String sql, Map<String, ?> values) throws SQLException {
        List<Object> params = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value instanceof Collection<?> list) {
                params.addAll(list);
                m.appendReplacement(text, Ceiling.marks(list.size()));
            } else {
                params.add(value);
                m.appendReplacement(text, "?");
            }
        }
        m.appendTail(text);
        return Ceiling.rows(c, text.toString(), params);
    }
}
