package com.gridwork.visit.household;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdCard;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdSummary;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The visitor's households on the phone: grid workers (their scope) and helpers (their paired households only). */
@Path("/api/visit-households")
@Tag(name = "Visits")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed({Names.VISITS_RECORD, Names.VISITS_RECORD_AS_HELPER})
public class VisitHouseholdResource {
    @Inject
    VisitHouseholdService households;

    @Inject
    Messages messages;

    @GET
    @Operation(
            operationId = "listVisitHouseholds",
            summary = "The households the caller may visit (我的住户)",
            description = "For a helper the households it is actively paired with, for staff those of its scope;"
                    + " each with its care codes, the caller's pairings, its open obligations (a helper: those it"
                    + " answers for), the nearest due day and the last visit. Ordered by place; sort accepts only"
                    + " `address`.")
    public PageResult<VisitHouseholdSummary> list(
            @QueryParam("q")
                    @Parameter(
                            description = "An address as typed (3号楼1单元202, 3-1-202, a street address) or any part"
                                    + " of the head's name")
                    String q,
            @Valid @BeanParam PageParams page,
            @Context HttpHeaders headers) {
        return households.list(q, page, messages.localeOf(headers));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getVisitHousehold",
            summary = "A household's card for a visit: members, the caller's pairings, open obligations, the last"
                    + " visits, the questions and the needs list",
            description = "404 for a household the caller may not visit (a helper: one it is not actively paired"
                    + " with). Members carry no ID number; the masked phone only for staff who read the registry.")
    public VisitHouseholdCard get(@PathParam("id") long id, @Context HttpHeaders headers) {
        return households.card(id, messages.localeOf(headers));
    }
}
