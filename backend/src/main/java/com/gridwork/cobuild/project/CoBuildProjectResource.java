package com.gridwork.cobuild.project;

import com.gridwork.access.Permission.Names;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildMilestoneInput;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectAccept;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectApprove;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectCandidates;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectCounts;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectDetail;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectInput;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectReason;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectSummary;
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

/** Co-building projects (共建项目): the board, drafts, approval, the claim, milestones, acceptance. */
@Path("/api/cobuild-projects")
@Tag(name = "Co-building projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.COBUILD_PROJECTS_READ)
public class CoBuildProjectResource {
    private static final String IF_MATCH = " If-Match is checked when sent.";

    @Inject
    CoBuildProjectService projects;

    @Inject
    CoBuildMilestoneService milestones;

    @GET
    @Operation(
            operationId = "listCoBuildProjects",
            summary = "Projects in scope, newest first",
            description = "Staff: projects of their areas. A unit-liaison account: projects open to its unit"
                    + " (OPEN_PAIRED of communities it is paired with, OPEN_ALL of its sub-district) or claimed by it."
                    + " Sortable by createdAt, title, claimDeadline, status, plannedStart.")
    public PageResult<CoBuildProjectSummary> list(
            @QueryParam("areaId") @Parameter(description = "A sub-district or community in scope") Long areaId,
            @QueryParam("status") CoBuildProjectStatus status,
            @QueryParam("unitId") @Parameter(description = "The claiming unit") Long unitId,
            @QueryParam("fieldCode") @Parameter(description = "A COBUILD_FIELD code") String fieldCode,
            @QueryParam("q") @Parameter(description = "Part of the title") String q,
            @QueryParam("open") @Parameter(description = "Only projects open for claim (OPEN_PAIRED, OPEN_ALL)")
                    Boolean open,
            @QueryParam("mine") @Parameter(description = "Only projects claimed by the caller's unit (a liaison)")
                    Boolean mine,
            @Valid @BeanParam PageParams page) {
        return projects.list(
                new CoBuildProjectService.Criteria(areaId, status, unitId, fieldCode, q, open, mine), page);
    }

    @GET
    @Path("/counts")
    @Operation(
            operationId = "countCoBuildProjects",
            summary = "Projects by state for the board, under the list's filters (status aside)",
            description = "Every state is listed, with 0 where none; the caller sees what the list shows it.")
    public CoBuildProjectCounts counts(
            @QueryParam("areaId") Long areaId,
            @QueryParam("unitId") Long unitId,
            @QueryParam("fieldCode") String fieldCode,
            @QueryParam("q") String q,
            @QueryParam("open") Boolean open,
            @QueryParam("mine") Boolean mine) {
        return projects.counts(new CoBuildProjectService.Criteria(areaId, null, unitId, fieldCode, q, open, mine));
    }

    @GET
    @Path("/candidates")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_MANAGE)
    @Operation(
            operationId = "listCoBuildProjectCandidates",
            summary = "The needs and resources a draft of a community may link",
            description = "Needs of the community still OPEN or IN_PROJECT, AVAILABLE resources of units of its"
                    + " sub-district; newest first, at most 200 each.")
    public CoBuildProjectCandidates candidates(
            @QueryParam("communityId") @NotNull @Parameter(required = true, description = "A community in scope")
                    Long communityId) {
        return projects.candidates(communityId);
    }

    @POST
    @PermissionsAllowed(Names.COBUILD_PROJECTS_MANAGE)
    @Operation(
            operationId = "createCoBuildProject",
            summary = "Draft a project of a community in scope",
            description =
                    "Its needs move OPEN → IN_PROJECT. Every violation is reported at once; a need of another"
                            + " community is a 400 naming needIds[i], a resource of a unit of another sub-district resourceIds[i].")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = CoBuildProjectDetail.class)))
    public Response create(@NotNull CoBuildProjectInput body, @Context UriInfo uri) {
        CoBuildProjectDetail view = projects.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getCoBuildProject",
            summary = "One project with its needs, resources, milestones and the caller's actions",
            description = "Staff where it lies; a liaison when it is open to its unit or claimed by it (else 404).")
    public CoBuildProjectDetail get(@PathParam("id") long id) {
        return projects.get(id);
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_MANAGE)
    @Operation(
            operationId = "updateCoBuildProject",
            summary = "Edit a draft (If-Match required); its community stays",
            description = "Needs no longer addressed go back to OPEN unless another live project addresses them.")
    public CoBuildProjectDetail update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull CoBuildProjectInput body) {
        return projects.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/approve")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_APPROVE)
    @Operation(
            operationId = "approveCoBuildProject",
            summary = "Approve a draft: open to the community's paired units until the claim deadline",
            description = "The deadline is the claimWorkingDays-th working day (default 5) after the approval day on"
                    + " the sub-district's working calendar; after it an unclaimed project opens to every unit."
                    + IF_MATCH)
    public CoBuildProjectDetail approve(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CoBuildProjectApprove body) {
        return projects.approve(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/reject")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_APPROVE)
    @Operation(
            operationId = "rejectCoBuildProject",
            summary = "Reject a draft with a reason; its needs go back to OPEN",
            description = IF_MATCH)
    public CoBuildProjectDetail reject(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull CoBuildProjectReason body) {
        return projects.reject(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/claim")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_CLAIM)
    @Operation(
            operationId = "claimCoBuildProject",
            summary = "Claim a project for the caller's unit (a liaison)",
            description = "OPEN_PAIRED: a unit paired with the community (claimed in time: the bonus on acceptance);"
                    + " OPEN_ALL: any active unit of the sub-district. Exactly one unit wins among parallel claims;"
                    + " the others get a 409.")
    public CoBuildProjectDetail claim(@PathParam("id") long id) {
        return projects.claim(id);
    }

    @POST
    @Path("/{id}/milestones")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_CLAIM)
    @Operation(
            operationId = "addCoBuildMilestone",
            summary = "Plan a milestone of a claimed project (the claiming unit); the first one starts it",
            description = "CLAIMED → IN_PROGRESS with the first; dueOn not before today; at most 30 per project.")
    public CoBuildProjectDetail addMilestone(@PathParam("id") long id, @NotNull CoBuildMilestoneInput body) {
        return milestones.add(id, body);
    }

    @POST
    @Path("/{id}/submit")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_CLAIM)
    @Operation(
            operationId = "submitCoBuildProject",
            summary = "Submit for acceptance (the claiming unit), every milestone reported done",
            description = IF_MATCH)
    public CoBuildProjectDetail submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return projects.submit(id, ifMatch);
    }

    @POST
    @Path("/{id}/accept")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_MANAGE)
    @Operation(
            operationId = "acceptCoBuildProject",
            summary = "Accept a submitted project with the residents' satisfaction",
            description = "Its needs become MET; the unit earns its points (PROJECT_COMPLETED, and TIMELY_CLAIM_BONUS"
                    + " when claimed in time) in the same transaction, once." + IF_MATCH)
    public CoBuildProjectDetail accept(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull CoBuildProjectAccept body) {
        return projects.accept(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/rework")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_MANAGE)
    @Operation(
            operationId = "reworkCoBuildProject",
            summary = "Send a submitted project back for rework with a reason",
            description = IF_MATCH)
    public CoBuildProjectDetail rework(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull CoBuildProjectReason body) {
        return projects.rework(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/cancel")
    @PermissionsAllowed(Names.COBUILD_PROJECTS_MANAGE)
    @Operation(
            operationId = "cancelCoBuildProject",
            summary = "Cancel a project before acceptance, with a reason",
            description = "Its needs go back to OPEN unless another live project addresses them." + IF_MATCH)
    public CoBuildProjectDetail cancel(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull CoBuildProjectReason body) {
        return projects.cancel(id, ifMatch, body);
    }
}
