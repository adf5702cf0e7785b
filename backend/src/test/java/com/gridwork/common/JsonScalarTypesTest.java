package com.gridwork.common;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * JSON scalars keep the types the contract gives them (found by ApiFuzzTest: each of these was answered 2xx and
 * stored as Jackson coerced it). Every case is a 400 naming the field; the same body with the right type passes.
 */
@QuarkusTest
class JsonScalarTypesTest {
    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private Map<String, Object> household(String field, Object value) {
        Map<String, Object> body =
                new HashMap<>(Map.of("gridId", w.gridA1(), "housingType", "OWNED", "address", "幸福里1号"));
        body.put(field, value);
        return body;
    }

    private void refused(Map<String, Object> body, String path, String field) {
        as(w.admin())
                .body(body)
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void numbersBooleansAndTextAreNotConvertedIntoEachOther() {
        refused(household("unitNo", 12345), "/api/households", "unitNo");
        refused(household("notes", true), "/api/households", "notes");
        refused(household("landlordHouseholdId", "12"), "/api/households", "landlordHouseholdId");
        refused(household("buildingId", ""), "/api/households", "buildingId");
        refused(
                Map.of("code", "FUZZ_A", "name", "测试", "timeLimitDays", "12", "sortOrder", 1, "active", true),
                "/api/issue-categories",
                "timeLimitDays");
        refused(
                Map.of("code", "FUZZ_B", "name", "测试", "timeLimitDays", 3, "sortOrder", 1, "active", 1),
                "/api/issue-categories",
                "active");
        refused(
                Map.of("code", 12345, "name", "测试", "timeLimitDays", 3, "sortOrder", 1, "active", true),
                "/api/issue-categories",
                "code");
        as(w.admin())
                .body(household("unitNo", "12"))
                .post("/api/households")
                .then()
                .statusCode(201)
                .body("household.unitNo", equalTo("12"));
    }

    @Test
    void datesAreStringsAndEnumsAreSpelledExactly() {
        refused(household("tenureStart", ""), "/api/households", "tenureStart");
        refused(household("tenureStart", "\u0018"), "/api/households", "tenureStart");
        refused(household("tenureStart", List.of()), "/api/households", "tenureStart");
        refused(household("tenureStart", List.of(2026, 3, 1)), "/api/households", "tenureStart");
        refused(household("tenureStart", 12345), "/api/households", "tenureStart");
        refused(household("tenureStart", "2024-01-01T00:00:00Z"), "/api/households", "tenureStart");
        long issueCategory = as(w.admin())
                .get("/api/issue-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        Map<String, Object> issue = new HashMap<>(Map.of(
                "categoryId",
                issueCategory,
                "description",
                "路灯不亮",
                "urgency",
                "LOW",
                "channel",
                "PHONE",
                "location",
                Map.of("areaId", w.gridA1()),
                "reporter",
                Map.of("name", "王大爷")));
        for (Object receivedAt : List.of("1700000000", 1700000000, "1700000000.5")) {
            issue.put("receivedAt", receivedAt);
            refused(issue, "/api/issues", "receivedAt");
        }
        issue.put("receivedAt", "2023-11-14T22:13:20Z");
        as(w.admin()).body(issue).post("/api/issues").then().statusCode(201);
        Map<String, Object> entry =
                new HashMap<>(Map.of("code", "FUZZ_C", "name", "测试", "sortOrder", 1, "subDistrictId", w.subDistrict()));
        for (Object category : List.of(" GENDER", "GENDER ", 0, "")) {
            entry.put("category", category);
            refused(entry, "/api/dictionary", "category");
        }
        as(w.admin())
                .body(household("tenureStart", "2026-03-01"))
                .post("/api/households")
                .then()
                .statusCode(201);
        entry.put("category", "HOUSEHOLD_TAG");
        as(w.admin()).body(entry).post("/api/dictionary").then().statusCode(201);
    }
}
