package com.gridwork.pairing;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.pairing.PairingDtos.PairingCreate;
import com.gridwork.pairing.PairingDtos.PairingEnd;
import com.gridwork.pairing.PairingDtos.PairingView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** Pairings (结对帮扶): list, pair, read, end. */
@Path("/api/pairings")
@Tag(name = "Pairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.PAIRINGS_READ)
public class PairingResource {
    @Inject
    PairingService pairings;

    @GET
    @Operation(
            operationId = "listPairings",
            summary = "Pairings of the caller's areas",
            description =
                    "Active ones unless status says otherwise; newest start first; sortable by validFrom, validTo,"
                            + " helperName, typeCode, createdAt.")
    public PageResult<PairingView> list(
            @QueryParam("areaId") @Parameter(description = "A sub-district, community or grid in scope") Long areaId,
            @QueryParam("helperStaffId") @Parameter(description = "The helper's sign-in account") Long helperStaffId,
            @QueryParam("helperVolunteerId") Long helperVolunteerId,
            @QueryParam("typeCode") @Parameter(description = "A PAIRING_TYPE code") String typeCode,
            @QueryParam("status") @Parameter(description = "ACTIVE when not given") PairingStatus status,
            @QueryParam("householdId") Long householdId,
            @QueryParam("q") @Parameter(description = "Part of the address or of the helper's name") String q,
            @Valid @BeanParam PageParams page) {
        return pairings.search(
                new PairingService.Criteria(areaId, helperStaffId, helperVolunteerId, typeCode, status, householdId, q),
                page);
    }

    @POST
    @PermissionsAllowed(Names.PAIRINGS_MANAGE)
    @Operation(
            operationId = "createPairing",
            summary = "Pair a helper with a household or one resident of it",
            description = "One active pairing per household, person and type: another is a 409 whose existingId names"
                    + " the active one. A volunteer without a sign-in account may be paired but cannot record visits.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PairingView.class)))
    public Response create(@NotNull PairingCreate body, @Context UriInfo uri) {
        PairingView view = pairings.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPairing",
            summary = "One pairing",
            description = "A pairing of the caller's areas (its helper's own account reads it too, wherever it lies).")
    public PairingView get(@PathParam("id") long id) {
        return pairings.get(id);
    }

    @POST
    @Path("/{id}/end")
    @PermissionsAllowed(Names.PAIRINGS_MANAGE)
    @Operation(
            operationId = "endPairing",
            summary = "End an active pairing (If-Match required)",
            description = "Its open visit obligations of periods still running become not applicable. Ending an ended"
                    + " pairing is a 409.")
    public PairingView end(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull PairingEnd body) {
        return pairings.end(id, ifMatch, body);
    }
}
