package com.gridwork.area;

import com.gridwork.access.Permission.Names;
import com.gridwork.area.AreaDtos.AreaCreate;
import com.gridwork.area.AreaDtos.AreaDetail;
import com.gridwork.area.AreaDtos.AreaNode;
import com.gridwork.area.AreaDtos.AreaSummary;
import com.gridwork.area.AreaDtos.AreaUpdate;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/areas")
@Tag(name = "Areas", description = "Sub-districts (街道), communities (社区), grids (网格) and buildings (楼栋)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.AREAS_READ)
public class AreaResource {
    @Inject
    AreaService areas;

    @GET
    @Path("/tree")
    @Operation(
            operationId = "getAreaTree",
            summary = "The caller's part of the hierarchy, down to grids",
            description =
                    "Areas in the caller's scope, plus their ancestors (inScope=false) so that the tree reaches the root.")
    public List<AreaNode> tree() {
        return areas.tree();
    }

    @GET
    @Operation(
            operationId = "listAreas",
            summary = "List areas in the caller's scope",
            description = "Sortable by code, name, level, createdAt, updatedAt.")
    public PageResult<AreaSummary> list(
            @QueryParam("parentId") @Parameter(description = "Only the children of this area") Long parentId,
            @QueryParam("level") AreaLevel level,
            @QueryParam("q") @Parameter(description = "Part of the name or code") String q,
            @Valid @BeanParam PageParams page) {
        return areas.list(parentId, level, q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getArea",
            summary = "One area, with its ancestors and (for a grid) its grid workers",
            description = "Its ETag is the version that an update must send back as If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The area",
            content = @Content(schema = @Schema(implementation = AreaDetail.class)))
    public AreaDetail get(@PathParam("id") long id) {
        return areas.get(id);
    }

    @POST
    @PermissionsAllowed(Names.AREAS_WRITE)
    @Operation(
            operationId = "createArea",
            summary = "Create an area under a parent of the level above",
            description =
                    "A street-admin creates anything in scope (a sub-district only with the whole platform); community staff create grids and buildings in their communities.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AreaDetail.class)))
    public Response create(@NotNull AreaCreate body, @jakarta.ws.rs.core.Context UriInfo uri) {
        AreaDetail detail = areas.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(detail.id()))
                        .build())
                .entity(detail)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.AREAS_WRITE)
    @Operation(
            operationId = "updateArea",
            summary = "Update an area's code, name and details (If-Match required)",
            description =
                    "Level and parent cannot change; address, floors and units apply to buildings only. Code and name must stay unique among the parent's children.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = AreaDetail.class)))
    public AreaDetail update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET", required = true)
                    String ifMatch,
            @NotNull AreaUpdate body) {
        return areas.update(id, ifMatch, body);
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Names.AREAS_WRITE)
    @Operation(
            operationId = "deleteArea",
            summary = "Delete an area that has no children and no staff scoped to it",
            description =
                    "Refused (409) while the area has children or staff scoped to it. If-Match is optional here; when sent it must name the current version.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "Optional: the ETag from GET") String ifMatch) {
        areas.delete(id, ifMatch);
    }
}
