package com.gridwork.visit.obligation;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.visit.obligation.ObligationDtos.ObligationNotApplicable;
import com.gridwork.visit.obligation.ObligationDtos.VisitObligationView;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Visit obligations: one per household, rule and period, created when the period starts. */
@Path("/api/visit-obligations")
@Tag(
        name = "Visit obligations",
        description = "What has to be visited (走访任务): one obligation per household, rule and period (per pairing"
                + " under a paired rule), created when the period starts, so the denominator is fixed then. Due until"
                + " the period's last working day, overdue after it; satisfied by completed visits; not applicable"
                + " (with the reason) when the household moves out, loses the tag, the pairing or the rule ends.")
@Produces(MediaType.APPLICATION_JSON)
public class ObligationResource {
    private static final String WHO_SEES = " Staff see the obligations of the households in their scope; a helper's"
            + " account those of the households it is actively paired with; everyone those they answer for.";

    @Inject
    ObligationService obligations;

    @GET
    @PermissionsAllowed({Names.VISITS_READ, Names.VISITS_RECORD_AS_HELPER})
    @Operation(
            operationId = "listVisitObligations",
            summary = "Obligations you can see, nearest due day first",
            description = "householdId and areaId outside what you see are a 404." + WHO_SEES)
    public PageResult<VisitObligationView> list(
            @QueryParam("householdId") Long householdId,
            @QueryParam("ruleId") Long ruleId,
            @QueryParam("periodId") Long periodId,
            @QueryParam("areaId") @Parameter(description = "A sub-district, community or grid") Long areaId,
            @QueryParam("responsibleStaffId") Long responsibleStaffId,
            @QueryParam("state") VisitObligationState state,
            @Valid @BeanParam PageParams page) {
        return obligations.list(
                new ObligationService.Filter(householdId, ruleId, periodId, areaId, responsibleStaffId, state), page);
    }

    @GET
    @Path("/mine")
    @PermissionsAllowed({Names.VISITS_READ, Names.VISITS_RECORD_AS_HELPER})
    @Operation(
            operationId = "listMyVisitObligations",
            summary = "The obligations you answer for: due and overdue unless a state is asked for",
            description = "Overdue first, then the nearest due day.")
    public PageResult<VisitObligationView> mine(
            @QueryParam("state") VisitObligationState state, @Valid @BeanParam PageParams page) {
        return obligations.mine(state, page);
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed({Names.VISITS_READ, Names.VISITS_RECORD_AS_HELPER})
    @Operation(operationId = "getVisitObligation", summary = "One obligation", description = WHO_SEES)
    public VisitObligationView get(@PathParam("id") long id) {
        return obligations.get(id);
    }

    @POST
    @Path("/{id}/not-applicable")
    @PermissionsAllowed(Names.VISIT_OBLIGATIONS_MANAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "markVisitObligationNotApplicable",
            summary = "Take an open obligation out of the denominator, with a note",
            description = "Only reason OTHER may be sent (the others are automatic: a 400 naming reason). 409 for an"
                    + " obligation that is not open (satisfied, or already not applicable).")
    public VisitObligationView notApplicable(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull ObligationNotApplicable body) {
        return obligations.markNotApplicable(id, ifMatch, body);
    }
}
