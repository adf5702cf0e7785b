package com.gridwork.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/**
 * The real test Keycloak (started by `make test`, URL from GRIDWORK_TEST_KEYCLOAK_URL). Its master admin sets up
 * what only tests need: a public client with the password grant (the product's clients have none) and known passwords.
 */
public final class RealKeycloak {
    public static final String URL = envOr("GRIDWORK_TEST_KEYCLOAK_URL", "http://localhost:8181");
    public static final String REALM_URL = URL + "/realms/gridwork";
    public static final String TEST_CLIENT = "gridwork-it";

    private RealKeycloak() {
    }

    /** Creates the password-grant test client once; it puts the backend in aud like the SPA client does. */
    public static void ensureTestClient() {
        String admin = masterToken();
        List<?> existing = given().auth().oauth2(admin).queryParam("clientId", TEST_CLIENT)
                .get(URL + "/admin/realms/gridwork/clients").then().statusCode(200).extract().path("$");
        if (!existing.isEmpty()) {
            return;
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                        "clientId", TEST_CLIENT, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false,
                        "protocolMappers", List.of(Map.of("name", "backend-audience", "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper",
                                "config", Map.of("included.client.audience", "gridwork-backend", "access.token.claim", "true",
                                        "id.token.claim", "false")))))
                .post(URL + "/admin/realms/gridwork/clients").then().statusCode(201);
    }

    /** A password-grant response (status 200 with access_token, or Keycloak's refusal). */
    public static Response passwordGrant(String clientId, String username, String password) {
        return given().formParams(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", password, "scope", "openid"))
                .post(REALM_URL + "/protocol/openid-connect/token");
    }

    public static String token(String username, String password) {
        return passwordGrant(TEST_CLIENT, username, password).then().statusCode(200).extract().path("access_token");
    }

    /** Sets a permanent password, as the user would after changing the temporary one at first sign-in. */
    public static void setPermanentPassword(String username, String password) {
        String admin = masterToken();
        String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(URL + "/admin/realms/gridwork/users").then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(URL + "/admin/realms/gridwork/users/" + id + "/reset-password").then().statusCode(204);
    }

    private static String masterToken() {
        return given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .post(URL + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
