package com.gridwork.party.report;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.party.report.PartyReportDtos.PartyReportReason;
import com.gridwork.party.report.PartyReportDtos.PartyReportUnit;
import com.gridwork.party.report.PartyReportDtos.PartyUnitReportCreate;
import com.gridwork.party.report.PartyReportDtos.PartyUnitReportDetail;
import com.gridwork.party.report.PartyReportDtos.PartyUnitReportView;
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

/** Unit-level reports (单位报到): list, enter, read, confirm, reject, withdraw. */
@Path("/api/party-unit-reports")
@Tag(name = "Party-member reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.PARTY_REPORTS_READ)
public class PartyUnitReportResource {
    @Inject
    PartyUnitReportService reports;

    @GET
    @Operation(
            operationId = "listPartyUnitReports",
            summary = "Units' reports to the communities in scope",
            description = "Newest year first; sortable by year, unitName, partyMemberTotal, status, submittedAt.")
    public PageResult<PartyUnitReportView> list(
            @QueryParam("year") Integer year,
            @QueryParam("areaId") @Parameter(description = "A community in scope") Long areaId,
            @QueryParam("status") PartyReportStatus status,
            @QueryParam("unitId") Long unitId,
            @QueryParam("q") @Parameter(description = "Part of the unit's or its party organisation's name") String q,
            @Valid @BeanParam PageParams page) {
        return reports.search(new PartyUnitReportService.Criteria(year, areaId, status, unitId, q), page);
    }

    @POST
    @PermissionsAllowed(Names.PARTY_REPORTS_MANAGE)
    @Operation(
            operationId = "createPartyUnitReport",
            summary = "Enter a unit's report to a community (SUBMITTED)",
            description = "The unit must be an ACTIVE co-building unit of the community's sub-district. One live report"
                    + " per unit, community and year: another is a 409 whose existingId names it.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PartyUnitReportView.class)))
    public Response create(@NotNull PartyUnitReportCreate body, @Context UriInfo uri) {
        PartyUnitReportView view = reports.create(body);
        return PartyReportResource.created(uri, view.id(), view);
    }

    @GET
    @Path("/units")
    @Operation(
            operationId = "listPartyReportUnits",
            summary = "The units a report to this community may name",
            description = "The ACTIVE co-building units of the community's sub-district, by name: the unit reporting,"
                    + " or a member's employer.")
    public List<PartyReportUnit> units(
            @QueryParam("communityId") @NotNull @Parameter(required = true, description = "A community in scope")
                    Long communityId) {
        return reports.units(communityId);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPartyUnitReport",
            summary = "One unit report, with the reports it continues",
            description = "A report of a community in scope; its history follows previousId back, newest first.")
    public PartyUnitReportDetail get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @POST
    @Path("/{id}/confirm")
    @PermissionsAllowed(Names.PARTY_REPORTS_MANAGE)
    @Operation(
            operationId = "confirmPartyUnitReport",
            summary = "Confirm a submitted unit report",
            description = "ACTIVE when its year is the current one, else CONFIRMED until January 1st. If-Match is"
                    + " optional; a stale one is a 412.")
    public PartyUnitReportView confirm(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter String ifMatch) {
        return reports.confirm(id, ifMatch);
    }

    @POST
    @Path("/{id}/reject")
    @PermissionsAllowed(Names.PARTY_REPORTS_MANAGE)
    @Operation(
            operationId = "rejectPartyUnitReport",
            summary = "Reject a submitted unit report, with a reason",
            description = "The unit may report again. If-Match is optional; a stale one is a 412.")
    public PartyUnitReportView reject(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter String ifMatch,
            @NotNull PartyReportReason body) {
        return reports.reject(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/withdraw")
    @PermissionsAllowed(Names.PARTY_REPORTS_MANAGE)
    @Operation(
            operationId = "withdrawPartyUnitReport",
            summary = "Withdraw a live unit report, with a reason",
            description = "A submitted, confirmed or active report ends WITHDRAWN. If-Match is optional.")
    public PartyUnitReportView withdraw(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter String ifMatch,
            @NotNull PartyReportReason body) {
        return reports.withdraw(id, ifMatch, body);
    }
}
