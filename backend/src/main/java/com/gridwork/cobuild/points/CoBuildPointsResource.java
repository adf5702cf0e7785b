package com.gridwork.cobuild.points;

import com.gridwork.access.Permission.Names;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsAdjustment;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsEntryView;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsMonthLockInput;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsMonthLockView;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsRanking;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsReverse;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** Units' points (共建积分): the append-only ledger, adjustments, reversals, month locks and the ranking. */
@Path("/api/cobuild-points")
@Tag(
        name = "Co-building points",
        description = "A unit's points, append-only: PROJECT_COMPLETED and TIMELY_CLAIM_BONUS when its projects are"
                + " accepted, ADJUSTMENT with a reason, REVERSAL of an entry (once). A locked month takes no entry"
                + " dated in it. A unit-liaison account reads its own unit's entries.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.COBUILD_POINTS_READ)
public class CoBuildPointsResource {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Inject
    CoBuildPointsService points;

    @GET
    @Operation(
            operationId = "listCoBuildPoints",
            summary = "Points entries of the units of your sub-district (or of one unit); a liaison its unit's",
            description = "Newest earnedOn first; from and to bound earnedOn (inclusive).")
    public PageResult<CoBuildPointsEntryView> list(
            @QueryParam("unitId") Long unitId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParams page) {
        return points.entries(unitId, from, to, page);
    }

    @POST
    @Path("/adjustments")
    @PermissionsAllowed(Names.COBUILD_POINTS_MANAGE)
    @Operation(
            operationId = "adjustCoBuildPoints",
            summary = "Add or take away a unit's points with a reason",
            description = "409 when earnedOn lies in a locked month.")
    @APIResponse(
            responseCode = "201",
            description = "Appended",
            content = @Content(schema = @Schema(implementation = CoBuildPointsEntryView.class)))
    public Response adjust(@NotNull CoBuildPointsAdjustment body) {
        return Response.status(Response.Status.CREATED)
                .entity(points.adjust(body))
                .build();
    }

    @POST
    @Path("/{id}/reverse")
    @PermissionsAllowed(Names.COBUILD_POINTS_MANAGE)
    @Operation(
            operationId = "reverseCoBuildPoints",
            summary = "Reverse an entry once: a new entry of the negated points, dated today",
            description = "409 for a reversal, an entry already reversed, or when this month is locked.")
    @APIResponse(
            responseCode = "201",
            description = "The reversal",
            content = @Content(schema = @Schema(implementation = CoBuildPointsEntryView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already reversed, a reversal itself, or the month is locked",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Response reverse(@PathParam("id") long id, @NotNull CoBuildPointsReverse body) {
        return Response.status(Response.Status.CREATED)
                .entity(points.reverse(id, body))
                .build();
    }

    @GET
    @Path("/month-locks")
    @Operation(
            operationId = "listCoBuildPointsMonthLocks",
            summary = "Locked months of the sub-districts you work in, newest first",
            description = "With subDistrictId, that sub-district's only (404 outside your scope).")
    @APIResponse(
            responseCode = "200",
            description = "The locks",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = CoBuildPointsMonthLockView.class)))
    public List<CoBuildPointsMonthLockView> monthLocks(@QueryParam("subDistrictId") Long subDistrictId) {
        return points.monthLocks(subDistrictId);
    }

    @POST
    @Path("/month-locks")
    @PermissionsAllowed(Names.COBUILD_POINTS_MANAGE)
    @Operation(
            operationId = "lockCoBuildPointsMonth",
            summary = "Lock a month that has ended in a sub-district",
            description = "Afterwards no entry dated in it can be appended (adjustments, reversals, project points):"
                    + " 409. A lock is final. 409 when already locked.")
    @APIResponse(
            responseCode = "201",
            description = "Locked",
            content = @Content(schema = @Schema(implementation = CoBuildPointsMonthLockView.class)))
    public Response lock(@NotNull CoBuildPointsMonthLockInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(points.lock(body))
                .build();
    }

    @GET
    @Path("/ranking")
    @Operation(
            operationId = "getCoBuildPointsRanking",
            summary = "Units ranked by points earned in a period",
            description = "The units of the sub-district of areaId (default: yours): the sum of each unit's entries"
                    + " with earnedOn in [from, to] (default: this year to today), reversals included; ACTIVE units"
                    + " without entries count 0; equal points share a rank and are ordered by name.")
    public CoBuildPointsRanking ranking(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("areaId") @Parameter(description = "An area in or around your scope") Long areaId) {
        return points.ranking(from, to, areaId);
    }
}
