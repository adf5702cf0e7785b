package com.gridwork.partybuilding;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.http.ContentDisposition;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStats;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Locale;

@Path("/api/party-building/stats")
@Tag(name = "Party building statistics")
@PermissionsAllowed(Names.PARTY_BUILDING_STATS_READ)
public class PartyBuildingStatsResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PartyBuildingStatsService stats;

    @Inject
    PartyBuildingStatsExport export;

    @Inject
    Messages messages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getPartyBuildingStats",
            summary = "Party-building and co-building figures of an area and a period, with the two report lines",
            description = PartyBuildingDefinitions.DEFINITIONS + " " + PartyBuildingDefinitions.PERIOD)
    public PartyBuildingStats get(
            @QueryParam("from") @Parameter(example = "2026-01-01", description = "Default: January 1 of this year")
                    LocalDate from,
            @QueryParam("to") @Parameter(example = "2026-12-31", description = "Default: December 31 of this year")
                    LocalDate to,
            @QueryParam("areaId")
                    @Parameter(description = "A sub-district, community or grid (default: the caller's scope)")
                    Long areaId,
            @Context HttpHeaders headers) {
        return stats.stats(from, to, areaId, messages.localeOf(headers));
    }

    @GET
    @Path("/export.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "exportPartyBuildingStats",
            summary = "The same figures as an .xlsx workbook: figures with the report lines, breakdowns, definitions",
            description = PartyBuildingDefinitions.PERIOD)
    @APIResponse(
            responseCode = "200",
            description = "The workbook. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            headers = @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("areaId") Long areaId,
            @Context HttpHeaders headers) {
        Locale locale = messages.localeOf(headers);
        PartyBuildingStats result = stats.stats(from, to, areaId, locale);
        StreamingOutput body = out -> export.write(result, locale, out);
        String name = result.from() + "_" + result.to();
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(
                                messages.get(locale, "party-building.file-name", name) + ".xlsx",
                                "party-building-stats-" + name + ".xlsx"))
                .build();
    }
}
