package com.gridwork.volunteer.activity;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityCalendarEntry;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityCancel;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityDetail;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityInput;
import com.gridwork.volunteer.activity.ActivityDtos.ActivitySummary;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityTeamOption;
import com.gridwork.volunteer.activity.ActivityService.Filter;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.YearMonth;
import java.util.List;

@Path("/api/activities")
@Tag(name = "Volunteer activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.ACTIVITIES_READ)
public class ActivityResource {
    static final String WHO_READS = "Staff see the activities in their scope (a grid worker those of the community"
            + " around their grid); a volunteer account the published, running and ended ones of its community and"
            + " every activity of a team it leads.";
    static final String WHO_ACTS = " Who may: see allowedActions of the detail (staff in scope, a leader of the"
            + " organising team); a wrong state is a 409 naming the current status.";

    @Inject
    ActivityService activities;

    @Inject
    ActivityActions actions;

    @GET
    @Operation(
            operationId = "listActivities",
            summary = "Search volunteer activities",
            description = WHO_READS + " Sortable by startsAt (default, latest first), title, status, id.")
    public PageResult<ActivitySummary> list(
            @QueryParam("q") @Parameter(description = "Part of the title") String q,
            @QueryParam("status") @Parameter(description = "One or more states") List<ActivityStatus> statuses,
            @QueryParam("teamId") @Parameter(description = "The organising team") Long teamId,
            @QueryParam("category") @Parameter(description = "A VOLUNTEER_ACTIVITY_CATEGORY code") String category,
            @QueryParam("communityId") @Parameter(description = "A sub-district, community or grid") Long communityId,
            @QueryParam("from") @Parameter(description = "Activities still running on or after this day")
                    LocalDate from,
            @QueryParam("to") @Parameter(description = "Activities starting on or before this day (inclusive)")
                    LocalDate to,
            @QueryParam("led") @Parameter(description = "Only the activities of the teams the caller leads")
                    Boolean led,
            @Valid @BeanParam PageParams page) {
        return activities.list(
                new Filter(q, statuses, teamId, category, communityId, from, to, Boolean.TRUE.equals(led)), page);
    }

    @GET
    @Path("/calendar")
    @Operation(
            operationId = "getActivityCalendar",
            summary = "The sessions of a month (Beijing time), for the calendar",
            description = WHO_READS + " One entry per session overlapping the month, in start order; at most "
                    + ActivityService.CALENDAR_LIMIT + ".")
    public List<ActivityCalendarEntry> calendar(
            @QueryParam("month")
                    @NotNull
                    @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])")
                    @Parameter(required = true, description = "e.g. 2026-12")
                    String month,
            @QueryParam("q") String q,
            @QueryParam("status") List<ActivityStatus> statuses,
            @QueryParam("teamId") Long teamId,
            @QueryParam("category") String category,
            @QueryParam("communityId") Long communityId) {
        return activities.calendar(
                YearMonth.parse(month), new Filter(q, statuses, teamId, category, communityId, null, null, false));
    }

    @GET
    @Path("/teams")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "listActivityTeams",
            summary = "The teams the caller may organise activities for",
            description =
                    "Active teams in the caller's scope (or of the sub-district above it); for a volunteer account"
                            + " the teams it leads.")
    public List<ActivityTeamOption> teams() {
        return activities.teams();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getActivity",
            summary = "An activity with its sessions, posts (places taken) and the steps the caller may take",
            description = WHO_READS)
    public ActivityDetail get(@PathParam("id") long id) {
        return activities.get(id);
    }

    @POST
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "createActivity",
            summary = "Create an activity (a draft) with its sessions and posts",
            description = "Street-admins and community staff for a team and community in their scope; a volunteer"
                    + " account for a team it leads (another team: 400 naming teamId).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ActivityDetail.class)))
    public Response create(@NotNull ActivityInput body, @Context UriInfo uri) {
        ActivityDetail detail = activities.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(detail.activity().id()))
                        .build())
                .entity(detail)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "updateActivity",
            summary = "Rewrite an activity, its sessions and posts (If-Match required)",
            description = "Draft or published. Once published the team and community stay; a post's capacity may grow"
                    + " but not drop below its accepted sign-ups; a session with sign-ups keeps its times; a post or"
                    + " session with sign-ups cannot be removed (409)." + WHO_ACTS)
    public ActivityDetail update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull ActivityInput body) {
        return activities.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/publish")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "publishActivity",
            summary = "Publish a draft: the community's volunteers see it and may sign up",
            description = WHO_ACTS)
    public ActivityDetail publish(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch) {
        return actions.step(id, ifMatch, ActivityAction.PUBLISH);
    }

    @POST
    @Path("/{id}/start")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "startActivity",
            summary = "Mark a published activity in progress (the clock does at its first start)",
            description = WHO_ACTS)
    public ActivityDetail start(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch) {
        return actions.step(id, ifMatch, ActivityAction.START);
    }

    @POST
    @Path("/{id}/end")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "endActivity",
            summary = "Mark an activity in progress ended (the clock does after its last end)",
            description = WHO_ACTS)
    public ActivityDetail end(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch) {
        return actions.step(id, ifMatch, ActivityAction.END);
    }

    @POST
    @Path("/{id}/close")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "closeActivity",
            summary = "Close an ended activity once all its hours are settled",
            description = "409 while any of its hours entries waits for confirmation (SUBMITTED)." + WHO_ACTS)
    public ActivityDetail close(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch) {
        return actions.step(id, ifMatch, ActivityAction.CLOSE);
    }

    @POST
    @Path("/{id}/cancel")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "cancelActivity",
            summary = "Cancel an activity with a reason",
            description = "From draft, published or in progress. Every live sign-up is cancelled and each volunteer"
                    + " who had signed up is told in-app." + WHO_ACTS)
    public ActivityDetail cancel(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull @Valid ActivityCancel body) {
        return actions.cancel(id, ifMatch, body.reason());
    }
}
