package com.gridwork.cobuild.list;

import com.gridwork.access.Permission.Names;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedChain;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedClose;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedCreate;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedView;
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

/** The needs list (需求清单) of communities, each with its chain of projects and resources. */
@Path("/api/cobuild-needs")
@Tag(
        name = "Co-building needs",
        description = "Needs of communities (需求清单): OPEN, IN_PROJECT, MET (moved by projects), CLOSED with a reason."
                + " A need raised from a talk-day issue links back to it. A unit-liaison account reads the needs of"
                + " the communities its unit is paired with.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.COBUILD_LISTS_READ)
public class CoBuildNeedResource {
    @Inject
    CoBuildListService lists;

    @GET
    @Operation(
            operationId = "listCoBuildNeeds",
            summary = "Needs in (or around) your scope, each with the projects addressing it",
            description = "Newest first; sortable by createdAt, title, status, fieldCode. issueId: the needs raised"
                    + " from that issue.")
    public PageResult<CoBuildNeedView> list(
            @QueryParam("areaId") @Parameter(description = "A sub-district or community") Long areaId,
            @QueryParam("status") CoBuildNeedStatus status,
            @QueryParam("fieldCode") @Parameter(description = "A COBUILD_FIELD code") String fieldCode,
            @QueryParam("source") CoBuildNeedSource source,
            @QueryParam("issueId") Long issueId,
            @QueryParam("q") @Parameter(description = "Part of the title or description") String q,
            @Valid @BeanParam PageParams page) {
        return lists.needs(new CoBuildListService.NeedCriteria(areaId, status, fieldCode, source, issueId, q), page);
    }

    @POST
    @PermissionsAllowed(Names.COBUILD_LISTS_MANAGE)
    @Operation(
            operationId = "createCoBuildNeed",
            summary = "Record a need of a community",
            description = "TALK_DAY_ISSUE needs issueId (an issue of that community in your scope); other sources take"
                    + " none (400).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = CoBuildNeedView.class)))
    public Response create(@NotNull CoBuildNeedCreate body, @Context UriInfo uri) {
        CoBuildNeedView view = lists.createNeed(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getCoBuildNeed",
            summary = "One need with its chain",
            description = "Of a community in or around your scope; a liaison those of its paired communities.")
    public CoBuildNeedView get(@PathParam("id") long id) {
        return lists.need(id);
    }

    @GET
    @Path("/{id}/chain")
    @Operation(
            operationId = "getCoBuildNeedChain",
            summary = "The chain of a need: the projects addressing it with their status, and the resources they use",
            description = "Projects oldest first; each with the resources it uses (withdrawn ones included).")
    public CoBuildNeedChain chain(@PathParam("id") long id) {
        return lists.chain(id);
    }

    @POST
    @Path("/{id}/close")
    @PermissionsAllowed(Names.COBUILD_LISTS_MANAGE)
    @Operation(
            operationId = "closeCoBuildNeed",
            summary = "Close an open need with a reason (If-Match required)",
            description = "409 unless OPEN (a need a project addresses moves with the project).")
    public CoBuildNeedView close(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull CoBuildNeedClose body) {
        return lists.closeNeed(id, ifMatch, body);
    }
}
