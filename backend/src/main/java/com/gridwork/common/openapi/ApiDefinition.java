package com.gridwork.common.openapi;

import com.gridwork.common.error.Problem;
import com.gridwork.common.http.DeviceTime;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tags in display order, the shared Problem schema that ProblemResponsesFilter refers to, the shared header parameter
 * Device-Recorded-At (see DeviceTime), and the one security scheme (named in
 * quarkus.smallrye-openapi.security-scheme-name, so that Quarkus attaches it to every protected operation). The
 * contract is deployment-independent: its flows name the local development Keycloak.
 */
@OpenAPIDefinition(
        info = @Info(title = "Gridwork API", version = "1.0"),
        tags = {
            @Tag(name = "Me", description = "The signed-in caller"),
            @Tag(name = "Areas", description = "Sub-districts (街道), communities (社区), grids (网格) and buildings (楼栋)"),
            @Tag(name = "Staff", description = "Staff accounts and their area scope (street-admin only)"),
            @Tag(name = "Public", description = "Unauthenticated bootstrap information for the web app"),
            // The others are described on their resources; named here so that their order does not follow the
            // order in which packages are scanned (moving a resource must not reorder the contract).
            @Tag(name = "API clients"),
            @Tag(name = "Audit"),
            @Tag(name = "Working calendar"),
            @Tag(name = "Dictionary"),
            @Tag(name = "Households"),
            @Tag(name = "Residents"),
            @Tag(name = "Registry import and export"),
            @Tag(name = "Issues"),
            @Tag(name = "Photo uploads"),
            @Tag(name = "Talk days"),
            @Tag(name = "Workbench", description = "The caller's home (工作台)")
        },
        components =
                @Components(
                        schemas = @Schema(name = "Problem", implementation = Problem.class),
                        parameters =
                                @Parameter(
                                        name = DeviceTime.HEADER,
                                        in = ParameterIn.HEADER,
                                        required = false,
                                        description = "When the device recorded this write (ISO-8601 with an offset or"
                                                + " Z), e.g. the moment an offline phone saved it. Stored beside the"
                                                + " server's time of receipt and shown to the office; never used by a"
                                                + " rule (deadlines, windows and counting keep the server clock). An"
                                                + " unreadable value is a 400 naming the header.",
                                        schema = @Schema(type = SchemaType.STRING, format = "date-time"))))
@SecurityScheme(
        securitySchemeName = ApiDefinition.SECURITY_SCHEME,
        type = SecuritySchemeType.OAUTH2,
        description = """
                OAuth 2.0 / OpenID Connect access tokens from the Keycloak realm `gridwork`, sent as \
                `Authorization: Bearer <token>`. The URLs below are those of the local development Keycloak \
                (`make run`); a deployment replaces `http://localhost:8180` with its Keycloak's public URL, which \
                `GET /api/public/config` returns as `keycloakUrl` (discovery: \
                `<keycloakUrl>/realms/gridwork/.well-known/openid-configuration`).

                - **People** sign in with the authorization-code flow and PKCE through the public client `gridwork-web` \
                (as the web app does).
                - **Other systems** use the client-credentials flow: a street-admin registers the system under \
                "API clients", which creates a confidential Keycloak client and shows its secret once; the system \
                posts its client id and secret to the token URL and calls the API with the access token it gets.

                Tokens carry no OAuth scopes for Gridwork. What a caller may do follows from its Gridwork role \
                (`street-admin`, `community-staff`, `grid-worker`, `volunteer`, `unit-liaison`, `viewer`) and its \
                area scope, as the server applies them now (`GET /api/me`, with the caller's `capabilities`); each \
                operation's description ends with the permission it needs and the roles that hold it. Outside its \
                scope a resource answers 404.""",
        flows =
                @OAuthFlows(
                        authorizationCode =
                                @OAuthFlow(
                                        authorizationUrl = ApiDefinition.DEV_REALM + "/protocol/openid-connect/auth",
                                        tokenUrl = ApiDefinition.DEV_REALM + "/protocol/openid-connect/token",
                                        refreshUrl = ApiDefinition.DEV_REALM + "/protocol/openid-connect/token"),
                        clientCredentials =
                                @OAuthFlow(tokenUrl = ApiDefinition.DEV_REALM + "/protocol/openid-connect/token")))
public class ApiDefinition extends Application {
    static final String SECURITY_SCHEME = "keycloak";
    static final String DEV_REALM = "http://localhost:8180/realms/gridwork";

    /**
     * For the response of a download: clients that ask for "a file" rather than its exact type are served too
     * (such endpoints also produce application/octet-stream, while the body keeps its real Content-Type).
     */
    public static final String ANY_DOWNLOAD_ACCEPT =
            "Served for any Accept that admits it: none, `*/*`, " + "`application/octet-stream` or its own type.";
}
