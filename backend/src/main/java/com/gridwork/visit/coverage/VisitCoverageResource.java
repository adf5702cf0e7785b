package com.gridwork.visit.coverage;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.http.ContentDisposition;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.visit.coverage.VisitCoverageDtos.FigureName;
import com.gridwork.visit.coverage.VisitCoverageDtos.GroupBy;
import com.gridwork.visit.coverage.VisitCoverageDtos.HouseholdRow;
import com.gridwork.visit.coverage.VisitCoverageDtos.Mine;
import com.gridwork.visit.coverage.VisitCoverageDtos.ProblemsSolved;
import com.gridwork.visit.coverage.VisitCoverageDtos.RuleChoice;
import com.gridwork.visit.coverage.VisitCoverageDtos.VisitCoverage;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Path("/api/visit-coverage")
@Tag(name = "Visits")
public class VisitCoverageResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PERIOD = " The period is `periodId` (a period of the rule), else the one running today"
            + " (China Standard Time), else the latest that started; a rule without any is a 400 naming periodId.";
    /** Rows of the export's households sheet read per statement. */
    private static final int EXPORT_CHUNK = 1000;

    @Inject
    VisitCoverageService coverage;

    @Inject
    ProblemsSolvedService problems;

    @Inject
    VisitCoverageExport export;

    @Inject
    Messages messages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Names.VISIT_COVERAGE_READ)
    @Operation(
            operationId = "getVisitCoverage",
            summary = "Coverage of a visit rule's period in the caller's scope: the figures, rows by grid, worker, care"
                    + " code or pairing type, and the report line",
            description = VisitCoverageDefinitions.DEFINITIONS + PERIOD)
    public VisitCoverage get(
            @QueryParam("ruleId") @Parameter(required = true) Long ruleId,
            @QueryParam("periodId") Long periodId,
            @QueryParam("areaId") @Parameter(description = "An area within the caller's scope") Long areaId,
            @QueryParam("groupBy") @Parameter(description = "GRID when absent") GroupBy groupBy,
            @Context HttpHeaders headers) {
        return coverage.coverage(ruleId, periodId, areaId, groupBy, messages.localeOf(headers));
    }

    @GET
    @Path("/rules")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Names.VISIT_COVERAGE_READ)
    @Operation(
            operationId = "listVisitCoverageRules",
            summary = "The rules whose coverage the caller may read (their sub-district's), with their periods",
            description = "For the dashboard's pickers: active rules first, each with its periods newest first and"
                    + " the one the coverage reads when no period is given.")
    public List<RuleChoice> rules() {
        return coverage.rules();
    }

    @GET
    @Path("/mine")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed({Names.VISIT_COVERAGE_READ, Names.VISITS_RECORD_AS_HELPER})
    @Operation(
            operationId = "getMyVisitCoverage",
            summary = "The caller's own coverage as the responsible person (a grid worker, a helper)",
            description = "The figures over the obligations whose responsible person is the caller, with the same"
                    + " definitions as the coverage. Without ruleId: one item per rule with an obligation of the caller"
                    + " in a period running today." + PERIOD)
    public Mine mine(
            @QueryParam("ruleId") Long ruleId,
            @QueryParam("periodId") @Parameter(description = "Only with ruleId") Long periodId,
            @Context HttpHeaders headers) {
        return coverage.mine(ruleId, periodId, messages.localeOf(headers));
    }

    @GET
    @Path("/households")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Names.VISIT_COVERAGE_READ)
    @Operation(
            operationId = "listVisitCoverageHouseholds",
            summary = "The drill-down: the obligations (households) behind one figure, optionally of one row",
            description = "The same conditions as the figures (see getVisitCoverage); in address order. groupKey is a"
                    + " row's key under groupBy (NONE: the row without one)." + PERIOD)
    public PageResult<HouseholdRow> households(
            @QueryParam("ruleId") @Parameter(required = true) Long ruleId,
            @QueryParam("periodId") Long periodId,
            @QueryParam("areaId") Long areaId,
            @QueryParam("figure") @Parameter(required = true) FigureName figure,
            @QueryParam("groupBy") GroupBy groupBy,
            @QueryParam("groupKey") String groupKey,
            @Valid @BeanParam PageParams page) {
        return coverage.households(ruleId, periodId, areaId, figure, groupBy, groupKey, page.page, page.size);
    }

    @GET
    @Path("/problems-solved")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Names.VISIT_COVERAGE_READ)
    @Operation(
            operationId = "getVisitProblemsSolved",
            summary = "一月一事: per grid worker in the caller's scope, the issues they were first responsible for that"
                    + " were closed in the month",
            description = VisitCoverageDefinitions.PROBLEMS_SOLVED_DEFINITION)
    public ProblemsSolved problemsSolved(
            @QueryParam("month")
                    @Parameter(description = "YYYY-MM; this month (Beijing) when absent", example = "2026-11")
                    String month,
            @QueryParam("areaId") Long areaId,
            @Context HttpHeaders headers) {
        return problems.problemsSolved(month, areaId, messages.localeOf(headers));
    }

    @GET
    @Path("/export.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @PermissionsAllowed(Names.VISIT_COVERAGE_READ)
    @Operation(
            operationId = "exportVisitCoverage",
            summary = "The same coverage as an .xlsx workbook: totals, rows, the households not visited, definitions",
            description = VisitCoverageDefinitions.DEFINITIONS + PERIOD)
    @APIResponse(
            responseCode = "200",
            description = "The workbook. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            headers = @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(
            @QueryParam("ruleId") @Parameter(required = true) Long ruleId,
            @QueryParam("periodId") Long periodId,
            @QueryParam("areaId") Long areaId,
            @QueryParam("groupBy") GroupBy groupBy,
            @Context HttpHeaders headers) {
        Locale locale = messages.localeOf(headers);
        VisitCoverage result = coverage.coverage(ruleId, periodId, areaId, groupBy, locale);
        long period = result.period().id();
        // the households are read before the response is written, inside this request
        PageResult<HouseholdRow> first = coverage.households(
                ruleId, period, areaId, VisitCoverageExport.HOUSEHOLDS_SHEET, null, null, 0, EXPORT_CHUNK);
        List<PageResult<HouseholdRow>> pages = new ArrayList<>();
        pages.add(first);
        for (int p = 1; (long) p * EXPORT_CHUNK < first.total(); p++) {
            pages.add(coverage.households(
                    ruleId, period, areaId, VisitCoverageExport.HOUSEHOLDS_SHEET, null, null, p, EXPORT_CHUNK));
        }
        StreamingOutput body = out -> export.write(result, pages::get, locale, out);
        String name = result.period().startsOn() + "_" + result.period().endsOn();
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(
                                messages.get(locale, "visit-coverage.file-name", name) + ".xlsx",
                                "visit-coverage-" + name + ".xlsx"))
                .build();
    }
}
