package com.gridwork.testsupport;

import io.smallrye.jwt.build.Jwt;

import java.time.Instant;

/** Access tokens signed with the key that OidcWiremockTestResource publishes, shaped like Keycloak's. */
public final class TestTokens {
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "gridwork-backend";

    private TestTokens() {}

    public static String of(String username) {
        return Jwt.preferredUserName(username)
                .subject("sub-" + username)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("azp", "gridwork-web")
                .sign();
    }

    public static String withAudience(String username, String audience) {
        return Jwt.preferredUserName(username)
                .subject("sub-" + username)
                .issuer(ISSUER)
                .audience(audience)
                .sign();
    }

    public static String expired(String username) {
        return Jwt.preferredUserName(username)
                .subject("sub-" + username)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
    }

    public static String fromIssuer(String username, String issuer) {
        return Jwt.preferredUserName(username)
                .subject("sub-" + username)
                .issuer(issuer)
                .audience(AUDIENCE)
                .sign();
    }
}
