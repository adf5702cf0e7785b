package com.gridwork.pairing.reassign;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.pairing.reassign.ReassignmentDtos.PairingReassignmentView;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentCreate;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentDetail;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentPreview;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/pairing-reassignments")
@Tag(name = "Pairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.PAIRINGS_READ)
public class ReassignmentResource {
    @Inject
    ReassignmentService reassignments;

    @POST
    @Path("/preview")
    @PermissionsAllowed(Names.PAIRINGS_MANAGE)
    @Operation(
            operationId = "previewPairingReassignment",
            summary = "What a bulk reassignment would move now, without changing anything",
            description = "The counts and the first 50 records. The same checks as the reassignment itself.")
    @APIResponse(
            responseCode = "200",
            description = "The preview",
            content = @Content(schema = @Schema(implementation = ReassignmentPreview.class)))
    public ReassignmentPreview preview(@NotNull ReassignmentCreate body) {
        return reassignments.preview(body);
    }

    @POST
    @PermissionsAllowed(Names.PAIRINGS_MANAGE)
    @Operation(
            operationId = "reassignPairings",
            summary =
                    "Move every active pairing of one helper (and its open obligations) to another, in one transaction",
            description =
                    "Each active pairing of `from` in the area and the caller's scope ends (REASSIGNED, today) and a new pairing of `to` continues it; its open obligations (overdue ones too) move to the new pairing and to `to`'s account. With includeGridObligations, also the open obligations without a pairing that `from` answers for as grid worker there. Pairings of `from` outside the scope are not touched. With nothing to move the answer is still 201, with zero counts and nothingMoved.")
    @APIResponse(
            responseCode = "201",
            description = "Done",
            content = @Content(schema = @Schema(implementation = PairingReassignmentView.class)))
    public Response reassign(@NotNull ReassignmentCreate body, @Context UriInfo uri) {
        PairingReassignmentView view = reassignments.reassign(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Operation(
            operationId = "listPairingReassignments",
            summary = "Bulk reassignments done in the caller's scope (history), newest first",
            description = "Sortable by doneAt, pairingsMoved.")
    public PageResult<PairingReassignmentView> list(
            @QueryParam("areaId") @Parameter(description = "Reassignments done in this area or below") Long areaId,
            @Valid @BeanParam PageParams page) {
        return reassignments.list(areaId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPairingReassignment",
            summary = "One reassignment with the pairings and obligations it moved",
            description =
                    "Each moved pairing names the pairing that ended (id) and the one that continues it (newPairingId); each obligation its state now.")
    @APIResponse(
            responseCode = "200",
            description = "The reassignment",
            content = @Content(schema = @Schema(implementation = ReassignmentDetail.class)))
    public ReassignmentDetail get(@PathParam("id") long id) {
        return reassignments.get(id);
    }
}
