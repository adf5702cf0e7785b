package com.gridwork.issue.category;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class IssueCategoryTest {
    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    void categoriesAreConfiguredByTheSubDistrict() {
        Map<String, Object> input =
                Map.of("code", "ELEVATOR", "name", "电梯", "timeLimitDays", 4, "sortOrder", 20, "active", true);
        as(w.staffA()).body(input).post("/api/issue-categories").then().statusCode(403);
        as(w.admin())
                .body(Map.of("code", "X", "name", "x", "timeLimitDays", 0, "sortOrder", 1, "active", true))
                .post("/api/issue-categories")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("timeLimitDays"));
        long id = as(w.admin())
                .body(input)
                .post("/api/issue-categories")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(w.admin()).body(input).post("/api/issue-categories").then().statusCode(409);
        assertThat(category(w.workerA1(), "ELEVATOR")).isEqualTo(id);
        // Another sub-district neither sees nor uses it.
        long otherSub = fixtures.area(com.gridwork.area.AreaLevel.SUB_DISTRICT, null, "另一街道");
        String otherAdmin = fixtures.staff(StaffRole.STREET_ADMIN, otherSub);
        assertThat(as(otherAdmin)
                        .get("/api/issue-categories")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("code", String.class))
                .doesNotContain("ELEVATOR")
                .contains("WATER");
        Map<String, Object> update = new HashMap<>(input);
        update.put("timeLimitDays", 6);
        as(otherAdmin)
                .header("If-Match", "\"0\"")
                .body(update)
                .put("/api/issue-categories/" + id)
                .then()
                .statusCode(404);
        // Every violation at once: the body's own, the fixed code, and on creation a sub-district that is not one.
        Map<String, Object> wrong = new HashMap<>(update);
        wrong.put("code", "LIFT");
        wrong.put("name", "\u3000");
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(wrong)
                .put("/api/issue-categories/" + id)
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("code", "name"));
        wrong.put("subDistrictId", w.communityA());
        as(w.admin())
                .body(wrong)
                .post("/api/issue-categories")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("name", "subDistrictId"));
        // another street's sub-district, named in the body: the same 400, not a 404
        wrong.put("subDistrictId", otherSub);
        as(w.admin())
                .body(wrong)
                .post("/api/issue-categories")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("name", "subDistrictId"));
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(update)
                .put("/api/issue-categories/" + id)
                .then()
                .statusCode(200)
                .body("timeLimitDays", equalTo(6));
        long water = category(w.admin(), "WATER");
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("code", "WATER", "name", "供水", "timeLimitDays", 1, "sortOrder", 1, "active", true))
                .put("/api/issue-categories/" + water)
                .then()
                .statusCode(404);
    }
}
