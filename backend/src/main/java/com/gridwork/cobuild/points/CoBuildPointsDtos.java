package com.gridwork.cobuild.points;

import com.gridwork.cobuild.unit.OrganisationType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class CoBuildPointsDtos {
    private CoBuildPointsDtos() {}

    @Schema(name = "CoBuildPointsEntryView", description = "An entry of a unit's append-only points ledger")
    public record CoBuildPointsEntryView(
            long id,
            long unitId,
            String unitName,
            CoBuildPointsKind kind,
            int points,
            LocalDate earnedOn,
            @Schema(nullable = true) Long projectId,

            @Schema(nullable = true, description = "The entry this one reverses")
            Long reversesId,

            @Schema(nullable = true, description = "The entry that reversed this one")
            Long reversedById,

            @Schema(nullable = true) String reason,
            Instant createdAt) {}

    @Schema(name = "CoBuildPointsAdjustment", description = "Points added or taken away by hand, with a reason")
    public record CoBuildPointsAdjustment(
            @NotNull Long unitId,

            @NotNull @Min(-1000) @Max(1000) @Schema(description = "Not 0; negative takes points away")
            Integer points,

            @NotNull @Schema(description = "Not in the future, not in a locked month")
            LocalDate earnedOn,

            @NotBlank @Size(max = 500) @Schema(examples = "年度共建表彰加分")
            String reason) {}

    @Schema(name = "CoBuildPointsReverse")
    public record CoBuildPointsReverse(
            @NotBlank @Size(max = 500) @Schema(examples = "录入有误")
            String reason) {}

    @Schema(name = "CoBuildPointsMonthLockInput")
    public record CoBuildPointsMonthLockInput(
            @NotNull Long subDistrictId,

            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") @Schema(examples = "2026-10")
            String month) {}

    @Schema(name = "CoBuildPointsMonthLockView")
    public record CoBuildPointsMonthLockView(
            long subDistrictId, String subDistrictName, String month, Instant lockedAt) {}

    @Schema(name = "CoBuildPointsRankingRow")
    public record CoBuildPointsRankingRow(
            @Schema(description = "1 for the most points; equal points share a rank (1, 1, 3)")
            int rank,

            long unitId,
            String unitName,
            OrganisationType unitType,

            @Schema(description = "The sum of the unit's entries earned in the period, reversals included")
            long points,

            @Schema(description = "How many entries count") long entries) {}

    @Schema(
            name = "CoBuildPointsRanking",
            description = "Units of a sub-district by points earned in a period (units with 0 listed too)")
    public record CoBuildPointsRanking(LocalDate from, LocalDate to, List<CoBuildPointsRankingRow> items) {}
}
