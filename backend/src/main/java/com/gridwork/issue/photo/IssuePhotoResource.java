package com.gridwork.issue.photo;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.MultipartParts;
import com.gridwork.common.http.DeviceTimeHeader;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.issue.IssueResource;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The photos of an issue; adding or removing one answers the issue, like every other step. */
@Path("/api/issues/{id}/photos")
@Tag(name = "Issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a volunteer team's leader sees and adds the photos of the issues given to the teams they lead
@PermissionsAllowed({Names.ISSUES_READ, Names.ISSUES_HANDLE_AS_TEAM, Names.ISSUES_HANDLE_AS_UNIT})
public class IssuePhotoResource {
    @Inject
    IssuePhotoService photos;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed({Names.ISSUES_WRITE, Names.ISSUES_HANDLE_AS_TEAM, Names.ISSUES_HANDLE_AS_UNIT})
    @Parameter(ref = DeviceTimeHeader.PARAMETER)
    @Operation(
            operationId = "addIssuePhoto",
            summary = "Add a photo (JPEG, PNG or WebP, at most 5 MB, 9 per issue)",
            description =
                    "Multipart form with one part `file`. The image type is read from the content, not the file name (400 otherwise); a tenth photo is a 409. "
                            + IssueResource.WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Added",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file")))
    public IssueDetail addPhoto(
            @PathParam("id") long id, @RestForm("file") @Schema(description = "The image") FileUpload file) {
        if (!MultipartParts.isFile(file)) {
            throw ApiProblem.invalidField("file", "issue.photo.missing");
        }
        return photos.add(id, file.uploadedFile(), file.size());
    }

    @GET
    @Path("/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "getIssuePhoto",
            summary = "A photo's image",
            description =
                    "The stored bytes with their own type (image/jpeg, image/png or image/webp), privately cacheable for an hour.")
    @APIResponse(
            responseCode = "200",
            description = "The image. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        IssuePhotoService.PhotoContent photo = photos.content(id, photoId);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(photo.data(), photo.contentType())
                .cacheControl(cache)
                .build();
    }

    @DELETE
    @Path("/{photoId}")
    @PermissionsAllowed(Names.ISSUES_WRITE)
    @Operation(
            operationId = "deleteIssuePhoto",
            summary = "Remove a photo (its uploader or a manager)",
            description = "The removal is written to the timeline. " + IssueResource.WRITE_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "Removed",
            content = @Content(schema = @Schema(implementation = IssueDetail.class)))
    public IssueDetail removePhoto(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        return photos.remove(id, photoId);
    }
}
