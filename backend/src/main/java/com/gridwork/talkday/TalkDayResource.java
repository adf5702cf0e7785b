package com.gridwork.talkday;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.talkday.TalkDayDtos.TalkDayCreate;
import com.gridwork.talkday.TalkDayDtos.TalkDayDetail;
import com.gridwork.talkday.TalkDayDtos.TalkDaySummary;
import com.gridwork.talkday.TalkDayDtos.TalkDayUpdate;
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

@Path("/api/talk-days")
@Tag(name = "Talk days")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Volunteers and unit liaisons help at the sessions of their communities: they read the schedule (not attendance or
// minutes, see TalkDayService.detail).
@PermissionsAllowed(Names.TALK_DAYS_READ)
public class TalkDayResource {

    @Inject
    TalkDayService talkDays;

    @GET
    @Operation(
            operationId = "listTalkDays",
            summary = "Talk-day sessions of the communities the caller works in",
            description = "Sortable by date, id.")
    public PageResult<TalkDaySummary> list(
            @QueryParam("areaId") @Parameter(description = "A sub-district or community") Long areaId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("status") TalkDayStatus status,
            @Valid @BeanParam PageParams page) {
        return talkDays.list(areaId, from, to, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getTalkDay",
            summary = "A session with its attendance and minutes",
            description =
                    "Includes the number of issues raised at it. Volunteers and unit liaisons get the session without "
                            + "attendees and minutes (both null).")
    @APIResponse(
            responseCode = "200",
            description = "The session",
            content = @Content(schema = @Schema(implementation = TalkDayDetail.class)))
    public TalkDayDetail get(@PathParam("id") long id) {
        return talkDays.get(id);
    }

    @POST
    @PermissionsAllowed(Names.TALK_DAYS_MANAGE)
    @Operation(
            operationId = "createTalkDay",
            summary = "Schedule a talk day",
            description =
                    "A session (居民说事日) of one community in the caller's scope: date, time, place, topic and hosts; it starts PLANNED.")
    @APIResponse(
            responseCode = "201",
            description = "Scheduled",
            content = @Content(schema = @Schema(implementation = TalkDayDetail.class)))
    public Response create(@NotNull TalkDayCreate body, @Context UriInfo uri) {
        TalkDayDetail detail = talkDays.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(detail.talkDay().id()))
                        .build())
                .entity(detail)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.TALK_DAYS_MANAGE)
    @Operation(
            operationId = "updateTalkDay",
            summary = "Reschedule, record attendance and minutes, mark held or cancelled (If-Match required)",
            description =
                    "The community cannot change; a session at which issues were raised cannot be cancelled (409).")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = TalkDayDetail.class)))
    public TalkDayDetail update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull TalkDayUpdate body) {
        return talkDays.update(id, ifMatch, body);
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Names.TALK_DAYS_MANAGE)
    @Operation(
            operationId = "deleteTalkDay",
            summary = "Delete a session that has no issues",
            description = "Refused (409) once an issue was raised at it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        talkDays.delete(id);
    }
}
