package com.gridwork.registry.excel;

import com.gridwork.common.crypto.IdCards;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RegistryExportTest {
    @Inject
    Fixtures fixtures;

    @Inject
    RegistrySql sql;

    World w;
    String idA;
    String idB;
    String phoneA;

    @BeforeEach
    void world() {
        w = fixtures.world();
        idA = Workbooks.idNumber(true);
        idB = Workbooks.idNumber(false);
        phoneA = Workbooks.mobile();
        byte[] file = new Workbooks.Sheet()
                .row(
                        "网格编码",
                        sql.code(w.gridA1()),
                        "地址",
                        "胜利路8号",
                        "住房类型",
                        "自有住房",
                        "户标签",
                        "空巢家庭",
                        "户联系电话",
                        phoneA,
                        "姓名",
                        "孙悦",
                        "与户主关系",
                        "户主",
                        "身份证号",
                        idA,
                        "联系电话",
                        phoneA,
                        "民族",
                        "汉族",
                        "户籍类型",
                        "户籍人口",
                        "关怀标签",
                        "老年人、老党员",
                        "迁入日期",
                        "2001-02-03")
                .row(
                        "网格编码",
                        sql.code(w.gridB1()),
                        "地址",
                        "胜利路9号",
                        "住房类型",
                        "公租房",
                        "姓名",
                        "钱多",
                        "与户主关系",
                        "户主",
                        "身份证号",
                        idB,
                        "民族",
                        "壮族",
                        "户籍类型",
                        "常住非户籍")
                .bytes();
        var report = RegistryImportTest.upload(w.admin(), file, false, "zh-CN");
        assertThat(report.getList("errors")).isEmpty();
        assertThat(report.getBoolean("imported")).isTrue();
    }

    private Response export(String user, String query) {
        return given().auth().oauth2(TestTokens.of(user)).get("/api/registry/export" + query);
    }

    @Test
    void anEnglishReaderGetsTheEnglishNamesOfCodeListValues() {
        Response response = given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .header("Accept-Language", "en-US")
                .get("/api/registry/export");
        response.then().statusCode(200);
        List<List<String>> rows = Workbooks.read(response.asByteArray(), 0);
        Map<String, String> byHeader = new java.util.HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            byHeader.put(
                    rows.get(0).get(i), i < rows.get(1).size() ? rows.get(1).get(i) : null);
        }
        // The columns keep the import template's headers (the file reads back in); the values are named in English.
        assertThat(byHeader)
                .containsEntry("与户主关系", "Head of household")
                .containsEntry("民族", "Han")
                .containsEntry("住房类型", "Owner-occupied")
                .containsEntry("户标签", "Empty-nest family")
                .containsEntry("户籍类型", "Registered resident");
        assertThat(byHeader.get("关怀标签")).contains("Elderly").contains("Veteran party member");
    }

    @Test
    void exportIsMaskedByDefaultScopedAndAudited() {
        Response response = export(w.workerA1(), "");
        response.then()
                .statusCode(200)
                .contentType(RegistryTemplate.XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''%E5%B1%85%E6%B0%91%E5%8F%B0%E8%B4%A6-"))
                .header("X-Total-Count", "1");
        byte[] xlsx = response.asByteArray();
        List<List<String>> rows = Workbooks.read(xlsx, 0);
        assertThat(rows.get(0))
                .startsWith(Workbooks.HEADERS.toArray(String[]::new))
                .endsWith("状态");
        assertThat(rows).hasSize(2);
        List<String> row = rows.get(1);
        Map<String, String> byHeader = new java.util.HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            byHeader.put(rows.get(0).get(i), i < row.size() ? row.get(i) : null);
        }
        assertThat(byHeader)
                .containsEntry("姓名", "孙悦")
                .containsEntry("身份证号", IdCards.mask(idA))
                .containsEntry("与户主关系", "户主")
                .containsEntry("民族", "汉族")
                .containsEntry("住房类型", "自有住房")
                .containsEntry("户标签", "空巢家庭")
                .containsEntry("迁入日期", "2001-02-03")
                .containsEntry("状态", "在册")
                .containsEntry("地址", "胜利路8号")
                .containsEntry("网格编码", sql.code(w.gridA1()));
        assertThat(byHeader.get("关怀标签")).contains("老年人").contains("老党员");
        assertThat(byHeader.get("联系电话")).contains("****");
        assertThat(rows.toString())
                .doesNotContain(idA)
                .doesNotContain(phoneA)
                .doesNotContain(idB)
                .doesNotContain("钱多");

        Map<String, Object> audit = sql.rows(
                        "SELECT * FROM audit_log WHERE action = 'EXPORT' AND actor_username = ?", w.workerA1())
                .get(0);
        assertThat((String) audit.get("detail")).contains("rows=1").contains("revealed=false");
        assertThat(audit.get("reason")).isNull();
    }

    @Test
    void revealNeedsAReasonAndIsAudited() {
        export(w.staffA(), "?reveal=true")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        byte[] xlsx = export(w.staffA(), "?reveal=true&reason=" + "入户走访核对")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String sheet = Workbooks.read(xlsx, 0).toString();
        assertThat(sheet).contains(idA).contains(phoneA).doesNotContain(idB);
        Map<String, Object> audit = sql.rows(
                        "SELECT * FROM audit_log WHERE action = 'EXPORT' AND actor_username = ?", w.staffA())
                .get(0);
        assertThat(audit.get("reason")).isEqualTo("入户走访核对");
        assertThat((String) audit.get("detail")).contains("revealed=true").contains("rows=1");
        assertThat((String) audit.get("detail")).doesNotContain(idA);
    }

    @Test
    void filtersNarrowTheExport() {
        byte[] all = export(w.admin(), "?gridId=" + w.subDistrict())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(Workbooks.read(all, 0)).hasSize(3);
        byte[] b = export(w.admin(), "?gridId=" + w.gridB1() + "&registrationType=RESIDENT_NONLOCAL")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(Workbooks.read(b, 0).toString()).contains("钱多").doesNotContain("孙悦");
        byte[] tagged = export(w.admin(), "?gridId=" + w.subDistrict() + "&tag=EMPTY_NEST")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(Workbooks.read(tagged, 0).toString()).contains("孙悦").doesNotContain("钱多");
        byte[] byName = export(w.admin(), "?gridId=" + w.subDistrict() + "&q=sy")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(Workbooks.read(byName, 0)).hasSize(2);
        // the list's matching: any part of the name, and full pinyin with or without a space
        for (String q : List.of("悦", "sun yue", "sunyue")) {
            byte[] matched = export(w.admin(), "?gridId=" + w.subDistrict() + "&q=" + q)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            assertThat(Workbooks.read(matched, 0).toString())
                    .as(q)
                    .contains("孙悦")
                    .doesNotContain("钱多");
        }
        byte[] byId =
                export(w.admin(), "?q=" + idB).then().statusCode(200).extract().asByteArray();
        assertThat(Workbooks.read(byId, 0).toString()).contains("钱多").doesNotContain("孙悦");
        export(w.admin(), "?status=GONE").then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void refusals() {
        export(w.viewer(), "").then().statusCode(403).contentType("application/problem+json");
        export(w.viewer(), "?reveal=true&reason=x").then().statusCode(403);
        export(w.workerA1(), "?gridId=" + w.gridB1()).then().statusCode(404).contentType("application/problem+json");
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT' AND actor_username IN (?, ?)",
                        w.viewer(),
                        w.workerA1()))
                .isZero();
    }

    @Test
    void anExportCanBeImportedAgainUnchanged() {
        byte[] xlsx = export(w.admin(), "?gridId=" + w.subDistrict() + "&reveal=true&reason=备份")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        var report = RegistryImportTest.upload(w.admin(), xlsx, true, "zh-CN");
        assertThat(report.getList("errors")).isEmpty();
        assertThat(report.getMap("residents")).isEqualTo(Map.of("created", 0, "updated", 0, "unchanged", 2));
        assertThat(report.getMap("households")).isEqualTo(Map.of("created", 0, "updated", 0, "unchanged", 2));
    }

    @Test
    void anEnglishExportCanBeImportedAgainUnchanged() {
        byte[] xlsx = given().auth()
                .oauth2(TestTokens.of(w.admin()))
                .header("Accept-Language", "en-US")
                .get("/api/registry/export?gridId=" + w.subDistrict() + "&reveal=true&reason=backup")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(Workbooks.read(xlsx, 0).toString()).contains("Head of household");
        var report = RegistryImportTest.upload(w.admin(), xlsx, true, "en-US");
        assertThat(report.getList("errors")).isEmpty();
        assertThat(report.getMap("residents")).isEqualTo(Map.of("created", 0, "updated", 0, "unchanged", 2));
        assertThat(report.getMap("households")).isEqualTo(Map.of("created", 0, "updated", 0, "unchanged", 2));
    }
}
