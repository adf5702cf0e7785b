package com.gridwork.visit;

import com.gridwork.access.Permission.Names;
import com.gridwork.visit.VisitQuestionDtos.VisitQuestionInput;
import com.gridwork.visit.VisitQuestionDtos.VisitQuestionView;
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

@Path("/api/visit-questions")
@Tag(name = "Visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.VISIT_RULES_MANAGE)
public class VisitQuestionResource {
    @Inject
    VisitQuestionService questions;

    @GET
    @PermissionsAllowed({Names.VISIT_RULES_READ, Names.VISITS_RECORD_AS_HELPER})
    @Operation(
            operationId = "listVisitQuestions",
            summary = "The questions a sub-district asks on every visit, in order",
            description =
                    "Readers of visit rules, and helpers who record visits (the questions of their own sub-district).")
    public List<VisitQuestionView> list(
            @QueryParam("subDistrictId") @Parameter(description = "A sub-district you work in; default: your own")
                    Long subDistrictId,
            @QueryParam("active") @Parameter(description = "Only active (true) or retired (false) questions")
                    Boolean active) {
        return questions.list(subDistrictId, active);
    }

    @POST
    @Operation(
            operationId = "createVisitQuestion",
            summary = "Add a visit question",
            description = "At most 10 questions of a sub-district are active at a time (409 beyond).")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = VisitQuestionView.class)))
    public Response create(@NotNull VisitQuestionInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(questions.create(body))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateVisitQuestion",
            summary = "Reword, reorder or retire a visit question (If-Match required)",
            description = "Answers already given keep the question's text as it was asked.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = VisitQuestionView.class)))
    public VisitQuestionView update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull VisitQuestionInput body) {
        return questions.update(id, ifMatch, body);
    }
}
