package com.gridwork.volunteer.hours;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.volunteer.hours.HoursDtos.DecisionInput;
import com.gridwork.volunteer.hours.HoursDtos.DecisionResult;
import com.gridwork.volunteer.hours.HoursDtos.MonthLockInput;
import com.gridwork.volunteer.hours.HoursDtos.MonthLockView;
import com.gridwork.volunteer.hours.HoursDtos.ReversalInput;
import com.gridwork.volunteer.hours.HoursDtos.ReversalResult;
import com.gridwork.volunteer.hours.HoursDtos.StarLevelsUpdate;
import com.gridwork.volunteer.hours.HoursDtos.StarLevelsView;
import com.gridwork.volunteer.hours.HoursDtos.VolunteerHoursQueueGroup;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The confirmation queue, decisions, reversals, month locks and star thresholds of the hours ledger. */
@Path("/api/volunteer-hours")
@Tag(
        name = "Volunteer hours",
        description = "The append-only hours ledger (志愿服务时长): entries are submitted, then confirmed or rejected once;"
                + " a confirmed entry is undone only by a reversal; a locked month takes no new entries or decisions."
                + " Only confirmed minutes count anywhere.")
@Produces(MediaType.APPLICATION_JSON)
public class HoursResource {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Inject
    HoursService hours;

    @GET
    @Path("/queue")
    @PermissionsAllowed(Names.HOURS_CONFIRM)
    @Operation(
            operationId = "listVolunteerHoursQueue",
            summary = "Submitted entries in your scope waiting for a decision, grouped by volunteer",
            description = "Groups come oldest waiting service date first; each carries its entries.")
    public PageResult<VolunteerHoursQueueGroup> queue(
            @QueryParam("communityId") @Parameter(description = "A sub-district or community in your scope")
                    Long communityId,
            @QueryParam("activityId") @Parameter(description = "The entries of one activity in your scope")
                    Long activityId,
            @QueryParam("source") HoursSource source,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParams page) {
        return hours.queue(communityId, activityId, source, from, to, page);
    }

    @POST
    @Path("/decisions")
    @PermissionsAllowed(Names.HOURS_CONFIRM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideVolunteerHours",
            summary = "Confirm or reject submitted entries in bulk",
            description =
                    "An id outside your scope is a 400 naming it (entryIds[i]). Entries already decided, or dated in a"
                            + " locked month, are listed under skipped with the reason; the others are decided.")
    public DecisionResult decide(@NotNull DecisionInput body) {
        return hours.decide(body);
    }

    @POST
    @Path("/{id}/reversal")
    @PermissionsAllowed(Names.HOURS_CONFIRM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reverseVolunteerHours",
            summary =
                    "Reverse a confirmed entry (a new confirmed row of negated minutes), optionally with a correction",
            description = "A correction is the reversal plus a new submitted entry, in one call. 409 for an entry not"
                    + " confirmed, already reversed or itself a reversal, or when the reversal's month is locked.")
    @APIResponse(
            responseCode = "201",
            description = "Reversed",
            content = @Content(schema = @Schema(implementation = ReversalResult.class)))
    @APIResponse(
            responseCode = "409",
            description = "The entry cannot be reversed, or the month is locked",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Response reverse(@PathParam("id") long id, @NotNull ReversalInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(hours.reverse(id, body))
                .build();
    }

    @GET
    @Path("/month-locks")
    @PermissionsAllowed(Names.HOURS_READ)
    @Operation(
            operationId = "listVolunteerHoursMonthLocks",
            summary = "Locked months of the sub-districts you work in, newest first",
            description = "With subDistrictId, that sub-district's only (404 outside your scope).")
    @APIResponse(
            responseCode = "200",
            description = "The locks",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MonthLockView.class)))
    public List<MonthLockView> monthLocks(@QueryParam("subDistrictId") Long subDistrictId) {
        return hours.monthLocks(subDistrictId);
    }

    @POST
    @Path("/month-locks")
    @PermissionsAllowed(Names.HOURS_LOCK)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "lockVolunteerHoursMonth",
            summary = "Lock a month that has ended in a sub-district",
            description = "Afterwards no entry dated in it can be created or decided; corrections go through reversals"
                    + " dated in an open month. A lock is final (there is no unlock). 409 when already locked.")
    @APIResponse(
            responseCode = "201",
            description = "Locked",
            content = @Content(schema = @Schema(implementation = MonthLockView.class)))
    public Response lock(@NotNull MonthLockInput body) {
        return Response.status(Response.Status.CREATED).entity(hours.lock(body)).build();
    }

    @GET
    @Path("/star-levels")
    @PermissionsAllowed(Names.HOURS_READ)
    @Operation(
            operationId = "getVolunteerStarLevels",
            summary = "A sub-district's star thresholds (its own, or the platform defaults it follows)",
            description =
                    "version is 0 while the sub-district follows the defaults (a PUT with If-Match \"0\" starts its own).")
    public StarLevelsView starLevels(@QueryParam("subDistrictId") @NotNull Long subDistrictId) {
        return hours.starLevels(subDistrictId);
    }

    @PUT
    @Path("/star-levels")
    @PermissionsAllowed(Names.HOURS_STARS_MANAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveVolunteerStarLevels",
            summary = "Set a sub-district's own star thresholds (If-Match once it has its own)",
            description = "Hours for star 1, 2, ... (one to five), each greater than the one before.")
    public StarLevelsView saveStarLevels(
            @QueryParam("subDistrictId") @NotNull Long subDistrictId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET") String ifMatch,
            @NotNull StarLevelsUpdate body) {
        return hours.saveStarLevels(subDistrictId, ifMatch, body);
    }
}
