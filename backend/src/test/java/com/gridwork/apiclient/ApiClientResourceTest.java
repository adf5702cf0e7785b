package com.gridwork.apiclient;

import com.gridwork.access.StaffRole;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.staff.Staff;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.RealKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * API client administration through the API: Keycloak clients are provisioned in the real test Keycloak; requests
 * are signed test tokens (ApiClientSignInTest uses Keycloak's own tokens of a registered client).
 */
@QuarkusTest
class ApiClientResourceTest {
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    @Inject
    Fixtures fixtures;

    World w;

    @BeforeAll
    static void backendMayManageClients() {
        RealKeycloak.grantBackendRolesOfRealmFile();
    }

    @AfterAll
    static void removeKeycloakClients() {
        RealKeycloak.deleteClients(CREATED);
    }

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    static Map<String, Object> body(String name, String role, Long... areaIds) {
        return Map.of(
                "name",
                name,
                "contactName",
                "王强",
                "contactEmail",
                "ops@hotline.example.cn",
                "role",
                role,
                "areaIds",
                List.of(areaIds));
    }

    static JsonPath register(String admin, String role, Long... areaIds) {
        JsonPath created = as(admin)
                .body(body(Fixtures.unique("热线"), role, areaIds))
                .post("/api/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        CREATED.add(created.getString("credentials.clientId"));
        return created;
    }

    @Test
    void registersAClientCredentialsOnlyClientWhoseAccountIsScopedLikeAnyone() {
        List<String> logged = new ArrayList<>();
        Handler capture = capture(logged);
        Logger.getLogger("").addHandler(capture);
        try {
            var response = as(w.admin())
                    .body(body("12345 热线对接", "grid-worker", w.gridA1()))
                    .post("/api/api-clients")
                    .then()
                    .statusCode(201)
                    .header("Cache-Control", containsString("no-store"))
                    .header("ETag", equalTo("\"0\""))
                    .body("client.clientId", matchesPattern("gridwork-api-[a-z0-9]{10}"))
                    .body("client.name", equalTo("12345 热线对接"))
                    .body("client.role", equalTo("grid-worker"))
                    .body("client.areas.id", equalTo(List.of((int) w.gridA1())))
                    .body("client.enabled", equalTo(true))
                    .body("client.createdBy", equalTo(w.admin()))
                    .body("credentials.clientSecret", matchesPattern("\\S{20,}"))
                    .body("credentials.tokenUrl", endsWith("/realms/gridwork/protocol/openid-connect/token"))
                    .extract();
            String clientId = response.path("credentials.clientId");
            CREATED.add(clientId);
            String secret = response.path("credentials.clientSecret");
            long id = ((Number) response.path("client.id")).longValue();
            String username = response.path("client.username");
            assertThat(username).isEqualTo("service-account-" + clientId);
            assertThat(response.header("Location")).endsWith("/api/api-clients/" + id);

            // Keycloak: confidential, client-credentials only, the backend in the audience of its tokens.
            Map<String, Object> client = RealKeycloak.client(clientId);
            assertThat(client)
                    .containsEntry("enabled", true)
                    .containsEntry("publicClient", false)
                    .containsEntry("serviceAccountsEnabled", true)
                    .containsEntry("standardFlowEnabled", false)
                    .containsEntry("directAccessGrantsEnabled", false)
                    .containsEntry("implicitFlowEnabled", false)
                    .containsEntry("name", "12345 热线对接");
            assertThat((List<Map<String, Object>>) client.get("protocolMappers"))
                    .anySatisfy(m -> {
                        assertThat(m).containsEntry("protocolMapper", "oidc-audience-mapper");
                        assertThat((Map<String, Object>) m.get("config"))
                                .containsEntry("included.client.audience", "gridwork-backend");
                    });
            Map<String, Object> claims = RealKeycloak.claims(RealKeycloak.clientCredentialsGrant(clientId, secret)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("access_token"));
            assertThat(claims).containsEntry("preferred_username", username);
            assertThat(claims.get("aud").toString()).contains("gridwork-backend");

            // Never readable again, and never logged.
            String detail = as(w.admin())
                    .get("/api/api-clients/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("clientId", equalTo(clientId))
                    .body("contactName", equalTo("王强"))
                    .extract()
                    .asString();
            assertThat(detail).doesNotContain(secret);
            assertThat(as(w.admin())
                            .get("/api/api-clients?q=" + clientId)
                            .then()
                            .statusCode(200)
                            .body("total", equalTo(1))
                            .extract()
                            .asString())
                    .doesNotContain(secret);
            assertThat(logged).noneMatch(line -> line.contains(secret));

            // Its requests go through the one scope mechanism: grid-worker of its grid.
            as(username)
                    .get("/api/me")
                    .then()
                    .statusCode(200)
                    .body("roles", equalTo(List.of("grid-worker")))
                    .body("displayName", equalTo("12345 热线对接"));
            as(username).get("/api/areas/" + w.gridA1()).then().statusCode(200);
            as(username).get("/api/areas/" + w.gridA2()).then().statusCode(404);

            as(w.admin())
                    .get("/api/audit?action=API_CLIENT_CREATE&actor=" + w.admin())
                    .then()
                    .statusCode(200)
                    .body("items[0].subjectId", equalTo((int) id))
                    .body("items[0].subjectLabel", equalTo("12345 热线对接 (" + clientId + ")"))
                    .body("items[0].detail", containsString("role=grid-worker"));
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
    }

    @Test
    void roleAndScopeFollowTheRules() {
        List<String> before = RealKeycloak.clientIds(ApiClientService.CLIENT_ID_PREFIX);
        for (String role : List.of("street-admin", "volunteer", "unit-liaison")) {
            as(w.admin())
                    .body(body("x", role, w.subDistrict()))
                    .post("/api/api-clients")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("role"));
        }
        as(w.admin())
                .body(body("x", "grid-worker", w.gridA1(), w.communityA()))
                .post("/api/api-clients")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("areaIds[1]"))
                .body("violations[0].message", equalTo("网格员只能分配网格级区域"));
        as(w.admin())
                .body(body("x", "viewer"))
                .post("/api/api-clients")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("areaIds"));
        World other = fixtures.world();
        as(w.admin())
                .body(body("x", "viewer", w.gridA1(), other.gridA1()))
                .post("/api/api-clients")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("areaIds[1]"));
        as(w.admin())
                .header("Accept-Language", "en")
                .body(Map.of(
                        "name",
                        " ",
                        "contactEmail",
                        "not-an-address",
                        "role",
                        "viewer",
                        "areaIds",
                        List.of(w.gridA1())))
                .post("/api/api-clients")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("contactEmail", "contactName", "name")));
        // Every violation at once: the body's own, the role and the scope.
        as(w.admin())
                .body(Map.of(
                        "name",
                        " ",
                        "contactName",
                        "x",
                        "contactEmail",
                        "a@b.cn",
                        "role",
                        "street-admin",
                        "areaIds",
                        List.of()))
                .post("/api/api-clients")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("name", "role"));
        as(w.admin())
                .body(Map.of(
                        "name",
                        "\u200B",
                        "contactName",
                        "x",
                        "contactEmail",
                        "a@b.cn",
                        "role",
                        "viewer",
                        "areaIds",
                        List.of(w.gridA1(), other.gridA1())))
                .post("/api/api-clients")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("name", "areaIds[1]"));
        as(w.admin())
                .body(Map.of(
                        "name",
                        "x",
                        "contactName",
                        "x",
                        "contactEmail",
                        "a@b.cn",
                        "role",
                        "mayor",
                        "areaIds",
                        List.of()))
                .post("/api/api-clients")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("role"));
        // Nothing of it reached Keycloak.
        assertThat(RealKeycloak.clientIds(ApiClientService.CLIENT_ID_PREFIX))
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void updatesNeedTheCurrentVersionAndApplyOnTheNextRequest() {
        JsonPath created = register(w.admin(), "grid-worker", w.gridA1());
        long id = created.getLong("client.id");
        String username = created.getString("client.username");
        String clientId = created.getString("credentials.clientId");
        as(username).get("/api/areas/" + w.gridA1()).then().statusCode(200); // cached now

        Map<String, Object> update = Map.of(
                "name",
                "改名的系统",
                "contactName",
                "李娜",
                "contactEmail",
                "li@example.cn",
                "role",
                "viewer",
                "areaIds",
                List.of(w.communityB()));
        as(w.admin()).body(update).put("/api/api-clients/" + id).then().statusCode(428);
        as(w.admin())
                .header("If-Match", "\"3\"")
                .body(update)
                .put("/api/api-clients/" + id)
                .then()
                .statusCode(412);
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name",
                        "x",
                        "contactName",
                        "x",
                        "contactEmail",
                        "x@example.cn",
                        "role",
                        "grid-worker",
                        "areaIds",
                        List.of(w.communityB())))
                .put("/api/api-clients/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("areaIds[0]"));
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(update)
                .put("/api/api-clients/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("name", equalTo("改名的系统"))
                .body("contactEmail", equalTo("li@example.cn"))
                .body("role", equalTo("viewer"))
                .body("areas.id", equalTo(List.of((int) w.communityB())));

        as(username).get("/api/areas/" + w.gridA1()).then().statusCode(404);
        as(username).get("/api/areas/" + w.gridB1()).then().statusCode(200);
        as(username).get("/api/me").then().body("roles", equalTo(List.of("viewer")));
        assertThat(RealKeycloak.client(clientId)).containsEntry("name", "改名的系统");
        // the rename sent Keycloak the client without its secret: the secret issued at registration still works
        RealKeycloak.clientCredentialsGrant(clientId, created.getString("credentials.clientSecret"))
                .then()
                .statusCode(200);
        as(w.admin())
                .get("/api/audit?action=API_CLIENT_UPDATE&actor=" + w.admin())
                .then()
                .body("items[0].subjectId", equalTo((int) id))
                .body("items[0].detail", containsString("role=viewer"));
    }

    @Test
    void disablingRefusesTheClientAtOnceAndInKeycloak() {
        JsonPath created = register(w.admin(), "community-staff", w.communityA());
        long id = created.getLong("client.id");
        String username = created.getString("client.username");
        String clientId = created.getString("credentials.clientId");
        String secret = created.getString("credentials.clientSecret");
        as(username).get("/api/areas/" + w.communityA()).then().statusCode(200); // cached now

        as(w.admin())
                .post("/api/api-clients/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .header("ETag", equalTo("\"1\""));
        as(username).get("/api/areas/" + w.communityA()).then().statusCode(403);
        assertThat(RealKeycloak.client(clientId)).containsEntry("enabled", false);
        assertThat(RealKeycloak.clientCredentialsGrant(clientId, secret).statusCode())
                .isNotEqualTo(200);
        as(w.admin()).get("/api/api-clients?enabled=false&q=" + clientId).then().body("total", equalTo(1));

        as(w.admin())
                .post("/api/api-clients/" + id + "/enable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true));
        as(username).get("/api/areas/" + w.communityA()).then().statusCode(200);
        RealKeycloak.clientCredentialsGrant(clientId, secret).then().statusCode(200);
        as(w.admin())
                .get("/api/audit?actor=" + w.admin())
                .then()
                .body("items.action", hasItem("API_CLIENT_DISABLE"))
                .body("items.action", hasItem("API_CLIENT_ENABLE"));
    }

    @Test
    void rotatingShowsTheNewSecretOnceAndRetiresTheOld() {
        JsonPath created = register(w.admin(), "viewer", w.subDistrict());
        long id = created.getLong("client.id");
        String clientId = created.getString("credentials.clientId");
        String old = created.getString("credentials.clientSecret");
        List<String> logged = new ArrayList<>();
        Handler capture = capture(logged);
        Logger.getLogger("").addHandler(capture);
        String fresh;
        try {
            fresh = as(w.admin())
                    .post("/api/api-clients/" + id + "/secret")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", containsString("no-store"))
                    .body("clientId", equalTo(clientId))
                    .body("clientSecret", not(equalTo(old)))
                    .extract()
                    .path("clientSecret");
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertThat(logged).noneMatch(line -> line.contains(fresh));
        RealKeycloak.clientCredentialsGrant(clientId, old).then().statusCode(401);
        RealKeycloak.clientCredentialsGrant(clientId, fresh).then().statusCode(200);
        assertThat(as(w.admin())
                        .get("/api/api-clients/" + id)
                        .then()
                        .statusCode(200)
                        .body("version", equalTo(1))
                        .extract()
                        .asString())
                .doesNotContain(fresh);
        as(w.admin())
                .get("/api/audit?action=API_CLIENT_ROTATE_SECRET&actor=" + w.admin())
                .then()
                .body("items[0].subjectId", equalTo((int) id));
    }

    @Test
    void onlyStreetAdminsManageApiClients() {
        JsonPath created = register(w.admin(), "community-staff", w.communityA());
        long id = created.getLong("client.id");
        List<String> callers = List.of(w.staffA(), w.workerA1(), w.viewer(), created.getString("client.username"));
        for (String caller : callers) {
            as(caller).get("/api/api-clients").then().statusCode(403);
            as(caller).get("/api/api-clients/" + id).then().statusCode(403);
            as(caller)
                    .body(body("x", "viewer", w.gridA1()))
                    .post("/api/api-clients")
                    .then()
                    .statusCode(403);
            as(caller)
                    .header("If-Match", "\"0\"")
                    .body(body("x", "viewer", w.gridA1()))
                    .put("/api/api-clients/" + id)
                    .then()
                    .statusCode(403);
            as(caller).post("/api/api-clients/" + id + "/secret").then().statusCode(403);
            as(caller).post("/api/api-clients/" + id + "/disable").then().statusCode(403);
        }
    }

    @Test
    void anAdministratorManagesOnlyClientsInsideTheirScope() {
        JsonPath created = register(w.admin(), "grid-worker", w.gridA1());
        long id = created.getLong("client.id");
        String clientId = created.getString("credentials.clientId");
        World other = fixtures.world();
        as(other.admin())
                .get("/api/api-clients?q=" + clientId)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(other.admin()).get("/api/api-clients/" + id).then().statusCode(404);
        as(other.admin())
                .header("If-Match", "\"0\"")
                .body(body("x", "viewer", other.gridA1()))
                .put("/api/api-clients/" + id)
                .then()
                .statusCode(404);
        as(other.admin()).post("/api/api-clients/" + id + "/secret").then().statusCode(404);
        as(other.admin()).post("/api/api-clients/" + id + "/disable").then().statusCode(404);
        as(other.admin()).post("/api/api-clients/" + id + "/enable").then().statusCode(404);

        // One that reaches into both sub-districts belongs to the whole platform's administrators only.
        String root = fixtures.staff(StaffRole.STREET_ADMIN);
        long both = register(root, "viewer", w.gridA2(), other.gridA2()).getLong("client.id");
        as(w.admin()).get("/api/api-clients/" + both).then().statusCode(404);
        as(w.admin())
                .get("/api/api-clients")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.id", not(hasItem((int) both)));
        as(root).get("/api/api-clients/" + both).then().statusCode(200);
        as(root).get("/api/api-clients/" + id).then().statusCode(200);
    }

    @Test
    void listsArePaged() {
        register(w.admin(), "viewer", w.gridA1());
        register(w.admin(), "viewer", w.gridA2());
        register(w.admin(), "viewer", w.gridB1());
        as(w.admin())
                .get("/api/api-clients?size=2&sort=-createdAt")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .body("items.size()", equalTo(2));
        as(w.admin())
                .get("/api/api-clients?size=2&page=1&role=viewer")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.size()", equalTo(1));
        as(w.admin())
                .get("/api/api-clients?sort=secret")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        as(w.admin())
                .get("/api/api-clients?role=wizard")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("role"));
    }

    @Test
    void staffAdministrationLeavesApiClientsAlone() {
        JsonPath created = register(w.admin(), "grid-worker", w.gridA1());
        String username = created.getString("client.username");
        long staffId = fixtures.staffId(username);
        as(w.admin())
                .get("/api/staff?areaId=" + w.gridA1())
                .then()
                .statusCode(200)
                .body("items.username", not(hasItem(username)));
        as(w.admin()).get("/api/staff/" + staffId).then().statusCode(404);
        as(w.admin()).post("/api/staff/" + staffId + "/password-reset").then().statusCode(404);
        as(w.admin())
                .get("/api/areas/" + w.gridA1())
                .then()
                .statusCode(200)
                .body("gridWorkers.username", not(hasItem(username)));
        // A person cannot take a service account's name (Keycloak would hand its user over).
        as(w.admin())
                .body(Map.of(
                        "username",
                        "service-account-" + Fixtures.unique("x"),
                        "displayName",
                        "冒名",
                        "role",
                        "grid-worker",
                        "areaIds",
                        List.of(w.gridA1())))
                .post("/api/staff")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("username"));
    }

    @Test
    void aFailureAfterKeycloakLeavesNothingBehind() {
        List<String> before = RealKeycloak.clientIds(ApiClientService.CLIENT_ID_PREFIX);
        long clients = countClients();
        long accounts = countServiceAccounts();
        // The audit entry is the last write of a registration: failing it fails the transaction after Keycloak's part.
        QuarkusMock.installMockForType(
                new AuditService() {
                    @Override
                    public AuditEntry record(
                            AuditEntry.Action action,
                            String subjectType,
                            Long subjectId,
                            String subjectLabel,
                            String reason,
                            String detail,
                            String areaPath) {
                        throw new IllegalStateException("audit log unavailable");
                    }
                },
                AuditService.class);

        as(w.admin())
                .body(body("半途失败", "viewer", w.gridA1()))
                .post("/api/api-clients")
                .then()
                .statusCode(500)
                .body("type", equalTo("/problems/internal-error"));

        assertThat(RealKeycloak.clientIds(ApiClientService.CLIENT_ID_PREFIX))
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(countClients()).isEqualTo(clients);
        assertThat(countServiceAccounts()).isEqualTo(accounts);
    }

    private static long countClients() {
        return QuarkusTransaction.requiringNew().call(() -> ApiClient.count());
    }

    private static long countServiceAccounts() {
        return QuarkusTransaction.requiringNew().call(() -> Staff.count("serviceAccount", true));
    }

    /** Collects every log line (message and exceptions) while installed. */
    private static Handler capture(List<String> lines) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                StringBuilder line = new StringBuilder(String.valueOf(message));
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    line.append(' ').append(t);
                }
                synchronized (lines) {
                    lines.add(line.toString());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }
}
