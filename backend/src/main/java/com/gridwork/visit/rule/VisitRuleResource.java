package com.gridwork.visit.rule;

import com.gridwork.access.Permission.Names;
import com.gridwork.visit.rule.VisitRuleDtos.VisitRuleInput;
import com.gridwork.visit.rule.VisitRuleDtos.VisitRulePeriodView;
import com.gridwork.visit.rule.VisitRuleDtos.VisitRuleView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/visit-rules")
@Tag(name = "Visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.VISIT_RULES_READ)
public class VisitRuleResource {
    @Inject
    VisitRuleService rules;

    @GET
    @PermissionsAllowed(Names.VISIT_RULES_READ)
    @Operation(
            operationId = "listVisitRules",
            summary = "The visit rules of a sub-district you work in (or of all of yours), with their running period",
            description =
                    "The two default rules are made the first time a sub-district's rules are read. Active rules first.")
    public List<VisitRuleView> list(
            @QueryParam("subDistrictId") @Parameter(description = "A sub-district you work in; default: all of yours")
                    Long subDistrictId,
            @QueryParam("active") @Parameter(description = "Only active (true) or switched-off (false) rules")
                    Boolean active) {
        return rules.list(subDistrictId, active);
    }

    @POST
    @PermissionsAllowed(Names.VISIT_RULES_MANAGE)
    @Operation(
            operationId = "createVisitRule",
            summary = "Add a visit rule to a sub-district",
            description = "Every fault of the body is reported at once; a name the sub-district already uses is one.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = VisitRuleView.class)))
    public Response create(@NotNull VisitRuleInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(rules.create(body))
                .build();
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(Names.VISIT_RULES_READ)
    @Operation(
            operationId = "getVisitRule",
            summary = "One visit rule with its running period",
            description = "A rule of a sub-district you work in; any other is a 404.")
    public VisitRuleView get(@PathParam("id") long id) {
        return rules.get(id);
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.VISIT_RULES_MANAGE)
    @Operation(
            operationId = "updateVisitRule",
            summary = "Change a visit rule (If-Match required)",
            description = "The name changes at once, the visits required from the next period, the modes for visits"
                    + " recorded from now on. Once a period's obligations exist, a change of target, codes,"
                    + " responsible person, period or anchor date is a 409: switch the rule off and make a new one.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = VisitRuleView.class)))
    public VisitRuleView update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull VisitRuleInput body) {
        return rules.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/deactivate")
    @PermissionsAllowed(Names.VISIT_RULES_MANAGE)
    @Operation(
            operationId = "deactivateVisitRule",
            summary = "Switch a visit rule off (If-Match checked when sent)",
            description = "No new periods start; the open obligations of its running period become not applicable"
                    + " (RULE_DEACTIVATED). Those of a period already over stay as they are.")
    public VisitRuleView deactivate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return rules.deactivate(id, ifMatch);
    }

    @POST
    @Path("/{id}/activate")
    @PermissionsAllowed(Names.VISIT_RULES_MANAGE)
    @Operation(
            operationId = "activateVisitRule",
            summary = "Switch a visit rule on again (If-Match checked when sent)",
            description = "Its obligations start again with the next period generated.")
    public VisitRuleView activate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return rules.activate(id, ifMatch);
    }

    @GET
    @Path("/{id}/periods")
    @PermissionsAllowed(Names.VISIT_RULES_READ)
    @Operation(
            operationId = "listVisitRulePeriods",
            summary = "The periods of a rule whose obligations were generated, newest first",
            description = "Each with its due day and its denominator (householdCount: the obligations created when it"
                    + " started).")
    public List<VisitRulePeriodView> periods(@PathParam("id") long id) {
        return rules.periods(id);
    }
}
