package com.gridwork.visit;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.MultipartParts;
import com.gridwork.common.http.DeviceTimeHeader;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.visit.VisitDtos.FindingInput;
import com.gridwork.visit.VisitDtos.VisitCreate;
import com.gridwork.visit.VisitDtos.VisitDetail;
import com.gridwork.visit.VisitDtos.VisitSummary;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;

/** Visits (走访): recording one, its photos and issues, one visit, and the visit log. */
@Path("/api/visits")
@Tag(name = "Visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed({Names.VISITS_READ, Names.VISITS_RECORD, Names.VISITS_RECORD_AS_HELPER})
public class VisitResource {
    private static final String WHO =
            " Staff record visits to households in their scope; a helper's account to the households it is paired with now (any other household is a 400 naming householdId).";

    @Inject
    VisitService visits;

    @Inject
    VisitPhotoService photos;

    @POST
    @PermissionsAllowed({Names.VISITS_RECORD, Names.VISITS_RECORD_AS_HELPER})
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "recordVisit",
            summary = "Record a visit; its findings become issues, and it counts into the household's open obligations",
            description =
                    "Every violation is reported at once. The same visitor sending the same clientRef again gets 200 with the visit already saved."
                            + WHO)
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = VisitDetail.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already recorded under this clientRef",
            content = @Content(schema = @Schema(implementation = VisitDetail.class)))
    public Response record(@NotNull VisitCreate body, @Context UriInfo uri) {
        VisitService.Recorded recorded;
        try {
            recorded = visits.record(body);
        } catch (VisitService.ClientRefTaken raced) {
            // a parallel request with the same clientRef committed first: answer with its visit
            return Response.ok(visits.replayed(body.clientRef())).build();
        }
        if (recorded.replayed()) {
            return Response.ok(recorded.detail()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(recorded.detail().id()))
                        .build())
                .entity(recorded.detail())
                .build();
    }

    @GET
    @Operation(
            operationId = "listVisits",
            summary = "The visit log, newest day first",
            description =
                    "Staff reading visits see those in their scope; a helper's account its own visits. Sortable by visitedAt, visitedOn, receivedAt.")
    public PageResult<VisitSummary> list(
            @QueryParam("householdId") Long householdId,
            @QueryParam("areaId") @Parameter(description = "A community, grid or building (or the sub-district)")
                    Long areaId,
            @QueryParam("visitorStaffId") Long visitorStaffId,
            @QueryParam("outcome") VisitOutcome outcome,
            @QueryParam("mode") VisitMode mode,
            @QueryParam("from") @Parameter(description = "First day (Beijing time), inclusive") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day (Beijing time), inclusive") LocalDate to,
            @Valid @BeanParam PageParams page) {
        return visits.list(
                new VisitService.Criteria(householdId, areaId, visitorStaffId, outcome, mode, from, to), page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getVisit",
            summary = "One visit, with its photos, the issues it raised and the obligations it counted for",
            description = "Staff reading visits where it lies, or its visitor.")
    @APIResponse(
            responseCode = "200",
            description = "The visit",
            content = @Content(schema = @Schema(implementation = VisitDetail.class)))
    public VisitDetail get(@PathParam("id") long id) {
        return visits.get(id);
    }

    @POST
    @Path("/{id}/issues")
    @PermissionsAllowed({Names.VISITS_RECORD, Names.VISITS_RECORD_AS_HELPER})
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "raiseVisitIssue",
            summary = "Raise an issue from a visit (channel VISIT), by its visitor or a manager in scope",
            description =
                    "The household is the place; a staff visitor is first responsible, for a helper the grid's worker.")
    @APIResponse(
            responseCode = "200",
            description = "Raised",
            content = @Content(schema = @Schema(implementation = VisitDetail.class)))
    public VisitDetail raiseIssue(@PathParam("id") long id, @NotNull FindingInput body) {
        return visits.raiseIssue(id, body);
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed({Names.VISITS_RECORD, Names.VISITS_RECORD_AS_HELPER})
    @Operation(
            operationId = "addVisitPhoto",
            summary = "Add a photo (JPEG, PNG or WebP, at most 5 MB, 9 per visit, within 24 hours)",
            description =
                    "Multipart form with one part `file`; the type is read from the content (400 otherwise). The visitor or a manager in scope; a tenth photo or one after 24 hours is a 409.")
    @APIResponse(
            responseCode = "200",
            description = "Added",
            content = @Content(schema = @Schema(implementation = VisitDetail.class)))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file")))
    public VisitDetail addPhoto(
            @PathParam("id") long id, @RestForm("file") @Schema(description = "The image") FileUpload file) {
        if (!MultipartParts.isFile(file)) {
            throw ApiProblem.invalidField("file", "visit.photo.missing");
        }
        return photos.add(id, file.uploadedFile(), file.size());
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "getVisitPhoto",
            summary = "A visit photo's image",
            description = "The stored bytes with their own type, privately cacheable for an hour.")
    @APIResponse(
            responseCode = "200",
            description = "The image. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        VisitPhotoService.PhotoContent photo = photos.content(id, photoId);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(photo.data(), photo.contentType())
                .cacheControl(cache)
                .build();
    }
}
