package com.gridwork.visit;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The questions a sub-district asks on a visit: kinds and options, at most ten active, scope. */
@QuarkusTest
class VisitQuestionResourceTest {
    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private Map<String, Object> question(String text, String kind, List<String> options, int order, boolean active) {
        Map<String, Object> body = new HashMap<>();
        body.put("subDistrictId", w.subDistrict());
        body.put("text", text);
        body.put("kind", kind);
        body.put("options", options);
        body.put("sortOrder", order);
        body.put("active", active);
        return body;
    }

    private JsonPath create(Map<String, Object> body) {
        return as(w.admin())
                .body(body)
                .post("/api/visit-questions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void aChoiceQuestionKeepsItsOptionsInOrderAndTheListFollowsSortOrder() {
        create(question("家中是否有人需要照料？", "YES_NO", null, 20, true));
        JsonPath choice = create(question("住房状况", "CHOICE", List.of("良好", " 一般 ", "较差"), 10, true));
        as(w.workerA1())
                .queryParam("subDistrictId", w.subDistrict())
                .get("/api/visit-questions")
                .then()
                .statusCode(200)
                .body("text", contains("住房状况", "家中是否有人需要照料？"))
                .body("[0].options", contains("良好", "一般", "较差"));
        Map<String, Object> retire = question("住房状况", "CHOICE", List.of("良好", "较差"), 10, false);
        as(w.admin())
                .header("If-Match", "\"" + choice.getLong("version") + "\"")
                .body(retire)
                .put("/api/visit-questions/" + choice.getLong("id"))
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("options", hasSize(2));
        as(w.viewer())
                .queryParam("active", true)
                .get("/api/visit-questions")
                .then()
                .statusCode(200)
                .body("text", contains("家中是否有人需要照料？"));
    }

    @Test
    void optionsFollowTheKind() {
        for (Map<String, Object> bad : List.of(
                question("一个选项", "CHOICE", List.of("是"), 1, true),
                question("重复选项", "CHOICE", List.of("是", "是"), 1, true),
                question("两行", "CHOICE", List.of("是\n否", "不知道"), 1, true),
                question("文本带选项", "TEXT", List.of("a", "b"), 1, true))) {
            as(w.admin())
                    .body(bad)
                    .post("/api/visit-questions")
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("options"));
        }
    }

    @Test
    void atMostTenActive() {
        for (int i = 0; i < VisitQuestionService.MAX_ACTIVE; i++) {
            create(question("问题" + i, "TEXT", null, i, true));
        }
        as(w.admin())
                .body(question("第十一个", "TEXT", null, 11, true))
                .post("/api/visit-questions")
                .then()
                .statusCode(409);
        JsonPath retired = create(question("停用的第十一个", "TEXT", null, 11, false));
        as(w.admin())
                .header("If-Match", "\"" + retired.getLong("version") + "\"")
                .body(question("停用的第十一个", "TEXT", null, 11, true))
                .put("/api/visit-questions/" + retired.getLong("id"))
                .then()
                .statusCode(409);
    }

    @Test
    void communityStaffReadOnlyAndAnotherSubDistrictsQuestionIsNotThere() {
        long id = create(question("范围", "TEXT", null, 1, true)).getLong("id");
        as(w.staffA()).get("/api/visit-questions").then().statusCode(200).body("id", hasItem((int) id));
        as(w.staffA())
                .body(question("社区不能加", "TEXT", null, 1, true))
                .post("/api/visit-questions")
                .then()
                .statusCode(403);
        World other = fixtures.world();
        as(other.admin())
                .header("If-Match", "\"0\"")
                .body(question("他人", "TEXT", null, 1, true))
                .put("/api/visit-questions/" + id)
                .then()
                .statusCode(404);
        as(other.viewer())
                .queryParam("subDistrictId", w.subDistrict())
                .get("/api/visit-questions")
                .then()
                .statusCode(404);
    }
}
