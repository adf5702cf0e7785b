package com.gridwork.dev.bench;

import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.dev.generate.RegistryGenerator;
import com.gridwork.registry.excel.RegistryColumn;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.flywaydb.core.Flyway;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Tooling behind {@code make bench} (backend/dev/bench.sh), run on the test classpath:
 *
 * <pre>
 *   prepare JDBC OUTDIR            migrate, load the district if absent (timed), staff rows, fixture.env, signed tokens
 *   warmup CONCURRENCY SECONDS URL TOKEN [URL TOKEN ...]
 *                                  each endpoint in turn, closed loop, nothing recorded
 *   read NAME URL TOKEN JDBC FIXTURE CONCURRENCY SECONDS WARMUP OUTDIR
 *                                  one read endpoint against its ceiling (the same SQL over JDBC), both through {@link Load}:
 *                                  WARMUP s warm-up, closed loop (max throughput) of each, then open loop of each at half
 *                                  the endpoint's maximum; OUTDIR/NAME.{endpoint,ceiling}.{closed,open}.json
 *   importfile ROWS GRIDCODE OUT.xlsx   an import workbook (template columns) of ROWS residents
 *   cleanimport JDBC GRIDCODE      removes what earlier import runs left in the import grid
 *   outboxprepare, outbox          the outbox replay ({@link OutboxReplay})
 * </pre>
 */
public final class Bench {
    static final String DISTRICT_CODE = "BENCH";
    static final int COMMUNITIES = 50;
    static final int GRIDS_PER_COMMUNITY = 10;
    static final int HOUSEHOLDS_PER_GRID = 600;
    /** Issues a district of 50 communities receives in a year (tens of thousands). */
    static final int ISSUES = 40_000;

    static final int EXTRA_MEMBERS_PERCENT = 55;
    static final String IMPORT_COMMUNITY = "IMPORT";
    static final String IMPORT_GRID = "IMPORT-G01";
    static final String ISSUER = "https://bench.gridwork.invalid/realms/gridwork";
    // The dev/test keys of application.properties (%run,test,e2e); the bench backend runs with the same ones.
    static final String PII_KEY = "MwzHl6ov+KfjMEfmGn99+qE2oeP6AUXopqwkQADI3Vw=";
    static final String PII_HASH_KEY = "AdJ1ivl9pfnBoS2xJcyVD3PIlisZ8hDnNpmlHHkN0bA=";

    private Bench() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(args[1], Path.of(args[2]));
            case "warmup" ->
                warmUp(
                        Integer.parseInt(args[1]),
                        Double.parseDouble(args[2]),
                        Arrays.asList(args).subList(3, args.length));
            case "read" ->
                read(
                        args[1],
                        URI.create(args[2]),
                        args[3],
                        args[4],
                        Path.of(args[5]),
                        Integer.parseInt(args[6]),
                        Double.parseDouble(args[7]),
                        Double.parseDouble(args[8]),
                        Path.of(args[9]));
            case "importfile" -> importFile(Integer.parseInt(args[1]), args[2], Path.of(args[3]));
            case "cleanimport" -> cleanImport(args[1], args[2]);
            case "outboxprepare", "outbox" -> OutboxReplay.main(args);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ------------------------------------------------------------------ reads

    static void warmUp(int concurrency, double seconds, List<String> urlsAndTokens) throws InterruptedException {
        HttpClient client = Load.httpClient();
        for (int i = 0; i + 1 < urlsAndTokens.size(); i += 2) {
            Load.closed(
                    Load.http(client, URI.create(urlsAndTokens.get(i)), "Bearer " + urlsAndTokens.get(i + 1)),
                    concurrency,
                    seconds);
        }
    }

    static void read(
            String name,
            URI url,
            String token,
            String jdbc,
            Path fixture,
            int concurrency,
            double seconds,
            double warmUp,
            Path out)
            throws Exception {
        Load.Target endpoint = Load.http(Load.httpClient(), url, "Bearer " + token);
        Load.closed(endpoint, concurrency, warmUp);
        Load.Result endpointClosed = write(out, name, "endpoint", Load.closed(endpoint, concurrency, seconds));
        try (Ceiling ceiling = Ceiling.of(jdbc, Ceiling.fixture(fixture), name, concurrency)) {
            // JIT, connections, statement caches of the JDBC side (the endpoint had its warm-up above)
            Load.closed(ceiling, concurrency, 2);
            write(out, name, "ceiling", Load.closed(ceiling, concurrency, seconds));
            double rate = halfOf(endpointClosed.rps());
            write(out, name, "endpoint", Load.open(endpoint, rate, seconds));
            write(out, name, "ceiling", Load.open(ceiling, rate, seconds));
        }
    }

    /** The open-loop rate: half the endpoint's closed-loop maximum, to 0.1 req/s, at least 0.2 req/s. */
    static double halfOf(double maxRps) {
        return Math.max(0.2, Math.round(maxRps / 2 * 10) / 10.0);
    }

    private static Load.Result write(Path out, String name, String side, Load.Result result) throws IOException {
        String json = result.json(name, side);
        Files.writeString(out.resolve(name + "." + side + "." + result.mode() + ".json"), json);
        System.err.print("[bench] " + json);
        return result;
    }

    static Connection connect(String jdbc) throws SQLException {
        return DriverManager.getConnection(
                jdbc,
                System.getenv().getOrDefault("GRIDWORK_DB_USER", "gridwork"),
                System.getenv().getOrDefault("GRIDWORK_DB_PASSWORD", "gridwork"));
    }

    // ------------------------------------------------------------------ data

    static void prepare(String jdbc, Path out) throws Exception {
        Files.createDirectories(out);
        migrate(jdbc);
        Map<String, String> env = new LinkedHashMap<>();
        PersonalDataCipher cipher = PersonalDataCipher.of(PII_KEY, PII_HASH_KEY);
        if (Boolean.parseBoolean(System.getenv().getOrDefault("BENCH_EMBEDDED_DB", "false"))) {
            // MariaDB's default buffer pool (128 MB) holds an eighth of the district (about 1 GB with indexes); a
            // production database server is given most of its memory. Resized at run time; the datadir is unchanged.
            try (Connection c = connect(jdbc);
                    Statement s = c.createStatement()) {
                s.execute("SET GLOBAL innodb_buffer_pool_size = " + (1536L << 20));
            }
        }
        try (Connection c = connect(jdbc)) {
            c.setAutoCommit(false);
            Long district = scalar(c, "SELECT id FROM area WHERE level = 'SUB_DISTRICT' AND code = ?", DISTRICT_CODE);
            long generationMillis = -1;
            if (district == null
                    || count(c, "SELECT COUNT(*) FROM household WHERE area_path LIKE ?", "/" + district + "/%") == 0) {
                if (district != null) {
                    throw new IllegalStateException(
                            "a partial bench district exists; delete .run/bench/mariadb and run again");
                }
                System.err.printf(
                        "[bench] generating the district: %d communities, %d grids, ~%d households ...%n",
                        COMMUNITIES,
                        COMMUNITIES * GRIDS_PER_COMMUNITY,
                        COMMUNITIES * GRIDS_PER_COMMUNITY * HOUSEHOLDS_PER_GRID);
                long started = System.nanoTime();
                RegistryGenerator.District d = RegistryGenerator.createDistrict(
                        c, DISTRICT_CODE, "城关街道（基准）", COMMUNITIES, GRIDS_PER_COMMUNITY, 7L);
                Map<Long, Integer> counts = new LinkedHashMap<>();
                for (int i = 0; i < d.gridIds().size(); i++) {
                    // Uneven, like real grids: 70 % to 130 % of the average.
                    counts.put(d.gridIds().get(i), HOUSEHOLDS_PER_GRID * (70 + (i * 37) % 61) / 100);
                }
                RegistryGenerator.Result r = RegistryGenerator.standalone(cipher)
                        .withExtraMembers(EXTRA_MEMBERS_PERCENT)
                        .generate(c, counts, 20260101L, "bench", true);
                c.commit();
                // Import target: its own community and bungalow grid, emptied before each import run.
                long community = insertArea(
                        c, "COMMUNITY", d.subDistrictId(), "/" + d.subDistrictId() + "/", IMPORT_COMMUNITY, "导入测试社区");
                insertArea(
                        c, "GRID", community, "/" + d.subDistrictId() + "/" + community + "/", IMPORT_GRID, "导入测试网格");
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE TABLE area, household, household_tag, resident, resident_tag, household_event");
                }
                generationMillis = (System.nanoTime() - started) / 1_000_000;
                System.err.printf(
                        "[bench] generated %d communities, %d grids, %d buildings, %d households, %d residents in %.1f s%n",
                        d.communityIds().size(),
                        d.gridIds().size(),
                        d.buildings(),
                        r.households(),
                        r.residents(),
                        generationMillis / 1000.0);
                district = d.subDistrictId();
                Files.writeString(out.resolve("generation.txt"), generationMillis + "\n");
            }
            String districtPath = "/" + district + "/";
            long community = scalar(c, "SELECT id FROM area WHERE parent_id = ? AND code = 'C01'", district);
            long grid = scalar(c, "SELECT id FROM area WHERE parent_id = ? AND code = 'C01-G01'", community);
            String gridPath = districtPath + community + "/" + grid + "/";
            staff(c, "bench-admin", "基准管理员", "street-admin", null);
            staff(c, "bench-community", "基准社区", "community-staff", community);
            staff(c, "bench-gridworker", "基准网格员", "grid-worker", grid);
            c.commit();
            // A year of issues (tens of thousands, as a district receives), received by the community's staff for
            // C01 and the street-admin elsewhere, handled in the grid worker's grid by the grid worker.
            if (count(c, "SELECT COUNT(*) FROM issue WHERE area_path LIKE ?", districtPath + "%") == 0) {
                long started = System.nanoTime();
                long admin = scalar(c, "SELECT id FROM staff WHERE username = 'bench-admin'");
                var result = new com.gridwork.dev.generate.IssueGenerator(c, cipher, 20261121L)
                        .generate(
                                districtPath,
                                ISSUES,
                                LocalDate.now(com.gridwork.issue.IssueDeadlines.ZONE)
                                        .minusDays(364),
                                Instant.now(),
                                Map.of(
                                        0L,
                                        admin,
                                        community,
                                        scalar(c, "SELECT id FROM staff WHERE username = 'bench-community'")),
                                Map.of(grid, scalar(c, "SELECT id FROM staff WHERE username = 'bench-gridworker'")));
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE TABLE issue, issue_event, talk_day");
                }
                System.err.printf(
                        "[bench] generated %d talk days, %d issues, %d timeline events in %.1f s%n",
                        result.talkDays(), result.issues(), result.events(), (System.nanoTime() - started) / 1e9);
                Files.writeString(
                        out.resolve("issue-generation.txt"), (System.nanoTime() - started) / 1_000_000 + "\n");
            }
            // Volunteer service (issue 14): 50,000 volunteers, 3,000 teams, 60,000 activities, 2,000,000 ledger
            // entries.
            VolunteerBench.prepare(c, district, IMPORT_COMMUNITY, cipher, out, env);
            // Pairings and visits (issue 15): the two default rules over a half-year, 400,000 visits.
            VisitBench.prepare(c, district, out, env);
            // Party members and co-building (issue 16): 20,000 member reports, 2,000 units, 10,000 projects.
            PartyBench.prepare(c, district, out, env);
            // A household of the grid worker's grid with several members and a rental tag; a resident's ID number.
            long household = scalar(
                    c,
                    "SELECT h.id FROM household h JOIN household_tag t ON t.household_id = h.id AND t.code = 'RENTAL' "
                            + "WHERE h.grid_id = ? AND (SELECT COUNT(*) FROM resident r WHERE r.household_id = h.id) >= 3 ORDER BY h.id LIMIT 1",
                    grid);
            String idCard;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id_card_enc FROM resident WHERE area_path LIKE ? ORDER BY id LIMIT 1 OFFSET 777")) {
                s.setString(1, districtPath + "%");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    idCard = cipher.decrypt(rs.getString(1));
                }
            }
            // Warm the buffer pool (as a server that has been running would be): rows and indexes of the registry.
            long warm = System.nanoTime();
            for (String sql : List.of(
                    "SELECT SUM(LENGTH(id_card_enc)) FROM resident",
                    "SELECT SUM(LENGTH(address_key)) FROM household",
                    "SELECT COUNT(*) FROM resident_tag",
                    "SELECT COUNT(*) FROM household_tag",
                    "SELECT COUNT(*) FROM household_event",
                    "SELECT COUNT(DISTINCT id_card_hash) FROM resident",
                    "SELECT COUNT(*) FROM resident FORCE INDEX (ix_resident_status_path) WHERE status = 'ACTIVE'")) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                } catch (SQLException e) {
                    System.err.println("[bench] warm-up: " + e.getMessage());
                }
            }
            System.err.printf("[bench] buffer pool warmed in %.1f s%n", (System.nanoTime() - warm) / 1e9);
            env.put("DISTRICT_ID", Long.toString(district));
            env.put("COMMUNITY_ID", Long.toString(community));
            env.put("GRID_ID", Long.toString(grid));
            env.put("GRID_PATH", gridPath);
            env.put("HOUSEHOLD_ID", Long.toString(household));
            env.put("ID_CARD", idCard);
            env.put("IMPORT_GRID", IMPORT_GRID);
            env.put(
                    "COMMUNITIES",
                    Long.toString(count(
                            c,
                            "SELECT COUNT(*) FROM area WHERE level = 'COMMUNITY' AND path LIKE ? AND code <> ?",
                            districtPath + "%",
                            IMPORT_COMMUNITY)));
            env.put(
                    "GRIDS",
                    Long.toString(count(
                            c,
                            "SELECT COUNT(*) FROM area WHERE level = 'GRID' AND path LIKE ? AND code <> ?",
                            districtPath + "%",
                            IMPORT_GRID)));
            env.put(
                    "BUILDINGS",
                    Long.toString(count(
                            c,
                            "SELECT COUNT(*) FROM area WHERE level = 'BUILDING' AND path LIKE ?",
                            districtPath + "%")));
            // The district as generated: without rows an earlier import left in the import grid (removed before the
            // reads).
            String importPath = "%/"
                    + count(c, "SELECT COALESCE(MAX(id), 0) FROM area WHERE level = 'GRID' AND code = ?", IMPORT_GRID)
                    + "/";
            env.put(
                    "HOUSEHOLDS",
                    Long.toString(count(c, "SELECT COUNT(*) FROM household WHERE area_path NOT LIKE ?", importPath)));
            env.put(
                    "RESIDENTS",
                    Long.toString(count(c, "SELECT COUNT(*) FROM resident WHERE area_path NOT LIKE ?", importPath)));
            env.put(
                    "GRIDWORKER_STAFF_ID",
                    Long.toString(scalar(c, "SELECT id FROM staff WHERE username = 'bench-gridworker'")));
            env.put(
                    "ISSUES",
                    Long.toString(count(c, "SELECT COUNT(*) FROM issue WHERE area_path LIKE ?", districtPath + "%")));
            env.put(
                    "STATS_FROM",
                    LocalDate.now(com.gridwork.issue.IssueDeadlines.ZONE)
                            .minusDays(364)
                            .toString());
            env.put(
                    "STATS_TO",
                    LocalDate.now(com.gridwork.issue.IssueDeadlines.ZONE).toString());
            env.put("GENERATED_NOW", generationMillis >= 0 ? "1" : "0");
            c.commit();
        }
        tokens(out, env);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("fixture.env")))) {
            env.forEach((k, v) -> w.println(k + "='" + v + "'"));
        }
    }

    static void migrate(String jdbc) {
        Flyway.configure()
                .dataSource(
                        jdbc,
                        System.getenv().getOrDefault("GRIDWORK_DB_USER", "gridwork"),
                        System.getenv().getOrDefault("GRIDWORK_DB_PASSWORD", "gridwork"))
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    static void staff(Connection c, String username, String name, String role, Long areaId) throws SQLException {
        Long id = scalar(c, "SELECT id FROM staff WHERE username = ?", username);
        if (id != null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO staff (username, display_name, role, enabled, version, created_at, "
                        + "updated_at) VALUES (?, ?, ?, TRUE, 0, NOW(6), NOW(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, username);
            s.setString(2, name);
            s.setString(3, role);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        if (areaId != null) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO staff_area (staff_id, area_id) VALUES (?, ?)")) {
                s.setLong(1, id);
                s.setLong(2, areaId);
                s.executeUpdate();
            }
        }
    }

    static long insertArea(Connection c, String level, long parent, String parentPath, String code, String name)
            throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO area (level, parent_id, path, code, name, version, created_at, updated_at) "
                        + "VALUES (?, ?, '', ?, ?, 0, NOW(6), NOW(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, level);
            s.setLong(2, parent);
            s.setString(3, code);
            s.setString(4, name);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE area SET path = ? WHERE id = ?")) {
            s.setString(1, parentPath + id + "/");
            s.setLong(2, id);
            s.executeUpdate();
        }
        return id;
    }

    static Long scalar(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        Long n = scalar(c, sql, params);
        return n == null ? 0 : n;
    }

    /** An RSA key pair per run: the backend verifies with the public key, tokens are signed with the private one. */
    static void tokens(Path out, Map<String, String> env) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(
                out.resolve("public-key.txt"),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        long now = Instant.now().getEpochSecond();
        for (String user : List.of("bench-admin", "bench-community", "bench-gridworker")) {
            String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}");
            String payload = b64(String.format(
                    Locale.ROOT,
                    "{\"iss\":\"%s\",\"aud\":\"gridwork-backend\",\"sub\":\"%s\",\"azp\":\"gridwork-web\","
                            + "\"typ\":\"Bearer\",\"preferred_username\":\"%s\",\"iat\":%d,\"nbf\":%d,\"exp\":%d}",
                    ISSUER,
                    user,
                    user,
                    now - 5,
                    now - 5,
                    now + 3 * 3600));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(pair.getPrivate());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            String token = header + "." + payload + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
            env.put("TOKEN_" + user.substring("bench-".length()).toUpperCase(Locale.ROOT), token);
        }
        env.put("ISSUER", ISSUER);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ import

    /** Households of 1 to 4 residents at street addresses of one grid, every ID number valid and distinct (division 110108). */
    static void importFile(int rows, String gridCode, Path out) throws IOException {
        List<String> headers = Arrays.stream(RegistryColumn.values())
                .map(RegistryColumn::header)
                .toList();
        Random random = new Random(System.nanoTime());
        Set<String> ids = new HashSet<>();
        String[] relations = {"户主", "配偶", "子", "女"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英"};
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
        try (OutputStream file = new FileOutputStream(out.toFile());
                Workbook workbook = new Workbook(file, "bench", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("住户居民");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            int r = 1;
            int household = 0;
            while (r <= rows) {
                household++;
                int size = 1 + random.nextInt(4);
                String surname = surnames[random.nextInt(surnames.length)];
                for (int m = 0; m < size && r <= rows; m++, r++) {
                    String id;
                    do {
                        LocalDate birth =
                                LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
                        String first17 = "110108"
                                + String.format(
                                        "%04d%02d%02d%03d",
                                        birth.getYear(),
                                        birth.getMonthValue(),
                                        birth.getDayOfMonth(),
                                        random.nextInt(1000));
                        id = first17 + IdCards.checkCharacter(first17);
                    } while (!ids.add(id));
                    sheet.value(r, 0, gridCode);
                    sheet.inlineString(r, 4, "基准大道" + household + "号");
                    sheet.value(r, 5, household % 5 == 0 ? "租赁住房" : "自有住房");
                    sheet.value(
                            r,
                            8,
                            (m == 1 ? surnames[random.nextInt(surnames.length)] : surname)
                                    + given[random.nextInt(given.length)]);
                    sheet.value(r, 9, relations[m]);
                    sheet.inlineString(r, 10, id);
                    if (random.nextBoolean()) {
                        sheet.inlineString(
                                r,
                                11,
                                "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)));
                    }
                    sheet.value(r, 12, "汉族");
                    sheet.value(r, 13, household % 5 == 0 ? "流动人口" : "户籍人口");
                    sheet.value(r, 19, "2019-06-01");
                }
                if (r % 2000 < 4) {
                    sheet.flush();
                }
            }
        }
    }

    static void cleanImport(String jdbc, String gridCode) throws SQLException {
        try (Connection c = connect(jdbc)) {
            Long grid = scalar(c, "SELECT id FROM area WHERE level = 'GRID' AND code = ?", gridCode);
            if (grid == null) {
                return;
            }
            String[] statements = {
                "UPDATE household SET head_resident_id = NULL WHERE grid_id = ?",
                "DELETE t FROM resident_tag t JOIN resident r ON r.id = t.resident_id JOIN household h ON h.id = r.household_id WHERE h.grid_id = ?",
                "DELETE e FROM household_event e JOIN household h ON h.id = e.household_id WHERE h.grid_id = ?",
                "DELETE r FROM resident r JOIN household h ON h.id = r.household_id WHERE h.grid_id = ?",
                "DELETE t FROM household_tag t JOIN household h ON h.id = t.household_id WHERE h.grid_id = ?",
                "DELETE FROM household WHERE grid_id = ?"
            };
            for (String sql : statements) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, grid);
                    s.executeUpdate();
                }
            }
            // Written behind the application's back: the registry statistics must recount the grid.
            com.gridwork.registry.stats.RegistryCounts.markStale(c, List.of(grid));
            // Let InnoDB purge the deleted rows now rather than during the next measurement (up to 90 s).
            long until = System.nanoTime() + 90_000_000_000L;
            while (System.nanoTime() < until) {
                Long history = scalar(
                        c, "SELECT `COUNT` FROM information_schema.INNODB_METRICS WHERE NAME = 'trx_rseg_history_len'");
                if (history == null || history < 2000) {
                    break;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
