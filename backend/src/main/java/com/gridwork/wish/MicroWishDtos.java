package com.gridwork.wish;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class MicroWishDtos {
    private MicroWishDtos() {}

    @Schema(name = "MicroWishCreate", description = "A wish of a registered household; published at once")
    public record MicroWishCreate(
            @NotNull @Schema(description = "An active household in the caller's scope")
            Long householdId,

            @Schema(
                    description = "The one resident the wish is for (a member of the household); without it the"
                            + " household's head is the beneficiary")
            Long residentId,

            @NotBlank @Size(max = 32) @Schema(description = "A MICRO_WISH_CATEGORY code", examples = "STUDY")
            String categoryCode,

            @NotBlank @Size(max = 100) @Schema(examples = "一个新书包")
            String title,

            @Size(max = 1000) String description,

            @Schema(description = "The day the wish should be met by; not in the past")
            LocalDate wishDeadline) {}

    @Schema(name = "MicroWishUpdate", description = "Edits a wish while it is unclaimed (If-Match required)")
    public record MicroWishUpdate(
            @Schema(description = "A member of the wish's household; without it the household's head")
            Long residentId,

            @NotBlank @Size(max = 32) @Schema(description = "A MICRO_WISH_CATEGORY code")
            String categoryCode,

            @NotBlank @Size(max = 100) String title,
            @Size(max = 1000) String description,
            LocalDate wishDeadline) {}

    @Schema(name = "MicroWishReason", description = "Why a wish is taken down or a claim cancelled")
    public record MicroWishReason(
            @NotBlank @Size(max = 500) @Schema(examples = "已由家属解决")
            String reason) {}

    @Schema(name = "MicroWishHousehold", description = "The wish's household as staff see it")
    public record MicroWishHousehold(
            long id,
            @Schema(description = "Display address") String address,
            AreaRef grid) {}

    @Schema(name = "MicroWishClaimSummary", description = "A claim of a wish, as staff see it")
    public record MicroWishClaimSummary(
            long id,
            MicroWishClaimantKind claimantKind,
            @Schema(nullable = true) Long volunteerId,
            @Schema(nullable = true) Long unitId,
            String claimantName,
            MicroWishClaimStatus status,
            Instant claimedAt,
            @Schema(nullable = true) Instant fulfilledAt,
            @Schema(nullable = true) String fulfilNote,

            @Schema(description = "Whether a photo came with the fulfilment (GET .../photo)")
            boolean hasPhoto,

            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) String cancelReason,
            long version) {}

    @Schema(name = "MicroWishView", description = "A wish as staff in scope see it, beneficiary named")
    public record MicroWishView(
            long id,
            MicroWishHousehold household,
            AreaRef community,
            @Schema(nullable = true) Long residentId,
            String categoryCode,
            String title,
            @Schema(nullable = true) String description,
            @Schema(examples = "张三明") String beneficiaryName,
            @Schema(examples = "张*明") String beneficiaryMasked,
            MicroWishStatus status,
            @Schema(nullable = true) LocalDate wishDeadline,
            Instant publishedAt,

            @Schema(nullable = true, description = "The Beijing day staff confirmed it realised")
            LocalDate realisedOn,

            @Schema(nullable = true) String takenDownReason,

            @Schema(nullable = true, description = "The ACTIVE or FULFILLED claim")
            MicroWishClaimSummary liveClaim,

            @Schema(description = "Every claim, newest first")
            List<MicroWishClaimSummary> claims,

            long version)
            implements Versioned {}

    @Schema(name = "MicroWishSummary", description = "A wish in the staff list")
    public record MicroWishSummary(
            long id,
            AreaRef community,
            AreaRef grid,
            String address,
            String categoryCode,
            String title,
            String beneficiaryName,
            MicroWishStatus status,
            @Schema(nullable = true) LocalDate wishDeadline,
            Instant publishedAt,
            @Schema(nullable = true) LocalDate realisedOn,

            @Schema(nullable = true, description = "The live claim's claimant, or the realising one's")
            String claimantName,

            long version) {}

    @Schema(
            name = "MicroWishPublicView",
            description = "A wish as claimants see it: beneficiary masked, no address, no registry data")
    public record MicroWishPublicView(
            long id,
            AreaRef community,
            String categoryCode,
            String title,
            @Schema(nullable = true) String description,
            @Schema(examples = "张*明") String beneficiaryMasked,
            MicroWishStatus status,
            @Schema(nullable = true) LocalDate wishDeadline,
            Instant publishedAt) {}

    @Schema(
            name = "MicroWishDelivery",
            description = "What the live claimant needs to deliver: the beneficiary's name, the household's address and"
                    + " grid. Only while the claim is ACTIVE or FULFILLED; never an ID or phone number.")
    public record MicroWishDelivery(String beneficiaryName, String address, String gridName) {}

    @Schema(name = "MicroWishClaimView", description = "A claim as its claimant sees it")
    public record MicroWishClaimView(
            long id,
            MicroWishPublicView wish,
            MicroWishClaimantKind claimantKind,
            String claimantName,
            MicroWishClaimStatus status,
            Instant claimedAt,
            @Schema(nullable = true) Instant fulfilledAt,
            @Schema(nullable = true) String fulfilNote,
            boolean hasPhoto,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) String cancelReason,

            @Schema(nullable = true, description = "Only while the claim is live")
            MicroWishDelivery delivery,

            long version)
            implements Versioned {}

    @Schema(name = "MicroWishRankingRow", description = "One claimant's realised wishes in the period")
    public record MicroWishRankingRow(
            @Schema(description = "1 for the most; equal counts share a rank (1, 1, 3)")
            int rank,

            MicroWishClaimantKind claimantKind,
            @Schema(nullable = true) Long volunteerId,
            @Schema(nullable = true) Long unitId,
            String name,
            long realised) {}

    @Schema(
            name = "MicroWishRanking",
            description = "Wishes lit (点亮微心愿) per claimant: REALISED wishes with realised_on in the period, counted"
                    + " for the claimant of their realising claim; the top 100")
    public record MicroWishRanking(LocalDate from, LocalDate to, List<MicroWishRankingRow> rows) {}
}
