package com.gridwork.volunteer.hours;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.volunteer.hours.HoursDtos.EntryInput;
import com.gridwork.volunteer.hours.HoursDtos.EntryView;
import com.gridwork.volunteer.hours.HoursDtos.Ledger;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A volunteer's hours ledger, for staff whose scope covers the volunteer. */
@Path("/api/volunteers/{id}/hours")
@Tag(name = "Volunteer hours")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerLedgerResource {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Inject
    HoursService hours;

    @GET
    @PermissionsAllowed(Names.HOURS_READ)
    @Operation(
            operationId = "getVolunteerLedger",
            summary = "A volunteer's hours: totals by status, star level and the ledger, newest service date first",
            description = "404 for a volunteer outside your scope.")
    public Ledger ledger(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return hours.ledger(id, page);
    }

    @POST
    @PermissionsAllowed(Names.HOURS_CONFIRM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "backfillVolunteerHours",
            summary = "Back-fill hours for a volunteer (a SUBMITTED entry, to be confirmed in the queue)",
            description = "The service date must not lie ahead, nor in a locked month (409).")
    @APIResponse(
            responseCode = "201",
            description = "Entered",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The service date's month is locked",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Response backfill(@PathParam("id") long id, @NotNull EntryInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(hours.backfill(id, body))
                .build();
    }
}
