package com.gridwork.wish;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.error.MultipartParts;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.wish.MicroWishDtos.MicroWishClaimView;
import com.gridwork.wish.MicroWishDtos.MicroWishReason;
import com.gridwork.wish.MicroWishDtos.MicroWishView;
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

/** Claims of micro-wishes: the claimant's own, fulfilling with a photo, staff confirming, cancelling. */
@Path("/api/micro-wish-claims")
@Tag(name = "Micro-wishes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.MICRO_WISHES_CLAIM)
public class MicroWishClaimResource {
    @Inject
    MicroWishClaimService claims;

    @GET
    @Path("/mine")
    @Operation(
            operationId = "listMyMicroWishClaims",
            summary = "The caller's own claims (its volunteer profile's, or its unit's), newest first",
            description = "A live claim shows the beneficiary's name and the address to deliver to.")
    public PageResult<MicroWishClaimView> mine(@Valid @BeanParam PageParams page) {
        return claims.mine(page);
    }

    @POST
    @Path("/{id}/fulfil")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "fulfilMicroWishClaim",
            summary = "Report one's ACTIVE claim fulfilled, with a photo (JPEG, PNG or WebP, at most 5 MB) and a note",
            description = "Multipart form with the parts `file` and `note`; the type is read from the content. The wish"
                    + " waits for staff to confirm. A claim not ACTIVE is a 409; another's claim a 404.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"file", "note"})))
    public MicroWishClaimView fulfil(
            @PathParam("id") long id,
            @RestForm("file") @Schema(description = "The photo") FileUpload file,
            @RestForm("note") @Schema(description = "What was delivered, at most 1000 characters") String note) {
        boolean present = MultipartParts.isFile(file);
        return claims.fulfil(id, present ? file.uploadedFile() : null, present ? file.size() : 0, note);
    }

    @POST
    @Path("/{id}/confirm")
    @PermissionsAllowed(Names.MICRO_WISHES_MANAGE)
    @Operation(
            operationId = "confirmMicroWishClaim",
            summary = "Confirm a fulfilled claim: the wish is realised today (Beijing time)",
            description =
                    "Staff managing wishes where it lies (the grid worker, community staff). A claim not FULFILLED"
                            + " is a 409.")
    public MicroWishView confirm(@PathParam("id") long id) {
        return claims.confirm(id);
    }

    @POST
    @Path("/{id}/cancel")
    @PermissionsAllowed({Names.MICRO_WISHES_CLAIM, Names.MICRO_WISHES_MANAGE})
    @Operation(
            operationId = "cancelMicroWishClaim",
            summary = "Cancel a live claim with a reason; the wish reopens (PUBLISHED)",
            description = "Its claimant, or staff managing wishes where it lies. An ended claim is a 409.")
    public MicroWishClaimView cancel(@PathParam("id") long id, @NotNull MicroWishReason body) {
        return claims.cancel(id, body);
    }

    @GET
    @Path("/{id}/photo")
    @PermissionsAllowed({Names.MICRO_WISHES_CLAIM, Names.MICRO_WISHES_READ})
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "getMicroWishClaimPhoto",
            summary = "The photo sent with a claim's fulfilment",
            description = "For its claimant and staff reading wishes where the wish lies; privately cacheable.")
    @APIResponse(
            responseCode = "200",
            description = "The image. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response photo(@PathParam("id") long id) {
        MicroWishClaimService.PhotoContent photo = claims.photo(id);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(photo.data(), photo.contentType())
                .cacheControl(cache)
                .build();
    }
}
