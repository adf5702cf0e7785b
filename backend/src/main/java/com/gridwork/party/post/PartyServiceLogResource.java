package com.gridwork.party.post;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.MultipartParts;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.party.post.PartyPostDtos.PartyPostReason;
import com.gridwork.party.post.PartyPostDtos.PartyServiceLogCreate;
import com.gridwork.party.post.PartyPostDtos.PartyServiceLogView;
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

import java.time.LocalDate;
import java.util.List;

/** Service logged on party posts, its photos, and its verification into the hours ledger. */
@Path("/api/party-service-logs")
@Tag(name = "Party posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyServiceLogResource {
    @Inject
    PartyServiceLogService logs;

    @GET
    @PermissionsAllowed(Names.PARTY_SERVICE_VERIFY)
    @Operation(
            operationId = "listPartyServiceLogs",
            summary = "Logged service in the caller's scope (status=SUBMITTED: the verification queue)",
            description = "Oldest service day first.")
    public PageResult<PartyServiceLogView> list(
            @QueryParam("status") PartyServiceLogStatus status,
            @QueryParam("areaId") @Parameter(description = "Logs of posts of this community or grid") Long areaId,
            @QueryParam("from") @Parameter(description = "First service day, inclusive") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last service day, inclusive") LocalDate to,
            @Valid @BeanParam PageParams page) {
        return logs.list(new PartyServiceLogService.Criteria(status, areaId, from, to), page);
    }

    @GET
    @Path("/mine")
    @PermissionsAllowed(Names.PARTY_POSTS_CLAIM)
    @Operation(
            operationId = "listMyPartyServiceLogs",
            summary = "The member's logged service, newest first",
            description = "A volunteer account without a profile gets a 403.")
    public List<PartyServiceLogView> mine() {
        return logs.mine();
    }

    @POST
    @PermissionsAllowed(Names.PARTY_POSTS_CLAIM)
    @Operation(
            operationId = "createPartyServiceLog",
            summary = "The member logs service on a post they hold",
            description =
                    "On an ACTIVE claim of theirs (another's claim is a 400 naming claimId; an ended one a 409); the day not in the future nor before the claim; 1 to 1440 minutes.")
    @APIResponse(
            responseCode = "201",
            description = "Logged",
            content = @Content(schema = @Schema(implementation = PartyServiceLogView.class)))
    public Response create(@NotNull PartyServiceLogCreate body) {
        return Response.status(Response.Status.CREATED)
                .entity(logs.create(body))
                .build();
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(Names.PARTY_POSTS_CLAIM)
    @Operation(
            operationId = "addPartyServicePhoto",
            summary = "Add a photo to one's logged service (JPEG, PNG or WebP, at most 5 MB, 9 per log)",
            description =
                    "Multipart form with one part `file`; the type is read from the content (400 otherwise). Only while the log awaits verification (409 after).")
    @APIResponse(
            responseCode = "200",
            description = "Added",
            content = @Content(schema = @Schema(implementation = PartyServiceLogView.class)))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file")))
    public PartyServiceLogView addPhoto(
            @PathParam("id") long id, @RestForm("file") @Schema(description = "The image") FileUpload file) {
        if (!MultipartParts.isFile(file)) {
            throw ApiProblem.invalidField("file", "party.service.photo.missing");
        }
        return logs.addPhoto(id, file.uploadedFile(), file.size());
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @PermissionsAllowed({Names.PARTY_SERVICE_VERIFY, Names.PARTY_POSTS_CLAIM})
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "getPartyServicePhoto",
            summary = "A photo of logged service",
            description =
                    "Staff whose scope holds the log, or the member who logged it. The stored bytes with their own type, privately cacheable for an hour.")
    @APIResponse(
            responseCode = "200",
            description = "The image. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        PartyServiceLogService.PhotoContent photo = logs.photo(id, photoId);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(photo.data(), photo.contentType())
                .cacheControl(cache)
                .build();
    }

    @POST
    @Path("/{id}/verify")
    @PermissionsAllowed(Names.PARTY_SERVICE_VERIFY)
    @Operation(
            operationId = "verifyPartyServiceLog",
            summary = "Verify logged service: one CONFIRMED entry of source POST_SERVICE in the member's hours ledger",
            description =
                    "Staff whose scope holds the post. 409 when decided already, or when the service day's month is locked in the ledger.")
    @APIResponse(
            responseCode = "200",
            description = "Verified",
            content = @Content(schema = @Schema(implementation = PartyServiceLogView.class)))
    public PartyServiceLogView verify(@PathParam("id") long id) {
        return logs.verify(id);
    }

    @POST
    @Path("/{id}/reject")
    @PermissionsAllowed(Names.PARTY_SERVICE_VERIFY)
    @Operation(
            operationId = "rejectPartyServiceLog",
            summary = "Reject logged service, with a reason",
            description = "Staff whose scope holds the post. 409 when decided already.")
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content = @Content(schema = @Schema(implementation = PartyServiceLogView.class)))
    public PartyServiceLogView reject(@PathParam("id") long id, @NotNull PartyPostReason body) {
        return logs.reject(id, body);
    }
}
