package com.gridwork.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Resources of every {@code @QuarkusTest} that does not opt out: a real MariaDB, and a stand-in OIDC provider
 * whose key signs {@link TestTokens}. Staff provisioning still talks to the real test Keycloak.
 */
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class GlobalTestResources {
    private GlobalTestResources() {}
}
