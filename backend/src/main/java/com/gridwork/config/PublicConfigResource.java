package com.gridwork.config;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the web app needs before sign-in, so one build serves every deployment. */
@Path("/api/public/config")
@Tag(name = "Public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicConfigResource {
    @ConfigProperty(name = "gridwork.keycloak.public-url")
    String keycloakUrl;

    @ConfigProperty(name = "gridwork.keycloak.realm")
    String realm;

    @ConfigProperty(name = "gridwork.keycloak.web-client-id")
    String clientId;

    @Schema(name = "PublicConfig")
    public record PublicConfig(
            @Schema(examples = "http://localhost:8180") String keycloakUrl,
            @Schema(examples = "gridwork") String realm,
            @Schema(examples = "gridwork-web") String clientId) {}

    @GET
    @Operation(
            operationId = "getPublicConfig",
            summary = "Sign-in settings for the web app (no token needed)",
            description =
                    "Where the web app signs people in: the Keycloak URL as browsers reach it, the realm and the web client id. Other systems find the token URL here too (`{keycloakUrl}/realms/{realm}/protocol/openid-connect/token`).")
    public PublicConfig config() {
        return new PublicConfig(keycloakUrl, realm, clientId);
    }
}
