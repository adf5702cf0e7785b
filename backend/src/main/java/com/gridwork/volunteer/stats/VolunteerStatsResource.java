package com.gridwork.volunteer.stats;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.i18n.Messages;
import com.gridwork.volunteer.stats.VolunteerStatsDtos.VolunteerRanking;
import com.gridwork.volunteer.stats.VolunteerStatsDtos.VolunteerStats;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/volunteer-stats")
@Tag(name = "Volunteers")
@PermissionsAllowed(Names.VOLUNTEER_STATS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerStatsResource {
    @Inject
    VolunteerStatsService stats;

    @Inject
    Messages messages;

    @GET
    @Operation(
            operationId = "getVolunteerStats",
            summary = "Volunteer-service figures of an area and a period, by community, team and category, with the"
                    + " report line",
            description = "Only confirmed ledger hours count. " + VolunteerStatsDefinitions.DEFINITIONS + " "
                    + VolunteerStatsDefinitions.PERIOD)
    public VolunteerStats get(
            @QueryParam("from") @Parameter(required = true, example = "2026-01-01") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-11-30") LocalDate to,
            @QueryParam("areaId") @Parameter(description = "A sub-district or community (default: the caller's scope)")
                    Long areaId,
            @Context HttpHeaders headers) {
        return stats.stats(from, to, areaId, messages.localeOf(headers));
    }

    @GET
    @Path("/ranking")
    @Operation(
            operationId = "getVolunteerRanking",
            summary = "Volunteers of an area by confirmed hours in a period (the top N)",
            description = VolunteerStatsDefinitions.RANKING + " " + VolunteerStatsDefinitions.PERIOD)
    public VolunteerRanking ranking(
            @QueryParam("from") @Parameter(required = true) LocalDate from,
            @QueryParam("to") @Parameter(required = true) LocalDate to,
            @QueryParam("areaId") Long areaId,
            @QueryParam("limit") @Parameter(description = "1 to 100; 20 when absent") Integer limit) {
        return stats.ranking(from, to, areaId, limit);
    }
}
