package com.gridwork.apiclient;

import com.gridwork.access.Permission.Names;
import com.gridwork.apiclient.ApiClientDtos.ApiClientCreate;
import com.gridwork.apiclient.ApiClientDtos.ApiClientCreated;
import com.gridwork.apiclient.ApiClientDtos.ApiClientCredentials;
import com.gridwork.apiclient.ApiClientDtos.ApiClientUpdate;
import com.gridwork.apiclient.ApiClientDtos.ApiClientView;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/api-clients")
@Tag(
        name = "API clients",
        description = "Third-party systems (street-admin only). A registered system gets a confidential "
                + "Keycloak client: it fetches a token with the client-credentials grant at the token URL given with its secret "
                + "and calls the API with it as a bearer token, with the role and area scope registered here.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.API_CLIENTS_MANAGE)
public class ApiClientResource {
    /** Answers that carry a secret must not be kept by any cache. */
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @Inject
    ApiClientService clients;

    @GET
    @Operation(
            operationId = "listApiClients",
            summary = "List the API clients the caller manages",
            description =
                    "Those whose every area lies in the caller's scope. Sortable by name, clientId, role, createdAt, updatedAt.")
    public PageResult<ApiClientView> list(
            @QueryParam("q") @Parameter(description = "Part of the name, client id or contact") String q,
            @QueryParam("role") @Parameter(schema = @Schema(ref = "#/components/schemas/StaffRole")) String role,
            @QueryParam("enabled") Boolean enabled,
            @Valid @BeanParam PageParams page) {
        return clients.list(q, role, enabled, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getApiClient",
            summary = "One API client (never its secret)",
            description =
                    "Its name, contact, role, scope, Keycloak client id, whether it is enabled and when its secret was last issued.")
    @APIResponse(
            responseCode = "200",
            description = "The client",
            content = @Content(schema = @Schema(implementation = ApiClientView.class)))
    public ApiClientView get(@PathParam("id") long id) {
        return clients.get(id);
    }

    @POST
    @Operation(
            operationId = "createApiClient",
            summary = "Register a third-party system",
            description =
                    "Creates its Keycloak client (client-credentials grant only, the backend in the token audience) and "
                            + "its account with the role and scope given. The secret is in this answer only: Gridwork does not keep it.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = ApiClientCreated.class)))
    @APIResponse(
            responseCode = "503",
            description = "Keycloak unreachable; nothing was changed",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response create(@NotNull ApiClientCreate body, @Context UriInfo uri) {
        ApiClientCreated created = clients.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.client().id()))
                        .build())
                .cacheControl(NO_STORE)
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateApiClient",
            summary = "Change name, contact, role or scope (If-Match required)",
            description = "The new role and scope apply from the client's next request.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = ApiClientView.class)))
    public ApiClientView update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET", required = true)
                    String ifMatch,
            @NotNull ApiClientUpdate body) {
        return clients.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(
            operationId = "rotateApiClientSecret",
            summary = "Rotate the secret",
            description =
                    "Keycloak issues a new secret, shown in this answer only; the old one stops working at once. "
                            + "Tokens already issued stay valid until they expire (5 minutes); disable the client to refuse them now.")
    @APIResponse(
            responseCode = "200",
            description = "The new credentials",
            content = @Content(schema = @Schema(implementation = ApiClientCredentials.class)))
    public Response rotateSecret(@PathParam("id") long id) {
        return Response.ok(clients.rotateSecret(id)).cacheControl(NO_STORE).build();
    }

    @POST
    @Path("/{id}/disable")
    @Operation(
            operationId = "disableApiClient",
            summary = "Disable the client",
            description = "Its tokens are refused from the next request on, and Keycloak issues no new ones.")
    @APIResponse(
            responseCode = "200",
            description = "Disabled",
            content = @Content(schema = @Schema(implementation = ApiClientView.class)))
    public ApiClientView disable(@PathParam("id") long id) {
        return clients.setEnabled(id, false);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(
            operationId = "enableApiClient",
            summary = "Enable the client again",
            description =
                    "Its account and its Keycloak client are enabled again; it fetches new tokens with its current secret.")
    @APIResponse(
            responseCode = "200",
            description = "Enabled",
            content = @Content(schema = @Schema(implementation = ApiClientView.class)))
    public ApiClientView enable(@PathParam("id") long id) {
        return clients.setEnabled(id, true);
    }
}
