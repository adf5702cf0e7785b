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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A volunteer account's own hours: nobody else's. */
@Path("/api/volunteers/me/hours")
@Tag(name = "Volunteer hours")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.HOURS_REPORT)
public class MyHoursResource {
    @Inject
    HoursService hours;

    @GET
    @Operation(
            operationId = "getMyVolunteerLedger",
            summary = "My hours (我的时长): totals, star level with the next star's threshold, and my ledger",
            description = "403 for an account that is not linked to a volunteer profile.")
    public Ledger ledger(@Valid @BeanParam PageParams page) {
        return hours.myLedger(page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reportVolunteerHours",
            summary = "Report my own service with evidence (a SUBMITTED self-report for staff to confirm)",
            description = "Evidence (text or a link) is required; the month must be open (409 otherwise).")
    @APIResponse(
            responseCode = "201",
            description = "Reported",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    public Response report(@NotNull EntryInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(hours.report(body))
                .build();
    }
}
