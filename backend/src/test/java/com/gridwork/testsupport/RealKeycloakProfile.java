package com.gridwork.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The backend verifying the real test Keycloak's own tokens (no stand-in OIDC provider), with a first administrator
 * of the whole platform created there at start. Test classes that share it share one application start.
 */
public class RealKeycloakProfile implements QuarkusTestProfile {
    public static final String ADMIN = "it-admin";
    public static final String ADMIN_PASSWORD = "It-admin-pass1";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url",
                RealKeycloak.REALM_URL,
                "quarkus.oidc.token.issuer",
                RealKeycloak.REALM_URL,
                "gridwork.bootstrap.admin.username",
                ADMIN,
                "gridwork.bootstrap.admin.password",
                ADMIN_PASSWORD,
                "gridwork.bootstrap.admin.display-name",
                "集成测试管理员");
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MariaDbTestResource.class));
    }
}
