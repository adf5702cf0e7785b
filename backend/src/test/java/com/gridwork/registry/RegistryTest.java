package com.gridwork.registry;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaLevel;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.gridwork.registry.RegistryApi.addResident;
import static com.gridwork.registry.RegistryApi.flat;
import static com.gridwork.registry.RegistryApi.household;
import static com.gridwork.registry.RegistryApi.resident;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RegistryTest {
    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    void personalDataIsEncryptedAtRestMaskedInResponsesAndAbsentFromLogs() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(
                        String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("").addHandler(capture);
        try {
            String id = TestIds.idCard(LocalDate.of(1956, 3, 8), false);
            long h = household(w.workerA1(), w.gridA1(), "幸福路1号");
            Map<String, Object> body = resident(h, "王秀兰", id, "HEAD", "ELDERLY_ALONE");
            body.put("phone", "13812345678");
            long r = addResident(w.workerA1(), body);

            String json = as(w.workerA1())
                    .get("/api/residents/" + r)
                    .then()
                    .statusCode(200)
                    .body("resident.idCardMasked", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                    .body("resident.phoneMasked", equalTo("138****5678"))
                    .body("resident.gender", equalTo("F"))
                    .body("resident.birthDate", equalTo("1956-03-08"))
                    .extract()
                    .asString();
            assertThat(json).doesNotContain(id).doesNotContain("13812345678");
            for (String path :
                    List.of("/api/households/" + h, "/api/residents?q=王", "/api/households?areaId=" + w.gridA1())) {
                assertThat(as(w.workerA1())
                                .get(path)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString())
                        .doesNotContain(id)
                        .doesNotContain("13812345678");
            }
            // Searching by the exact number works through the keyed hash.
            as(w.workerA1())
                    .get("/api/residents?idCard=" + id.toLowerCase())
                    .then()
                    .body("items.id", equalTo(List.of((int) r)));
            as(w.workerA1()).get("/api/residents?phone=138 1234 5678").then().body("items.id", equalTo(List.of((int)
                    r)));

            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select * from resident where id = " + r)) {
                rs.next();
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                assertThat(row.toString())
                        .doesNotContain(id)
                        .doesNotContain("13812345678")
                        .contains("v1:");
            }
            assertThat(String.join("\n", logged)).doesNotContain(id).doesNotContain("13812345678");
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
    }

    @Test
    void idNumbersAreValidatedAndUnique() {
        long h = household(w.workerA1(), w.gridA1(), "幸福路2号");
        String id = TestIds.idCard(LocalDate.of(1980, 5, 20), true);
        char wrong = id.charAt(17) == '0' ? '1' : '0';
        as(w.workerA1())
                .body(resident(h, "李强", id.substring(0, 17) + wrong, "HEAD"))
                .post("/api/residents")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("idCard"))
                .body("violations[0].message", containsString("校验位"));
        Map<String, Object> wrongSex = resident(h, "李强", id, "HEAD");
        wrongSex.put("gender", "F");
        as(w.workerA1())
                .header("Accept-Language", "en")
                .body(wrongSex)
                .post("/api/residents")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("gender"))
                .body("violations[0].message", equalTo("does not match the ID number"));
        long first = addResident(w.workerA1(), resident(h, "李强", id, "HEAD"));
        as(w.workerA1())
                .body(resident(h, "李强二", id, "SON"))
                .post("/api/residents")
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) first))
                .body("violations[0].field", equalTo("idCard"));
        // Registered outside the caller's scope: refused without saying whose it is.
        World other = fixtures.world();
        long elsewhere = household(other.workerA1(), other.gridA1(), "别处1号");
        as(other.workerA1())
                .body(resident(elsewhere, "某人", id, "HEAD"))
                .post("/api/residents")
                .then()
                .statusCode(409)
                .body("existingId", nullValue())
                .body(not(containsString("李强")));
    }

    @Test
    void gridWorkersCannotReachOtherGrids() {
        long mine = household(w.workerA1(), w.gridA1(), "幸福路3号");
        long theirs = household(w.admin(), w.gridA2(), "幸福路4号");
        long theirResident = addResident(w.admin(), resident(theirs, "赵六", TestIds.idCard(), "HEAD"));

        as(w.workerA1()).get("/api/households/" + theirs).then().statusCode(404);
        as(w.workerA1()).get("/api/residents/" + theirResident).then().statusCode(404);
        as(w.workerA1()).get("/api/households?areaId=" + w.gridA2()).then().statusCode(404);
        as(w.workerA1()).get("/api/residents?areaId=" + w.gridA2()).then().statusCode(404);
        as(w.workerA1())
                .get("/api/households")
                .then()
                .body("items.id", not(hasItem((int) theirs)))
                .body("items.id", hasItem((int) mine));
        as(w.workerA1()).get("/api/residents?q=赵").then().body("items.id", not(hasItem((int) theirResident)));
        as(w.workerA1())
                .header("If-Match", "\"0\"")
                .body(Map.of("housingType", "RENTED"))
                .put("/api/households/" + theirs)
                .then()
                .statusCode(404);
        as(w.workerA1())
                .body(Map.of("gridId", w.gridA1(), "address", "x"))
                .post("/api/households/" + theirs + "/move")
                .then()
                .statusCode(404);
        as(w.workerA1())
                .body(Map.of("gridId", w.gridA2(), "address", "x"))
                .post("/api/households/" + mine + "/move")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("gridId"));
        as(w.workerA1())
                .body(Map.of())
                .post("/api/households/" + theirs + "/move-out")
                .then()
                .statusCode(404);
        as(w.workerA1())
                .body(Map.of("field", "ID_CARD", "reason", "核实"))
                .post("/api/residents/" + theirResident + "/reveal")
                .then()
                .statusCode(404);
        // A household outside the scope named in a body is a wrong field (400), as every foreign id in a body is.
        as(w.workerA1())
                .body(resident(theirs, "钱七", TestIds.idCard(), "SON"))
                .post("/api/residents")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("householdId")));
        long myResident = addResident(w.workerA1(), resident(mine, "孙七", TestIds.idCard(), "HEAD"));
        as(w.workerA1())
                .body(Map.of("householdId", theirs, "relation", "SON"))
                .post("/api/residents/" + myResident + "/move")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("householdId")));
        as(w.workerA1())
                .body(Map.of("householdId", mine, "relation", "SON"))
                .post("/api/residents/" + theirResident + "/move")
                .then()
                .statusCode(404);
        as(w.workerA1()).post("/api/households/" + theirs + "/restore").then().statusCode(404);
        as(w.workerA1()).get("/api/registry/stats").then().statusCode(200).body("byGrid.grid.id", equalTo(List.of((int)
                w.gridA1())));
        as(w.workerA1())
                .get("/api/registry/stats?areaId=" + w.communityA())
                .then()
                .statusCode(404);
        as(w.staffA()).get("/api/registry/stats").then().body("households", equalTo(2));
    }

    @Test
    void viewersReadButNeverWriteOrReveal() {
        long h = household(w.admin(), w.gridB1(), "和平路1号");
        long r = addResident(w.admin(), resident(h, "孙八", TestIds.idCard(), "HEAD"));
        as(w.viewer()).get("/api/households/" + h).then().statusCode(200);
        as(w.viewer()).get("/api/residents/" + r).then().statusCode(200);
        as(w.viewer())
                .body(Map.of("gridId", w.gridB1(), "address", "x", "housingType", "OWNED"))
                .post("/api/households")
                .then()
                .statusCode(403);
        as(w.viewer())
                .header("If-Match", "\"0\"")
                .body(Map.of("housingType", "RENTED"))
                .put("/api/households/" + h)
                .then()
                .statusCode(403);
        as(w.viewer())
                .body(Map.of("field", "ID_CARD", "reason", "想看看"))
                .post("/api/residents/" + r + "/reveal")
                .then()
                .statusCode(403);
        as(w.viewer())
                .body(Map.of("reason", "想看看"))
                .post("/api/households/" + h + "/reveal-phone")
                .then()
                .statusCode(403);
        as(w.viewer())
                .body(Map.of())
                .post("/api/residents/" + r + "/move-out")
                .then()
                .statusCode(403);
    }

    @Test
    void revealIsAuditedWithItsReason() {
        String id = TestIds.idCard();
        long h = household(w.workerA1(), w.gridA1(), "幸福路5号");
        long r = addResident(w.workerA1(), resident(h, "周九", id, "HEAD"));
        as(w.workerA1())
                .body(Map.of("field", "ID_CARD"))
                .post("/api/residents/" + r + "/reveal")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(w.workerA1())
                .body(Map.of("field", "ID_CARD", "reason", "核实低保申请"))
                .post("/api/residents/" + r + "/reveal")
                .then()
                .statusCode(200)
                .body("value", equalTo(id));
        as(w.workerA1())
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("REVEAL_ID_CARD"))
                .body("items[0].subjectId", equalTo((int) r))
                .body("items[0].subjectLabel", equalTo("周九"))
                .body("items[0].reason", equalTo("核实低保申请"))
                .body("items[0].actorUsername", equalTo(w.workerA1()))
                .body(not(containsString(id)));
        as(w.staffA()).get("/api/audit?action=REVEAL_ID_CARD").then().body("items.subjectId", hasItem((int) r));
        World other = fixtures.world();
        as(other.staffA()).get("/api/audit").then().body("items.subjectId", not(hasItem((int) r)));
        as(other.workerA1()).get("/api/audit").then().body("total", equalTo(0));
    }

    @Test
    void householdsMoveOutAndComeBackWithTheirHistory() {
        long h = household(w.staffA(), w.gridA1(), "幸福路6号", "EMPTY_NEST");
        long head = addResident(w.staffA(), resident(h, "吴十", TestIds.idCard(), "HEAD"));
        long spouse = addResident(w.staffA(), resident(h, "郑十一", TestIds.idCard(), "SPOUSE"));
        as(w.staffA())
                .get("/api/households/" + h)
                .then()
                .body("household.headName", equalTo("吴十"))
                .body("household.memberCount", equalTo(2))
                .body("household.tags", equalTo(List.of("EMPTY_NEST")));

        as(w.staffA())
                .body(Map.of("gridId", w.gridA2(), "address", "幸福路6号（新）", "reason", "整户搬迁"))
                .post("/api/households/" + h + "/move")
                .then()
                .statusCode(200)
                .body("household.grid.id", equalTo((int) w.gridA2()));
        // The members' scope moved with the household.
        as(w.workerA1()).get("/api/residents/" + head).then().statusCode(404);
        as(w.staffA())
                .body(Map.of("date", "2026-10-01", "reason", "迁往外省"))
                .post("/api/households/" + h + "/move-out")
                .then()
                .statusCode(200)
                .body("household.status", equalTo("MOVED_OUT"))
                .body("members.status", equalTo(List.of("MOVED_OUT", "MOVED_OUT")));
        as(w.staffA())
                .body(Map.of())
                .post("/api/households/" + h + "/move-out")
                .then()
                .statusCode(409);
        as(w.staffA())
                .get("/api/registry/stats?areaId=" + w.gridA2())
                .then()
                .body("households", equalTo(0))
                .body("residents", equalTo(0));
        as(w.staffA())
                .post("/api/households/" + h + "/restore")
                .then()
                .statusCode(200)
                .body("household.status", equalTo("ACTIVE"))
                .body("members.status", equalTo(List.of("ACTIVE", "ACTIVE")))
                .body(
                        "history.kind",
                        equalTo(List.of("RESTORED", "MOVED_OUT", "MOVED", "MEMBER_JOINED", "MEMBER_JOINED", "CREATED")))
                .body("history[2].from.id", equalTo((int) w.gridA1()))
                .body("history[2].to.id", equalTo((int) w.gridA2()));

        // A resident moves into another household; both keep the event.
        long other = household(w.staffA(), w.gridA1(), "幸福路7号");
        as(w.staffA())
                .body(Map.of("householdId", other, "relation", "HEAD"))
                .post("/api/residents/" + spouse + "/move")
                .then()
                .statusCode(200)
                .body("resident.householdId", equalTo((int) other));
        as(w.staffA())
                .get("/api/households/" + other)
                .then()
                .body("household.headName", equalTo("郑十一"))
                .body("history[0].kind", equalTo("MEMBER_JOINED"));
        as(w.staffA())
                .get("/api/households/" + h)
                .then()
                .body("history[0].kind", equalTo("MEMBER_LEFT"))
                .body("household.memberCount", equalTo(1));
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        long h = household(w.workerA1(), w.gridA1(), "幸福路8号");
        long r = addResident(w.workerA1(), resident(h, "冯十二", TestIds.idCard(), "HEAD"));
        Map<String, Object> update = Map.of("housingType", "RENTED", "tags", List.of("RENTAL"), "notes", "租户登记");
        as(w.workerA1()).body(update).put("/api/households/" + h).then().statusCode(428);
        // Adding the head member changed the household, so its version is no longer the one of creation.
        String etag =
                as(w.workerA1()).get("/api/households/" + h).then().extract().header("ETag");
        String next = as(w.workerA1())
                .header("If-Match", etag)
                .body(update)
                .put("/api/households/" + h)
                .then()
                .statusCode(200)
                .body("household.tags", equalTo(List.of("RENTAL")))
                .extract()
                .header("ETag");
        assertThat(next).isNotEqualTo(etag);
        as(w.workerA1())
                .header("If-Match", etag)
                .body(update)
                .put("/api/households/" + h)
                .then()
                .statusCode(412);
        as(w.workerA1())
                .body(Map.of("housingType", "CASTLE"))
                .header("If-Match", next)
                .put("/api/households/" + h)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("housingType"));

        etag = as(w.workerA1()).get("/api/residents/" + r).then().extract().header("ETag");
        String phoneMasked =
                as(w.workerA1()).get("/api/residents/" + r).then().extract().path("resident.phoneMasked");
        Map<String, Object> residentUpdate = new java.util.HashMap<>(resident(h, "冯十二", null, "HEAD", "GRADUATE"));
        residentUpdate.remove("householdId");
        residentUpdate.remove("phone");
        // Clients only ever see the phone masked: an update without one keeps it.
        String residentEtag = as(w.workerA1())
                .header("If-Match", etag)
                .body(residentUpdate)
                .put("/api/residents/" + r)
                .then()
                .statusCode(200)
                .body("resident.tags", equalTo(List.of("GRADUATE")))
                .body("resident.phoneMasked", equalTo(phoneMasked))
                .extract()
                .header("ETag");
        as(w.workerA1())
                .header("If-Match", etag)
                .body(residentUpdate)
                .put("/api/residents/" + r)
                .then()
                .statusCode(412);
        residentUpdate.put("clearPhone", true);
        as(w.workerA1())
                .header("If-Match", residentEtag)
                .body(residentUpdate)
                .put("/api/residents/" + r)
                .then()
                .statusCode(200)
                .body("resident.phoneMasked", nullValue());
    }

    @Test
    void searchByNamePinyinInitialsTagsAndKeysetPages() {
        long h = household(w.workerA1(), w.gridA1(), "幸福路9号", "MINIMUM_LIVING");
        for (String name : List.of("张伟", "张伟民", "张丽", "章华", "李娜")) {
            addResident(
                    w.workerA1(),
                    resident(
                            h,
                            name,
                            TestIds.idCard(),
                            name.equals("张伟") ? "HEAD" : "OTHER",
                            name.startsWith("张") ? new String[] {"ELDERLY"} : new String[0]));
        }
        as(w.workerA1()).get("/api/residents?q=张伟").then().body("items.name", equalTo(List.of("张伟", "张伟民")));
        as(w.workerA1()).get("/api/residents?q=zw").then().body("items.name", equalTo(List.of("张伟", "张伟民")));
        as(w.workerA1()).get("/api/residents?q=ZH").then().body("items.name", hasItem("章华"));
        as(w.workerA1())
                .get("/api/residents?tag=ELDERLY&areaId=" + w.gridA1())
                .then()
                .body("total", equalTo(3));
        as(w.workerA1()).get("/api/households?tag=MINIMUM_LIVING").then().body("items.id", equalTo(List.of((int) h)));
        as(w.workerA1()).get("/api/households?q=幸福路9").then().body("items.id", equalTo(List.of((int) h)));
        as(w.workerA1()).get("/api/households?q=张伟民").then().body("items.id", equalTo(List.of((int) h)));
        // A page of several households: each gets its own head, member count and tags (read in one query per kind).
        long empty = household(w.workerA1(), w.gridA1(), "幸福路100号", "EMPTY_NEST", "MINIMUM_LIVING");
        as(w.workerA1())
                .get("/api/households?tag=MINIMUM_LIVING&sort=-createdAt")
                .then()
                .body("items.id", equalTo(List.of((int) empty, (int) h)))
                .body("items.headName", equalTo(java.util.Arrays.asList(null, "张伟")))
                .body("items.memberCount", equalTo(List.of(0, 5)))
                .body(
                        "items.tags",
                        equalTo(List.of(List.of("EMPTY_NEST", "MINIMUM_LIVING"), List.of("MINIMUM_LIVING"))))
                .body("total", equalTo(2));

        var first = as(w.workerA1())
                .get("/api/residents?areaId=" + w.gridA1() + "&size=2")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(5))
                .body("nextCursor", notNullValue())
                .extract()
                .jsonPath();
        List<String> seen = new ArrayList<>(first.getList("items.name"));
        String cursor = first.getString("nextCursor");
        while (cursor != null) {
            var next = as(w.workerA1())
                    .get("/api/residents?areaId=" + w.gridA1() + "&size=2&after=" + cursor)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(next.getList("items.name"));
            cursor = next.getString("nextCursor");
        }
        assertThat(seen).hasSize(5).isSorted().doesNotHaveDuplicates();
        as(w.workerA1())
                .get("/api/residents?after=garbage!")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("after"));
        as(w.workerA1())
                .get("/api/residents?areaId=" + w.gridA1() + "&sort=-birthDate")
                .then()
                .statusCode(200)
                .body("nextCursor", nullValue())
                .extract()
                .jsonPath()
                .getList("items.birthDate", String.class)
                .stream()
                .reduce((a, b) -> {
                    assertThat(a).isGreaterThanOrEqualTo(b);
                    return b;
                });
        as(w.workerA1())
                .get("/api/residents?sort=idCardHash")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        as(w.workerA1())
                .get("/api/residents?sort=-birthDate&after=" + first.getString("nextCursor"))
                .then()
                .statusCode(400);
    }

    @Test
    void flatsAreFoundByTheirBuildingAndRoom() {
        long building = fixtures.area(com.gridwork.area.AreaLevel.BUILDING, w.gridA1(), "锦绣花园3号楼");
        long flat = as(w.workerA1())
                .body(Map.of(
                        "gridId",
                        w.gridA1(),
                        "buildingId",
                        building,
                        "unitNo",
                        "2",
                        "roomNo",
                        "501",
                        "housingType",
                        "OWNED"))
                .post("/api/households")
                .then()
                .statusCode(201)
                .body("household.address", org.hamcrest.Matchers.startsWith("锦绣花园3号楼"))
                .body("household.address", org.hamcrest.Matchers.endsWith("2单元501室"))
                .extract()
                .jsonPath()
                .getLong("household.id");
        as(w.workerA1()).get("/api/households?q=锦绣").then().body("items.id", equalTo(List.of((int) flat)));
        as(w.workerA1())
                .get("/api/households?q=501&buildingId=" + building)
                .then()
                .body("items.id", equalTo(List.of((int) flat)));
        // A building of another grid is refused.
        as(w.workerA1())
                .body(Map.of(
                        "gridId",
                        w.gridA1(),
                        "buildingId",
                        fixtures.area(com.gridwork.area.AreaLevel.BUILDING, w.gridA2(), "别的楼"),
                        "housingType",
                        "OWNED"))
                .post("/api/households")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("buildingId"));
    }

    @Test
    void staffScopedToABuildingSeeItsHouseholdsAndResidentsOnly() {
        long building = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "1号楼");
        long sibling = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "2号楼");
        long mine = flat(w.workerA1(), w.gridA1(), building, "101", "FOCUS");
        String mineId = TestIds.idCard();
        long mineResident = addResident(w.workerA1(), resident(mine, "楼甲", mineId, "HEAD"));
        long next = flat(w.workerA1(), w.gridA1(), sibling, "101", "FOCUS");
        String nextId = TestIds.idCard();
        long nextResident = addResident(w.workerA1(), resident(next, "楼乙", nextId, "HEAD"));
        long street = household(w.workerA1(), w.gridA1(), "幸福路30号", "FOCUS");
        long streetResident = addResident(w.workerA1(), resident(street, "楼丙", TestIds.idCard(), "HEAD"));
        long far = household(w.admin(), w.gridA2(), "幸福路31号", "FOCUS");
        long farResident = addResident(w.admin(), resident(far, "楼丁", TestIds.idCard(), "HEAD"));
        String viewer = fixtures.staff(StaffRole.VIEWER, building);

        // Lists and searches hold the building's household and resident, and nothing else.
        as(viewer)
                .get("/api/households")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)))
                .body("total", equalTo(1));
        as(viewer)
                .get("/api/households?areaId=" + building)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)));
        as(viewer)
                .get("/api/households?buildingId=" + building)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)));
        as(viewer).get("/api/households?q=101").then().statusCode(200).body("items.id", equalTo(List.of((int) mine)));
        as(viewer).get("/api/households?tag=FOCUS").then().statusCode(200).body("items.id", equalTo(List.of((int)
                mine)));
        as(viewer)
                .get("/api/residents")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) mineResident)))
                .body("total", equalTo(1));
        as(viewer).get("/api/residents?q=楼").then().statusCode(200).body("items.name", equalTo(List.of("楼甲")));
        as(viewer).get("/api/residents?idCard=" + mineId).then().statusCode(200).body("items.id", equalTo(List.of((int)
                mineResident)));
        as(viewer).get("/api/residents?idCard=" + nextId).then().statusCode(200).body("items", hasSize(0));
        as(viewer)
                .get("/api/residents?householdId=" + mine)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) mineResident)));
        as(viewer)
                .get("/api/registry/stats")
                .then()
                .statusCode(200)
                .body("households", equalTo(1))
                .body("residents", equalTo(1));
        // Details of its own; 404 for a sibling building of the same grid, the grid's street and another grid.
        as(viewer).get("/api/households/" + mine).then().statusCode(200).body("members.id", equalTo(List.of((int)
                mineResident)));
        as(viewer).get("/api/residents/" + mineResident).then().statusCode(200).body("resident.name", equalTo("楼甲"));
        for (long household : List.of(next, street, far)) {
            as(viewer).get("/api/households/" + household).then().statusCode(404);
        }
        for (long resident : List.of(nextResident, streetResident, farResident)) {
            as(viewer).get("/api/residents/" + resident).then().statusCode(404);
        }
        as(viewer).get("/api/residents?householdId=" + next).then().statusCode(404);
        as(viewer).get("/api/households?areaId=" + sibling).then().statusCode(404);
        as(viewer).get("/api/households?buildingId=" + sibling).then().statusCode(404);
        as(viewer).get("/api/households?areaId=" + w.gridA1()).then().statusCode(404);
        as(viewer).get("/api/residents?areaId=" + w.gridA2()).then().statusCode(404);

        // The grid's worker still sees both buildings and the street, and can narrow to one building by area.
        as(w.workerA1())
                .get("/api/households?areaId=" + w.gridA1())
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder((int) mine, (int) next, (int) street));
        as(w.workerA1())
                .get("/api/households?areaId=" + sibling)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) next)));
        as(w.workerA1())
                .get("/api/residents?q=楼")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder((int) mineResident, (int) nextResident, (int) streetResident));
        as(w.workerA1())
                .get("/api/residents?areaId=" + building)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) mineResident)));
        as(w.workerA1()).get("/api/households/" + next).then().statusCode(200);
        as(w.workerA1()).get("/api/residents/" + nextResident).then().statusCode(200);
        as(w.workerA1()).get("/api/households/" + far).then().statusCode(404);
    }

    @Test
    void movingAHouseholdToAnotherBuildingMovesItsResidentsVisibility() {
        long from = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "3号楼");
        long to = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "4号楼");
        long h = flat(w.workerA1(), w.gridA1(), from, "201");
        long head = addResident(w.workerA1(), resident(h, "搬甲", TestIds.idCard(), "HEAD"));
        long spouse = addResident(w.workerA1(), resident(h, "搬乙", TestIds.idCard(), "SPOUSE"));
        String fromViewer = fixtures.staff(StaffRole.VIEWER, from);
        String toViewer = fixtures.staff(StaffRole.VIEWER, to);
        as(fromViewer).get("/api/residents?q=搬").then().body("items.id", containsInAnyOrder((int) head, (int) spouse));
        as(toViewer).get("/api/households/" + h).then().statusCode(404);

        as(w.workerA1())
                .body(Map.of("gridId", w.gridA1(), "buildingId", to, "unitNo", "1", "roomNo", "502", "reason", "换房"))
                .post("/api/households/" + h + "/move")
                .then()
                .statusCode(200)
                .body("household.building.id", equalTo((int) to));
        // The members moved with the household: the new building's viewer sees them, the old one's no longer.
        as(toViewer).get("/api/households/" + h).then().statusCode(200);
        as(toViewer).get("/api/residents/" + head).then().statusCode(200);
        as(toViewer).get("/api/residents?q=搬").then().body("items.id", containsInAnyOrder((int) head, (int) spouse));
        as(toViewer)
                .get("/api/registry/stats")
                .then()
                .body("households", equalTo(1))
                .body("residents", equalTo(2));
        as(fromViewer).get("/api/households/" + h).then().statusCode(404);
        as(fromViewer).get("/api/residents/" + spouse).then().statusCode(404);
        as(fromViewer).get("/api/residents").then().body("total", equalTo(0));
        as(fromViewer)
                .get("/api/registry/stats")
                .then()
                .body("households", equalTo(0))
                .body("residents", equalTo(0));

        // A resident moving into the flat from a street household comes into the building's view as well.
        long street = household(w.workerA1(), w.gridA1(), "幸福路32号");
        long lodger = addResident(w.workerA1(), resident(street, "搬丙", TestIds.idCard(), "HEAD"));
        as(toViewer).get("/api/residents/" + lodger).then().statusCode(404);
        as(w.workerA1())
                .body(Map.of("householdId", h, "relation", "TENANT"))
                .post("/api/residents/" + lodger + "/move")
                .then()
                .statusCode(200);
        as(toViewer).get("/api/residents/" + lodger).then().statusCode(200);

        // Moving to a street address of another grid takes the household out of every building's view.
        as(w.admin())
                .body(Map.of("gridId", w.gridA2(), "address", "幸福路33号"))
                .post("/api/households/" + h + "/move")
                .then()
                .statusCode(200);
        as(toViewer).get("/api/households/" + h).then().statusCode(404);
        as(toViewer).get("/api/residents/" + head).then().statusCode(404);
        as(toViewer).get("/api/residents").then().body("total", equalTo(0));
        as(w.workerA1()).get("/api/residents/" + lodger).then().statusCode(404);
        as(w.staffA())
                .get("/api/residents?areaId=" + w.gridA2() + "&q=搬")
                .then()
                .body("items.id", containsInAnyOrder((int) head, (int) spouse, (int) lodger));
    }

    @Test
    void likelyDuplicateHouseholdsAreFlagged() {
        long a = household(w.workerA1(), w.gridA1(), "幸福路10号");
        long b = as(w.workerA1())
                .body(Map.of("gridId", w.gridA1(), "address", " 幸福路 10号 ", "housingType", "RENTED"))
                .post("/api/households")
                .then()
                .statusCode(201)
                .body("household.possibleDuplicate", equalTo(true))
                .body("duplicateIds", equalTo(List.of((int) a)))
                .extract()
                .jsonPath()
                .getLong("household.id");
        as(w.workerA1()).get("/api/households/" + a).then().body("duplicateIds", equalTo(List.of((int) b)));
    }

    @Test
    void dictionaryListsTheSeededCodes() {
        as(w.workerA1())
                .get("/api/dictionary?category=ETHNICITY")
                .then()
                .statusCode(200)
                .body("size()", equalTo(58))
                .body("[0].name", equalTo("汉族"));
        as(w.workerA1()).get("/api/dictionary?category=CARE_GROUP").then().body("code", hasItem("ELDERLY_ALONE"));
        as(w.workerA1()).get("/api/dictionary").then().statusCode(400);
    }
}
