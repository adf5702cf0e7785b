package com.gridwork.registry;

import com.gridwork.area.AreaLevel;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.gridwork.registry.RegistryApi.addResident;
import static com.gridwork.registry.RegistryApi.flatInUnit;
import static com.gridwork.registry.RegistryApi.household;
import static com.gridwork.registry.RegistryApi.resident;
import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;

/** The search boxes of the household and resident lists (README "Search"): every form, the ranking and the scope. */
@QuarkusTest
class SearchTest {
    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    World w;
    long building3;
    long building13;
    long otherCommunityBuilding;

    @BeforeEach
    void world() throws SQLException {
        w = fixtures.world();
        building3 = building(w.gridA1(), "幸福里1区3号楼");
        building13 = building(w.gridA1(), "幸福里1区13号楼");
        otherCommunityBuilding = building(w.gridB1(), "阳光2区3号楼");
    }

    /** A building with exactly this name (the fixture's names carry a unique suffix). */
    private long building(long grid, String name) throws SQLException {
        long id = fixtures.area(AreaLevel.BUILDING, grid, name);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update area set name = ? where id = ?")) {
            s.setString(1, name);
            s.setLong(2, id);
            s.executeUpdate();
        }
        return id;
    }

    private List<Integer> households(String user, String q) {
        return found(user, "/api/households", q);
    }

    private List<Integer> residents(String user, String q) {
        return found(user, "/api/residents", q);
    }

    /** The ids a list answers for a search text, in its order. */
    private static List<Integer> found(String user, String list, String q) {
        return as(user).queryParam("q", q)
                .get(list)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    private static List<Integer> ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> (int) id).toList();
    }

    @Test
    void findsAFlatByEveryFormOfItsAddressExactMatchFirst() {
        // Created first, so that an order by id alone would put it before the exact match.
        long room2021 = flatInUnit(w.staffA(), w.gridA1(), building3, "1", "2021");
        long target = flatInUnit(w.staffA(), w.gridA1(), building3, "1", "202");
        long building13Room202 = flatInUnit(w.staffA(), w.gridA1(), building13, "1", "202");
        long otherUnit = flatInUnit(w.staffA(), w.gridA1(), building3, "2", "202");
        long otherCommunity = flatInUnit(w.admin(), w.gridB1(), otherCommunityBuilding, "1", "202");

        for (String q : List.of(
                "3号楼1单元202",
                "3号楼 1单元 202室",
                "3-1-202",
                "3栋1单元202",
                "3幢1单元202",
                "３号楼１单元２０２",
                " 3 - 1 - 202 ",
                "3号楼1-202")) {
            // exact first, then the room begun (2021); never building 13, unit 2 or the other community's 3-1-202
            org.assertj.core.api.Assertions.assertThat(households(w.staffA(), q))
                    .as(q)
                    .isEqualTo(ids(target, room2021));
        }
        // a full page runs the count too
        as(w.staffA())
                .queryParam("q", "3-1-202")
                .queryParam("size", 1)
                .get("/api/households")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].id", equalTo((int) target));
        // the address as displayed, building name included
        String displayed = as(w.staffA())
                .get("/api/households/" + target)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("household.address");
        org.assertj.core.api.Assertions.assertThat(displayed).isEqualTo("幸福里1区3号楼 1单元202室");
        org.assertj.core.api.Assertions.assertThat(households(w.admin(), displayed))
                .isEqualTo(ids(target, room2021));
        // the district's admin sees both communities' 3-1-202, exact ones first
        org.assertj.core.api.Assertions.assertThat(households(w.admin(), "3-1-202"))
                .isEqualTo(ids(target, otherCommunity, room2021));
        // a room alone: every room 202 in scope, then rooms beginning with 202
        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "202"))
                .isEqualTo(ids(target, building13Room202, otherUnit, room2021));
        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "202室"))
                .isEqualTo(ids(target, building13Room202, otherUnit, room2021));
        // building 13 is not building 3, and 13号楼 finds only its flat
        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "13号楼1单元202"))
                .isEqualTo(ids(building13Room202));
        // a grid worker of another grid finds nothing there
        org.assertj.core.api.Assertions.assertThat(households(w.workerA1(), "阳光2区3号楼1单元202"))
                .isEmpty();
    }

    @Test
    void findsABungalowByItsStreetAddressExactFirst() {
        long contains = household(w.staffA(), w.gridA1(), "东幸福胡同12号");
        long longer = household(w.staffA(), w.gridA1(), "幸福胡同120号");
        long exact = household(w.staffA(), w.gridA1(), "幸福胡同12号");
        household(w.admin(), w.gridB1(), "幸福胡同12号");

        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "幸福胡同12号"))
                .isEqualTo(ids(exact, contains));
        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "幸福胡同 １２号"))
                .isEqualTo(ids(exact, contains));
        as(w.staffA())
                .queryParam("q", "幸福胡同12号")
                .queryParam("size", 1)
                .get("/api/households")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].id", equalTo((int) exact));
        // begun (rank 1) before contained (rank 2)
        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "幸福胡同12"))
                .isEqualTo(ids(longer, exact, contains));
    }

    @Test
    void searchKeysFollowAMoveAndARenamedBuilding() {
        long h = flatInUnit(w.staffA(), w.gridA1(), building3, "1", "202");
        as(w.staffA())
                .body(Map.of("gridId", w.gridA1(), "buildingId", building13, "unitNo", "2单元", "roomNo", "305室"))
                .post("/api/households/" + h + "/move")
                .then()
                .statusCode(200);
        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "3-1-202"))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "13-2-305"))
                .isEqualTo(ids(h));

        String etag =
                as(w.staffA()).get("/api/areas/" + building13).then().extract().header("ETag");
        as(w.staffA())
                .header(new Header("If-Match", etag))
                .body(Map.of("code", "B13", "name", "幸福里1区15栋", "address", "幸福路15号", "floors", 6, "unitCount", 2))
                .put("/api/areas/" + building13)
                .then()
                .statusCode(200);
        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "15栋2单元305"))
                .isEqualTo(ids(h));
        org.assertj.core.api.Assertions.assertThat(households(w.staffA(), "13-2-305"))
                .isEmpty();
    }

    @Test
    void findsResidentsByAnyPartOfTheNamePinyinInitialsAndExactNumbers() {
        long home = household(w.staffA(), w.gridA1(), "和平路1号");
        String id = TestIds.idCard(LocalDate.of(1980, 5, 1), true);
        Map<String, Object> body = resident(home, "张三丰", id, "HEAD");
        body.put("phone", "13912345678");
        long sanfeng = addResident(w.staffA(), body);
        long san = addResident(w.staffA(), resident(home, "张三", TestIds.idCard(), "SPOUSE"));
        long zeng = addResident(w.staffA(), resident(home, "曾小贤", TestIds.idCard(), "SON"));
        long other = household(w.admin(), w.gridB1(), "和平路2号");
        addResident(w.admin(), resident(other, "张三", TestIds.idCard(), "HEAD"));

        // any part of the name, ordered by name
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "张三")).isEqualTo(ids(san, sanfeng));
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "三丰")).isEqualTo(ids(sanfeng));
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "丰")).isEqualTo(ids(sanfeng));
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "小")).isEqualTo(ids(zeng));
        // full pinyin, with or without spaces, and initials
        for (String q : List.of("zhangsan", "zhang san", "Zhang San", "zs", "zhangs")) {
            org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), q))
                    .as(q)
                    .isEqualTo(ids(san, sanfeng));
        }
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "zsf")).isEqualTo(ids(sanfeng));
        // a surname read as a surname: 曾 zeng
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "zengxiaoxian"))
                .isEqualTo(ids(zeng));
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "zxx")).isEqualTo(ids(zeng));
        // ID and phone numbers in the same box: exact, through the keyed hash
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), id.toLowerCase()))
                .isEqualTo(ids(sanfeng));
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "139 1234 5678"))
                .isEqualTo(ids(sanfeng));
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), id.substring(0, 17)))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "1391234567"))
                .isEmpty();
        // another community's 张三 stays out of community A's staff's results, and is found by the admin
        org.assertj.core.api.Assertions.assertThat(residents(w.admin(), "zhangsan"))
                .hasSize(3);
        as(w.workerA1()).queryParam("q", "三").get("/api/residents").then().body("total", equalTo(2));
    }

    @Test
    void aCommonPartOfNamesIsSearchedAlongTheNameIndexWithTheSameResult() throws SQLException {
        long home = household(w.staffA(), w.gridA1(), "和平路3号");
        long tibet = addResident(w.staffA(), resident(home, "西藏华", TestIds.idCard(), "HEAD"));
        // 2000 parts beginning with 藏 make it "common": the search walks the name index with LIKE instead
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("insert into resident_name_part (resident_id, part) values (?, ?)")) {
            for (int i = 0; i < 2000; i++) {
                s.setLong(1, tibet);
                s.setString(2, "藏" + i + "x" + w.gridA1());
                s.addBatch();
            }
            s.executeBatch();
        }
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "藏")).isEqualTo(ids(tibet));
        org.assertj.core.api.Assertions.assertThat(residents(w.staffA(), "藏华")).isEqualTo(ids(tibet));
    }
}
