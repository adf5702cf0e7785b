package com.gridwork.issue.category;

import com.gridwork.access.Permission.Names;
import com.gridwork.issue.category.IssueCategoryDtos.CategoryInput;
import com.gridwork.issue.category.IssueCategoryDtos.CategoryView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/issue-categories")
@Tag(name = "Issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.ISSUES_READ)
public class IssueCategoryResource {
    @Inject
    IssueCategoryService categories;

    @GET
    @Operation(
            operationId = "listIssueCategories",
            summary = "Issue categories in force for the caller's sub-district, retired ones included (active=false)",
            description =
                    "Platform defaults and the sub-district's own categories, ordered by sortOrder, each with its time limit in working days.")
    public List<CategoryView> list() {
        return categories.list();
    }

    @POST
    @PermissionsAllowed(Names.ISSUE_CATEGORIES_MANAGE)
    @Operation(
            operationId = "createIssueCategory",
            summary = "Add a category with its time limit in working days",
            description =
                    "The code is fixed once created; a code already in force for the sub-district is a 409 naming the existing category.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    public Response create(@NotNull CategoryInput body) {
        CategoryView view = categories.create(body);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.ISSUE_CATEGORIES_MANAGE)
    @Operation(
            operationId = "updateIssueCategory",
            summary = "Rename, re-time, reorder or retire a category (If-Match required; the code is fixed)",
            description = "A new time limit applies to issues received from now on; open issues keep their deadlines.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    public CategoryView update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull CategoryInput body) {
        return categories.update(id, ifMatch, body);
    }
}
