package com.gridwork.calendar;

import com.gridwork.access.Permission.Names;
import com.gridwork.calendar.CalendarDtos.CalendarSubDistrict;
import com.gridwork.calendar.CalendarDtos.CalendarYearSummary;
import com.gridwork.calendar.CalendarDtos.CalendarYearUpdate;
import com.gridwork.calendar.CalendarDtos.CalendarYearView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/calendar")
@Tag(
        name = "Working calendar",
        description =
                "Public holidays and adjusted working weekends (调休) that deadlines in working days skip or count. "
                        + "There is a platform default, written by a street-admin of the whole platform, and each sub-district may enter its own "
                        + "version of a year (a local holiday, another adjusted working day), written by its street-admins; a sub-district without "
                        + "its own entry for a year follows the platform default's. Deadlines of an issue count on the calendar of its sub-district.")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.CALENDAR_READ)
public class CalendarResource {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String SUB_DISTRICT =
            "The sub-district whose calendar is meant; omit it for the platform default. "
                    + "404 for a sub-district outside your scope.";

    @Inject
    CalendarService calendar;

    @GET
    @Path("/sub-districts")
    @Operation(
            operationId = "listCalendarSubDistricts",
            summary = "The sub-districts whose calendars you may read, and whether you may write each",
            description =
                    "A street-admin of the whole platform gets every sub-district; everyone else the sub-districts their scope lies in.")
    public List<CalendarSubDistrict> subDistricts() {
        return calendar.subDistricts();
    }

    @GET
    @Path("/years")
    @Operation(
            operationId = "listCalendarYears",
            summary = "The years entered in a calendar, with their counts",
            description =
                    "For a sub-district: its own years and the platform default's years it follows (inherited=true), one row per year.")
    @APIResponse(
            responseCode = "200",
            description = "The years, in order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CalendarYearSummary.class)))
    @APIResponse(
            responseCode = "404",
            description = "The sub-district is outside your scope",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public List<CalendarYearSummary> years(
            @QueryParam("subDistrictId") @Parameter(description = SUB_DISTRICT) Long subDistrictId) {
        return calendar.years(subDistrictId);
    }

    @GET
    @Path("/{year}")
    @Operation(
            operationId = "getCalendarYear",
            summary = "One year's holidays and adjusted working days, as deadlines in that calendar count them",
            description =
                    "A sub-district without its own entry for the year answers the platform default's days with inherited=true and "
                            + "version 0 (so a PUT with If-Match \"0\" starts its own; an entered year's version starts at 1). A year not entered yet answers configured=false and no days: "
                            + "Monday to Friday count as working days.")
    @APIResponse(
            responseCode = "200",
            description = "The year",
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    public CalendarYearView get(
            @PathParam("year") @Min(2000) @Max(2100) int year,
            @QueryParam("subDistrictId") @Parameter(description = SUB_DISTRICT) Long subDistrictId) {
        return calendar.get(subDistrictId, year);
    }

    @PUT
    @Path("/{year}")
    @PermissionsAllowed(Names.CALENDAR_EDIT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveCalendarYear",
            summary =
                    "Enter or replace a year's holidays and adjusted working days (If-Match required once the year exists)",
            description =
                    "The list replaces the stored one. Dates must lie in the year, once each; ADJUSTED_WORKDAY only on a Saturday or Sunday; "
                            + "a HOLIDAY needs a name. Without subDistrictId this writes the platform default: a street-admin of the whole platform only "
                            + "(403 for a scoped one). With it, the sub-district's own year, complete (start from the default's days), which from then on "
                            + "applies there instead of the default's.")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    public CalendarYearView save(
            @PathParam("year") @Min(2000) @Max(2100) int year,
            @QueryParam("subDistrictId") @Parameter(description = SUB_DISTRICT) Long subDistrictId,
            @HeaderParam(HttpHeaders.IF_MATCH)
                    @Parameter(description = "The ETag from GET; not needed for a year not entered yet")
                    String ifMatch,
            @NotNull CalendarYearUpdate body) {
        return calendar.save(subDistrictId, year, ifMatch, body);
    }

    @DELETE
    @Path("/{year}")
    @PermissionsAllowed(Names.CALENDAR_EDIT)
    @Operation(
            operationId = "dropCalendarYear",
            summary =
                    "Drop a sub-district's own year, so that it follows the platform default's year again (If-Match required)",
            description =
                    "Only a sub-district's own year can be dropped (subDistrictId is required); deadlines already set stay as they are.")
    @APIResponse(responseCode = "204", description = "Dropped")
    @APIResponse(
            responseCode = "404",
            description = "The sub-district is outside your scope, or has no year of its own to drop",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match names an outdated version",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public void drop(
            @PathParam("year") @Min(2000) @Max(2100) int year,
            @QueryParam("subDistrictId")
                    @NotNull
                    @Parameter(required = true, description = "The sub-district whose own year is dropped")
                    Long subDistrictId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch) {
        calendar.drop(subDistrictId, year, ifMatch);
    }
}
