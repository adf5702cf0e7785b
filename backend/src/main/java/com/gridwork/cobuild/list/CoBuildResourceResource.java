package com.gridwork.cobuild.list;

import com.gridwork.access.Permission.Names;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildResourceCreate;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildResourceView;
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

/** The resources list (资源清单): what units offer. */
@Path("/api/cobuild-resources")
@Tag(
        name = "Co-building resources",
        description = "Resources units offer to their sub-district's communities (资源清单): AVAILABLE or WITHDRAWN."
                + " Staff record them for any unit of their sub-district; a unit-liaison account offers and withdraws"
                + " its own unit's.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.COBUILD_LISTS_READ)
public class CoBuildResourceResource {
    @Inject
    CoBuildListService lists;

    @GET
    @Operation(
            operationId = "listCoBuildResources",
            summary = "Resources of the units of your sub-district; a liaison its own unit's",
            description = "Newest first; sortable by createdAt, title, status, fieldCode.")
    public PageResult<CoBuildResourceView> list(
            @QueryParam("areaId") @Parameter(description = "An area; its sub-district's units' resources") Long areaId,
            @QueryParam("unitId") Long unitId,
            @QueryParam("status") CoBuildResourceStatus status,
            @QueryParam("fieldCode") @Parameter(description = "A COBUILD_FIELD code") String fieldCode,
            @QueryParam("q") @Parameter(description = "Part of the title or description") String q,
            @Valid @BeanParam PageParams page) {
        return lists.resources(new CoBuildListService.ResourceCriteria(areaId, unitId, status, fieldCode, q), page);
    }

    @POST
    @PermissionsAllowed({Names.COBUILD_LISTS_MANAGE, Names.COBUILD_RESOURCES_OFFER})
    @Operation(
            operationId = "offerCoBuildResource",
            summary = "Offer a resource of a unit",
            description = "Staff for an ACTIVE unit of their sub-district, a liaison for its own unit (else 400 naming"
                    + " unitId).")
    @APIResponse(
            responseCode = "201",
            description = "Offered",
            content = @Content(schema = @Schema(implementation = CoBuildResourceView.class)))
    public Response offer(@NotNull CoBuildResourceCreate body, @Context UriInfo uri) {
        CoBuildResourceView view = lists.offer(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getCoBuildResource",
            summary = "One resource",
            description = "Of a unit of your sub-district; a liaison its own unit's only.")
    public CoBuildResourceView get(@PathParam("id") long id) {
        return lists.resource(id);
    }

    @POST
    @Path("/{id}/withdraw")
    @PermissionsAllowed({Names.COBUILD_LISTS_MANAGE, Names.COBUILD_RESOURCES_OFFER})
    @Operation(
            operationId = "withdrawCoBuildResource",
            summary = "Withdraw an available resource (If-Match required)",
            description = "409 when already withdrawn. Projects that use it keep it in their chain.")
    public CoBuildResourceView withdraw(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch) {
        return lists.withdraw(id, ifMatch);
    }
}
