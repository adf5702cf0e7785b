package com.gridwork.registry.excel;

import com.gridwork.area.AreaLevel;
import com.gridwork.common.crypto.IdCards;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RegistryImportTest {
    @Inject
    Fixtures fixtures;

    @Inject
    RegistrySql sql;

    World w;
    String gridA1;
    String gridA2;
    String gridB1;
    long building;
    String buildingCode;

    @BeforeEach
    void world() {
        w = fixtures.world();
        gridA1 = sql.code(w.gridA1());
        gridA2 = sql.code(w.gridA2());
        gridB1 = sql.code(w.gridB1());
        building = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "1号楼");
        buildingCode = sql.code(building);
    }

    static JsonPath upload(String user, byte[] file, boolean dryRun, String language) {
        return given().auth()
                .oauth2(TestTokens.of(user))
                .header("Accept-Language", language)
                .multiPart("file", "居民.xlsx", file, RegistryTemplate.XLSX)
                .queryParam("dryRun", dryRun)
                .post("/api/registry/import")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
    }

    private long residentsIn(long gridId) {
        return sql.count("SELECT COUNT(*) FROM resident WHERE area_path LIKE ?", sql.path(gridId) + "%");
    }

    private long householdsIn(long gridId) {
        return sql.count("SELECT COUNT(*) FROM household WHERE grid_id = ?", gridId);
    }

    /** A household of three in a flat of the test building, and a bungalow household of two. */
    private Workbooks.Sheet goodFile(String[] ids, String[] phones) {
        return new Workbooks.Sheet()
                .row(
                        "网格编码",
                        gridA1,
                        "楼栋编码",
                        buildingCode,
                        "单元",
                        "2",
                        "房号",
                        "301",
                        "住房类型",
                        "自有住房",
                        "户标签",
                        "低保户、重点关注",
                        "户联系电话",
                        phones[0],
                        "姓名",
                        "张伟",
                        "与户主关系",
                        "户主",
                        "身份证号",
                        ids[0],
                        "联系电话",
                        phones[0],
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口",
                        "政治面貌",
                        "中共党员",
                        "就业状况",
                        "在职",
                        "文化程度",
                        "大学本科",
                        "关怀标签",
                        "低保对象",
                        "迁入日期",
                        "2015-03-01")
                .row(
                        "网格编码",
                        gridA1,
                        "楼栋编码",
                        buildingCode,
                        "单元",
                        "2",
                        "房号",
                        "301",
                        "住房类型",
                        "自有住房",
                        "户标签",
                        "低保户，重点关注",
                        "户联系电话",
                        phones[0],
                        "姓名",
                        "李娜",
                        "与户主关系",
                        "配偶",
                        "身份证号",
                        ids[1],
                        "联系电话",
                        phones[1],
                        "民族",
                        "回族",
                        "户籍类型",
                        "户籍人口",
                        "迁入日期",
                        LocalDate.of(2016, 5, 20))
                .row(
                        "网格编码",
                        gridA1,
                        "楼栋编码",
                        buildingCode,
                        "单元",
                        "2",
                        "房号",
                        "301",
                        "住房类型",
                        "自有住房",
                        "户标签",
                        "重点关注、低保户",
                        "户联系电话",
                        phones[0],
                        "姓名",
                        "张小明",
                        "与户主关系",
                        "子",
                        "身份证号",
                        ids[2],
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口",
                        "关怀标签",
                        "青少年")
                .row(
                        "网格编码",
                        gridA1,
                        "地址",
                        "解放路 12 号",
                        "住房类型",
                        "租赁住房",
                        "户标签",
                        "出租房屋",
                        "姓名",
                        "王芳",
                        "与户主关系",
                        "户主",
                        "身份证号",
                        ids[3],
                        "联系电话",
                        phones[2],
                        "民族",
                        "汉族",
                        "户籍类型",
                        "流动人口",
                        "关怀标签",
                        "流动人口")
                .row(
                        "网格编码",
                        gridA1,
                        "地址",
                        "解放路 12 号",
                        "住房类型",
                        "租赁住房",
                        "户标签",
                        "出租房屋",
                        "姓名",
                        "赵六",
                        "与户主关系",
                        "租户",
                        "身份证号",
                        ids[4],
                        "民族",
                        "满族",
                        "户籍类型",
                        "流动人口");
    }

    private static String[] ids(int n) {
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Workbooks.idNumber(i % 2 == 0);
        }
        return ids;
    }

    @Test
    void templateHasTheChineseHeadersAndAnInstructionsSheet() {
        byte[] xlsx = given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .get("/api/registry/import/template")
                .then()
                .statusCode(200)
                .contentType(RegistryTemplate.XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract()
                .asByteArray();
        List<List<String>> data = Workbooks.read(xlsx, 0);
        assertThat(data.get(0)).containsExactlyElementsOf(Workbooks.HEADERS);
        assertThat(data.get(0))
                .startsWith("网格编码", "楼栋编码", "单元", "房号", "地址", "住房类型", "户标签", "户联系电话", "姓名", "与户主关系", "身份证号");
        assertThat(Workbooks.sheetName(xlsx, 1)).isEqualTo("填写说明");
        List<List<String>> help = Workbooks.read(xlsx, 1);
        String relationRow = help.stream()
                .filter(r -> "与户主关系".equals(r.get(0)))
                .findFirst()
                .orElseThrow()
                .toString();
        assertThat(relationRow).contains("户主").contains("配偶").contains("必填");
        String ethnicityRow = help.stream()
                .filter(r -> "民族".equals(r.get(0)))
                .findFirst()
                .orElseThrow()
                .toString();
        assertThat(ethnicityRow).contains("汉族").contains("蒙古族");
    }

    @Test
    void dryRunReportsEveryBadRowPreciselyAndImportsNothing() {
        String[] ids = ids(4);
        // ID with a wrong check digit: flip the last character.
        String badCheck = ids[1].substring(0, 17) + (ids[1].charAt(17) == '1' ? '2' : '1');
        byte[] file = new Workbooks.Sheet()
                .row(
                        "网格编码", gridA1, "地址", "人民街1号", "住房类型", "自有住房", "姓名", "甲", "与户主关系", "户主", "身份证号", ids[0], "民族",
                        "汉族", "户籍类型", "户籍人口") // row 2: fine
                .row(
                        "网格编码", gridA1, "地址", "人民街1号", "住房类型", "自有住房", "姓名", "乙", "与户主关系", "配偶", "身份证号", badCheck, "民族",
                        "火星族", "户籍类型", "户籍人口") // row 3: ID, ethnicity
                .row(
                        "网格编码",
                        "NO-SUCH-GRID",
                        "地址",
                        "人民街2号",
                        "住房类型",
                        "自有住房",
                        "姓名",
                        "丙",
                        "与户主关系",
                        "户主",
                        "身份证号",
                        ids[2],
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口") // row 4: grid
                .row(
                        "网格编码", gridA1, "地址", "人民街1号", "住房类型", "自有住房", "姓名", "丁", "与户主关系", "子", "身份证号", ids[0], "民族",
                        "汉族", "户籍类型", "户籍人口", "联系电话", "12345") // row 5: dup ID, phone
                .row(
                        "网格编码",
                        gridA1,
                        "地址",
                        "人民街3号",
                        "住房类型",
                        "自有住房",
                        "与户主关系",
                        "户主",
                        "身份证号",
                        ids[3],
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口",
                        "迁入日期",
                        "2020-13-45") // row 6: name, date
                .row(
                        "网格编码",
                        gridA1,
                        "楼栋编码",
                        buildingCode,
                        "住房类型",
                        "自有住房",
                        "姓名",
                        "戊",
                        "与户主关系",
                        "子",
                        "身份证号",
                        "11010119900101123",
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口") // row 7: room, ID length; no head
                .row(
                        "网格编码",
                        gridA1,
                        "地址",
                        "人民街1号",
                        "住房类型",
                        "租赁住房",
                        "姓名",
                        "己",
                        "与户主关系",
                        "户主",
                        "身份证号",
                        Workbooks.idNumber(true),
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口") // row 8: 2nd head, housing differs
                .bytes();
        JsonPath report = upload(w.workerA1(), file, true, "zh-CN");
        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getBoolean("imported")).isFalse();
        assertThat(report.getInt("rows")).isEqualTo(7);
        List<Map<String, Object>> errors = report.getList("errors");
        assertThat(errors)
                .extracting(e -> e.get("row") + "|" + e.get("column") + "|" + e.get("message"))
                .containsExactly(
                        "3|身份证号|不是有效的身份证号（校验位不符），请检查是否录入有误",
                        "3|民族|“火星族”不是可选值，可选值见“填写说明”工作表",
                        "4|网格编码|网格编码“NO-SUCH-GRID”不存在或不在您的管辖范围内",
                        "5|联系电话|不是有效的电话号码（11 位手机号，或带区号的固定电话，如 0571-87654321）",
                        "5|身份证号|与第 2 行的身份证号重复",
                        "6|姓名|必填",
                        "6|迁入日期|不是有效日期，请按 yyyy-MM-dd 填写（如 2020-05-01）或使用 Excel 日期",
                        "7|房号|填写了楼栋编码时必填",
                        "7|身份证号|应为 18 位",
                        "8|住房类型|与同一户第 2 行的填写不一致；同一户各行的户信息须相同",
                        "8|与户主关系|这一户已在第 2 行登记了户主");
        assertThat(report.getInt("errorCount")).isEqualTo(errors.size());
        assertThat(report.getInt("households.created")).isZero();
        assertThat(residentsIn(w.gridA1())).isZero();
        assertThat(householdsIn(w.gridA1())).isZero();

        // The same in English; and a real run of a bad file imports nothing either.
        JsonPath english = upload(w.workerA1(), file, false, "en-US");
        assertThat(english.getBoolean("imported")).isFalse();
        assertThat(english.getList("errors.message", String.class))
                .contains(
                        "is not a valid ID number (the check digit does not match); check it for typing errors",
                        "the same ID number is already on row 2",
                        "is required");
        assertThat(residentsIn(w.gridA1())).isZero();
    }

    @Test
    void aHouseholdWithoutHeadIsReportedOnItsFirstRow() {
        byte[] file = new Workbooks.Sheet()
                .row(
                        "网格编码",
                        gridA1,
                        "地址",
                        "和平巷5号",
                        "住房类型",
                        "自有住房",
                        "姓名",
                        "甲",
                        "与户主关系",
                        "配偶",
                        "身份证号",
                        Workbooks.idNumber(true),
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口")
                .bytes();
        JsonPath report = upload(w.workerA1(), file, true, "en");
        assertThat(report.getList("errors")).hasSize(1);
        assertThat(report.getInt("errors[0].row")).isEqualTo(2);
        assertThat(report.getString("errors[0].column")).isEqualTo("与户主关系");
        assertThat(report.getString("errors[0].message")).contains("has no head");
    }

    @Test
    void realRunImportsAndReimportingTheSameFileChangesNothing() {
        String[] ids = ids(5);
        String[] phones = {Workbooks.mobile(), Workbooks.mobile(), Workbooks.mobile()};
        byte[] file = goodFile(ids, phones).bytes();

        JsonPath dry = upload(w.workerA1(), file, true, "zh-CN");
        assertThat(dry.getList("errors")).isEmpty();
        assertThat(dry.getMap("households")).isEqualTo(Map.of("created", 2, "updated", 0, "unchanged", 0));
        assertThat(dry.getMap("residents")).isEqualTo(Map.of("created", 5, "updated", 0, "unchanged", 0));
        assertThat(dry.getBoolean("imported")).isFalse();
        assertThat(residentsIn(w.gridA1())).isZero();

        JsonPath real = upload(w.workerA1(), file, false, "zh-CN");
        assertThat(real.getBoolean("imported")).isTrue();
        assertThat(real.getMap("households")).isEqualTo(Map.of("created", 2, "updated", 0, "unchanged", 0));
        assertThat(real.getMap("residents")).isEqualTo(Map.of("created", 5, "updated", 0, "unchanged", 0));
        assertThat(residentsIn(w.gridA1())).isEqualTo(5);
        assertThat(householdsIn(w.gridA1())).isEqualTo(2);

        // What landed in the tables: codes, derived fields, head, tags, path, and encryption.
        Map<String, Object> head = sql.rows(
                        "SELECT r.*, h.head_resident_id, h.address_key, h.unit_no, h.room_no, h.building_id, "
                                + "h.housing_type, h.area_path AS h_area_path FROM resident r JOIN household h ON h.id = r.household_id "
                                + "WHERE r.name = '张伟' AND r.area_path LIKE ?",
                        sql.path(w.gridA1()) + "%")
                .get(0);
        assertThat(head.get("head_resident_id")).isEqualTo(head.get("id"));
        assertThat(head.get("relation")).isEqualTo("HEAD");
        assertThat(head.get("ethnicity")).isEqualTo("01");
        assertThat(head.get("political_status")).isEqualTo("CPC_MEMBER");
        assertThat(head.get("gender")).isEqualTo(IdCards.gender(ids[0]));
        assertThat(head.get("birth_date").toString())
                .isEqualTo(IdCards.birthDate(ids[0]).toString());
        assertThat(head.get("name_initials")).isEqualTo("zw");
        // What search reads is written by the import too (README "Search").
        assertThat(head.get("name_pinyin")).isEqualTo("zhangwei");
        assertThat(sql.rows("SELECT part FROM resident_name_part WHERE resident_id = ? ORDER BY part", head.get("id")))
                .extracting(r -> r.get("part"))
                .containsExactlyInAnyOrder("张伟", "伟");
        assertThat(sql.rows(
                        "SELECT addr_building, addr_unit, addr_room FROM household WHERE id = ?",
                        head.get("household_id")))
                .containsExactly(java.util.Map.of("addr_building", "1", "addr_unit", "2", "addr_room", "301"));
        assertThat(head.get("id_card_masked")).isEqualTo(IdCards.mask(ids[0]));
        assertThat(head.get("move_in_date").toString()).isEqualTo("2015-03-01");
        assertThat(head.get("building_id")).isEqualTo(building);
        assertThat(head.get("unit_no")).isEqualTo("2");
        assertThat(head.get("room_no")).isEqualTo("301");
        // A flat's household and its members carry the building's path; a bungalow's the grid's.
        assertThat(head.get("area_path")).isEqualTo(sql.path(building));
        assertThat(head.get("h_area_path")).isEqualTo(sql.path(building));
        assertThat(sql.rows(
                        "SELECT DISTINCT r.area_path FROM resident r WHERE r.name IN ('王芳', '赵六') AND r.area_path LIKE ?",
                        sql.path(w.gridA1()) + "%"))
                .extracting(r -> r.get("area_path"))
                .containsExactly(sql.path(w.gridA1()));
        long householdId = ((Number) head.get("household_id")).longValue();
        assertThat(sql.rows("SELECT code FROM household_tag WHERE household_id = ? ORDER BY code", householdId))
                .extracting(r -> r.get("code"))
                .containsExactly("FOCUS", "MINIMUM_LIVING");
        assertThat(sql.rows("SELECT code FROM resident_tag WHERE resident_id = ?", head.get("id")))
                .extracting(r -> r.get("code"))
                .containsExactly("MINIMUM_LIVING");
        Map<String, Object> spouse = sql.rows(
                        "SELECT move_in_date, ethnicity FROM resident WHERE name = '李娜' AND area_path = ?",
                        sql.path(building))
                .get(0);
        assertThat(spouse.get("move_in_date").toString()).isEqualTo("2016-05-20");
        assertThat(spouse.get("ethnicity")).isEqualTo("03");

        // No plaintext ID or phone anywhere in the resident or household rows.
        List<Map<String, Object>> raw = sql.rows(
                "SELECT r.*, h.phone_enc AS h_enc, h.phone_masked AS h_masked, h.phone_hash AS h_hash "
                        + "FROM resident r JOIN household h ON h.id = r.household_id WHERE r.area_path LIKE ?",
                sql.path(w.gridA1()) + "%");
        String dump = raw.toString();
        for (String id : ids) {
            assertThat(dump).doesNotContain(id).doesNotContain(id.substring(6, 14) + id.substring(14));
        }
        for (String phone : phones) {
            assertThat(dump).doesNotContain(phone);
        }
        assertThat(raw)
                .allSatisfy(r -> assertThat((String) r.get("id_card_enc")).startsWith("v1:"));

        List<Map<String, Object>> versionsBefore = sql.rows(
                "SELECT id, version FROM resident WHERE area_path LIKE ? ORDER BY id", sql.path(w.gridA1()) + "%");
        List<Map<String, Object>> householdVersionsBefore =
                sql.rows("SELECT id, version FROM household WHERE grid_id = ? ORDER BY id", w.gridA1());
        long eventsBefore = sql.count(
                "SELECT COUNT(*) FROM household_event WHERE household_id IN (SELECT id FROM household WHERE grid_id = ?)",
                w.gridA1());
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM audit_log WHERE action = 'IMPORT' AND actor_username = ?", w.workerA1()))
                .isEqualTo(1);

        // Idempotent: the same file again.
        JsonPath again = upload(w.workerA1(), file, false, "zh-CN");
        assertThat(again.getMap("households")).isEqualTo(Map.of("created", 0, "updated", 0, "unchanged", 2));
        assertThat(again.getMap("residents")).isEqualTo(Map.of("created", 0, "updated", 0, "unchanged", 5));
        assertThat(residentsIn(w.gridA1())).isEqualTo(5);
        assertThat(householdsIn(w.gridA1())).isEqualTo(2);
        assertThat(sql.rows(
                        "SELECT id, version FROM resident WHERE area_path LIKE ? ORDER BY id",
                        sql.path(w.gridA1()) + "%"))
                .isEqualTo(versionsBefore);
        assertThat(sql.rows("SELECT id, version FROM household WHERE grid_id = ? ORDER BY id", w.gridA1()))
                .isEqualTo(householdVersionsBefore);
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household_event WHERE household_id IN (SELECT id FROM household WHERE grid_id = ?)",
                        w.gridA1()))
                .isEqualTo(eventsBefore);

        // A changed phone: one resident updated, the rest unchanged.
        String[] changedPhones = {phones[0], Workbooks.mobile(), phones[2]};
        JsonPath changed = upload(w.workerA1(), goodFile(ids, changedPhones).bytes(), false, "zh-CN");
        assertThat(changed.getMap("residents")).isEqualTo(Map.of("created", 0, "updated", 1, "unchanged", 4));
        assertThat(changed.getMap("households")).isEqualTo(Map.of("created", 0, "updated", 0, "unchanged", 2));
        Map<String, Object> updated = sql.rows(
                        "SELECT id, version, phone_masked FROM resident WHERE name = '李娜' AND area_path = ?",
                        sql.path(building))
                .get(0);
        assertThat(updated.get("version")).isEqualTo(1L);
        assertThat(updated.get("phone_masked"))
                .isEqualTo(changedPhones[1].substring(0, 3) + "****" + changedPhones[1].substring(7));
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household_event WHERE resident_id = ? AND kind = 'MEMBER_UPDATED'",
                        updated.get("id")))
                .isEqualTo(1);
    }

    @Test
    void aResidentListedInAnotherHouseholdMovesThere() {
        String id = Workbooks.idNumber(false);
        String other = Workbooks.idNumber(true);
        byte[] first = new Workbooks.Sheet()
                .row(
                        "网格编码", gridA1, "地址", "光明里1号", "住房类型", "自有住房", "姓名", "陈静", "与户主关系", "户主", "身份证号", id, "民族",
                        "汉族", "户籍类型", "户籍人口")
                .bytes();
        upload(w.staffA(), first, false, "zh-CN");
        byte[] second = new Workbooks.Sheet()
                .row(
                        "网格编码", gridA2, "地址", "光明里9号", "住房类型", "自有住房", "姓名", "周强", "与户主关系", "户主", "身份证号", other, "民族",
                        "汉族", "户籍类型", "户籍人口")
                .row(
                        "网格编码", gridA2, "地址", "光明里9号", "住房类型", "自有住房", "姓名", "陈静", "与户主关系", "配偶", "身份证号", id, "民族",
                        "汉族", "户籍类型", "户籍人口")
                .bytes();
        JsonPath report = upload(w.staffA(), second, false, "zh-CN");
        assertThat(report.getMap("residents")).isEqualTo(Map.of("created", 1, "updated", 1, "unchanged", 0));
        Map<String, Object> moved = sql.rows(
                        "SELECT r.id, r.area_path, r.household_id, r.relation FROM resident r WHERE r.name = '陈静' "
                                + "AND r.area_path LIKE ?",
                        sql.path(w.communityA()) + "%")
                .get(0);
        assertThat(moved.get("area_path")).isEqualTo(sql.path(w.gridA2()));
        assertThat(moved.get("relation")).isEqualTo("SPOUSE");
        assertThat(sql.rows("SELECT kind FROM household_event WHERE resident_id = ? ORDER BY id", moved.get("id")))
                .extracting(r -> r.get("kind"))
                .containsExactly("MEMBER_JOINED", "MEMBER_LEFT", "MEMBER_JOINED");
        // The old household lost its head.
        assertThat(sql.rows("SELECT head_resident_id FROM household WHERE grid_id = ?", w.gridA1())
                        .get(0)
                        .get("head_resident_id"))
                .isNull();
    }

    @Test
    void aGridWorkerCannotImportIntoAnotherGrid() {
        byte[] file = new Workbooks.Sheet()
                .row(
                        "网格编码",
                        gridA1,
                        "地址",
                        "建设路1号",
                        "住房类型",
                        "自有住房",
                        "姓名",
                        "甲",
                        "与户主关系",
                        "户主",
                        "身份证号",
                        Workbooks.idNumber(true),
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口")
                .row(
                        "网格编码",
                        gridB1,
                        "地址",
                        "建设路2号",
                        "住房类型",
                        "自有住房",
                        "姓名",
                        "乙",
                        "与户主关系",
                        "户主",
                        "身份证号",
                        Workbooks.idNumber(true),
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口")
                .bytes();
        JsonPath report = upload(w.workerA1(), file, false, "zh-CN");
        assertThat(report.getBoolean("imported")).isFalse();
        assertThat(report.getList("errors")).hasSize(1);
        assertThat(report.getInt("errors[0].row")).isEqualTo(3);
        assertThat(report.getString("errors[0].column")).isEqualTo("网格编码");
        assertThat(report.getString("errors[0].message")).isEqualTo("网格编码“" + gridB1 + "”不存在或不在您的管辖范围内");
        assertThat(residentsIn(w.gridA1())).isZero();
        assertThat(residentsIn(w.gridB1())).isZero();
    }

    @Test
    void anIdNumberRegisteredOutsideTheCallersScopeIsRefusedWithoutSayingWhere() {
        String id = Workbooks.idNumber(true);
        byte[] inB = new Workbooks.Sheet()
                .row(
                        "网格编码", gridB1, "地址", "东风路1号", "住房类型", "自有住房", "姓名", "甲", "与户主关系", "户主", "身份证号", id, "民族", "汉族",
                        "户籍类型", "户籍人口")
                .bytes();
        assertThat(upload(w.admin(), inB, false, "zh-CN").getBoolean("imported"))
                .isTrue();
        byte[] inA = new Workbooks.Sheet()
                .row(
                        "网格编码", gridA1, "地址", "东风路2号", "住房类型", "自有住房", "姓名", "甲", "与户主关系", "户主", "身份证号", id, "民族", "汉族",
                        "户籍类型", "户籍人口")
                .bytes();
        JsonPath report = upload(w.workerA1(), inA, true, "zh-CN");
        assertThat(report.getString("errors[0].column")).isEqualTo("身份证号");
        assertThat(report.getString("errors[0].message")).contains("管辖范围以外").doesNotContain(gridB1);
    }

    @Test
    void viewersCannotImportOrDownloadTheTemplate() {
        byte[] file = new Workbooks.Sheet().row("网格编码", gridA1).bytes();
        given().auth()
                .oauth2(TestTokens.of(w.viewer()))
                .multiPart("file", "x.xlsx", file, RegistryTemplate.XLSX)
                .post("/api/registry/import")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.of(w.viewer()))
                .get("/api/registry/import/template")
                .then()
                .statusCode(403);
    }

    @Test
    void notAWorkbookIs400() {
        given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .multiPart("file", "x.xlsx", "hello".getBytes(), RegistryTemplate.XLSX)
                .post("/api/registry/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(".xlsx"));
        given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .multiPart("other", "x.txt", "hello".getBytes())
                .post("/api/registry/import")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("file"));
    }
}
