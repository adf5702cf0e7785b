package com.gridwork.party.post;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.party.post.PartyPostDtos.PartyPostClaimView;
import com.gridwork.party.post.PartyPostDtos.PartyPostCreate;
import com.gridwork.party.post.PartyPostDtos.PartyPostOpenItem;
import com.gridwork.party.post.PartyPostDtos.PartyPostUpdate;
import com.gridwork.party.post.PartyPostDtos.PartyPostView;
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

/** Party members' posts (党员岗位): the community's posts, and members claiming them. */
@Path("/api/party-posts")
@Tag(name = "Party posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.PARTY_POSTS_READ)
public class PartyPostResource {
    @Inject
    PartyPostService posts;

    @Inject
    PartyPostClaimService claims;

    @GET
    @Operation(
            operationId = "listPartyPosts",
            summary = "Posts of the caller's areas and of the communities above, with places taken",
            description =
                    "Newest term first; sortable by title, termFrom, termTo, capacity, claimCount, createdAt, updatedAt.")
    public PageResult<PartyPostView> list(
            @QueryParam("areaId") @Parameter(description = "Posts of this community or grid (and its grids)")
                    Long areaId,
            @QueryParam("categoryCode") @Parameter(description = "A PARTY_POST_CATEGORY code") String categoryCode,
            @QueryParam("status") PartyPostStatus status,
            @QueryParam("q") @Parameter(description = "Part of the title") String q,
            @Valid @BeanParam PageParams page) {
        return posts.list(new PartyPostService.Criteria(areaId, categoryCode, status, q), page);
    }

    @GET
    @Path("/open")
    @PermissionsAllowed(Names.PARTY_POSTS_CLAIM)
    @Operation(
            operationId = "listOpenPartyPosts",
            summary = "The member's community's posts open for claims, and whether the member holds each",
            description =
                    "OPEN posts within their term of the community the member's ACTIVE report is to, with a place free or held by the member. 403 without an ACTIVE report this year.")
    public List<PartyPostOpenItem> open() {
        return posts.open();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPartyPost",
            summary = "One post",
            description =
                    "Staff reading posts where it lies or above; a member a post of the community they reported to.")
    @APIResponse(
            responseCode = "200",
            description = "The post",
            content = @Content(schema = @Schema(implementation = PartyPostView.class)))
    public PartyPostView get(@PathParam("id") long id) {
        return posts.get(id);
    }

    @POST
    @PermissionsAllowed(Names.PARTY_POSTS_MANAGE)
    @Operation(
            operationId = "createPartyPost",
            summary = "Open a post of a community or of one of its grids",
            description = "The category is an active PARTY_POST_CATEGORY code; termTo not before termFrom.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PartyPostView.class)))
    public Response create(@NotNull PartyPostCreate body, @Context UriInfo uri) {
        PartyPostView view = posts.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.PARTY_POSTS_MANAGE)
    @Operation(
            operationId = "updatePartyPost",
            summary = "Change a post's category, text, capacity and term (If-Match required)",
            description = "The capacity may not drop below the live claims (409); an ended post does not change (409).")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = PartyPostView.class)))
    public PartyPostView update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull PartyPostUpdate body) {
        return posts.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/close")
    @PermissionsAllowed(Names.PARTY_POSTS_MANAGE)
    @Operation(
            operationId = "closePartyPost",
            summary = "Close a post to new claims",
            description = "Its claims stay until released or revoked. 409 unless OPEN.")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(schema = @Schema(implementation = PartyPostView.class)))
    public PartyPostView close(@PathParam("id") long id) {
        return posts.close(id);
    }

    @GET
    @Path("/{id}/claims")
    @Operation(
            operationId = "listPartyPostClaims",
            summary = "A post's claims, live ones first",
            description = "Whoever may read the post.")
    public List<PartyPostClaimView> claims(@PathParam("id") long id) {
        return claims.ofPost(id);
    }

    @POST
    @Path("/{id}/claims")
    @PermissionsAllowed(Names.PARTY_POSTS_CLAIM)
    @Operation(
            operationId = "claimPartyPost",
            summary = "The member claims a post of the community they reported to",
            description =
                    "403 without an ACTIVE report this year; 404 for a post of another community; 409 when the post is not open, already held by the member, or full.")
    @APIResponse(
            responseCode = "201",
            description = "Claimed",
            content = @Content(schema = @Schema(implementation = PartyPostClaimView.class)))
    public Response claim(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(claims.claim(id)).build();
    }
}
