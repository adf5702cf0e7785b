package com.gridwork.volunteer.team;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamCreate;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamDetail;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamDissolve;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamMemberAdd;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamMemberLeave;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamMemberRole;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamSummary;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamUpdate;
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

@Path("/api/volunteer-teams")
@Tag(name = "Volunteer teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.VOLUNTEERS_READ)
public class VolunteerTeamResource {
    @Inject
    VolunteerTeamService teams;

    @GET
    @Operation(
            operationId = "listVolunteerTeams",
            summary = "Volunteer teams of the caller's areas and of the areas above, with current member counts",
            description = "Ordered by name; sortable by name, foundedOn, createdAt, updatedAt.")
    public PageResult<VolunteerTeamSummary> list(
            @QueryParam("q") @Parameter(description = "Part of the team's name") String q,
            @QueryParam("areaId") @Parameter(description = "Teams of this community or sub-district") Long areaId,
            @QueryParam("typeCode") @Parameter(description = "A VOLUNTEER_TEAM_TYPE code") String typeCode,
            @QueryParam("status") TeamStatus status,
            @Valid @BeanParam PageParams page) {
        return teams.list(q, areaId, typeCode, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getVolunteerTeam",
            summary = "One team with its members, current and past",
            description = "Current members first (leaders, deputies, members), then those who left, with their dates.")
    @APIResponse(
            responseCode = "200",
            description = "The team",
            content = @Content(schema = @Schema(implementation = VolunteerTeamDetail.class)))
    public VolunteerTeamDetail get(@PathParam("id") long id) {
        return teams.get(id);
    }

    @POST
    @PermissionsAllowed(Names.VOLUNTEER_TEAMS_MANAGE)
    @Operation(
            operationId = "createVolunteerTeam",
            summary = "Found a team of a community or of a sub-district",
            description = "The type is a VOLUNTEER_TEAM_TYPE code of the area's sub-district.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = VolunteerTeamDetail.class)))
    public Response create(@NotNull VolunteerTeamCreate body, @Context UriInfo uri) {
        VolunteerTeamDetail detail = teams.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(detail.team().id()))
                        .build())
                .entity(detail)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.VOLUNTEER_TEAMS_MANAGE)
    @Operation(
            operationId = "updateVolunteerTeam",
            summary = "Change a team's name, type, dates and description (If-Match required)",
            description = "The team's area does not change.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = VolunteerTeamDetail.class)))
    public VolunteerTeamDetail update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull VolunteerTeamUpdate body) {
        return teams.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/dissolve")
    @PermissionsAllowed(Names.VOLUNTEER_TEAMS_MANAGE)
    @Operation(
            operationId = "dissolveVolunteerTeam",
            summary = "Dissolve a team, with a reason",
            description = "Every current membership ends that day. 409 when dissolved already.")
    @APIResponse(
            responseCode = "200",
            description = "Dissolved",
            content = @Content(schema = @Schema(implementation = VolunteerTeamDetail.class)))
    public VolunteerTeamDetail dissolve(@PathParam("id") long id, @NotNull VolunteerTeamDissolve body) {
        return teams.dissolve(id, body);
    }

    @POST
    @Path("/{id}/members")
    @PermissionsAllowed(Names.VOLUNTEER_TEAMS_MANAGE)
    @Operation(
            operationId = "addVolunteerTeamMember",
            summary = "Add a volunteer of the team's area with a role (leader, deputy, member)",
            description = "One current membership per volunteer and team: a second is a 409 naming the current one.")
    @APIResponse(
            responseCode = "200",
            description = "The team",
            content = @Content(schema = @Schema(implementation = VolunteerTeamDetail.class)))
    public VolunteerTeamDetail addMember(@PathParam("id") long id, @NotNull VolunteerTeamMemberAdd body) {
        return teams.addMember(id, body);
    }

    @PUT
    @Path("/{id}/members/{membershipId}")
    @PermissionsAllowed(Names.VOLUNTEER_TEAMS_MANAGE)
    @Operation(
            operationId = "changeVolunteerTeamMemberRole",
            summary = "Change a current member's role",
            description = "409 when the membership has ended.")
    @APIResponse(
            responseCode = "200",
            description = "The team",
            content = @Content(schema = @Schema(implementation = VolunteerTeamDetail.class)))
    public VolunteerTeamDetail changeRole(
            @PathParam("id") long id,
            @PathParam("membershipId") long membershipId,
            @NotNull VolunteerTeamMemberRole body) {
        return teams.changeRole(id, membershipId, body);
    }

    @POST
    @Path("/{id}/members/{membershipId}/leave")
    @PermissionsAllowed(Names.VOLUNTEER_TEAMS_MANAGE)
    @Operation(
            operationId = "leaveVolunteerTeam",
            summary = "End a membership on a date, with a reason",
            description = "The membership stays on record. 409 when it has ended already.")
    @APIResponse(
            responseCode = "200",
            description = "The team",
            content = @Content(schema = @Schema(implementation = VolunteerTeamDetail.class)))
    public VolunteerTeamDetail leave(
            @PathParam("id") long id,
            @PathParam("membershipId") long membershipId,
            @Valid VolunteerTeamMemberLeave body) {
        return teams.leave(id, membershipId, body);
    }
}
