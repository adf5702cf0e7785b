package com.gridwork.issue.stats;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.http.ContentDisposition;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.issue.stats.IssueStatsDtos.IssueStats;
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

@Path("/api/issues/stats")
@Tag(name = "Issues")
@PermissionsAllowed(Names.ISSUES_READ)
public class IssueStatsResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DEFINITIONS =
            "Counts are over issues received in the period (by their state now); the on-time "
                    + "rate is over every issue due in the period whose deadline has passed or that is resolved, open overdue ones "
                    + "counting as late; satisfaction counts every answer given, including unsatisfied ones that reopened an issue. "
                    + "Days are China Standard Time; `to` is inclusive; at most 366 days.";

    @Inject
    IssueStatsService stats;

    @Inject
    IssueStatsExport export;

    @Inject
    Messages messages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getIssueStats",
            summary = "Issue statistics for a period in the caller's scope, by category, community and grid",
            description = DEFINITIONS)
    public IssueStats get(
            @QueryParam("from") @Parameter(required = true, example = "2026-11-01") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-11-30") LocalDate to,
            @QueryParam("areaId") @Parameter(description = "A community or grid within the caller's scope") Long areaId,
            @Context HttpHeaders headers) {
        return stats.stats(from, to, areaId, messages.localeOf(headers));
    }

    @GET
    @Path("/export")
    @Produces({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "exportIssueStats",
            summary = "The same statistics as an .xlsx workbook, with the definitions",
            description = DEFINITIONS)
    @APIResponse(
            responseCode = "200",
            description = "The workbook. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            headers = @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(
            @QueryParam("from") @Parameter(required = true) LocalDate from,
            @QueryParam("to") @Parameter(required = true) LocalDate to,
            @QueryParam("areaId") Long areaId,
            @Context HttpHeaders headers) {
        Locale locale = messages.localeOf(headers);
        IssueStats result = stats.stats(from, to, areaId, locale);
        StreamingOutput body = out -> export.write(result, locale, out);
        String name = from + "_" + to;
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(
                                messages.get(locale, "issue.stats.file-name", name) + ".xlsx",
                                "issue-stats-" + name + ".xlsx"))
                .build();
    }
}
