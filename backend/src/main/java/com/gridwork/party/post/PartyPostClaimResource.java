package com.gridwork.party.post;

import com.gridwork.access.Permission.Names;
import com.gridwork.party.post.PartyPostDtos.PartyPostClaimView;
import com.gridwork.party.post.PartyPostDtos.PartyPostReason;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Claims of party posts: the member's own, released by the member or revoked by the community. */
@Path("/api/party-post-claims")
@Tag(name = "Party posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyPostClaimResource {
    @Inject
    PartyPostClaimService claims;

    @GET
    @Path("/mine")
    @PermissionsAllowed(Names.PARTY_POSTS_CLAIM)
    @Operation(
            operationId = "listMyPartyPostClaims",
            summary = "The member's claims, live ones first",
            description = "Of every year; a volunteer account without a profile gets a 403.")
    public List<PartyPostClaimView> mine() {
        return claims.mine();
    }

    @POST
    @Path("/{id}/release")
    @PermissionsAllowed(Names.PARTY_POSTS_CLAIM)
    @Operation(
            operationId = "releasePartyPostClaim",
            summary = "The member gives up a claim of theirs, with a reason",
            description = "The place is free again. 404 for another member's claim; 409 unless ACTIVE.")
    @APIResponse(
            responseCode = "200",
            description = "Released",
            content = @Content(schema = @Schema(implementation = PartyPostClaimView.class)))
    public PartyPostClaimView release(@PathParam("id") long id, @NotNull PartyPostReason body) {
        return claims.release(id, body);
    }

    @POST
    @Path("/{id}/revoke")
    @PermissionsAllowed(Names.PARTY_POSTS_MANAGE)
    @Operation(
            operationId = "revokePartyPostClaim",
            summary = "The community takes a member's claim back, with a reason",
            description = "Staff whose scope holds the post. The place is free again. 409 unless ACTIVE.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(schema = @Schema(implementation = PartyPostClaimView.class)))
    public PartyPostClaimView revoke(@PathParam("id") long id, @NotNull PartyPostReason body) {
        return claims.revoke(id, body);
    }
}
