package com.gridwork.party.report;

import com.gridwork.access.Permission.Names;
import com.gridwork.cobuild.unit.OrganisationType;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.party.report.PartyReportDtos.PartyReportCreate;
import com.gridwork.party.report.PartyReportDtos.PartyReportDetail;
import com.gridwork.party.report.PartyReportDtos.PartyReportOwnCreate;
import com.gridwork.party.report.PartyReportDtos.PartyReportPrefill;
import com.gridwork.party.report.PartyReportDtos.PartyReportReason;
import com.gridwork.party.report.PartyReportDtos.PartyReportTransfer;
import com.gridwork.party.report.PartyReportDtos.PartyReportView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Party members' yearly reports (在职党员报到): list, enter, read, confirm, reject, withdraw, transfer; the member's own. */
@Path("/api/party-reports")
@Tag(name = "Party-member reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.PARTY_REPORTS_READ)
public class PartyReportResource {
    @Inject
    PartyReportService reports;

    @GET
    @Operation(
            operationId = "listPartyReports",
            summary = "Members' reports to the communities in scope",
            description = "Newest year first; sortable by year, name, employer, status, submittedAt, decidedAt. A grid"
                    + " worker reads the reports of the community around the grid.")
    public PageResult<PartyReportView> list(
            @QueryParam("year") Integer year,
            @QueryParam("areaId") @Parameter(description = "A community in scope (a grid narrows to its community)")
                    Long areaId,
            @QueryParam("status") PartyReportStatus status,
            @QueryParam("employerType") OrganisationType employerType,
            @QueryParam("unitId") @Parameter(description = "The employer as a co-building unit") Long unitId,
            @QueryParam("q")
                    @Parameter(description = "Part of the member's name, the employer or its party organisation")
                    String q,
            @Valid @BeanParam PageParams page) {
        return reports.search(new PartyReportService.Criteria(year, areaId, status, employerType, unitId, q), page);
    }

    @POST
    @PermissionsAllowed(Names.PARTY_REPORTS_MANAGE)
    @Operation(
            operationId = "createPartyReport",
            summary = "Enter a member's report (SUBMITTED)",
            description = "The member is a volunteer profile (volunteerId), or a new person registered as a volunteer"
                    + " of the community (the profile their ID number already has is reused). One live report per"
                    + " member and year: another is a 409 whose existingId names it.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PartyReportView.class)))
    public Response create(@NotNull PartyReportCreate body, @Context UriInfo uri) {
        PartyReportView view = reports.create(body);
        return created(uri, view.id(), view);
    }

    @GET
    @Path("/mine")
    @PermissionsAllowed(Names.PARTY_REPORT_OWN)
    @Operation(
            operationId = "listMyPartyReports",
            summary = "The calling member's own reports",
            description = "Every year's, newest first; empty for a volunteer account not linked to a profile.")
    public List<PartyReportView> mine() {
        return reports.mine();
    }

    @POST
    @Path("/mine")
    @PermissionsAllowed(Names.PARTY_REPORT_OWN)
    @Operation(
            operationId = "submitMyPartyReport",
            summary = "The calling member submits their report to a community of their sub-district",
            description = "A volunteer account linked to a profile; one live report per year (409 naming it).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PartyReportView.class)))
    public Response submitMine(@NotNull PartyReportOwnCreate body, @Context UriInfo uri) {
        PartyReportView view = reports.submitMine(body);
        return Response.created(uri.getBaseUriBuilder()
                        .path("/api/party-reports/" + view.id())
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("/mine/prefill")
    @PermissionsAllowed(Names.PARTY_REPORT_OWN)
    @Operation(
            operationId = "prefillMyPartyReport",
            summary = "The member's form for a year, prefilled from their last report",
            description = "Next year's form carries this year's values; with the communities and units to choose from.")
    public PartyReportPrefill prefill(
            @QueryParam("year") @Parameter(description = "This year (default) or the next") Integer year) {
        return reports.prefill(year);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPartyReport",
            summary = "One report, with the reports it continues",
            description = "A report of a community in scope (a grid worker: the community around the grid); its history"
                    + " follows previousId back through last year's and transferred reports, newest first.")
    public PartyReportDetail get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @POST
    @Path("/{id}/confirm")
    @PermissionsAllowed(Names.PARTY_REPORTS_MANAGE)
    @Operation(
            operationId = "confirmPartyReport",
            summary = "Confirm a submitted report",
            description = "ACTIVE when its year is the current one, else CONFIRMED until January 1st. If-Match is"
                    + " optional; a stale one is a 412.")
    public PartyReportView confirm(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter String ifMatch) {
        return reports.confirm(id, ifMatch);
    }

    @POST
    @Path("/{id}/reject")
    @PermissionsAllowed(Names.PARTY_REPORTS_MANAGE)
    @Operation(
            operationId = "rejectPartyReport",
            summary = "Reject a submitted report, with a reason",
            description = "The member may report again. If-Match is optional; a stale one is a 412.")
    public PartyReportView reject(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter String ifMatch,
            @NotNull PartyReportReason body) {
        return reports.reject(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/withdraw")
    @PermissionsAllowed(Names.PARTY_REPORTS_MANAGE)
    @Operation(
            operationId = "withdrawPartyReport",
            summary = "Withdraw a live report, with a reason",
            description = "The member's post claims of it end with it.")
    public PartyReportView withdraw(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter String ifMatch,
            @NotNull PartyReportReason body) {
        return reports.withdraw(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/transfer")
    @PermissionsAllowed(Names.PARTY_REPORTS_MANAGE)
    @Operation(
            operationId = "transferPartyReport",
            summary = "Transfer a confirmed or active report to another community of the sub-district",
            description = "This report ends TRANSFERRED_OUT; a new SUBMITTED report continuing it (previousId) waits"
                    + " for the target community. Answers the ended report.")
    public PartyReportView transfer(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter String ifMatch,
            @NotNull PartyReportTransfer body) {
        return reports.transfer(id, ifMatch, body);
    }

    static Response created(UriInfo uri, long id, Object entity) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(entity)
                .build();
    }
}
