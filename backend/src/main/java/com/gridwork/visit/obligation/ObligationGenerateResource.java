package com.gridwork.visit.obligation;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Permission.Names;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.visit.obligation.ObligationDtos.VisitRuleGeneration;
import com.gridwork.visit.rule.VisitRule;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starts a rule's running period now instead of at the clock's next run. */
@Path("/api/visit-rules/{id}/generate")
@Tag(name = "Visit obligations")
@Produces(MediaType.APPLICATION_JSON)
public class ObligationGenerateResource {
    @Inject
    AreaScope scope;

    @Inject
    ObligationGenerator generator;

    @POST
    @PermissionsAllowed(Names.VISIT_RULES_MANAGE)
    @Operation(
            operationId = "generateVisitRuleObligations",
            summary = "Create the obligations of the rule's period running today, unless they exist",
            description = "The clock does this every few minutes; this does it now. created is false when the period"
                    + " existed already (nothing changes). 409 for a rule switched off or whose first period has not"
                    + " started.")
    public VisitRuleGeneration generate(@PathParam("id") long id) {
        VisitRule rule = scope.find(VisitRule.class, id);
        return generator
                .generate(rule.id, BeijingTime.today())
                .map(g -> new VisitRuleGeneration(g.periodId(), g.startsOn(), g.householdCount(), g.created()))
                .orElseThrow(() -> ApiProblem.conflict("visit-rule.generate.no-period"));
    }
}
