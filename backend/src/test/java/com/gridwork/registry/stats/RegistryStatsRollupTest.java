package com.gridwork.registry.stats;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaLevel;
import com.gridwork.dev.generate.RegistryGenerator;
import com.gridwork.registry.excel.RegistryColumn;
import com.gridwork.registry.excel.RegistryTemplate;
import com.gridwork.registry.stats.RegistryStatsService.CodeCount;
import com.gridwork.registry.stats.RegistryStatsService.GridCount;
import com.gridwork.registry.stats.RegistryStatsService.RegistryStats;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.registry.RegistryApi.addResident;
import static com.gridwork.registry.RegistryApi.flat;
import static com.gridwork.registry.RegistryApi.household;
import static com.gridwork.registry.RegistryApi.resident;
import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The registry statistics come from the per-grid rollup ({@link RegistryCounts}); after every kind of registry
 * write they must equal the live count (the grouped SQL the endpoint ran before the rollup, straight over JDBC)
 * for the sub-district, each community and each grid. Each check reads every grid first, so a write path that
 * forgot to mark its grid (or one of two grids) stale shows up as a difference at the next check.
 */
@QuarkusTest
class RegistryStatsRollupTest {
    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RegistryGenerator generator;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    void statisticsFollowEveryRegistryWrite() {
        check("empty");

        long h1 = household(w.admin(), w.gridA1(), "幸福路1号", "EMPTY_NEST", "RENTAL");
        check("household created with tags");

        long r1 = addResident(w.admin(), resident(h1, "钱一", TestIds.idCard(), "HEAD", "ELDERLY", "DISABLED"));
        check("resident created with care groups");
        long r2 = addResident(w.admin(), resident(h1, "孙二", TestIds.idCard(), "SPOUSE", "ELDERLY"));
        check("second resident");

        String etag =
                as(w.admin()).get("/api/households/" + h1).then().extract().header("ETag");
        as(w.admin())
                .header("If-Match", etag)
                .body(Map.of("housingType", "OWNED", "tags", List.of("FOCUS", "RENTAL")))
                .put("/api/households/" + h1)
                .then()
                .statusCode(200);
        check("household tags changed");

        etag = as(w.admin()).get("/api/residents/" + r2).then().extract().header("ETag");
        Map<String, Object> update = new HashMap<>(resident(h1, "孙二", null, "SPOUSE", "POOR_HOUSEHOLD", "ELDERLY"));
        update.remove("householdId");
        update.put("registrationType", "FLOATING");
        as(w.admin())
                .header("If-Match", etag)
                .body(update)
                .put("/api/residents/" + r2)
                .then()
                .statusCode(200);
        check("registration type and care groups changed");

        as(w.admin())
                .body(Map.of("gridId", w.gridB1(), "address", "和平路2号", "reason", "整户搬迁"))
                .post("/api/households/" + h1 + "/move")
                .then()
                .statusCode(200);
        check("household moved to another community's grid");

        long h2 = household(w.admin(), w.gridA2(), "幸福路3号", "MILITARY_FAMILY");
        String thirdId = TestIds.idCard();
        long r3 = addResident(w.admin(), resident(h2, "李三", thirdId, "HEAD", "YOUTH"));
        check("second household");
        as(w.admin())
                .body(Map.of("householdId", h1, "relation", "SON"))
                .post("/api/residents/" + r3 + "/move")
                .then()
                .statusCode(200);
        check("resident moved between households of different grids");

        // An earlier date than the household's move-out below: restoring the household does not bring r1 back.
        as(w.admin())
                .body(Map.of("date", "2025-03-01", "reason", "外迁"))
                .post("/api/residents/" + r1 + "/move-out")
                .then()
                .statusCode(200);
        check("resident moved out");
        as(w.admin())
                .body(Map.of("reason", "整户迁出"))
                .post("/api/households/" + h1 + "/move-out")
                .then()
                .statusCode(200);
        check("household moved out");
        as(w.admin()).post("/api/households/" + h1 + "/restore").then().statusCode(200);
        check("household restored");
        as(w.admin()).post("/api/residents/" + r1 + "/restore").then().statusCode(200);
        check("resident restored");

        // An import creates a household in A2 and moves r3 (now in B1) into it.
        String fourthId = TestIds.idCard();
        byte[] file = workbook(List.of(
                row(code(w.gridA2()), "解放路9号", "低保户、重点关注", "周四", "户主", fourthId, "户籍人口", "低保对象"),
                row(code(w.gridA2()), "解放路9号", "低保户、重点关注", "李三", "配偶", thirdId, "流动人口", "")));
        given().auth()
                .oauth2(TestTokens.of(w.admin()))
                .multiPart("file", "居民.xlsx", file, RegistryTemplate.XLSX)
                .queryParam("dryRun", false)
                .post("/api/registry/import")
                .then()
                .statusCode(200)
                .body("imported", equalTo(true))
                .body("residents.created", equalTo(1))
                .body("residents.updated", equalTo(1));
        check("import");

        // The same file again changes nothing, and the numbers stay right.
        given().auth()
                .oauth2(TestTokens.of(w.admin()))
                .multiPart("file", "居民.xlsx", file, RegistryTemplate.XLSX)
                .queryParam("dryRun", false)
                .post("/api/registry/import")
                .then()
                .statusCode(200)
                .body("residents.unchanged", equalTo(2));
        check("import again");
        byte[] retagged = workbook(List.of(
                row(code(w.gridA2()), "解放路9号", "出租房屋", "周四", "户主", fourthId, "户籍人口", "低保对象"),
                row(code(w.gridA2()), "解放路9号", "出租房屋", "李三", "配偶", thirdId, "流动人口", "")));
        given().auth()
                .oauth2(TestTokens.of(w.admin()))
                .multiPart("file", "居民.xlsx", retagged, RegistryTemplate.XLSX)
                .queryParam("dryRun", false)
                .post("/api/registry/import")
                .then()
                .statusCode(200)
                .body("households.updated", equalTo(1))
                .body("residents.unchanged", equalTo(2));
        check("import changing household tags only");
        byte[] newcomer = workbook(List.of(
                row(code(w.gridA2()), "解放路9号", "出租房屋", "周四", "户主", fourthId, "户籍人口", "低保对象"),
                row(code(w.gridA2()), "解放路9号", "出租房屋", "李三", "配偶", thirdId, "流动人口", ""),
                row(code(w.gridA2()), "解放路9号", "出租房屋", "周小五", "子", TestIds.idCard(), "户籍人口", "青少年")));
        given().auth()
                .oauth2(TestTokens.of(w.admin()))
                .multiPart("file", "居民.xlsx", newcomer, RegistryTemplate.XLSX)
                .queryParam("dryRun", false)
                .post("/api/registry/import")
                .then()
                .statusCode(200)
                .body("households.unchanged", equalTo(1))
                .body("residents.created", equalTo(1));
        check("import adding a resident to an unchanged household");

        // Households in buildings carry the building's path, and their residents too: still counted in the grid.
        long buildingA1 = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "1号楼");
        long buildingB2 = fixtures.area(AreaLevel.BUILDING, w.gridB2(), "2号楼");
        long flat = flat(w.admin(), w.gridA1(), buildingA1, "101", "ALONE");
        String fifthId = TestIds.idCard();
        addResident(w.admin(), resident(flat, "吴五", fifthId, "HEAD", "ELDERLY_ALONE"));
        addResident(w.admin(), resident(flat, "吴小五", TestIds.idCard(), "SON", "YOUTH"));
        check("household in a building");
        as(w.admin())
                .body(Map.of("gridId", w.gridB2(), "buildingId", buildingB2, "unitNo", "2", "roomNo", "202"))
                .post("/api/households/" + flat + "/move")
                .then()
                .statusCode(200);
        check("household moved to another grid's building");
        // An import moves a resident out of the building's household: the grid of the building loses them.
        byte[] leaving = workbook(List.of(row(code(w.gridA1()), "幸福路20号", "", "吴五", "户主", fifthId, "户籍人口", "")));
        given().auth()
                .oauth2(TestTokens.of(w.admin()))
                .multiPart("file", "居民.xlsx", leaving, RegistryTemplate.XLSX)
                .queryParam("dryRun", false)
                .post("/api/registry/import")
                .then()
                .statusCode(200)
                .body("imported", equalTo(true))
                .body("residents.updated", equalTo(1));
        check("import moving a resident out of a building");

        // The generator fills B2's building (flats) and streets.
        generator.generate(Map.of(w.gridB2(), 5), 11L, "test");
        check("generator");
        assertThat(count(
                        "SELECT COUNT(*) FROM registry_grid_stale WHERE grid_id IN (?, ?, ?, ?)",
                        w.gridA1(),
                        w.gridA2(),
                        w.gridB1(),
                        w.gridB2()))
                .isZero();
    }

    @Test
    void buildingsAreCountedByTheirHouseholds() {
        long building = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "1号楼");
        long flat = as(w.admin())
                .body(Map.of(
                        "gridId",
                        w.gridA1(),
                        "buildingId",
                        building,
                        "unitNo",
                        "1",
                        "roomNo",
                        "101",
                        "housingType",
                        "OWNED",
                        "tags",
                        List.of("ALONE")))
                .post("/api/households")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("household.id");
        addResident(w.admin(), resident(flat, "吴五", TestIds.idCard(), "HEAD", "ELDERLY_ALONE"));
        long street = household(w.admin(), w.gridA1(), "幸福路5号", "RENTAL");
        addResident(w.admin(), resident(street, "郑六", TestIds.idCard(), "HEAD"));
        addResident(w.admin(), resident(street, "王七", TestIds.idCard(), "TENANT"));

        // A building's records are those of its households (the live count matches by building id, the endpoint by
        // the building's path, which they carry).
        Live inBuilding = Live.building(building);
        assertThat(live(Live.under(path(building)))).isEqualTo(live(inBuilding));
        RegistryStats stats = stats(w.admin(), building);
        assertThat(stats).isEqualTo(live(inBuilding));
        assertThat(stats.households()).isEqualTo(1);
        assertThat(stats.residents()).isEqualTo(1);

        String viewer = fixtures.staff(StaffRole.VIEWER, building);
        assertThat(stats(viewer, null)).isEqualTo(live(inBuilding));
        assertThat(stats(viewer, building)).isEqualTo(live(inBuilding));
        as(viewer).get("/api/registry/stats?areaId=" + w.gridA1()).then().statusCode(404);

        as(w.admin())
                .body(Map.of())
                .post("/api/households/" + flat + "/move-out")
                .then()
                .statusCode(200);
        assertThat(stats(viewer, null)).isEqualTo(live(inBuilding));
        assertThat(stats(viewer, null).households()).isZero();
        check("building household moved out");
    }

    @Test
    void gridWorkersSeeOnlyTheirGrids() {
        long mine = household(w.workerA1(), w.gridA1(), "幸福路8号", "FOCUS");
        addResident(w.workerA1(), resident(mine, "冯八", TestIds.idCard(), "HEAD", "GRADUATE"));
        long theirs = household(w.admin(), w.gridA2(), "幸福路9号", "RENTAL");
        addResident(w.admin(), resident(theirs, "陈九", TestIds.idCard(), "HEAD"));

        Live own = Live.under(path(w.gridA1()));
        RegistryStats stats = stats(w.workerA1(), null);
        assertThat(stats).isEqualTo(live(own));
        assertThat(stats.byGrid()).extracting(g -> g.grid().id()).containsExactly(w.gridA1());
        assertThat(stats(w.workerA1(), w.gridA1())).isEqualTo(live(own));
        as(w.workerA1()).get("/api/registry/stats?areaId=" + w.gridA2()).then().statusCode(404);
        assertThat(stats(w.staffA(), null)).isEqualTo(live(Live.under(path(w.communityA()))));
    }

    // ---------------------------------------------------------------- checks

    /** The sub-district, both communities and every grid of the world: the endpoint equals the live count. */
    private void check(String after) {
        assertThat(stats(w.admin(), null))
                .as("sub-district after: " + after)
                .isEqualTo(live(Live.under(path(w.subDistrict()))));
        for (long area : List.of(w.communityA(), w.communityB(), w.gridA1(), w.gridA2(), w.gridB1(), w.gridB2())) {
            assertThat(stats(w.admin(), area))
                    .as("area " + area + " after: " + after)
                    .isEqualTo(live(Live.under(path(area))));
        }
    }

    private static RegistryStats stats(String user, Long areaId) {
        var request = as(user);
        if (areaId != null) {
            request = request.queryParam("areaId", areaId);
        }
        return request.get("/api/registry/stats")
                .then()
                .statusCode(200)
                .extract()
                .as(RegistryStats.class);
    }

    /** Conditions on households {@code h} and residents {@code r} (joined to their household {@code rh}). */
    private record Live(String household, String resident, Object param) {
        static Live under(String path) {
            return new Live("h.area_path LIKE ?", "r.area_path LIKE ?", path + "%");
        }

        static Live building(long buildingId) {
            return new Live("h.building_id = ?", "rh.building_id = ?", buildingId);
        }
    }

    /** The statistics as the endpoint computed them before the rollup: grouped counts of ACTIVE records. */
    private RegistryStats live(Live where) {
        String households = " FROM household h WHERE h.status = 'ACTIVE' AND " + where.household();
        String residents = " FROM resident r JOIN household rh ON rh.id = r.household_id WHERE r.status = 'ACTIVE' AND "
                + where.resident();
        Map<Long, Long> householdsByGrid = new HashMap<>();
        rows("SELECT h.grid_id, COUNT(*)" + households + " GROUP BY h.grid_id", where.param())
                .forEach(row -> householdsByGrid.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        Map<Long, Long> residentsByGrid = new HashMap<>();
        Map<String, Long> registration = new HashMap<>();
        for (Object[] row : rows(
                "SELECT rh.grid_id, r.registration_type, COUNT(*)" + residents
                        + " GROUP BY rh.grid_id, r.registration_type",
                where.param())) {
            residentsByGrid.merge(((Number) row[0]).longValue(), ((Number) row[2]).longValue(), Long::sum);
            registration.merge((String) row[1], ((Number) row[2]).longValue(), Long::sum);
        }
        Map<String, Long> careGroups = codeCounts(
                "SELECT t.code, COUNT(*)"
                        + residents.replace(" WHERE", " JOIN resident_tag t ON t.resident_id = r.id WHERE")
                        + " GROUP BY t.code",
                where.param());
        Map<String, Long> householdTags = codeCounts(
                "SELECT t.code, COUNT(*)"
                        + households.replace(" WHERE", " JOIN household_tag t ON t.household_id = h.id WHERE")
                        + " GROUP BY t.code",
                where.param());

        List<Long> gridIds = new ArrayList<>(householdsByGrid.keySet());
        residentsByGrid.keySet().stream().filter(id -> !gridIds.contains(id)).forEach(gridIds::add);
        List<Object[]> grids = new ArrayList<>();
        for (Long id : gridIds) {
            grids.addAll(rows(
                    "SELECT g.id, g.level, g.code, g.name, c.code, c.id FROM area g"
                            + " JOIN area c ON c.id = g.parent_id WHERE g.id = ?",
                    id));
        }
        // the natural order: community code, then grid code
        grids.sort(Comparator.comparing((Object[] row) -> (String) row[4])
                .thenComparing(row -> ((Number) row[5]).longValue())
                .thenComparing(row -> (String) row[2]));
        List<GridCount> byGrid = grids.stream()
                .map(row -> {
                    long id = ((Number) row[0]).longValue();
                    return new GridCount(
                            new AreaRef(id, AreaLevel.valueOf((String) row[1]), (String) row[2], (String) row[3]),
                            householdsByGrid.getOrDefault(id, 0L),
                            residentsByGrid.getOrDefault(id, 0L));
                })
                .toList();
        return new RegistryStats(
                householdsByGrid.values().stream().mapToLong(Long::longValue).sum(),
                residentsByGrid.values().stream().mapToLong(Long::longValue).sum(),
                byGrid,
                named(careGroups, "CARE_GROUP"),
                named(householdTags, "HOUSEHOLD_TAG"),
                named(registration, "REGISTRATION_TYPE"));
    }

    /** The world's code lists (platform defaults plus the sub-district's own), listed codes first, in order. */
    private List<CodeCount> named(Map<String, Long> counts, String category) {
        Map<String, String> names = new LinkedHashMap<>();
        rows(
                        "SELECT code, name FROM dictionary_item WHERE category = ? AND active = TRUE AND (sub_district_id IS NULL OR sub_district_id = ?) "
                                + "ORDER BY sort_order, id",
                        category,
                        w.subDistrict())
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        List<CodeCount> result = new ArrayList<>();
        names.forEach((code, name) -> result.add(new CodeCount(code, name, counts.getOrDefault(code, 0L))));
        counts.forEach((code, count) -> {
            if (!names.containsKey(code)) {
                result.add(new CodeCount(code, code, count));
            }
        });
        return result;
    }

    private Map<String, Long> codeCounts(String sql, Object param) {
        Map<String, Long> counts = new HashMap<>();
        rows(sql, param).forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private String path(long areaId) {
        return (String) rows("SELECT path FROM area WHERE id = ?", areaId).get(0)[0];
    }

    private String code(long areaId) {
        return (String) rows("SELECT code FROM area WHERE id = ?", areaId).get(0)[0];
    }

    private long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0)[0]).longValue();
    }

    private List<Object[]> rows(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- import file

    private static Map<RegistryColumn, String> row(
            String gridCode,
            String address,
            String householdTags,
            String name,
            String relation,
            String idCard,
            String registrationType,
            String careTags) {
        Map<RegistryColumn, String> row = new LinkedHashMap<>();
        row.put(RegistryColumn.GRID_CODE, gridCode);
        row.put(RegistryColumn.ADDRESS, address);
        row.put(RegistryColumn.HOUSING_TYPE, "自有住房");
        row.put(RegistryColumn.HOUSEHOLD_TAGS, householdTags);
        row.put(RegistryColumn.NAME, name);
        row.put(RegistryColumn.RELATION, relation);
        row.put(RegistryColumn.ID_CARD, idCard);
        row.put(RegistryColumn.ETHNICITY, "汉族");
        row.put(RegistryColumn.REGISTRATION_TYPE, registrationType);
        row.put(RegistryColumn.CARE_TAGS, careTags);
        return row;
    }

    private static byte[] workbook(List<Map<RegistryColumn, String>> rows) {
        List<RegistryColumn> columns = Arrays.asList(RegistryColumn.values());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("住户居民");
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).header());
            }
            for (int r = 0; r < rows.size(); r++) {
                for (Map.Entry<RegistryColumn, String> cell : rows.get(r).entrySet()) {
                    if (!cell.getValue().isEmpty()) {
                        sheet.value(r + 1, columns.indexOf(cell.getKey()), cell.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
