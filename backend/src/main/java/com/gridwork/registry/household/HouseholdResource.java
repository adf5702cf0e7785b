package com.gridwork.registry.household;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.household.HouseholdDtos.HouseholdCreate;
import com.gridwork.registry.household.HouseholdDtos.HouseholdDetail;
import com.gridwork.registry.household.HouseholdDtos.HouseholdMove;
import com.gridwork.registry.household.HouseholdDtos.HouseholdSummary;
import com.gridwork.registry.household.HouseholdDtos.HouseholdUpdate;
import com.gridwork.registry.household.HouseholdDtos.MoveOut;
import com.gridwork.registry.household.HouseholdDtos.Revealed;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

@Path("/api/households")
@Tag(name = "Households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.REGISTRY_READ)
public class HouseholdResource {

    @Inject
    HouseholdService households;

    /** The reason for seeing personal data, required by every reveal. */
    @Schema(name = "RevealReason")
    public record RevealReason(
            @NotBlank @Size(min = 2, max = 500) @Schema(examples = "核实困难补助申请")
            String reason) {}

    @GET
    @Operation(
            operationId = "listHouseholds",
            summary = "Search households in the caller's scope",
            description = "Sortable by id, createdAt, updatedAt, room.")
    public PageResult<HouseholdSummary> list(
            @QueryParam("areaId") @Parameter(description = "A community, grid or building to search in") Long areaId,
            @QueryParam("buildingId") Long buildingId,
            @QueryParam("tag") @Parameter(description = "Household tag codes; all must apply") List<String> tags,
            @QueryParam("status") RecordStatus status,
            @QueryParam("q")
                    @Parameter(
                            description =
                                    "An address as people write it (3号楼1单元202, 3-1-202, 3栋 1单元 202室, a room alone, a bungalow's street address, part of a building name) or the beginning of a member's name; exact matches first (README Search)")
                    String q,
            @Valid @BeanParam PageParams page) {
        return households.list(areaId, buildingId, tags, status, q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getHousehold",
            summary = "A household with its members, history and likely duplicates",
            description =
                    "Phone numbers are masked; reveal-phone shows one and writes the audit log. duplicateIds lists other active households at the same location.")
    @APIResponse(
            responseCode = "200",
            description = "The household",
            content = @Content(schema = @Schema(implementation = HouseholdDetail.class)))
    public HouseholdDetail get(@PathParam("id") long id) {
        return households.get(id);
    }

    @POST
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "createHousehold",
            summary = "Register a household",
            description = "A household at the location of another active one is accepted and flagged (duplicateIds).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = HouseholdDetail.class)))
    public Response create(@NotNull HouseholdCreate body, @Context UriInfo uri) {
        HouseholdDetail detail = households.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(detail.household().id()))
                        .build())
                .entity(detail)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "updateHousehold",
            summary = "Update a household's details (If-Match required)",
            description =
                    "Housing type, tenure, phone, tags, notes, landlord and head of household. The location changes only through move.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = HouseholdDetail.class)))
    public HouseholdDetail update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull HouseholdUpdate body) {
        return households.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/move")
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "moveHousehold",
            summary = "Move a household to another grid or address; members and history move with it",
            description =
                    "The new grid and building must lie in the caller's scope (400 naming the field otherwise); the household's history records the move.")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = HouseholdDetail.class)))
    public HouseholdDetail move(@PathParam("id") long id, @NotNull @Valid HouseholdMove body) {
        return households.move(id, body);
    }

    @POST
    @Path("/{id}/move-out")
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "moveOutHousehold",
            summary = "Mark a household and its members as moved out (nothing is deleted)",
            description =
                    "Its current members move out with it, on the same date; 409 when it has moved out already. Restore undoes it.")
    @APIResponse(
            responseCode = "200",
            description = "Moved out",
            content = @Content(schema = @Schema(implementation = HouseholdDetail.class)))
    public HouseholdDetail moveOut(@PathParam("id") long id, @Valid MoveOut body) {
        return households.moveOut(id, body);
    }

    @POST
    @Path("/{id}/restore")
    @PermissionsAllowed(Names.REGISTRY_WRITE)
    @Operation(
            operationId = "restoreHousehold",
            summary = "Undo a move-out, with the members who left with the household",
            description =
                    "The household and the members who moved out with it (on its move-out date) are active again; 409 unless it has moved out.")
    @APIResponse(
            responseCode = "200",
            description = "Restored",
            content = @Content(schema = @Schema(implementation = HouseholdDetail.class)))
    public HouseholdDetail restore(@PathParam("id") long id) {
        return households.restore(id);
    }

    @POST
    @Path("/{id}/reveal-phone")
    @PermissionsAllowed(Names.REGISTRY_REVEAL)
    @Operation(
            operationId = "revealHouseholdPhone",
            summary = "The household's phone number in plaintext; audited with the reason",
            description =
                    "The reason and the caller are written to the audit log (GET /api/audit). 404 when the household has no phone number.")
    public Revealed revealPhone(@PathParam("id") long id, @NotNull @Valid RevealReason body) {
        return households.revealPhone(id, body.reason().strip());
    }
}
