package com.gridwork.staff;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.staff.StaffDtos.PasswordReset;
import com.gridwork.staff.StaffDtos.StaffCreate;
import com.gridwork.staff.StaffDtos.StaffCreated;
import com.gridwork.staff.StaffDtos.StaffDeviceView;
import com.gridwork.staff.StaffDtos.StaffUpdate;
import com.gridwork.staff.StaffDtos.StaffView;
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

import java.util.List;

@Path("/api/staff")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.STAFF_MANAGE)
public class StaffResource {
    @Inject
    StaffService staff;

    @Inject
    StaffDeviceService devices;

    @GET
    @Operation(
            operationId = "listStaff",
            summary = "List the staff accounts the caller administers",
            description = "Sortable by username, displayName, role, createdAt, updatedAt.")
    public PageResult<StaffView> list(
            @QueryParam("q") @Parameter(description = "Part of the user name, name or phone") String q,
            @QueryParam("role") @Parameter(schema = @Schema(ref = "#/components/schemas/StaffRole")) String role,
            @QueryParam("enabled") Boolean enabled,
            @QueryParam("areaId") @Parameter(description = "Only accounts whose scope lies in this area") Long areaId,
            @Valid @BeanParam PageParams page) {
        return staff.list(q, role, enabled, areaId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getStaff",
            summary = "One staff account",
            description = "Its ETag is the version that an update must send back as If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The account",
            content = @Content(schema = @Schema(implementation = StaffView.class)))
    public StaffView get(@PathParam("id") long id) {
        return staff.get(id);
    }

    @POST
    @Operation(
            operationId = "createStaff",
            summary = "Create a staff account and its Keycloak sign-in",
            description = "Returns a temporary password once; the user must change it at first sign-in.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = StaffCreated.class)))
    @APIResponse(
            responseCode = "503",
            description = "Keycloak unreachable; nothing was changed",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response create(@NotNull StaffCreate body, @Context UriInfo uri) {
        StaffCreated created = staff.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.staff().id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateStaff",
            summary = "Change name, phone, role, scope or enabled (If-Match required)",
            description = "Takes effect on the account's next request. Disabling also disables the Keycloak user.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = StaffView.class)))
    public StaffView update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET", required = true)
                    String ifMatch,
            @NotNull StaffUpdate body) {
        return staff.update(id, ifMatch, body);
    }

    @GET
    @Path("/{id}/devices")
    @Operation(
            operationId = "listStaffDevices",
            summary = "The devices the account syncs from, the latest sync first",
            description = "What to know before disabling the account: each device's last successful sync and the"
                    + " items it still held unsent then. A device the worker signed out on is not listed.")
    public List<StaffDeviceView> devices(@PathParam("id") long id) {
        return devices.devicesOf(id);
    }

    @POST
    @Path("/{id}/password-reset")
    @Operation(
            operationId = "resetStaffPassword",
            summary = "Issue a new temporary password",
            description = "The user must change it at next sign-in.")
    public PasswordReset resetPassword(@PathParam("id") long id) {
        return staff.resetPassword(id);
    }
}
