package com.gridwork.dictionary;

import com.gridwork.issue.IssueApi;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Code-list values and issue categories carry an English name beside the Chinese one (issue 13). */
@QuarkusTest
class EnglishNamesTest {
    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    void everyPlatformDefaultHasAnEnglishName() {
        for (DictionaryCategory category : DictionaryCategory.values()) {
            List<Map<String, Object>> entries = as(w.admin())
                    .get("/api/dictionary?includeInactive=true&category=" + category)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("findAll { it.subDistrictId == null }");
            assertThat(entries).as(category.name()).isNotEmpty();
            assertThat(entries)
                    .as(category.name())
                    .allSatisfy(e -> assertThat((String) e.get("nameEn")).isNotBlank());
        }
        List<Map<String, Object>> categories = as(w.admin())
                .get("/api/issue-categories")
                .then()
                .extract()
                .jsonPath()
                .getList("findAll { it.platformDefault }");
        assertThat(categories)
                .isNotEmpty()
                .allSatisfy(c -> assertThat((String) c.get("nameEn")).isNotBlank());
        as(w.admin())
                .get("/api/issue-categories")
                .then()
                .body("find { it.code == 'ROADS_LIGHTING' }.nameEn", equalTo("Roads and lighting"));
    }

    @Test
    void anAdministratorWritesBothNamesOfAValue() {
        String code = "T" + System.nanoTime() % 100000;
        JsonPath added = as(w.admin())
                .body(Map.of(
                        "category",
                        "HOUSEHOLD_TAG",
                        "code",
                        code,
                        "name",
                        "光荣之家",
                        "nameEn",
                        "  Family of honour ",
                        "sortOrder",
                        50))
                .post("/api/dictionary")
                .then()
                .statusCode(201)
                .body("name", equalTo("光荣之家"))
                .body("nameEn", equalTo("Family of honour"))
                .extract()
                .jsonPath();
        long id = added.getLong("id");
        as(w.admin())
                .header("If-Match", "\"" + added.getLong("version") + "\"")
                .body(Map.of("name", "光荣之家", "nameEn", "Honoured family", "sortOrder", 50, "active", true))
                .put("/api/dictionary/" + id)
                .then()
                .statusCode(200)
                .body("nameEn", equalTo("Honoured family"));
        // A blank English name removes it: readers of English then see the Chinese name.
        Map<String, Object> blank = new HashMap<>(Map.of("name", "光荣之家", "nameEn", " ", "sortOrder", 50));
        blank.put("active", true);
        as(w.admin())
                .header("If-Match", "\"" + (added.getLong("version") + 1) + "\"")
                .body(blank)
                .put("/api/dictionary/" + id)
                .then()
                .statusCode(200)
                .body("nameEn", nullValue());
        // A value without an English name (one added before there were any) is optional for the API.
        as(w.admin())
                .body(Map.of("category", "HOUSEHOLD_TAG", "code", code + "B", "name", "无英文名", "sortOrder", 51))
                .post("/api/dictionary")
                .then()
                .statusCode(201)
                .body("nameEn", nullValue());
    }

    @Test
    void theChineseNameIsRequiredAndBothHaveALimit() {
        as(w.admin())
                .header("Accept-Language", "en-US")
                .body(Map.of(
                        "category",
                        "HOUSEHOLD_TAG",
                        "code",
                        "LONG_EN",
                        "name",
                        " ",
                        "nameEn",
                        "x".repeat(65),
                        "sortOrder",
                        1))
                .post("/api/dictionary")
                .then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("name", "nameEn"));
        // 64 characters count as characters, a rare one included.
        as(w.admin())
                .body(Map.of(
                        "category",
                        "HOUSEHOLD_TAG",
                        "code",
                        "LONG_OK",
                        "name",
                        "𪚥",
                        "nameEn",
                        "y".repeat(64),
                        "sortOrder",
                        1))
                .post("/api/dictionary")
                .then()
                .statusCode(201);
        Map<String, Object> category = new HashMap<>(
                Map.of("code", "LIFT", "name", "", "nameEn", "z".repeat(65), "timeLimitDays", 4, "sortOrder", 20));
        category.put("active", true);
        as(w.admin())
                .body(category)
                .post("/api/issue-categories")
                .then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("name", "nameEn"));
    }

    @Test
    void categoriesTakeBothNamesAndIssuesCarryThem() {
        Map<String, Object> input = new HashMap<>(
                Map.of("code", "LIFT", "name", "电梯", "nameEn", "Lift", "timeLimitDays", 4, "sortOrder", 20));
        input.put("active", true);
        JsonPath created = as(w.admin())
                .body(input)
                .post("/api/issue-categories")
                .then()
                .statusCode(201)
                .body("nameEn", equalTo("Lift"))
                .extract()
                .jsonPath();
        input.put("nameEn", "Elevator");
        as(w.admin())
                .header("If-Match", "\"" + created.getLong("version") + "\"")
                .body(input)
                .put("/api/issue-categories/" + created.getLong("id"))
                .then()
                .statusCode(200)
                .body("name", equalTo("电梯"))
                .body("nameEn", equalTo("Elevator"));

        long issue = IssueApi.create(w.staffA(), IssueApi.body(created.getLong("id"), w.gridA1()));
        IssueApi.get(w.staffA(), issue)
                .statusCode(200)
                .body("issue.categoryName", equalTo("电梯"))
                .body("issue.categoryNameEn", equalTo("Elevator"));

        // Server-rendered figures name the category in the caller's language, the Chinese name by default.
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String stats = "/api/issues/stats?from=" + today + "&to=" + today + "&areaId=" + w.communityA();
        as(w.admin())
                .header("Accept-Language", "en-US")
                .get(stats)
                .then()
                .statusCode(200)
                .body("byCategory.name", org.hamcrest.Matchers.hasItem("Elevator"));
        as(w.admin()).get(stats).then().statusCode(200).body("byCategory.name", org.hamcrest.Matchers.hasItem("电梯"));
    }

    @Test
    void registryFiguresNameValuesInTheCallersLanguage() {
        String code = "T" + System.nanoTime() % 100000;
        as(w.admin())
                .body(Map.of("category", "HOUSEHOLD_TAG", "code", code, "name", "自定义标签", "sortOrder", 60))
                .post("/api/dictionary")
                .then()
                .statusCode(201);
        JsonPath english = as(w.admin())
                .header("Accept-Language", "en-US")
                .get("/api/registry/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(english.getString("byHouseholdTag.find { it.code == 'RENTAL' }.name"))
                .isEqualTo("Rented-out home");
        assertThat(english.getString("byCareGroup.find { it.code == 'ELDERLY' }.name"))
                .isEqualTo("Elderly");
        // no English name: the Chinese one
        assertThat(english.getString("byHouseholdTag.find { it.code == '" + code + "' }.name"))
                .isEqualTo("自定义标签");
        assertThat(as(w.admin())
                        .get("/api/registry/stats")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("byHouseholdTag.find { it.code == 'RENTAL' }.name"))
                .isEqualTo("出租房屋");
    }

    @Test
    void historyAndAuditNameThePersonNotTheAccount() {
        long household = as(w.workerA1())
                .body(Map.of("gridId", w.gridA1(), "address", "新村2号", "housingType", "OWNED"))
                .post("/api/households")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("household.id");
        as(w.workerA1())
                .get("/api/households/" + household)
                .then()
                .statusCode(200)
                .body("history[0].actor", equalTo(w.workerA1()))
                .body("history[0].actorName", equalTo("测试grid-worker"));

        as(w.admin()).get("/api/registry/export").then().statusCode(200);
        as(w.admin())
                .get("/api/audit?action=EXPORT")
                .then()
                .statusCode(200)
                .body("items[0].actorUsername", equalTo(w.admin()))
                .body("items[0].actorName", equalTo("测试street-admin"));
    }
}
