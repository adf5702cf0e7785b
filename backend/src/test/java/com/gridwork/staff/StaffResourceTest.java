package com.gridwork.staff;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Staff administration; accounts are provisioned in the real test Keycloak through its admin API. */
@QuarkusTest
class StaffResourceTest {
    @Inject
    Fixtures fixtures;

    @Inject
    Keycloak keycloak;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    void streetAdminProvisionsAGridWorkerInKeycloak() {
        String username = Fixtures.unique("gw.");
        var created = as(w.admin())
                .body(Map.of(
                        "username",
                        username,
                        "displayName",
                        "周敏",
                        "phone",
                        "13912345678",
                        "role",
                        "grid-worker",
                        "areaIds",
                        List.of(w.gridA1(), w.gridA2())))
                .post("/api/staff")
                .then()
                .statusCode(201)
                .body("staff.username", equalTo(username))
                .body("staff.role", equalTo("grid-worker"))
                .body("staff.enabled", equalTo(true))
                .body("staff.areas.id", equalTo(List.of((int) w.gridA1(), (int) w.gridA2())))
                .body("temporaryPassword", matchesPattern("\\S{12,}"))
                .extract()
                .jsonPath();
        long id = created.getLong("staff.id");

        UserRepresentation user = keycloak.realm("gridwork")
                .users()
                .searchByUsername(username, true)
                .get(0);
        org.assertj.core.api.Assertions.assertThat(user.isEnabled()).isTrue();
        org.assertj.core.api.Assertions.assertThat(user.getFirstName()).isEqualTo("周敏");
        org.assertj.core.api.Assertions.assertThat(keycloak.realm("gridwork")
                        .users()
                        .get(user.getId())
                        .roles()
                        .realmLevel()
                        .listEffective())
                .extracting(r -> r.getName())
                .contains("grid-worker")
                .doesNotContain("street-admin");

        // The grid shows its new worker; a role change and a disable reach Keycloak too.
        as(w.admin()).get("/api/areas/" + w.gridA2()).then().body("gridWorkers.username", hasItem(username));
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "displayName",
                        "周敏",
                        "role",
                        "community-staff",
                        "areaIds",
                        List.of(w.communityA()),
                        "enabled",
                        false))
                .put("/api/staff/" + id)
                .then()
                .statusCode(200)
                .body("role", equalTo("community-staff"))
                .body("enabled", equalTo(false))
                .body("version", equalTo(1));
        UserRepresentation after =
                keycloak.realm("gridwork").users().get(user.getId()).toRepresentation();
        org.assertj.core.api.Assertions.assertThat(after.isEnabled()).isFalse();
        org.assertj.core.api.Assertions.assertThat(keycloak.realm("gridwork")
                        .users()
                        .get(user.getId())
                        .roles()
                        .realmLevel()
                        .listEffective())
                .extracting(r -> r.getName())
                .contains("community-staff")
                .doesNotContain("grid-worker");

        as(w.admin())
                .post("/api/staff/" + id + "/password-reset")
                .then()
                .statusCode(200)
                .body("temporaryPassword", matchesPattern("\\S{12,}"));
    }

    @Test
    void listsAndFindsTheAccountsInScope() {
        as(w.admin())
                .get("/api/staff?areaId=" + w.communityA() + "&sort=username")
                .then()
                .statusCode(200)
                .body("items.username", hasItem(w.workerA1()))
                .body("items.username", hasItem(w.staffA()))
                .body("items.username", not(hasItem(w.viewer())));
        as(w.admin())
                .get("/api/staff?role=grid-worker&q=" + w.workerA1())
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].username", equalTo(w.workerA1()));
        as(w.admin()).get("/api/staff?role=wizard").then().statusCode(400).body("violations[0].field", equalTo("role"));

        // An administrator of another sub-district sees none of these accounts.
        World other = fixtures.world();
        as(other.admin())
                .get("/api/staff?q=" + w.workerA1())
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(other.admin())
                .get("/api/staff/" + fixtures.staffId(w.workerA1()))
                .then()
                .statusCode(404);
        as(other.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "displayName", "x", "role", "grid-worker", "areaIds", List.of(other.gridA1()), "enabled", true))
                .put("/api/staff/" + fixtures.staffId(w.workerA1()))
                .then()
                .statusCode(404);
    }

    @Test
    void scopeMustFitTheRoleAndTheCallersOwnScope() {
        as(w.admin())
                .body(Map.of(
                        "username",
                        Fixtures.unique("x."),
                        "displayName",
                        "错级",
                        "role",
                        "grid-worker",
                        "areaIds",
                        List.of(w.gridA1(), w.communityA())))
                .post("/api/staff")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("areaIds[1]"))
                .body("violations[0].message", equalTo("网格员只能分配网格级区域"));
        as(w.admin())
                .body(Map.of(
                        "username",
                        Fixtures.unique("x."),
                        "displayName",
                        "无范围",
                        "role",
                        "community-staff",
                        "areaIds",
                        List.of()))
                .post("/api/staff")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("areaIds"));
        World other = fixtures.world();
        as(w.admin())
                .body(Map.of(
                        "username",
                        Fixtures.unique("x."),
                        "displayName",
                        "越界",
                        "role",
                        "grid-worker",
                        "areaIds",
                        List.of(other.gridA1())))
                .post("/api/staff")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("areaIds[0]"));
        // Only an administrator of the whole platform may create another one.
        as(w.admin())
                .body(Map.of(
                        "username",
                        Fixtures.unique("x."),
                        "displayName",
                        "全平台",
                        "role",
                        "street-admin",
                        "areaIds",
                        List.of()))
                .post("/api/staff")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("areaIds"));
    }

    @Test
    void invalidInputAndDuplicatesAreExplained() {
        as(w.admin())
                .header("Accept-Language", "en")
                .body(Map.of(
                        "username",
                        "Bad Name",
                        "displayName",
                        "",
                        "phone",
                        "12345",
                        "role",
                        "grid-worker",
                        "areaIds",
                        List.of(w.gridA1())))
                .post("/api/staff")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("displayName", "phone", "username")));
        as(w.admin())
                .body(Map.of(
                        "username",
                        w.workerA1(),
                        "displayName",
                        "重名",
                        "role",
                        "grid-worker",
                        "areaIds",
                        List.of(w.gridA1())))
                .post("/api/staff")
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) fixtures.staffId(w.workerA1())))
                .body("violations[0].field", equalTo("username"));
        as(w.admin())
                .body(Map.of(
                        "username", Fixtures.unique("x."), "displayName", "x", "role", "mayor", "areaIds", List.of()))
                .post("/api/staff")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("role"));
    }

    @Test
    void updatesNeedTheCurrentVersionAndCannotLockOneselfOut() {
        long worker = fixtures.staffId(w.workerA1());
        Map<String, Object> body =
                Map.of("displayName", "新名字", "role", "grid-worker", "areaIds", List.of(w.gridA2()), "enabled", true);
        as(w.admin()).body(body).put("/api/staff/" + worker).then().statusCode(428);
        as(w.admin())
                .header("If-Match", "\"7\"")
                .body(body)
                .put("/api/staff/" + worker)
                .then()
                .statusCode(412);

        long self = fixtures.staffId(w.admin());
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "displayName",
                        "我",
                        "role",
                        "street-admin",
                        "areaIds",
                        List.of(w.subDistrict()),
                        "enabled",
                        false))
                .put("/api/staff/" + self)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("enabled"));
    }

    @Test
    void onlyStreetAdminsManageStaff() {
        for (String caller : List.of(w.staffA(), w.workerA1(), w.viewer())) {
            as(caller).get("/api/staff").then().statusCode(403);
            as(caller)
                    .body(Map.of(
                            "username",
                            Fixtures.unique("x."),
                            "displayName",
                            "x",
                            "role",
                            "viewer",
                            "areaIds",
                            List.of(w.gridA1())))
                    .post("/api/staff")
                    .then()
                    .statusCode(403);
            as(caller)
                    .post("/api/staff/" + fixtures.staffId(w.workerA1()) + "/password-reset")
                    .then()
                    .statusCode(403);
        }
    }
}
