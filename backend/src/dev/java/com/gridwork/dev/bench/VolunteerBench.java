package com.gridwork.dev.bench;

import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.dev.generate.VolunteerGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The volunteer part of `make bench` (issue 14): the district's volunteers, teams, activities and ledger
 * ({@link VolunteerGenerator}, generated once), and the SQL ceilings of the volunteer statistics and the ranking: the
 * statements {@code VolunteerStatsService} runs (as logged with quarkus.hibernate-orm.log.sql=true), straight over
 * JDBC.
 */
final class VolunteerBench {
    static final int VOLUNTEERS = 50_000;
    static final int TEAMS = 3_000;
    static final int ACTIVITIES = 60_000;
    static final int LEDGER_ENTRIES = 2_000_000;
    /** Three years of service: a one-year period reads a third of the ledger. */
    static final int DAYS = 1095;

    private VolunteerBench() {}

    /** Generates the volunteer district when it has no volunteers yet; adds its figures to the fixture. */
    static void prepare(
            Connection c,
            long district,
            String importCommunityCode,
            PersonalDataCipher cipher,
            Path out,
            Map<String, String> env)
            throws Exception {
        String districtPath = "/" + district + "/";
        if (Bench.count(c, "SELECT COUNT(*) FROM volunteer WHERE area_path LIKE ?", districtPath + "%") == 0) {
            List<Long> communities = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM area WHERE level = 'COMMUNITY' AND parent_id = ? AND code <> ? ORDER BY code")) {
                s.setLong(1, district);
                s.setString(2, importCommunityCode);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        communities.add(rs.getLong(1));
                    }
                }
            }
            System.err.printf(
                    "[bench] generating volunteer service: %d volunteers, %d teams, %d activities, %d ledger entries ...%n",
                    VOLUNTEERS, TEAMS, ACTIVITIES, LEDGER_ENTRIES);
            VolunteerGenerator.Result r = new VolunteerGenerator(c, cipher, 20261205L)
                    .generate(
                            districtPath,
                            communities,
                            VOLUNTEERS,
                            TEAMS,
                            ACTIVITIES,
                            LEDGER_ENTRIES,
                            LocalDate.now(com.gridwork.issue.IssueDeadlines.ZONE),
                            DAYS);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE volunteer, volunteer_team, volunteer_team_member, volunteer_activity,"
                        + " volunteer_session, volunteer_hours_entry");
            }
            System.err.printf(
                    "[bench] generated %d volunteers, %d teams, %d activities, %d ledger entries in %.1f s%n",
                    r.volunteers(), r.teams(), r.activities(), r.entries(), r.millis() / 1000.0);
            Files.writeString(out.resolve("volunteer-generation.txt"), r.millis() + "\n");
        }
        for (String[] count : new String[][] {
            {"VOLUNTEERS", "volunteer"},
            {"VOLUNTEER_TEAMS", "volunteer_team"},
            {"VOLUNTEER_ACTIVITIES", "volunteer_activity"},
            {"VOLUNTEER_LEDGER", "volunteer_hours_entry"}
        }) {
            env.put(
                    count[0],
                    Long.toString(Bench.count(
                            c, "SELECT COUNT(*) FROM " + count[1] + " WHERE area_path LIKE ?", districtPath + "%")));
        }
        // Warm the buffer pool with the index the statistics read.
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*), SUM(minutes) FROM volunteer_hours_entry FORCE INDEX (ix_hours_stats) WHERE status = 'CONFIRMED'")) {
            rs.next();
        }
    }

    // ------------------------------------------------------------------ ceilings

    /** The ceiling's operation of a volunteer endpoint, or null for another endpoint. */
    static Ceiling.Op op(String name, Map<String, String> f) {
        long community = Long.parseLong(f.get("COMMUNITY_ID"));
        String communityPath = "/" + f.get("DISTRICT_ID") + "/" + community + "/";
        LocalDate from = LocalDate.parse(f.get("STATS_FROM"));
        LocalDate to = LocalDate.parse(f.get("STATS_TO"));
        return switch (name) {
            case "volunteer-stats-community" -> c -> stats(c, community, communityPath, from, to);
            case "volunteer-stats-district" -> c -> stats(c, null, null, from, to);
            case "volunteer-ranking-community" -> c -> ranking(c, community, communityPath, from, to);
            case "volunteer-ranking-district" -> c -> ranking(c, null, null, from, to);
            default -> null;
        };
    }

    /** VolunteerStatsService.stats: the area, the ledger's cells and active counts, activities, teams, volunteers, names. */
    static void stats(Connection c, Long areaId, String path, LocalDate from, LocalDate to) throws SQLException {
        if (areaId != null) {
            Ceiling.area(c, areaId);
        }
        List<Object> p = path == null ? List.of() : List.of(path + "%");
        String area = path == null ? "1 = 1" : "h.area_path like ?";
        String ledger = " from volunteer_hours_entry h where h.status = 'CONFIRMED' and h.service_date >= ?"
                + " and h.service_date <= ? and " + area;
        List<Object> ledgerParams = concat(List.of(from, to), p);
        Set<Object> areas = new HashSet<>();
        Set<Object> teams = new HashSet<>();
        Set<Object> categories = new HashSet<>();
        for (Object[] r : Ceiling.rows(
                c,
                "select h.community_id, h.team_id, h.category_code, sum(h.minutes), sum(sign(h.minutes))" + ledger
                        + " group by h.community_id, h.team_id, h.category_code",
                ledgerParams)) {
            areas.add(r[0]);
            teams.add(r[1]);
            categories.add(r[2]);
        }
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        var start = from.atStartOfDay(zone)
                .withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime();
        var end = to.plusDays(1)
                .atStartOfDay(zone)
                .withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime();
        for (Object[] r : Ceiling.rows(
                c,
                "select a.community_id, a.team_id, a.category_code, count(*) from volunteer_activity a"
                        + " where a.status in ('IN_PROGRESS', 'ENDED', 'CLOSED') and a.starts_at < ? and a.ends_at >= ? and "
                        + (path == null ? "1 = 1" : "a.area_path like ?")
                        + " and exists (select 1 from volunteer_session s where s.activity_id = a.id"
                        + " and s.starts_at >= ? and s.starts_at < ?)"
                        + " group by a.community_id, a.team_id, a.category_code",
                concat(concat(List.of(end, start), p), List.of(start, end)))) {
            areas.add(r[0]);
            teams.add(r[1]);
        }
        Ceiling.rows(
                c,
                "select count(*) from (select h.volunteer_id" + ledger
                        + " group by h.volunteer_id having sum(h.minutes) > 0) x",
                ledgerParams);
        for (String column : List.of("h.community_id", "h.team_id", "h.category_code")) {
            Ceiling.rows(
                    c,
                    "select x.k, count(*) from (select " + column + " k, h.volunteer_id" + ledger + " and " + column
                            + " is not null group by " + column
                            + ", h.volunteer_id having sum(h.minutes) > 0) x group by x.k",
                    ledgerParams);
        }
        for (Object[] r : Ceiling.rows(
                c,
                "select t.area_id, count(*) from volunteer_team t where "
                        + (path == null ? "1 = 1" : "t.area_path like ?")
                        + " and (t.founded_on <= ? or (t.founded_on is null and t.created_at < ?))"
                        + " and (t.status = 'ACTIVE' or t.dissolved_on > ?) group by t.area_id",
                concat(p, List.of(to, end, to)))) {
            areas.add(r[0]);
        }
        for (Object[] r : Ceiling.rows(
                c,
                "select v.community_id, count(*) from volunteer v where v.status = 'ACTIVE' and v.registered_on <= ? and "
                        + (path == null ? "1 = 1" : "v.area_path like ?") + " group by v.community_id",
                concat(List.of(to), p))) {
            areas.add(r[0]);
        }
        List<Object> areaIds = new ArrayList<>(areas);
        Ceiling.rows(
                c,
                "select " + Ceiling.AREA_COLUMNS + " from area a where a.id in (" + Ceiling.marks(areaIds.size()) + ")",
                areaIds);
        teams.remove(null);
        // the twenty teams with the most hours, by name
        List<Object> top = new ArrayList<>(teams).subList(0, Math.min(20, teams.size()));
        if (!top.isEmpty()) {
            Ceiling.rows(
                    c,
                    "select t.id, t.name from volunteer_team t where t.id in (" + Ceiling.marks(top.size()) + ")",
                    top);
        }
        categories.remove(null);
        List<Object> codes = new ArrayList<>(categories);
        if (!codes.isEmpty()) {
            Ceiling.rows(
                    c,
                    "select d.code, d.name, d.name_en, d.sort_order from dictionary_item d"
                            + " where d.category = 'VOLUNTEER_ACTIVITY_CATEGORY' and d.code in ("
                            + Ceiling.marks(codes.size())
                            + ") order by d.sub_district_id is not null, d.sort_order, d.code",
                    codes);
        }
    }

    /** VolunteerStatsService.ranking: the top 20 of the ledger, then their names and communities. */
    static void ranking(Connection c, Long areaId, String path, LocalDate from, LocalDate to) throws SQLException {
        if (areaId != null) {
            Ceiling.area(c, areaId);
        }
        List<Object> params = concat(List.of(from, to), path == null ? List.of() : List.of(path + "%"));
        params = concat(params, List.of(20));
        List<Object> ids = new ArrayList<>();
        for (Object[] r : Ceiling.rows(
                c,
                "select h.volunteer_id, sum(h.minutes) m, sum(sign(h.minutes)) from volunteer_hours_entry h"
                        + " where h.status = 'CONFIRMED' and h.service_date >= ? and h.service_date <= ? and "
                        + (path == null ? "1 = 1" : "h.area_path like ?")
                        + " group by h.volunteer_id having sum(h.minutes) > 0 order by m desc, h.volunteer_id limit ?",
                params)) {
            ids.add(r[0]);
        }
        if (!ids.isEmpty()) {
            Ceiling.rows(
                    c,
                    "select v.id, v.name, a.name from volunteer v join area a on a.id = v.community_id where v.id in ("
                            + Ceiling.marks(ids.size()) + ")",
                    ids);
        }
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
