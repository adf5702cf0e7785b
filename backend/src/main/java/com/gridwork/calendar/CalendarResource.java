package com.gridwork.calendar;

import com.gridwork.calendar.CalendarDtos.CalendarYearSummary;
import com.gridwork.calendar.CalendarDtos.CalendarYearUpdate;
import com.gridwork.calendar.CalendarDtos.CalendarYearView;
import com.gridwork.common.http.ETags;
import com.gridwork.staff.StaffRole.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calendar")
@Tag(name = "Working calendar", description = "Public holidays and adjusted working weekends (调休) that deadlines in working days skip or count")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STREET_ADMIN, Roles.COMMUNITY_STAFF, Roles.GRID_WORKER, Roles.VOLUNTEER, Roles.UNIT_LIAISON, Roles.VIEWER})
public class CalendarResource {
    @Inject
    CalendarService calendar;

    @GET
    @Path("/years")
    @Operation(operationId = "listCalendarYears", summary = "The years whose holidays have been entered, with their counts",
            description = "One entry per entered year, earliest first, with its numbers of holidays and adjusted working days. A year not listed counts Monday to Friday as working days.")
    public List<CalendarYearSummary> years() {
        return calendar.years();
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getCalendarYear", summary = "One year's holidays and adjusted working days",
            description = "A year not entered yet answers configured=false and no days: Monday to Friday count as working days.")
    @APIResponse(responseCode = "200", description = "The year", headers = @Header(name = "ETag", description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    public Response get(@PathParam("year") @Min(2000) @Max(2100) int year) {
        CalendarYearView view = calendar.get(year);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.STREET_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveCalendarYear", summary = "Enter or replace a year's holidays and adjusted working days (If-Match required once the year exists)",
            description = "The list replaces the stored one. Dates must lie in the year, once each; ADJUSTED_WORKDAY only on a Saturday or Sunday; a HOLIDAY needs a name.")
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    public Response save(@PathParam("year") @Min(2000) @Max(2100) int year,
                         @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET; not needed for a year not entered yet") String ifMatch,
                         @NotNull @Valid CalendarYearUpdate body) {
        CalendarYearView view = calendar.save(year, ifMatch, body);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
