package com.gridwork.upload;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.MultipartParts;
import com.gridwork.upload.PhotoUploadDtos.PhotoUploadView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

/** Photos uploaded before the visit or issue that will hold them (the phone's outbox sends photos first). */
@Path("/api/photo-uploads")
@Tag(name = "Photo uploads")
@Produces(MediaType.APPLICATION_JSON)
public class PhotoUploadResource {
    @Inject
    PhotoUploadService uploads;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    // whoever may record a visit or raise an issue, the two records that take uploads
    @PermissionsAllowed({Names.VISITS_RECORD, Names.VISITS_RECORD_AS_HELPER, Names.ISSUES_WRITE})
    @Operation(
            operationId = "createPhotoUpload",
            summary = "Upload a photo for a visit or issue still to be sent (JPEG, PNG or WebP, at most 5 MB)",
            description = "Multipart form with one part `file`; the type is read from the content (400 otherwise). The"
                    + " upload is kept 24 hours for the uploader only; POST /api/visits and POST /api/issues take it"
                    + " in `photoUploadIds`, once (unknown, someone else's, used or expired ids are a 400 naming"
                    + " `photoUploadIds[i]`). Unused uploads are deleted when they expire.")
    @APIResponse(
            responseCode = "201",
            description = "Kept until expiresAt",
            content = @Content(schema = @Schema(implementation = PhotoUploadView.class)))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file")))
    public Response upload(@RestForm("file") @Schema(description = "The image") FileUpload file) {
        if (!MultipartParts.isFile(file)) {
            throw ApiProblem.invalidField("file", "photo-upload.missing");
        }
        return Response.status(Response.Status.CREATED)
                .entity(uploads.upload(file.uploadedFile(), file.size()))
                .build();
    }
}
