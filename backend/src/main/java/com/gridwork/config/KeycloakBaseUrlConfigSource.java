package com.gridwork.config;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Derives Keycloak's base URL from GRIDWORK_OIDC_URL (".../realms/gridwork"), so that pointing the backend at
 * another Keycloak takes one variable. GRIDWORK_KEYCLOAK_URL still wins where the admin API is reached by
 * another address (see application.properties).
 */
public class KeycloakBaseUrlConfigSource implements ConfigSource {
    static final String NAME = "gridwork.keycloak.derived-base-url";
    private static final String DEFAULT = "http://localhost:8180";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public String getValue(String propertyName) {
        if (!NAME.equals(propertyName)) {
            return null;
        }
        return baseUrlOf(System.getenv("GRIDWORK_OIDC_URL"));
    }

    static String baseUrlOf(String oidcUrl) {
        if (oidcUrl == null || oidcUrl.isBlank()) {
            return DEFAULT;
        }
        int realms = oidcUrl.indexOf("/realms/");
        return realms < 0 ? oidcUrl.replaceAll("/+$", "") : oidcUrl.substring(0, realms);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(NAME, getValue(NAME));
    }

    @Override
    public int getOrdinal() {
        return 100;
    }

    @Override
    public String getName() {
        return "gridwork-keycloak-base-url";
    }
}
