package com.gridwork.cobuild.project;

import com.gridwork.access.Permission.Names;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectDetail;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.MultipartParts;
import com.gridwork.common.openapi.ApiDefinition;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A co-building project's milestone: its report with evidence photos, and the photos. */
@Path("/api/cobuild-milestones")
@Tag(name = "Co-building projects")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.COBUILD_PROJECTS_READ)
public class CoBuildMilestoneResource {
    @Inject
    CoBuildMilestoneService milestones;

    @POST
    @Path("/{id}/report")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(Names.COBUILD_PROJECTS_CLAIM)
    @Operation(
            operationId = "reportCoBuildMilestone",
            summary = "Report a milestone done (the claiming unit), with an evidence photo",
            description = "Multipart form: doneOn (yyyy-MM-dd, not in the future), report (text), file (JPEG, PNG or"
                    + " WebP, at most 5 MB; the type is read from the content). Every violation at once.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"doneOn", "report", "file"})))
    public CoBuildProjectDetail report(
            @PathParam("id") long id,
            @RestForm("doneOn") @Schema(description = "The day it was done, yyyy-MM-dd") String doneOn,
            @RestForm("report") @Schema(description = "What was done") String report,
            @RestForm("file") @Schema(description = "An evidence photo") FileUpload file) {
        boolean hasFile = MultipartParts.isFile(file);
        return milestones.report(
                id,
                new CoBuildMilestoneService.Report(
                        doneOn, report, hasFile ? file.uploadedFile() : null, hasFile ? file.size() : 0));
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(Names.COBUILD_PROJECTS_CLAIM)
    @Operation(
            operationId = "addCoBuildMilestonePhoto",
            summary = "Add an evidence photo to a milestone (at most 9), while the project is in progress",
            description = "Multipart form with one part `file` (JPEG, PNG or WebP, at most 5 MB). The claiming unit.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file")))
    public CoBuildProjectDetail addPhoto(
            @PathParam("id") long id, @RestForm("file") @Schema(description = "The image") FileUpload file) {
        if (!MultipartParts.isFile(file)) {
            throw ApiProblem.invalidField("file", "cobuild.milestone.photo.missing");
        }
        return milestones.addPhoto(id, file.uploadedFile(), file.size());
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "getCoBuildMilestonePhoto",
            summary = "A milestone photo's image",
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
        CoBuildMilestoneService.PhotoContent photo = milestones.photo(id, photoId);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(photo.data(), photo.contentType())
                .cacheControl(cache)
                .build();
    }
}
