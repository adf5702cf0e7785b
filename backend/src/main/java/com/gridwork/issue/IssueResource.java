package com.gridwork.issue;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.http.DeviceTimeHeader;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.issue.IssueDtos.AssignInput;
import com.gridwork.issue.IssueDtos.Attention;
import com.gridwork.issue.IssueDtos.CommentInput;
import com.gridwork.issue.IssueDtos.ExtensionRequest;
import com.gridwork.issue.IssueDtos.FeedbackInput;
import com.gridwork.issue.IssueDtos.HandlerTeamOption;
import com.gridwork.issue.IssueDtos.IssueCreate;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.issue.IssueDtos.IssueSummary;
import com.gridwork.issue.IssueDtos.IssueUpdate;
import com.gridwork.issue.IssueDtos.ReasonInput;
import com.gridwork.issue.IssueDtos.RequiredComment;
import com.gridwork.issue.IssueDtos.TransferInput;
import com.gridwork.issue.IssueService.IssueFilter;
import com.gridwork.registry.household.HouseholdDtos.Revealed;
import com.gridwork.registry.household.HouseholdResource.RevealReason;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * Issues raised by residents. Every workflow step is its own POST; each returns the issue with its new ETag and
 * honours If-Match when sent. An action the issue's state does not allow is a 409 naming both.
 */
@Path("/api/issues")
@Tag(name = "Issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a volunteer team's leader (ISSUES_HANDLE_AS_TEAM) reads only the issues given to the teams they lead
@PermissionsAllowed({Names.ISSUES_READ, Names.ISSUES_HANDLE_AS_TEAM, Names.ISSUES_HANDLE_AS_UNIT})
public class IssueResource {
    /** The workflow steps a volunteer team's leader may take too (on their team's issues; see allowedActions). */
    private static final String TEAM_STEP = "A leader of the volunteer team handling the issue may take this step. ";

    public static final String WRITE_DESCRIPTION = "Who may: see allowedActions of the issue detail.";

    @Inject
    IssueService issues;

    @Inject
    IssueIntake intake;

    @Inject
    IssueActions actions;

    @GET
    @Operation(
            operationId = "listIssues",
            summary = "Search issues the caller may see",
            description =
                    "A grid worker sees the issues of their grids and "
                            + "those they handle or answer for; a volunteer account only the issues given to the"
                            + " volunteer teams it leads. Sortable by receivedAt (default, newest first), dueAt, updatedAt, id.")
    public PageResult<IssueSummary> list(
            @QueryParam("areaId") @Parameter(description = "A community, grid or building") Long areaId,
            @QueryParam("status") @Parameter(description = "One or more states") List<IssueStatus> statuses,
            @QueryParam("categoryId") Long categoryId,
            @QueryParam("warning") @Parameter(description = "Open issues with this deadline mark") Warning warning,
            @QueryParam("talkDayId") Long talkDayId,
            @QueryParam("handlerId") Long handlerId,
            @QueryParam("involvingMe") @Parameter(description = "Only issues the caller handles or answers for")
                    Boolean involvingMe,
            @QueryParam("q")
                    @Parameter(
                            description = "Part of the description or address, or the beginning of the reporter's name")
                    String q,
            @QueryParam("receivedFrom") LocalDate receivedFrom,
            @QueryParam("receivedTo") @Parameter(description = "Inclusive") LocalDate receivedTo,
            @QueryParam("escalated") @Parameter(description = "Escalated to the sub-district (or not)")
                    Boolean escalated,
            @QueryParam("reopened")
                    @Parameter(description = "Reopened at least once by an unsatisfied answer (or never)")
                    Boolean reopened,
            @QueryParam("extensionPending")
                    @Parameter(description = "With an extension request waiting for a decision (or without)")
                    Boolean extensionPending,
            @Valid @BeanParam PageParams page) {
        return issues.list(
                new IssueFilter(
                        areaId,
                        statuses,
                        categoryId,
                        warning,
                        talkDayId,
                        handlerId,
                        involvingMe,
                        q,
                        receivedFrom,
                        receivedTo,
                        escalated,
                        reopened,
                        extensionPending),
                page);
    }

    @GET
    @Path("/attention")
    @PermissionsAllowed(Names.ISSUES_READ)
    @Operation(
            operationId = "getIssueAttention",
            summary = "The caller's overdue and due-soon issues (as handler or first-responsible person)",
            description =
                    "Open issues the caller handles or answers for (首问责任人) that are past their deadline or past their warning mark, earliest deadline first.")
    public Attention attention() {
        return issues.attention();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getIssue",
            summary = "An issue with its timeline, extensions, photos and the actions the caller may take now",
            description =
                    "allowedActions lists exactly the workflow steps the caller may take now; the screens offer only these.")
    @APIResponse(
            responseCode = "200",
            description = "The issue",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail get(@PathParam("id") long id) {
        return issues.get(id);
    }

    @POST
    @PermissionsAllowed(Names.ISSUES_WRITE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "createIssue",
            summary = "Take in an issue",
            description = "The deadline follows from the category's time limit in working days. "
                    + "The receiver (default: the caller) becomes the first-responsible person.")
    @APIResponse(
            responseCode = "201",
            description = "Received",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public Response create(@NotNull IssueCreate body, @Context UriInfo uri) {
        IssueDetail detail = intake.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(detail.issue().id()))
                        .build())
                .entity(detail)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.ISSUES_WRITE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "updateIssue",
            summary = "Correct an issue before work starts (If-Match required)",
            description = WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull IssueUpdate body) {
        return intake.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/accept")
    @PermissionsAllowed(Names.ISSUES_MANAGE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "acceptIssue",
            summary = "Accept (受理) a received issue",
            description = "RECEIVED becomes ACCEPTED; the optional comment goes to the timeline. " + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Accepted",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail accept(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = false, description = "An optional comment; the body may be absent") @Valid
                    CommentInput body) {
        return actions.accept(id, ifMatch, body == null ? null : body.comment());
    }

    @POST
    @Path("/{id}/reject")
    @PermissionsAllowed(Names.ISSUES_MANAGE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "rejectIssue",
            summary = "Reject a received issue, with the reason told to the resident",
            description = "RECEIVED becomes REJECTED; the reason is kept for the resident. " + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail reject(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonInput body) {
        return actions.reject(id, ifMatch, body.reason());
    }

    @POST
    @Path("/{id}/assign")
    @PermissionsAllowed(Names.ISSUES_MANAGE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "assignIssue",
            summary = "Assign (or re-assign) a handler working in the issue's community, or a volunteer team",
            description =
                    "The handler must be an enabled staff member working in the issue's community (400 naming handlerId otherwise); "
                            + "a volunteer team (handlerTeamId, instead of handlerId) must be active and of the issue's"
                            + " community or sub-district (400 naming handlerTeamId otherwise), a co-building unit"
                            + " (handlerUnitId) active and of the issue's sub-district (400 naming handlerUnitId"
                            + " otherwise; paired units are listed first by GET /api/cobuild-units/options). The team's"
                            + " leaders or the unit's liaisons then start and resolve the issue; the first-responsible"
                            + " person stays accountable. "
                            + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Assigned",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail assign(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AssignInput body) {
        return actions.assign(
                id, ifMatch, body.handlerId(), body.handlerTeamId(), body.handlerUnitId(), body.comment());
    }

    @GET
    @Path("/{id}/handler-teams")
    @PermissionsAllowed(Names.ISSUES_MANAGE)
    @Operation(
            operationId = "listIssueHandlerTeams",
            summary = "The volunteer teams the issue may be given to",
            description = "Active teams of the issue's community or of its sub-district, by name, with their current"
                    + " leaders and deputies (the choice offered when assigning).")
    public List<HandlerTeamOption> handlerTeams(@PathParam("id") long id) {
        return issues.handlerTeams(id);
    }

    @POST
    @Path("/{id}/start")
    @PermissionsAllowed({Names.ISSUES_WRITE, Names.ISSUES_HANDLE_AS_TEAM, Names.ISSUES_HANDLE_AS_UNIT})
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "startIssue",
            summary = "The handler starts work",
            description = TEAM_STEP + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "In progress",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail start(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = false, description = "An optional comment; the body may be absent") @Valid
                    CommentInput body) {
        return actions.start(id, ifMatch, body == null ? null : body.comment());
    }

    @POST
    @Path("/{id}/resolve")
    @PermissionsAllowed({Names.ISSUES_WRITE, Names.ISSUES_HANDLE_AS_TEAM, Names.ISSUES_HANDLE_AS_UNIT})
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "resolveIssue",
            summary = "The handler reports it resolved, saying how",
            description = TEAM_STEP + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Resolved",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail resolve(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RequiredComment body) {
        return actions.resolve(id, ifMatch, body.comment());
    }

    @POST
    @Path("/{id}/close")
    @PermissionsAllowed(Names.ISSUES_WRITE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "closeIssue",
            summary = "Record the resident's satisfaction",
            description = "Satisfied or basically satisfied closes the issue; "
                    + "unsatisfied reopens it for the handler (still on its original deadline). " + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Closed or reopened",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail close(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid FeedbackInput body) {
        return actions.feedback(id, ifMatch, body.satisfaction(), body.comment());
    }

    @POST
    @Path("/{id}/escalate")
    @PermissionsAllowed(Names.ISSUES_WRITE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "escalateIssue",
            summary = "Escalate to the sub-district, which then assigns it",
            description = WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Escalated",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail escalate(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonInput body) {
        return actions.escalate(id, ifMatch, body.reason());
    }

    @POST
    @Path("/{id}/transfer")
    @PermissionsAllowed(Names.ISSUES_WRITE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "transferIssue",
            summary = "Formally transfer first responsibility (首问责任) to another staff member",
            description = WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Transferred",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail transfer(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransferInput body) {
        return actions.transfer(id, ifMatch, body.toStaffId(), body.reason());
    }

    @POST
    @Path("/{id}/comments")
    @PermissionsAllowed({Names.ISSUES_WRITE, Names.ISSUES_HANDLE_AS_TEAM, Names.ISSUES_HANDLE_AS_UNIT})
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "commentOnIssue",
            summary = "Add a note to the timeline",
            description = "Allowed in every state; does not change the status and needs no If-Match. " + TEAM_STEP
                    + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Noted",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail comment(@PathParam("id") long id, @NotNull @Valid RequiredComment body) {
        return actions.comment(id, body.comment());
    }

    @POST
    @Path("/{id}/extensions")
    @PermissionsAllowed(Names.ISSUES_WRITE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "requestIssueExtension",
            summary = "Ask for more working days; the deadline moves only when a manager approves",
            description = "One pending request at a time (409 otherwise). " + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Requested",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail requestExtension(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ExtensionRequest body) {
        return actions.requestExtension(id, ifMatch, body.days(), body.reason());
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/approve")
    @PermissionsAllowed(Names.ISSUES_MANAGE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "approveIssueExtension",
            summary = "Approve an extension: the deadline moves by its working days",
            description =
                    "The deadline moves by the requested working days (skipping holidays); the old and new deadlines are recorded. "
                            + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Approved",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail approveExtension(
            @PathParam("id") long id,
            @PathParam("extensionId") long extensionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = false, description = "An optional comment; the body may be absent") @Valid
                    CommentInput body) {
        return actions.decideExtension(id, extensionId, ifMatch, true, body == null ? null : body.comment());
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/reject")
    @PermissionsAllowed(Names.ISSUES_MANAGE)
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "rejectIssueExtension",
            summary = "Refuse an extension, saying why",
            description = "The deadline stays; the comment tells the requester why. " + WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Refused",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail rejectExtension(
            @PathParam("id") long id,
            @PathParam("extensionId") long extensionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RequiredComment body) {
        return actions.decideExtension(id, extensionId, ifMatch, false, body.comment());
    }

    @POST
    @Path("/{id}/reveal-phone")
    @PermissionsAllowed(Names.ISSUES_WRITE)
    @Operation(
            operationId = "revealIssueReporterPhone",
            summary = "The reporter's phone number in plaintext; audited with the reason",
            description =
                    "The reason and the caller are written to the audit log (GET /api/audit). 409 when the reporter left no phone number.")
    public Revealed revealPhone(@PathParam("id") long id, @NotNull @Valid RevealReason body) {
        return actions.revealReporterPhone(id, body.reason().strip());
    }
}
