package com.gridwork.area;

import com.gridwork.access.StaffRole;
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

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AreaResourceTest {
    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    void streetAdminCreatesReadsUpdatesAndDeletesAGrid() {
        Response created = as(w.admin())
                .body(Map.of(
                        "level",
                        "GRID",
                        "parentId",
                        w.communityA(),
                        "code",
                        "G-new",
                        "name",
                        "新建网格",
                        "description",
                        "沿街商铺"))
                .post("/api/areas")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/areas/"))
                .header("ETag", equalTo("\"0\""))
                .body("level", equalTo("GRID"))
                .body("parentId", equalTo((int) w.communityA()))
                .body("ancestors.id", equalTo(List.of((int) w.subDistrict(), (int) w.communityA())))
                .body("gridWorkers", hasSize(0))
                .extract()
                .response();
        long id = created.jsonPath().getLong("id");

        String etag = as(w.admin())
                .get("/api/areas/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("新建网格"))
                .extract()
                .header("ETag");
        as(w.admin())
                .header("If-Match", etag)
                .body(Map.of("code", "G-new", "name", "新建网格（改）"))
                .put("/api/areas/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("新建网格（改）"))
                .body("description", equalTo(null))
                .body("version", equalTo(1))
                .header("ETag", equalTo("\"1\""));

        as(w.admin())
                .get("/api/areas?parentId=" + w.communityA() + "&sort=-code")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.code", hasItem("G-new"))
                .body("page", equalTo(0))
                .body("size", equalTo(20));

        as(w.admin())
                .header("If-Match", "\"1\"")
                .delete("/api/areas/" + id)
                .then()
                .statusCode(204);
        as(w.admin()).get("/api/areas/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void gridDetailListsItsEnabledGridWorkers() {
        String second = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1(), w.gridA2());
        // Same display name in both fixtures, so the order falls back to the id.
        as(w.staffA())
                .get("/api/areas/" + w.gridA1())
                .then()
                .statusCode(200)
                .body("gridWorkers.username", equalTo(List.of(w.workerA1(), second)));
        fixtures.setEnabled(second, false);
        as(w.staffA())
                .get("/api/areas/" + w.gridA1())
                .then()
                .body("gridWorkers.username", equalTo(List.of(w.workerA1())));
    }

    @Test
    void validationNamesEachViolatedField() {
        as(w.admin())
                .body(Map.of("level", "GRID", "parentId", w.communityA(), "code", "bad code!", "name", ""))
                .post("/api/areas")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("violations.field", equalTo(List.of("code", "name")))
                .body("title", equalTo("请求参数有误"));
        as(w.admin())
                .header("Accept-Language", "en-US")
                .body(Map.of("level", "GRID", "parentId", w.communityA(), "code", "x", "name", ""))
                .post("/api/areas")
                .then()
                .statusCode(400)
                .body("title", equalTo("Invalid request"))
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", equalTo("must not be blank"));
        // A grid cannot sit directly under a sub-district.
        as(w.admin())
                .body(Map.of("level", "GRID", "parentId", w.subDistrict(), "code", "x1", "name", "x1"))
                .post("/api/areas")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("parentId"))
                .body("violations[0].message", equalTo("网格应属于社区，不能属于街道"));
        as(w.admin())
                .body(Map.of("level", "GRID", "parentId", w.communityA(), "code", "x2", "name", "x2", "floors", 3))
                .post("/api/areas")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("floors"));
        as(w.admin())
                .body("{\"level\": \"PLANET\"}")
                .post("/api/areas")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("level"))
                .body(not(containsString("com.fasterxml")));
        as(w.admin())
                .body("{not json")
                .post("/api/areas")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
        as(w.admin()).get("/api/areas?size=1000").then().statusCode(400).body("violations[0].field", equalTo("size"));
        as(w.admin()).get("/api/areas?sort=path").then().statusCode(400).body("violations[0].field", equalTo("sort"));
    }

    @Test
    void duplicateCodeOrNameUnderTheSameParentIs409() {
        String code =
                as(w.admin()).get("/api/areas/" + w.gridA1()).then().extract().path("code");
        as(w.admin())
                .body(Map.of("level", "GRID", "parentId", w.communityA(), "code", code, "name", "全新名字"))
                .post("/api/areas")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo((int) w.gridA1()))
                .body("violations[0].field", equalTo("code"));
        // The same code under another parent is fine.
        as(w.admin())
                .body(Map.of("level", "GRID", "parentId", w.communityB(), "code", code, "name", "全新名字"))
                .post("/api/areas")
                .then()
                .statusCode(201);
    }

    @Test
    void anAreaWithChildrenCannotBeDeleted() {
        as(w.admin())
                .delete("/api/areas/" + w.communityA())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("下级区域"));
        as(w.admin())
                .header("Accept-Language", "en")
                .delete("/api/areas/" + w.communityA())
                .then()
                .statusCode(409)
                .body("detail", containsString("still has 2 child areas"));
        // A grid that is some worker's scope cannot be deleted either.
        as(w.admin()).delete("/api/areas/" + w.gridA1()).then().statusCode(409).body("detail", containsString("工作人员"));
    }

    @Test
    void staleOrMissingIfMatchIsRefused() {
        Map<String, String> body = Map.of("code", "A-upd", "name", "更新后");
        as(w.admin())
                .body(body)
                .put("/api/areas/" + w.gridA2())
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/areas/" + w.gridA2())
                .then()
                .statusCode(200);
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("code", "A-upd", "name", "又改了"))
                .put("/api/areas/" + w.gridA2())
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("title", equalTo("数据已被他人修改"));
        as(w.admin())
                .header("If-Match", "\"0\"")
                .delete("/api/areas/" + w.gridA2())
                .then()
                .statusCode(412);
    }

    @Test
    void missingOrInvalidTokensAre401() {
        given().get("/api/areas/tree")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth()
                .oauth2(TestTokens.withAudience(w.admin(), "some-other-service"))
                .get("/api/areas/tree")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.expired(w.admin()))
                .get("/api/areas/tree")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.fromIssuer(w.admin(), "https://evil.example.com"))
                .get("/api/areas/tree")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2("not-a-jwt")
                .get("/api/areas/tree")
                .then()
                .statusCode(401)
                .body(not(containsString("Exception")));
    }

    @Test
    void aValidTokenWithoutAnEnabledStaffAccountIs403() {
        as("nobody-" + Fixtures.unique("x"))
                .get("/api/areas/tree")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        fixtures.setEnabled(w.staffA(), false);
        as(w.staffA()).get("/api/areas/" + w.communityA()).then().statusCode(403);
    }

    @Test
    void gridWorkerSeesOnlyTheirGridAndCannotCreateAreas() {
        List<Map<String, Object>> tree = as(w.workerA1())
                .get("/api/areas/tree")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        // Sub-district and community appear only as context, with just the worker's grid below.
        Map<String, Object> root = tree.stream()
                .filter(n -> ((Number) n.get("id")).longValue() == w.subDistrict())
                .findFirst()
                .orElseThrow();
        assertThat(root.get("inScope")).isEqualTo(false);
        List<Map<String, Object>> communities = children(root);
        assertThat(communities)
                .extracting(n -> ((Number) n.get("id")).longValue())
                .containsExactly(w.communityA());
        assertThat(children(communities.get(0)))
                .extracting(n -> ((Number) n.get("id")).longValue())
                .containsExactly(w.gridA1());
        assertThat(children(communities.get(0)).get(0).get("inScope")).isEqualTo(true);

        as(w.workerA1()).get("/api/areas/" + w.gridA1()).then().statusCode(200);
        as(w.workerA1()).get("/api/areas/" + w.gridA2()).then().statusCode(404);
        as(w.workerA1()).get("/api/areas/" + w.communityA()).then().statusCode(404);
        as(w.workerA1()).get("/api/areas?level=GRID").then().statusCode(200).body("items.id", equalTo(List.of((int)
                w.gridA1())));
        as(w.workerA1()).get("/api/areas?parentId=" + w.communityA()).then().statusCode(404);

        as(w.workerA1())
                .body(Map.of("level", "BUILDING", "parentId", w.gridA1(), "code", "B1", "name", "1号楼"))
                .post("/api/areas")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(w.workerA1())
                .header("If-Match", "\"0\"")
                .body(Map.of("code", "X", "name", "X"))
                .put("/api/areas/" + w.gridA1())
                .then()
                .statusCode(403);
    }

    @Test
    void communityStaffWorkInTheirCommunityOnly() {
        // Own community: may add a grid and a building, but not a community.
        long grid = as(w.staffA())
                .body(Map.of("level", "GRID", "parentId", w.communityA(), "code", "A-G9", "name", "A第九网格"))
                .post("/api/areas")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(w.staffA())
                .body(Map.of(
                        "level",
                        "BUILDING",
                        "parentId",
                        grid,
                        "code",
                        "B9",
                        "name",
                        "9号楼",
                        "floors",
                        18,
                        "unitCount",
                        2,
                        "address",
                        "幸福路9号"))
                .post("/api/areas")
                .then()
                .statusCode(201)
                .body("floors", equalTo(18));
        as(w.staffA())
                .body(Map.of("level", "COMMUNITY", "parentId", w.subDistrict(), "code", "NEWC", "name", "新社区"))
                .post("/api/areas")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("parentId"));
        as(w.staffA())
                .header("If-Match", "\"0\"")
                .body(Map.of("code", "RENAMED", "name", "改名社区"))
                .put("/api/areas/" + w.communityA())
                .then()
                .statusCode(403);

        // Community B is invisible: reading, listing, changing, deleting and creating under it all fail.
        as(w.staffA()).get("/api/areas/" + w.gridB1()).then().statusCode(404);
        as(w.staffA()).get("/api/areas/" + w.communityB()).then().statusCode(404);
        as(w.staffA()).get("/api/areas?parentId=" + w.communityB()).then().statusCode(404);
        as(w.staffA())
                .get("/api/areas?level=GRID")
                .then()
                .statusCode(200)
                .body("items.id", everyItem(org.hamcrest.Matchers.oneOf((int) w.gridA1(), (int) w.gridA2(), (int)
                        grid)));
        as(w.staffA())
                .header("If-Match", "\"0\"")
                .body(Map.of("code", "X", "name", "X"))
                .put("/api/areas/" + w.gridB1())
                .then()
                .statusCode(404);
        as(w.staffA()).delete("/api/areas/" + w.gridB2()).then().statusCode(404);
        as(w.staffA())
                .body(Map.of("level", "GRID", "parentId", w.communityB(), "code", "BX", "name", "BX"))
                .post("/api/areas")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("parentId"));
        as(w.admin()).get("/api/areas/" + w.gridB1()).then().statusCode(200);
    }

    @Test
    void viewerReadsButNeverWrites() {
        as(w.viewer()).get("/api/areas/" + w.gridB1()).then().statusCode(200);
        as(w.viewer()).get("/api/areas/tree").then().statusCode(200).body("[0].inScope", notNullValue());
        as(w.viewer())
                .body(Map.of("level", "GRID", "parentId", w.communityA(), "code", "V1", "name", "V1"))
                .post("/api/areas")
                .then()
                .statusCode(403);
        as(w.viewer())
                .header("If-Match", "\"0\"")
                .body(Map.of("code", "V1", "name", "V1"))
                .put("/api/areas/" + w.gridB1())
                .then()
                .statusCode(403);
        as(w.viewer()).delete("/api/areas/" + w.gridB2()).then().statusCode(403);
    }

    @Test
    void scopeChangesApplyOnTheNextRequest() {
        as(w.workerA1()).get("/api/areas/" + w.gridB1()).then().statusCode(404);
        fixtures.setScope(w.workerA1(), w.gridB1());
        as(w.workerA1()).get("/api/areas/" + w.gridB1()).then().statusCode(200);
        as(w.workerA1()).get("/api/areas/" + w.gridA1()).then().statusCode(404);
    }

    @Test
    void onlyAWholePlatformAdminCreatesSubDistricts() {
        as(w.admin())
                .body(Map.of("level", "SUB_DISTRICT", "code", Fixtures.unique("S"), "name", Fixtures.unique("街道")))
                .post("/api/areas")
                .then()
                .statusCode(403);
        String root = fixtures.staff(StaffRole.STREET_ADMIN);
        as(root).body(Map.of("level", "SUB_DISTRICT", "code", Fixtures.unique("S"), "name", Fixtures.unique("新街道")))
                .post("/api/areas")
                .then()
                .statusCode(201)
                .body("parentId", equalTo(null))
                .body("ancestors", hasSize(0));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> node) {
        return (List<Map<String, Object>>) node.get("children");
    }
}
