package com.gridwork.wish;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.wish.MicroWishDtos.MicroWishClaimView;
import com.gridwork.wish.MicroWishDtos.MicroWishCreate;
import com.gridwork.wish.MicroWishDtos.MicroWishPublicView;
import com.gridwork.wish.MicroWishDtos.MicroWishRanking;
import com.gridwork.wish.MicroWishDtos.MicroWishReason;
import com.gridwork.wish.MicroWishDtos.MicroWishSummary;
import com.gridwork.wish.MicroWishDtos.MicroWishUpdate;
import com.gridwork.wish.MicroWishDtos.MicroWishView;
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

import java.time.LocalDate;

/** Micro-wishes (微心愿): staff enter, edit and take down wishes; claimants see the open ones and claim. */
@Path("/api/micro-wishes")
@Tag(name = "Micro-wishes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.MICRO_WISHES_READ)
public class MicroWishResource {
    private static final String STAFF =
            " Staff reading wishes, in their scope; volunteer and unit-liaison accounts are refused (403).";

    @Inject
    MicroWishService wishes;

    @Inject
    MicroWishClaimService claims;

    @GET
    @Operation(
            operationId = "listMicroWishes",
            summary = "Wishes of the caller's areas, newest first, beneficiary named",
            description = "Sortable by publishedAt, wishDeadline, realisedOn, title." + STAFF)
    public PageResult<MicroWishSummary> list(
            @QueryParam("areaId") @Parameter(description = "A community, grid or building (or the sub-district)")
                    Long areaId,
            @QueryParam("status") MicroWishStatus status,
            @QueryParam("categoryCode") @Parameter(description = "A MICRO_WISH_CATEGORY code") String categoryCode,
            @QueryParam("q") @Parameter(description = "Part of the title or of the beneficiary's name") String q,
            @Valid @BeanParam PageParams page) {
        return wishes.list(new MicroWishService.Criteria(areaId, status, categoryCode, q), page);
    }

    @POST
    @PermissionsAllowed(Names.MICRO_WISHES_MANAGE)
    @Operation(
            operationId = "createMicroWish",
            summary = "Enter a wish of a household in scope; it is published at once with the beneficiary masked",
            description = "The beneficiary is the resident named (a member of the household) or the household's head."
                    + " Every violation is reported at once.")
    @APIResponse(
            responseCode = "201",
            description = "Published",
            content = @Content(schema = @Schema(implementation = MicroWishView.class)))
    public Response create(@NotNull MicroWishCreate body, @Context UriInfo uri) {
        MicroWishView view = wishes.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("/open")
    @PermissionsAllowed(Names.MICRO_WISHES_CLAIM)
    @Operation(
            operationId = "listOpenMicroWishes",
            summary = "The published wishes the calling claimant may claim, beneficiary masked",
            description = "A volunteer account: its volunteer community's and its ACTIVE party report's community's; a"
                    + " unit liaison: those of the communities its unit is paired with. Newest first.")
    public PageResult<MicroWishPublicView> open(
            @QueryParam("categoryCode") @Parameter(description = "A MICRO_WISH_CATEGORY code") String categoryCode,
            @Valid @BeanParam PageParams page) {
        return claims.open(categoryCode, page);
    }

    @GET
    @Path("/ranking")
    @Operation(
            operationId = "getMicroWishRanking",
            summary = "Realised wishes per claimant in a period (点亮微心愿)",
            description = "REALISED wishes with realised_on in [from, to] (default: this year up to today), counted for"
                    + " the claimant of the claim that realised them: one row per kind and volunteer or unit, the top"
                    + " 100." + STAFF)
    public MicroWishRanking ranking(
            @QueryParam("from") @Parameter(description = "First day, inclusive") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day, inclusive") LocalDate to,
            @QueryParam("areaId") @Parameter(description = "A community, grid or building in scope") Long areaId,
            @QueryParam("kind") @Parameter(description = "Only claims of this kind") MicroWishClaimantKind kind) {
        return wishes.ranking(from, to, areaId, kind);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getMicroWish",
            summary = "One wish with its beneficiary, household and claims",
            description =
                    "Staff reading wishes, in their scope; volunteer and unit-liaison accounts are refused (403).")
    public MicroWishView get(@PathParam("id") long id) {
        return wishes.get(id);
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.MICRO_WISHES_MANAGE)
    @Operation(
            operationId = "updateMicroWish",
            summary = "Edit a wish while it is unclaimed (If-Match required)",
            description = "A wish claimed, realised or taken down is a 409.")
    public MicroWishView update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull MicroWishUpdate body) {
        return wishes.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/take-down")
    @PermissionsAllowed(Names.MICRO_WISHES_MANAGE)
    @Operation(
            operationId = "takeDownMicroWish",
            summary = "Take a wish down with a reason, only while it is unclaimed",
            description =
                    "A wish with a live claim (or realised, or taken down) is a 409. If-Match is checked when sent.")
    public MicroWishView takeDown(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull MicroWishReason body) {
        return wishes.takeDown(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/claims")
    @PermissionsAllowed(Names.MICRO_WISHES_CLAIM)
    @Operation(
            operationId = "claimMicroWish",
            summary = "Claim a published wish the caller reaches",
            description = "As PARTY_MEMBER (a volunteer account with an ACTIVE report this year), VOLUNTEER, or UNIT (a"
                    + " liaison, for its unit). One live claim per wish: a wish already claimed is a 409, also between"
                    + " parallel requests. A wish the caller does not reach is a 404.")
    @APIResponse(
            responseCode = "201",
            description = "Claimed; the beneficiary and the address are shown to the claimant now",
            content = @Content(schema = @Schema(implementation = MicroWishClaimView.class)))
    public Response claim(@PathParam("id") long id, @Context UriInfo uri) {
        MicroWishClaimView view = claims.claim(id);
        return Response.created(uri.getBaseUriBuilder()
                        .path("/api/micro-wish-claims")
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }
}
