package com.gridwork.dev.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The database's own ceiling for each read endpoint: the SQL statements the endpoint's request runs (as logged
 * with quarkus.hibernate-orm.log.sql=true: the same WHERE, ORDER BY, LIMIT, count query, follow-up queries for
 * summaries, tags and areas), straight over JDBC, without HTTP, JSON, token checks or the caller's staff lookup.
 * Driven by the same load generator as the endpoint ({@link Load}).
 */
final class Ceiling implements Load.Target, AutoCloseable {
    interface Op {
        void run(Connection c) throws SQLException;
    }

    private final Op op;
    private final boolean transactional;
    private final List<Connection> connections = new ArrayList<>();
    private final BlockingQueue<Connection> free = new LinkedBlockingQueue<>();
    private final ExecutorService workers;

    private Ceiling(String jdbc, Op op, boolean transactional, int concurrency) throws SQLException {
        this.op = op;
        this.transactional = transactional;
        this.workers = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            Connection c = Bench.connect(jdbc);
            c.setAutoCommit(!transactional);
            connections.add(c);
        }
        free.addAll(connections);
    }

    /**
     * The ceiling of endpoint NAME on CONCURRENCY connections (as many as the endpoint's closed loop has requests in
     * flight). An open-loop request that finds every connection busy waits for one, as it would in the backend's pool,
     * and the wait counts in its latency.
     */
    static Ceiling of(String jdbc, Map<String, String> f, String name, int concurrency) throws SQLException {
        long grid = Long.parseLong(f.get("GRID_ID"));
        String gridPath = f.get("GRID_PATH");
        long community = Long.parseLong(f.get("COMMUNITY_ID"));
        String communityPath = "/" + f.get("DISTRICT_ID") + "/" + community + "/";
        String idHash = com.gridwork.common.crypto.PersonalDataCipher.of(Bench.PII_KEY, Bench.PII_HASH_KEY)
                .hash(f.get("ID_CARD"));
        long household = Long.parseLong(f.get("HOUSEHOLD_ID"));
        Op volunteer = VolunteerBench.op(name, f);
        if (volunteer != null) {
            return new Ceiling(jdbc, volunteer, false, concurrency); // VolunteerStatsService reads without one
        }
        Op party = PartyBench.op(name, f);
        if (party != null) {
            return new Ceiling(jdbc, party, false, concurrency); // PartyBuildingStatsService reads without one
        }
        Op visit = VisitBench.op(name, f);
        if (visit != null) {
            return new Ceiling(jdbc, visit, false, concurrency); // plain reads: no transaction to commit
        }
        // The endpoints whose service reads without a transaction (autocommit, no COMMIT round trip); the others
        // run in one transaction like their @Transactional service.
        boolean transactional = !java.util.Set.of(
                        "hh-grid-tag",
                        "hh-district-tag-p0",
                        "hh-district-tag-p200",
                        "hh-detail",
                        "resident-idcard",
                        "hh-address-district",
                        "hh-address-gridworker",
                        "resident-name-district",
                        "resident-name1-district",
                        "resident-name-gridworker",
                        "issues-gridworker",
                        "stats-community",
                        "stats-district",
                        "issue-stats-community",
                        "issue-stats-district")
                .contains(name);
        Op op = switch (name) {
            // grid worker: scope = their grid; areaId = that grid
            case "hh-grid-tag" -> c -> householdList(c, gridPath, grid, gridPath, "RENTAL", 0, 20);
            // street-admin of the whole platform: no scope condition, no area
            case "hh-district-tag-p0" -> c -> householdList(c, null, null, null, "RENTAL", 0, 20);
            case "hh-district-tag-p200" -> c -> householdList(c, null, null, null, "RENTAL", 200 * 20, 20);
            case "hh-detail" -> c -> householdDetail(c, household);
            case "resident-idcard" -> c -> residentByIdCard(c, idHash);
            // q=3号楼1单元101: building 3, unit 1, room 101 (AddressQuery), exact first
            case "hh-address-district" -> c -> householdAddress(c, null, "3号楼1单元101", "3", "1", "101");
            case "hh-address-gridworker" -> c -> householdAddress(c, gridPath, "3号楼1单元101", "3", "1", "101");
            // q=晓华: a part of names held by a few hundred (read from resident_name_part); q=华: by ~20,000 (name index)
            case "resident-name-district" -> c -> residentName(c, null, "晓华");
            case "resident-name1-district" -> c -> residentName(c, null, "华");
            case "resident-name-gridworker" -> c -> residentName(c, gridPath, "晓华");
            case "stats-community" -> c -> stats(c, communityPath, community, communityPath);
            case "stats-district" -> c -> stats(c, null, null, null);
            case "issues-gridworker" -> c -> issueList(c, gridPath, Long.parseLong(f.get("GRIDWORKER_STAFF_ID")));
            case "issue-stats-community" ->
                c -> issueStats(c, communityPath, community, communityPath, f.get("STATS_FROM"), f.get("STATS_TO"));
            case "issue-stats-district" -> c -> issueStats(c, null, null, null, f.get("STATS_FROM"), f.get("STATS_TO"));
            default -> throw new IllegalArgumentException("unknown endpoint " + name);
        };
        return new Ceiling(jdbc, op, transactional, concurrency);
    }

    @Override
    public void call() throws Exception {
        Connection c = free.take();
        try {
            op.run(c);
            if (transactional) {
                c.commit();
            }
        } finally {
            free.add(c);
        }
    }

    @Override
    public CompletableFuture<?> send() {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        call();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                },
                workers);
    }

    @Override
    public void close() throws SQLException {
        workers.shutdownNow();
        for (Connection c : connections) {
            c.close();
        }
    }

    static Map<String, String> fixture(Path file) throws java.io.IOException {
        Map<String, String> map = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq), line.substring(eq + 1).replaceAll("^'|'$", ""));
            }
        }
        return map;
    }

    // ------------------------------------------------------------------ the endpoints' SQL

    /** Hibernate's LIKE with MySQL's backslash escaping. */
    private static final String LIKE = "like replace(?, '\\\\', '\\\\\\\\')";

    static final String AREA_COLUMNS =
            "a.id, a.code, a.created_at, a.description, a.floors, a.level, a.name, a.parent_id, a.path, a.address, a.unit_count, a.updated_at, a.version";
    private static final String HOUSEHOLD_COLUMNS =
            "h.id, h.addr_building, h.addr_room, h.addr_text, h.addr_unit, h.address, h.address_key, h.area_path, h.building_id, h.created_at, h.grid_id, "
                    + "h.head_resident_id, h.housing_type, h.landlord_household_id, h.moved_out_on, h.notes, h.phone_enc, h.phone_hash, h.phone_masked, "
                    + "h.room_no, h.status, h.tenure_start, h.unit_no, h.updated_at, h.version";
    private static final String RESIDENT_COLUMNS =
            "r.id, r.area_path, r.birth_date, r.created_at, r.disability_grade, r.education, "
                    + "r.employment_status, r.ethnicity, r.gender, r.household_id, r.id_card_enc, r.id_card_hash, r.id_card_masked, r.move_in_date, "
                    + "r.move_out_date, r.name, r.name_initials, r.name_pinyin, r.phone_enc, r.phone_hash, r.phone_masked, r.political_status, r.registration_type, "
                    + "r.relation, r.status, r.updated_at, r.version";

    /** AreaScope.visibleArea: the area by id. */
    static String area(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + AREA_COLUMNS + " from area a where a.id=?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString("path");
            }
        }
    }

    /** HouseholdService.list: visibleArea, page (join fetch building and grid), count unless the page is short, summaries. */
    static void householdList(
            Connection c, String scopePath, Long areaId, String areaPath, String tag, int offset, int limit)
            throws SQLException {
        if (areaId != null) {
            area(c, areaId);
        }
        StringBuilder where = new StringBuilder(scopePath == null ? "1=1" : "(h.area_path " + LIKE + ")");
        List<Object> params = new ArrayList<>();
        if (scopePath != null) {
            params.add(scopePath + "%");
        }
        if (areaPath != null) {
            where.append(" and h.area_path " + LIKE);
            params.add(areaPath + "%");
        }
        where.append(" and exists(select 1 from household_tag t where h.id=t.household_id and t.code=?)");
        params.add(tag);
        List<long[]> rows = new ArrayList<>(); // id, head id
        List<String> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select " + HOUSEHOLD_COLUMNS + ", b.id, b.name, b.path, g.id, g.name, g.path from household h "
                        + "left join area b on b.id=h.building_id join area g on g.id=h.grid_id where " + where
                        + " order by h.id limit ?,?")) {
            bind(s, params);
            s.setInt(params.size() + 1, offset);
            s.setInt(params.size() + 2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong("id"), rs.getLong("head_resident_id")});
                    keys.add(rs.getString("address_key"));
                }
            }
        }
        if (rows.size() == limit || (offset > 0 && rows.isEmpty())) { // PageParams.total: a short page gives the total
            query(c, "select count(*) from household h where " + where, params);
        }
        summaries(c, rows, keys);
    }

    /** HouseholdService.summaries: member count and head in one grouped query, the tags, same-address counts. */
    static void summaries(Connection c, List<long[]> rows, List<String> keys) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Object> ids = new ArrayList<>();
        for (long[] row : rows) {
            ids.add(row[0]);
        }
        query(
                c,
                "select h.id, count(r.id), head.id, head.name from household h left join resident r on r.household_id=h.id and r.status=? "
                        + "left join resident head on head.id=h.head_resident_id where h.id in (" + marks(ids.size())
                        + ") group by h.id, head.id, head.name",
                params("ACTIVE", ids));
        query(
                c,
                "select h.id, t.code from household h join household_tag t on h.id=t.household_id where h.id in ("
                        + marks(ids.size()) + ") " + "order by h.id, t.code",
                ids);
        List<Object> distinctKeys = new ArrayList<>(new LinkedHashSet<>(keys));
        query(
                c,
                "select h.address_key, count(h.id) from household h where h.address_key in ("
                        + marks(distinctKeys.size()) + ") and h.status=? group by h.address_key",
                concat(distinctKeys, "ACTIVE"));
    }

    /** HouseholdService.get → detail. */
    static void householdDetail(Connection c, long id) throws SQLException {
        long grid;
        long building;
        long head;
        String key;
        try (PreparedStatement s =
                c.prepareStatement("select " + HOUSEHOLD_COLUMNS + " from household h where h.id=?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                grid = rs.getLong("grid_id");
                building = rs.getLong("building_id");
                head = rs.getLong("head_resident_id");
                key = rs.getString("address_key");
            }
        }
        List<long[]> rows = new ArrayList<>();
        rows.add(new long[] {id, head});
        summaries(c, rows, List.of(key));
        String gridPath = area(c, grid); // lazy h.grid
        if (building != 0) {
            area(c, building); // lazy h.building
        }
        List<Object> members = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("select " + RESIDENT_COLUMNS + " from resident r where r.household_id=? "
                        + "order by case when r.status=? then 0 else 1 end, r.birth_date, r.id")) {
            s.setLong(1, id);
            s.setString(2, "ACTIVE");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    members.add(rs.getLong("id"));
                }
            }
        }
        query(
                c,
                "select " + HOUSEHOLD_COLUMNS
                        + " from household h where h.address_key=? and h.status=? and h.id<>? order by h.id",
                List.of(key, "ACTIVE", id));
        query(
                c,
                "select e.id, e.actor, e.at, e.detail, e.from_area_id, e.household_id, e.kind, e.resident_id, e.to_area_id from household_event e "
                        + "where e.household_id=? order by e.at desc, e.id desc",
                List.of(id));
        List<Object> ancestors = new ArrayList<>();
        for (String part : gridPath.split("/")) {
            if (!part.isEmpty() && Long.parseLong(part) != grid) {
                ancestors.add(Long.parseLong(part));
            }
        }
        query(c, "select " + AREA_COLUMNS + " from area a where a.id in (" + marks(ancestors.size()) + ")", ancestors);
        collectionBatches(c, "select t.resident_id, t.code from resident_tag t where t.resident_id in (", members);
    }

    /** ResidentService.search with idCard only: the page (join fetch household, grid, building), count unless short, tags. */
    static void residentByIdCard(Connection c, String hash) throws SQLException {
        List<Object> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select " + RESIDENT_COLUMNS + ", h.id, h.address, h.unit_no, h.room_no, g.id, g.name, b.id, b.name "
                        + "from resident r join household h on h.id=r.household_id join area g on g.id=h.grid_id left join area b on b.id=h.building_id "
                        + "where 1=1 and r.id_card_hash=? order by r.name, r.id limit ?,?")) {
            s.setString(1, hash);
            s.setInt(2, 0);
            s.setInt(3, 20);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.size() == 20) {
            query(c, "select count(r.id) from resident r where 1=1 and r.id_card_hash=?", List.of(hash));
        }
        collectionBatches(c, "select t.resident_id, t.code from resident_tag t where t.resident_id in (", ids);
    }

    /**
     * HouseholdService.list with an address in q (AddressMatch, structured): the page ranked exact first, the count
     * unless the page is short, summaries.
     */
    static void householdAddress(Connection c, String scopePath, String text, String building, String unit, String room)
            throws SQLException {
        String where = (scopePath == null ? "1=1" : "(h.area_path " + LIKE + ")")
                + " and (h.addr_text=? or (h.addr_building=? and h.addr_unit=? and (h.addr_room=? or h.addr_room "
                + LIKE + ")))";
        List<Object> params = new ArrayList<>();
        if (scopePath != null) {
            params.add(scopePath + "%");
        }
        params.addAll(List.of(text, building, unit, room, room + "%"));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.addAll(List.of(text, building, unit, room));
        List<long[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + HOUSEHOLD_COLUMNS
                + ", b.id, b.name, b.path, g.id, g.name, g.path from household h "
                + "left join area b on b.id=h.building_id join area g on g.id=h.grid_id where " + where
                + " order by case when h.addr_text=? or (h.addr_building=? and h.addr_unit=? and h.addr_room=?)"
                + " then 0 else 1 end, h.id limit ?,?")) {
            bind(s, pageParams);
            s.setInt(pageParams.size() + 1, 0);
            s.setInt(pageParams.size() + 2, 20);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong("id"), rs.getLong("head_resident_id")});
                    keys.add(rs.getString("address_key"));
                }
            }
        }
        if (rows.size() == 20) {
            query(
                    c,
                    "select count(h.id) from household h left join area b on b.id=h.building_id where " + where,
                    params);
        }
        summaries(c, rows, keys);
    }

    /**
     * ResidentService.search with a part of the name in q: the probe of resident_name_part, the page (from the name
     * parts, or along the name index for a common part), the count unless the page is short, the tags.
     */
    static void residentName(Connection c, String scopePath, String part) throws SQLException {
        long found = (Long) query(
                        c,
                        "select count(*) from (select 1 from resident_name_part where part like ? limit 2000) x",
                        List.of(part + "%"))
                .get(0);
        boolean common = found >= 2000;
        String where = (scopePath == null ? "1=1" : "(r.area_path " + LIKE + ")")
                + (common
                        ? " and r.name " + LIKE
                        : " and r.id in (select r2.id from resident r2 join resident_name_part np on r2.id=np.resident_id"
                                + " where np.part " + LIKE + ")");
        List<Object> params = new ArrayList<>();
        if (scopePath != null) {
            params.add(scopePath + "%");
        }
        params.add(common ? "%" + part + "%" : part + "%");
        List<Object> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + RESIDENT_COLUMNS
                + ", h.id, h.address, h.unit_no, h.room_no, g.id, g.name, b.id, b.name "
                + "from resident r join household h on h.id=r.household_id join area g on g.id=h.grid_id left join area b on b.id=h.building_id "
                + "where " + where + " order by r.name, r.id limit ?,?")) {
            bind(s, params);
            s.setInt(params.size() + 1, 0);
            s.setInt(params.size() + 2, 20);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.size() == 20) {
            query(c, "select count(r.id) from resident r where " + where, params);
        }
        collectionBatches(c, "select t.resident_id, t.code from resident_tag t where t.resident_id in (", ids);
    }

    /**
     * RegistryStatsService.stats on the per-grid rollup (RegistryCounts): the stale grids of the scope (none once
     * computed: a refresh only follows writes), the rollup rows of the scope, the grids' names, the code lists' names.
     */
    static void stats(Connection c, String scopePath, Long areaId, String areaPath) throws SQLException {
        if (areaId != null) {
            area(c, areaId);
        }
        StringBuilder where = new StringBuilder(scopePath == null ? "1 = 1" : "(a.path like ?)");
        List<Object> params = new ArrayList<>();
        if (scopePath != null) {
            params.add(scopePath + "%");
        }
        if (areaPath != null) {
            where.append(" AND a.path LIKE ?");
            params.add(areaPath + "%");
        }
        query(
                c,
                "SELECT s.grid_id FROM registry_grid_stale s JOIN area a ON a.id = s.grid_id WHERE " + where
                        + " ORDER BY s.grid_id",
                params);
        Set<Object> grids = new LinkedHashSet<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT c.grid_id, c.dimension, c.code, c.total FROM registry_grid_count c "
                        + "JOIN area a ON a.id = c.grid_id WHERE " + where)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long grid = rs.getLong(1);
                    String dimension = rs.getString(2);
                    rs.getString(3);
                    rs.getLong(4);
                    if (dimension.equals("HOUSEHOLDS") || dimension.equals("RESIDENTS_BY_REGISTRATION")) {
                        grids.add(grid);
                    }
                }
            }
        }
        query(
                c,
                "select " + AREA_COLUMNS + " from area a where a.id in (" + marks(grids.size()) + ")",
                new ArrayList<>(grids));
        for (String category : List.of("CARE_GROUP", "HOUSEHOLD_TAG", "REGISTRATION_TYPE")) {
            query(
                    c,
                    "select d.id, d.active, d.category, d.code, d.created_at, d.name, d.sort_order, d.sub_district_id, d.updated_at, d.version "
                            + "from dictionary_item d where d.category=? and (d.active=true or ?=true) and (d.sub_district_id is null or d.sub_district_id=?) "
                            + "order by d.sort_order, d.id",
                    java.util.Arrays.asList(category, false, null));
        }
    }

    /** GET /api/issues for a grid worker: their grid, or handled / answered for by them; newest first. */
    static void issueList(Connection c, String scopePath, long staffId) throws SQLException {
        String where = "(i.area_path " + LIKE + " or i.handler_id=? or i.first_responsible_id=?)";
        List<Object> params = List.of(scopePath + "%", staffId, staffId);
        List<Object> page = query(
                c,
                "select i.id, i.category_id, i.description, i.status, i.urgency, i.channel, i.received_at, i.due_at, i.warn_at, "
                        + "i.resolved_at, i.closed_at, i.reporter_name, i.address, i.household_id, i.escalated, i.version, k.id, k.name, "
                        + "cm.id, cm.name, g.id, g.name, b.id, b.name, fr.id, fr.display_name, h.id, h.display_name, t.id "
                        + "from issue i join issue_category k on k.id=i.category_id join area cm on cm.id=i.community_id "
                        + "left join area g on g.id=i.grid_id left join area b on b.id=i.building_id "
                        + "join staff fr on fr.id=i.first_responsible_id left join staff h on h.id=i.handler_id "
                        + "left join talk_day t on t.id=i.talk_day_id where " + where
                        + " order by i.received_at desc, i.id desc limit 0,20",
                params);
        if (page.size() == 20) {
            query(c, "select count(i.id) from issue i where " + where, params);
        }
    }

    /** GET /api/issues/stats: one scan of the issues received or due in the period, then the names of what they found. */
    static void issueStats(Connection c, String scopePath, Long areaId, String areaPath, String from, String to)
            throws SQLException {
        if (areaId != null) {
            area(c, areaId);
        }
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDateTime start = java.time.LocalDate.parse(from)
                .atStartOfDay(zone)
                .withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime();
        java.time.LocalDateTime end = java.time.LocalDate.parse(to)
                .plusDays(1)
                .atStartOfDay(zone)
                .withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime();
        String where = (scopePath == null ? "1=1" : "(i.area_path " + LIKE + ")")
                + (areaPath == null ? "" : " and i.area_path " + LIKE);
        List<Object> scope = new ArrayList<>();
        if (scopePath != null) {
            scope.add(scopePath + "%");
        }
        if (areaPath != null) {
            scope.add(areaPath + "%");
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        // due window (start, end]: IssueDeadlines.dueWithin
        List<Object> params = new ArrayList<>(List.of(start, end, start, end, now, start, end, start, end));
        params.addAll(scope);
        java.util.Set<Object> categories = new java.util.HashSet<>();
        java.util.Set<Object> areas = new java.util.HashSet<>();
        List<Object[]> rows = rows(
                c,
                "select i.category_id, i.community_id, i.grid_id, i.status, i.accepted_at is not null, "
                        + "i.satisfaction, i.unsatisfied_count, "
                        + "case when i.resolved_at is not null and i.status in ('RESOLVED','CLOSED') then timestampdiff(SECOND, i.received_at, i.resolved_at) end, "
                        + "i.received_at >= ? and i.received_at < ?, "
                        + "i.due_at > ? and i.due_at <= ? and i.status <> 'REJECTED' and (i.due_at <= ? or i.resolved_at is not null), "
                        + "i.resolved_at is not null and i.resolved_at <= i.due_at "
                        + "from issue i where ((i.received_at >= ? and i.received_at < ?) or (i.due_at > ? and i.due_at <= ?)) and "
                        + where,
                params);
        for (Object[] r : rows) {
            categories.add(r[0]);
            areas.add(r[1]);
            if (r[2] != null) {
                areas.add(r[2]);
            }
        }
        List<Object> areaIds = new ArrayList<>(areas);
        query(c, "select " + AREA_COLUMNS + " from area a where a.id in (" + marks(areaIds.size()) + ")", areaIds);
        List<Object> categoryIds = new ArrayList<>(categories);
        query(
                c,
                "select k.id, k.code, k.name, k.time_limit_days, k.sort_order, k.sub_district_id, k.active, k.version from issue_category k "
                        + "where k.id in (" + marks(categoryIds.size()) + ")",
                categoryIds);
    }

    // ------------------------------------------------------------------ JDBC helpers

    private static void collectionBatches(Connection c, String prefix, List<Object> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i += 16) {
            List<Object> batch = ids.subList(i, Math.min(ids.size(), i + 16));
            query(c, prefix + marks(batch.size()) + ")", batch);
        }
    }

    /** Runs a query, reads every row, returns the first column. */
    /** Every row, every column (the statistics keep what they read). */
    static List<Object[]> rows(Connection c, String sql, List<?> params) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<Object> query(Connection c, String sql, List<?> params) throws SQLException {
        List<Object> first = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    first.add(rs.getObject(1));
                    for (int i = 2; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
        return first;
    }

    private static void bind(PreparedStatement s, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    static String marks(int n) {
        return n == 0 ? "null" : "?" + ",?".repeat(n - 1);
    }

    private static List<Object> params(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<Object> concat(List<Object> list, Object last) {
        List<Object> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
