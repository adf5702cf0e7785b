package com.gridwork.cobuild.agreement;

import com.gridwork.access.Permission.Names;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementCreate;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementRenew;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementSign;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementTerminate;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementView;
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

/** Pairing agreements between co-building units and communities: list, propose, sign, terminate, renew. */
@Path("/api/cobuild-agreements")
@Tag(
        name = "Co-building agreements",
        description = "Pairing agreements (结对共建协议): PROPOSED → SIGNED → ACTIVE (from termFrom) → EXPIRED (after"
                + " termTo), or TERMINATED with a reason; a renewal is a new agreement. A unit-liaison account reads"
                + " its own unit's only.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.COBUILD_AGREEMENTS_READ)
public class CoBuildAgreementResource {
    @Inject
    CoBuildAgreementService agreements;

    @GET
    @Operation(
            operationId = "listCoBuildAgreements",
            summary = "Agreements of the communities in (or around) your scope; a liaison its unit's",
            description = "Newest term first; sortable by termFrom, termTo, signedOn, status, createdAt.")
    public PageResult<CoBuildAgreementView> list(
            @QueryParam("areaId") @Parameter(description = "A sub-district or community") Long areaId,
            @QueryParam("unitId") Long unitId,
            @QueryParam("status") CoBuildAgreementStatus status,
            @Valid @BeanParam PageParams page) {
        return agreements.search(new CoBuildAgreementService.Criteria(areaId, unitId, status), page);
    }

    @POST
    @PermissionsAllowed(Names.COBUILD_AGREEMENTS_MANAGE)
    @Operation(
            operationId = "proposeCoBuildAgreement",
            summary = "Propose an agreement between a unit and a community",
            description = "The unit must be ACTIVE and of the community's sub-district (else 400 naming unitId). A"
                    + " live agreement (PROPOSED, SIGNED, ACTIVE) of the same unit and community whose term overlaps"
                    + " is a 409 whose existingId names it.")
    @APIResponse(
            responseCode = "201",
            description = "Proposed",
            content = @Content(schema = @Schema(implementation = CoBuildAgreementView.class)))
    public Response propose(@NotNull CoBuildAgreementCreate body, @Context UriInfo uri) {
        CoBuildAgreementView view = agreements.propose(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getCoBuildAgreement",
            summary = "One agreement",
            description = "Of a community in or around your scope; a liaison its own unit's only. actions lists what"
                    + " you may do now.")
    public CoBuildAgreementView get(@PathParam("id") long id) {
        return agreements.get(id);
    }

    @POST
    @Path("/{id}/sign")
    @PermissionsAllowed(Names.COBUILD_AGREEMENTS_MANAGE)
    @Operation(
            operationId = "signCoBuildAgreement",
            summary = "Sign a proposed agreement (If-Match required)",
            description = "SIGNED, or ACTIVE when its term has begun. 409 unless PROPOSED, or when its term is over.")
    public CoBuildAgreementView sign(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull CoBuildAgreementSign body) {
        return agreements.sign(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/terminate")
    @PermissionsAllowed(Names.COBUILD_AGREEMENTS_MANAGE)
    @Operation(
            operationId = "terminateCoBuildAgreement",
            summary = "Terminate a proposed, signed or active agreement with a reason (If-Match required)",
            description = "409 for an expired or terminated agreement. endedOn is today.")
    public CoBuildAgreementView terminate(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull CoBuildAgreementTerminate body) {
        return agreements.terminate(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/renew")
    @PermissionsAllowed(Names.COBUILD_AGREEMENTS_MANAGE)
    @Operation(
            operationId = "renewCoBuildAgreement",
            summary = "Renew an active or expired agreement (If-Match required)",
            description = "A new PROPOSED agreement (renewsId) whose term starts the day after this one's ends and"
                    + " lasts as long, unless termTo says otherwise. 409 when a live agreement overlaps that term.")
    @APIResponse(
            responseCode = "201",
            description = "The renewal",
            content = @Content(schema = @Schema(implementation = CoBuildAgreementView.class)))
    public Response renew(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            CoBuildAgreementRenew body,
            @Context UriInfo uri) {
        CoBuildAgreementView view = agreements.renew(id, ifMatch, body);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/cobuild-agreements")
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }
}
