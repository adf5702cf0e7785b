package com.gridwork.upload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** What the photo uploads API sends. */
public final class PhotoUploadDtos {
    private PhotoUploadDtos() {}

    @Schema(
            name = "PhotoUploadView",
            description = "A photo waiting for the visit or issue that will hold it (photoUploadIds), for its uploader"
                    + " only, until expiresAt")
    public record PhotoUploadView(
            long id,

            @Schema(description = "As recognised from the content")
            String contentType,

            int sizeBytes,
            Instant expiresAt) {}
}
