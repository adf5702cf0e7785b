package com.gridwork.testsupport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The real test Keycloak (started by `make test`, URL from GRIDWORK_TEST_KEYCLOAK_URL). Its master admin sets up
 * what only tests need: a public client with the password grant (the product's clients have none) and known passwords.
 */
public final class RealKeycloak {
    public static final String URL = envOr("GRIDWORK_TEST_KEYCLOAK_URL", "http://localhost:8181");
    public static final String REALM_URL = URL + "/realms/gridwork";
    public static final String TEST_CLIENT = "gridwork-it";

    private RealKeycloak() {}

    /** Creates the password-grant test client once; it puts the backend in aud like the SPA client does. */
    public static void ensureTestClient() {
        String admin = masterToken();
        List<?> existing = given().auth()
                .oauth2(admin)
                .queryParam("clientId", TEST_CLIENT)
                .get(URL + "/admin/realms/gridwork/clients")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        if (!existing.isEmpty()) {
            return;
        }
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "clientId",
                        TEST_CLIENT,
                        "publicClient",
                        true,
                        "directAccessGrantsEnabled",
                        true,
                        "standardFlowEnabled",
                        false,
                        "protocolMappers",
                        List.of(Map.of(
                                "name",
                                "backend-audience",
                                "protocol",
                                "openid-connect",
                                "protocolMapper",
                                "oidc-audience-mapper",
                                "config",
                                Map.of(
                                        "included.client.audience",
                                        "gridwork-backend",
                                        "access.token.claim",
                                        "true",
                                        "id.token.claim",
                                        "false")))))
                .post(URL + "/admin/realms/gridwork/clients")
                .then()
                .statusCode(201);
    }

    /** A password-grant response (status 200 with access_token, or Keycloak's refusal). */
    public static Response passwordGrant(String clientId, String username, String password) {
        return given().formParams(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        clientId,
                        "username",
                        username,
                        "password",
                        password,
                        "scope",
                        "openid"))
                .post(REALM_URL + "/protocol/openid-connect/token");
    }

    public static String token(String username, String password) {
        return passwordGrant(TEST_CLIENT, username, password)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Sets a permanent password, as the user would after changing the temporary one at first sign-in. */
    public static void setPermanentPassword(String username, String password) {
        String admin = masterToken();
        String id = given().auth()
                .oauth2(admin)
                .queryParam("username", username)
                .queryParam("exact", true)
                .get(URL + "/admin/realms/gridwork/users")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(URL + "/admin/realms/gridwork/users/" + id + "/reset-password")
                .then()
                .statusCode(204);
    }

    /**
     * Gives the backend's service account the realm-management roles the realm file lists. A fresh import (`make test`)
     * has them already; a test Keycloak that imported an older realm file gets what the current one says, no more.
     */
    public static void grantBackendRolesOfRealmFile() {
        List<String> roles = backendRolesInRealmFile();
        String admin = masterToken();
        String realmManagement = clientUuid(admin, "realm-management");
        String backend = clientUuid(admin, "gridwork-backend");
        String serviceAccount = given().auth()
                .oauth2(admin)
                .get(URL + "/admin/realms/gridwork/clients/" + backend + "/service-account-user")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        List<Map<String, Object>> representations = roles.stream()
                .map(role -> given().auth()
                        .oauth2(admin)
                        .get(URL + "/admin/realms/gridwork/clients/" + realmManagement + "/roles/" + role)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Map<String, Object>>path("$"))
                .toList();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(representations)
                .post(URL + "/admin/realms/gridwork/users/" + serviceAccount + "/role-mappings/clients/"
                        + realmManagement)
                .then()
                .statusCode(204);
    }

    /** A client-credentials grant response (status 200 with access_token, or Keycloak's refusal). */
    public static Response clientCredentialsGrant(String clientId, String secret) {
        return given().auth()
                .preemptive()
                .basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .post(REALM_URL + "/protocol/openid-connect/token");
    }

    /** The claims of a token, as Keycloak issued it (not verified: only for looking at). */
    public static Map<String, Object> claims(String token) {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return new ObjectMapper().readValue(payload, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client ids of the realm that start with {@code prefix}. */
    public static List<String> clientIds(String prefix) {
        List<String> all = given().auth()
                .oauth2(masterToken())
                .queryParam("clientId", prefix)
                .queryParam("search", true)
                .get(URL + "/admin/realms/gridwork/clients")
                .then()
                .statusCode(200)
                .extract()
                .path("clientId");
        return all.stream().filter(id -> id.startsWith(prefix)).toList();
    }

    /** A client representation as Keycloak holds it (without our backend in between). */
    public static Map<String, Object> client(String clientId) {
        return given().auth()
                .oauth2(masterToken())
                .queryParam("clientId", clientId)
                .get(URL + "/admin/realms/gridwork/clients")
                .then()
                .statusCode(200)
                .extract()
                .path("[0]");
    }

    /** Removes the clients a test created. */
    public static void deleteClients(Collection<String> clientIds) {
        String admin = masterToken();
        for (String clientId : clientIds) {
            List<String> ids = given().auth()
                    .oauth2(admin)
                    .queryParam("clientId", clientId)
                    .get(URL + "/admin/realms/gridwork/clients")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("id");
            ids.forEach(id -> given().auth()
                    .oauth2(admin)
                    .delete(URL + "/admin/realms/gridwork/clients/" + id)
                    .then()
                    .statusCode(204));
        }
    }

    private static List<String> backendRolesInRealmFile() {
        try {
            JsonNode realm = new ObjectMapper()
                    .readTree(Path.of("keycloak", "gridwork-realm.json").toFile());
            for (JsonNode user : realm.path("users")) {
                if ("gridwork-backend"
                        .equals(user.path("serviceAccountClientId").asText())) {
                    List<String> roles = new ArrayList<>();
                    user.path("clientRoles").path("realm-management").forEach(r -> roles.add(r.asText()));
                    return roles;
                }
            }
            throw new IllegalStateException("the realm file has no service account for gridwork-backend");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clientUuid(String admin, String clientId) {
        return given().auth()
                .oauth2(admin)
                .queryParam("clientId", clientId)
                .get(URL + "/admin/realms/gridwork/clients")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
    }

    private static String masterToken() {
        return given().formParams(Map.of(
                        "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .post(URL + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
