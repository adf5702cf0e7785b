package com.gridwork.dictionary;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Tags and categories are data per sub-district: one office's additions are invisible and unusable elsewhere. */
@QuarkusTest
class DictionaryTest {
    @Inject
    Fixtures fixtures;

    @Test
    void aSubDistrictExtendsItsOwnListsOnly() {
        World w = fixtures.world();
        World other = fixtures.world();
        String code = "T" + System.nanoTime() % 100000;
        var added = as(w.admin())
                .body(Map.of("category", "HOUSEHOLD_TAG", "code", code, "name", "退役军人之家", "sortOrder", 50))
                .post("/api/dictionary")
                .then()
                .statusCode(201)
                .body("subDistrictId", equalTo((int) w.subDistrict()))
                .extract();
        long id = added.jsonPath().getLong("id");
        as(w.workerA1()).get("/api/dictionary?category=HOUSEHOLD_TAG").then().body("code", hasItem(code));
        as(other.workerA1())
                .get("/api/dictionary?category=HOUSEHOLD_TAG")
                .then()
                .body("code", not(hasItem(code)));

        // Usable for households of that sub-district, refused elsewhere.
        as(w.workerA1())
                .body(Map.of("gridId", w.gridA1(), "address", "新村1号", "housingType", "OWNED", "tags", List.of(code)))
                .post("/api/households")
                .then()
                .statusCode(201);
        as(other.workerA1())
                .body(Map.of(
                        "gridId", other.gridA1(), "address", "新村1号", "housingType", "OWNED", "tags", List.of(code)))
                .post("/api/households")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("tags"));

        // Duplicate codes, other offices' values and non-admins are refused.
        as(w.admin())
                .body(Map.of("category", "HOUSEHOLD_TAG", "code", "RENTAL", "name", "出租", "sortOrder", 1))
                .post("/api/dictionary")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("code"));
        as(other.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "改名", "sortOrder", 1, "active", false))
                .put("/api/dictionary/" + id)
                .then()
                .statusCode(404);
        as(w.staffA())
                .body(Map.of("category", "HOUSEHOLD_TAG", "code", "X1", "name", "x", "sortOrder", 1))
                .post("/api/dictionary")
                .then()
                .statusCode(403);
        as(w.admin())
                .body(Map.of("category", "HOUSEHOLD_TAG", "code", "bad code", "name", "x", "sortOrder", 1))
                .post("/api/dictionary")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("code"));
        // Every violation at once: the body's own and a sub-district that is not one.
        as(w.admin())
                .body(Map.of(
                        "category",
                        "HOUSEHOLD_TAG",
                        "code",
                        "bad code",
                        "name",
                        " ",
                        "sortOrder",
                        1,
                        "subDistrictId",
                        w.communityA()))
                .post("/api/dictionary")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("code", "name", "subDistrictId"));
        // Another office's sub-district, named in the body, is a wrong field too (400), not a 404.
        as(w.admin())
                .body(Map.of(
                        "category",
                        "HOUSEHOLD_TAG",
                        "code",
                        "X2",
                        "name",
                        "x",
                        "sortOrder",
                        1,
                        "subDistrictId",
                        other.subDistrict()))
                .post("/api/dictionary")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("subDistrictId")));

        // Retired: hidden from input lists, still listed for administration.
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "退役军人家庭", "sortOrder", 50, "active", false))
                .put("/api/dictionary/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .header("ETag", equalTo("\"1\""));
        as(w.workerA1()).get("/api/dictionary?category=HOUSEHOLD_TAG").then().body("code", not(hasItem(code)));
        as(w.admin())
                .get("/api/dictionary?category=HOUSEHOLD_TAG&includeInactive=true")
                .then()
                .body("code", hasItem(code));
        // Platform defaults belong to the whole-platform administrator.
        long rental = as(w.admin())
                .get("/api/dictionary?category=HOUSEHOLD_TAG")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.code == 'RENTAL' }.id");
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "出租", "sortOrder", 1, "active", false))
                .put("/api/dictionary/" + rental)
                .then()
                .statusCode(404);
    }
}
