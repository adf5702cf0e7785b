package com.gridwork.cobuild.unit;

import com.gridwork.access.Permission.Names;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitCreate;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitLiaisonAccount;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitLiaisonCreate;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitLiaisonView;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitOption;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitReveal;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitRevealed;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitUpdate;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitView;
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

@Path("/api/cobuild-units")
@Tag(name = "Co-building units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.COBUILD_UNITS_READ)
public class CoBuildUnitResource {
    @Inject
    CoBuildUnitService units;

    @GET
    @Operation(
            operationId = "listCoBuildUnits",
            summary = "Co-building units of the sub-districts around the caller's areas (a liaison: its own)",
            description = "Ordered by name; sortable by name, partyMemberTotal, createdAt, updatedAt.")
    public PageResult<CoBuildUnitView> list(
            @QueryParam("subDistrictId") Long subDistrictId,
            @QueryParam("status") CoBuildUnitStatus status,
            @QueryParam("unitType") OrganisationType unitType,
            @QueryParam("q") @Parameter(description = "Any part of the name, party organisation or contact") String q,
            @Valid @BeanParam PageParams page) {
        return units.list(new CoBuildUnitService.Criteria(subDistrictId, status, unitType, q), page);
    }

    @GET
    @Path("/mine")
    @Operation(
            operationId = "getMyCoBuildUnit",
            summary = "The unit the signed-in liaison acts for",
            description = "404 for an account that is no unit's liaison.")
    public CoBuildUnitView mine() {
        return units.mine();
    }

    @GET
    @Path("/options")
    @Operation(
            operationId = "listCoBuildUnitOptions",
            summary = "Active units an issue or project of a community may be given to, paired ones first",
            description = "The units of the community's sub-district, those with an ACTIVE agreement with the"
                    + " community first (paired true), then by name. A liaison is offered its own unit only.")
    public List<CoBuildUnitOption> options(@QueryParam("communityId") @NotNull Long communityId) {
        return units.options(communityId);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getCoBuildUnit",
            summary = "One unit (the contact's phone masked)",
            description = "A liaison reads only its own unit (any other id is a 404).")
    @APIResponse(
            responseCode = "200",
            description = "The unit",
            content = @Content(schema = @Schema(implementation = CoBuildUnitView.class)))
    public CoBuildUnitView get(@PathParam("id") long id) {
        return units.get(id);
    }

    @POST
    @PermissionsAllowed(Names.COBUILD_UNITS_MANAGE)
    @Operation(
            operationId = "createCoBuildUnit",
            summary = "Register a co-building unit of a sub-district",
            description = "The name is unique within the sub-district: a second is a 409 whose existingId names the"
                    + " unit that holds it.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CoBuildUnitView.class)))
    public Response create(@NotNull CoBuildUnitCreate body, @Context UriInfo uri) {
        CoBuildUnitView view = units.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.COBUILD_UNITS_MANAGE)
    @Operation(
            operationId = "updateCoBuildUnit",
            summary = "Edit a unit, or set it inactive with a reason (If-Match required)",
            description = "A name another unit of the sub-district holds is a 409 naming that unit.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = CoBuildUnitView.class)))
    public CoBuildUnitView update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull CoBuildUnitUpdate body) {
        return units.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/reveal")
    @PermissionsAllowed(Names.COBUILD_UNITS_REVEAL)
    @Operation(
            operationId = "revealCoBuildUnitPhone",
            summary = "The contact's phone number in plain text; the access is audited with the reason",
            description = "404 when the unit has no contact phone.")
    public CoBuildUnitRevealed reveal(@PathParam("id") long id, @NotNull @Valid CoBuildUnitReveal body) {
        return units.reveal(id, body.reason());
    }

    @GET
    @Path("/{id}/liaisons")
    @PermissionsAllowed(Names.COBUILD_UNITS_MANAGE)
    @Operation(
            operationId = "listCoBuildUnitLiaisons",
            summary = "The unit's liaison sign-in accounts, enabled ones first",
            description = "A removed liaison stays listed, disabled.")
    public List<CoBuildUnitLiaisonView> liaisons(@PathParam("id") long id) {
        return units.liaisons(id);
    }

    @POST
    @Path("/{id}/liaisons")
    @PermissionsAllowed(Names.COBUILD_UNITS_MANAGE)
    @Operation(
            operationId = "createCoBuildUnitLiaison",
            summary = "Give the unit a liaison sign-in account (realm role unit-liaison, the unit's sub-district)",
            description = "Returns a temporary password once; it must be changed at first sign-in. 409 when the unit"
                    + " is inactive or the user name is taken.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CoBuildUnitLiaisonAccount.class)))
    @APIResponse(
            responseCode = "503",
            description = "Keycloak unreachable; nothing was changed",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response createLiaison(@PathParam("id") long id, @NotNull CoBuildUnitLiaisonCreate body) {
        return Response.status(Response.Status.CREATED)
                .entity(units.createLiaison(id, body))
                .build();
    }

    @POST
    @Path("/{id}/liaisons/{staffId}/disable")
    @PermissionsAllowed(Names.COBUILD_UNITS_MANAGE)
    @Operation(
            operationId = "disableCoBuildUnitLiaison",
            summary = "Remove a liaison: its sign-in is disabled (it stays on record as the unit's)",
            description = "Another unit's liaison is a 404; disabling again changes nothing.")
    public CoBuildUnitLiaisonView disableLiaison(@PathParam("id") long id, @PathParam("staffId") long staffId) {
        return units.disableLiaison(id, staffId);
    }
}
