package com.gridwork.registry.resident;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.household.HouseholdDtos.MoveOut;
import com.gridwork.registry.household.HouseholdDtos.RevealRequest;
import com.gridwork.registry.household.HouseholdDtos.Revealed;
import com.gridwork.registry.resident.ResidentDtos.ResidentCreate;
import com.gridwork.registry.resident.ResidentDtos.ResidentDetail;
import com.gridwork.registry.resident.ResidentDtos.ResidentMove;
import com.gridwork.registry.resident.ResidentDtos.ResidentPage;
import com.gridwork.registry.resident.ResidentDtos.ResidentUpdate;
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

@Path("/api/residents")
@Tag(name = "Residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.REGISTRY_READ)
public class ResidentResource {
    @Inject
    ResidentService residents;

    @GET
    @Operation(
            operationId = "searchResidents",
            summary =
                    "Search residents in the caller's scope, by name, pinyin initials, exact ID or phone number, area, tags",
            description =
                    "Ordered by name. Pass the previous page's nextCursor as `after` to page by keyset (deep pages cost the same as the first).")
    public ResidentPage search(
            @QueryParam("q")
                    @Parameter(
                            description =
                                    "Any part of the name, its full pinyin (zhangwei, zhang wei) or initials (zw) from the beginning, or an exact ID card or phone number (README Search)")
                    String q,
            @QueryParam("idCard") @Parameter(description = "Exact ID card number") String idCard,
            @QueryParam("phone") @Parameter(description = "Exact phone number") String phone,
            @QueryParam("areaId") @Parameter(description = "A community, grid or building to search in") Long areaId,
            @QueryParam("buildingId") Long buildingId,
            @QueryParam("householdId") Long householdId,
            @QueryParam("tag") @Parameter(description = "Care-group codes; all must apply") List<String> tags,
            @QueryParam("registrationType") String registrationType,
            @QueryParam("status") RecordStatus status,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @Valid @BeanParam PageParams page) {
        return residents.search(
                new ResidentService.Criteria(
                        q, idCard, phone, areaId, buildingId, householdId, tags, registrationType, status),
                page,
                after);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getResident",
            summary = "One resident (ID card and phone masked)",
            description = "reveal shows the full ID card or phone number and writes the audit log.")
    @APIResponse(
            responseCode = "200",
            description = "The resident",
            content = @Content(schema = @Schema(implementation = ResidentDetail.class)))
    public ResidentDetail get(@PathParam("id") long id) {
        return residents.get(id);
    }

    @POST
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "createResident",
            summary = "Add a resident to a household",
            description =
                    "Birth date and sex come from the ID number. An ID number already registered is a 409 whose existingId links to that resident.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ResidentDetail.class)))
    public Response create(@NotNull ResidentCreate body, @Context UriInfo uri) {
        ResidentDetail detail = residents.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(detail.resident().id()))
                        .build())
                .entity(detail)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "updateResident",
            summary = "Update a resident (If-Match required)",
            description =
                    "A new ID number (omit it to keep the current one) sets sex and birth date again; one already registered is a 409 whose existingId links to that resident.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = ResidentDetail.class)))
    public ResidentDetail update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull ResidentUpdate body) {
        return residents.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/move")
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "moveResident",
            summary = "Move a resident into another household",
            description =
                    "The target household must be another active one in the caller's scope; both households record the move in their history.")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = ResidentDetail.class)))
    public ResidentDetail move(@PathParam("id") long id, @NotNull ResidentMove body) {
        return residents.move(id, body);
    }

    @POST
    @Path("/{id}/move-out")
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "moveOutResident",
            summary = "Mark a resident as moved out",
            description =
                    "The resident stays on record with the move-out date (409 when moved out already); restore undoes it.")
    @APIResponse(
            responseCode = "200",
            description = "Moved out",
            content = @Content(schema = @Schema(implementation = ResidentDetail.class)))
    public ResidentDetail moveOut(@PathParam("id") long id, @Valid MoveOut body) {
        return residents.moveOut(id, body);
    }

    @POST
    @Path("/{id}/restore")
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "restoreResident",
            summary = "Undo a resident's move-out",
            description = "409 unless the resident has moved out, or while their household is moved out.")
    @APIResponse(
            responseCode = "200",
            description = "Restored",
            content = @Content(schema = @Schema(implementation = ResidentDetail.class)))
    public ResidentDetail restore(@PathParam("id") long id) {
        return residents.restore(id);
    }

    @POST
    @Path("/{id}/reveal")
    @PermissionsAllowed(Names.REGISTRY_REVEAL)
    @Operation(
            operationId = "revealResident",
            summary = "The plaintext ID card or phone number; the access is audited with the reason",
            description =
                    "The field, the reason and the caller are written to the audit log (GET /api/audit). 404 when the resident has no phone number.")
    public Revealed reveal(@PathParam("id") long id, @NotNull @Valid RevealRequest body) {
        return residents.reveal(id, body);
    }
}
