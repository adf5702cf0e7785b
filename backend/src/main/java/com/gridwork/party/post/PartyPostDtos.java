package com.gridwork.party.post;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.http.Versioned;
import com.gridwork.volunteer.hours.LedgerRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class PartyPostDtos {
    private PartyPostDtos() {}

    /** The most places one post offers. */
    public static final int MAX_CAPACITY = 999;

    @Schema(name = "PartyPostCreate", description = "A new post of a community or of one of its grids")
    public record PartyPostCreate(
            @NotNull @Schema(description = "A community, or a grid of it")
            Long areaId,

            @NotBlank @Schema(description = "PARTY_POST_CATEGORY code", examples = "BUILDING_WATCH")
            String categoryCode,

            @NotBlank @Size(max = 100) @Schema(examples = "3号楼楼栋守护")
            String title,

            @Size(max = 1000) @Schema(nullable = true, examples = "每周巡查楼道一次，劝导堆物")
            String requirements,

            @NotNull @Min(1) @Max(MAX_CAPACITY) @Schema(examples = "3")
            Integer capacity,

            @NotNull @Schema(examples = "2026-01-01") LocalDate termFrom,

            @NotNull @Schema(examples = "2026-12-31") LocalDate termTo) {}

    @Schema(name = "PartyPostUpdate", description = "A post's category, text, capacity and term (its area stays)")
    public record PartyPostUpdate(
            @NotBlank @Schema(description = "PARTY_POST_CATEGORY code")
            String categoryCode,

            @NotBlank @Size(max = 100) String title,
            @Size(max = 1000) @Schema(nullable = true) String requirements,

            @NotNull @Min(1) @Max(MAX_CAPACITY) @Schema(description = "Not below the live claims (409)")
            Integer capacity,

            @NotNull LocalDate termFrom,
            @NotNull LocalDate termTo) {}

    @Schema(name = "PartyPostView", description = "A post (岗位) with its places taken")
    public record PartyPostView(
            long id,

            @Schema(description = "The community or grid the post serves")
            AreaRef area,

            long communityId,
            String communityName,

            @Schema(description = "PARTY_POST_CATEGORY code")
            String categoryCode,

            String title,
            @Schema(nullable = true) String requirements,
            int capacity,
            @Schema(description = "Live (ACTIVE) claims") int claimCount,
            LocalDate termFrom,
            LocalDate termTo,
            PartyPostStatus status,
            Instant createdAt,
            Instant updatedAt,
            long version)
            implements Versioned {}

    @Schema(name = "PartyPostOpenItem", description = "An open post of the member's community, and their claim of it")
    public record PartyPostOpenItem(
            PartyPostView post,

            @Schema(nullable = true, description = "The member's ACTIVE claim of it, if they hold it")
            Long heldClaimId) {}

    @Schema(name = "PartyPostReason", description = "Why a claim ends")
    public record PartyPostReason(
            @NotBlank @Size(max = 500) @Schema(examples = "工作调动，无法继续")
            String reason) {}

    @Schema(name = "PartyPostClaimView", description = "A member's claim of a post")
    public record PartyPostClaimView(
            long id,
            long postId,
            String postTitle,
            String categoryCode,

            @Schema(description = "The post's community or grid")
            AreaRef area,

            PartyPostStatus postStatus,
            long reportId,
            long volunteerId,
            String volunteerName,
            PartyPostClaimStatus status,
            Instant claimedAt,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) String endReason,

            @Schema(nullable = true, description = "Who revoked or released it")
            String endedByName,

            long version)
            implements Versioned {}

    @Schema(name = "PartyServiceLogCreate", description = "Service the member gave on a post they hold")
    public record PartyServiceLogCreate(
            @NotNull @Schema(description = "The member's ACTIVE claim")
            Long claimId,

            @NotNull @Schema(examples = "2026-11-20") LocalDate serviceDate,

            @NotNull @Min(1) @Max(LedgerRules.MAX_MINUTES) @Schema(examples = "90")
            Integer minutes,

            @NotBlank @Size(max = 1000) @Schema(examples = "巡查3号楼楼道，清理堆物两处")
            String description) {}

    @Schema(name = "PartyServicePhotoRef", description = "A photo of logged service (its bytes: the photo endpoint)")
    public record PartyServicePhotoRef(long id, String contentType, int sizeBytes, Instant uploadedAt) {}

    @Schema(name = "PartyServiceLogView", description = "Logged service on a post")
    public record PartyServiceLogView(
            long id,
            long claimId,
            long postId,
            String postTitle,
            String categoryCode,

            @Schema(description = "The post's community or grid")
            AreaRef area,

            long volunteerId,
            String volunteerName,
            LocalDate serviceDate,
            int minutes,
            String description,
            PartyServiceLogStatus status,
            @Schema(nullable = true) String decidedByName,
            @Schema(nullable = true) Instant decidedAt,
            @Schema(nullable = true) String rejectReason,

            @Schema(nullable = true, description = "The CONFIRMED hours entry a verification wrote")
            Long hoursEntryId,

            Instant createdAt,
            List<PartyServicePhotoRef> photos,
            long version)
            implements Versioned {}
}
