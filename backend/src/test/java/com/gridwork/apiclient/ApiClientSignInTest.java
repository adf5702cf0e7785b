package com.gridwork.apiclient;

import com.gridwork.area.AreaLevel;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.RealKeycloak;
import com.gridwork.testsupport.RealKeycloakProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A third-party system end to end through the real Keycloak, with no stand-in: registered by an administrator, it
 * gets its own tokens with the client-credentials grant, and the backend accepts them within the scope given.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class ApiClientSignInTest {
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    @Inject
    Fixtures fixtures;

    @BeforeAll
    static void keycloak() {
        RealKeycloak.ensureTestClient();
        RealKeycloak.grantBackendRolesOfRealmFile();
    }

    @AfterAll
    static void removeKeycloakClients() {
        RealKeycloak.deleteClients(CREATED);
    }

    static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String token(String clientId, String secret) {
        return RealKeycloak.clientCredentialsGrant(clientId, secret)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @Test
    void aRegisteredSystemCallsTheApiWithItsOwnTokensInItsScope() {
        long sub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "街道");
        long community = fixtures.area(AreaLevel.COMMUNITY, sub, "社区");
        long grid1 = fixtures.area(AreaLevel.GRID, community, "网格1");
        long grid2 = fixtures.area(AreaLevel.GRID, community, "网格2");
        String admin = RealKeycloak.token(RealKeycloakProfile.ADMIN, RealKeycloakProfile.ADMIN_PASSWORD);

        JsonPath created = bearer(admin)
                .body(Map.of(
                        "name",
                        "物业系统",
                        "contactName",
                        "赵六",
                        "contactEmail",
                        "it@wuye.example.cn",
                        "role",
                        "grid-worker",
                        "areaIds",
                        List.of(grid1)))
                .post("/api/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        long id = created.getLong("client.id");
        String clientId = created.getString("credentials.clientId");
        CREATED.add(clientId);
        String secret = created.getString("credentials.clientSecret");

        String system = token(clientId, secret);
        bearer(system)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("service-account-" + clientId))
                .body("roles", equalTo(List.of("grid-worker")))
                .body("scope.areas.id", equalTo(List.of((int) grid1)));
        bearer(system).get("/api/areas/" + grid1).then().statusCode(200);
        bearer(system).get("/api/areas/" + grid2).then().statusCode(404);
        bearer(system).get("/api/api-clients").then().statusCode(403);

        // Rotation: Keycloak refuses the old secret at once and issues tokens for the new one.
        String rotated = bearer(admin)
                .post("/api/api-clients/" + id + "/secret")
                .then()
                .statusCode(200)
                .extract()
                .path("clientSecret");
        RealKeycloak.clientCredentialsGrant(clientId, secret).then().statusCode(401);
        String afterRotation = token(clientId, rotated);
        bearer(afterRotation).get("/api/areas/" + grid1).then().statusCode(200);

        // Disabled: the token in hand is refused on its next request, and Keycloak issues no new one.
        bearer(admin).post("/api/api-clients/" + id + "/disable").then().statusCode(200);
        bearer(afterRotation).get("/api/areas/" + grid1).then().statusCode(403);
        org.assertj.core.api.Assertions.assertThat(
                        RealKeycloak.clientCredentialsGrant(clientId, rotated).statusCode())
                .isNotEqualTo(200);

        bearer(admin).post("/api/api-clients/" + id + "/enable").then().statusCode(200);
        bearer(token(clientId, rotated)).get("/api/areas/" + grid1).then().statusCode(200);
    }
}
