package com.gridwork.partybuilding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The party-building and co-building statistics; each figure is defined once, in {@link PartyBuildingDefinitions}. */
public final class PartyBuildingDtos {
    private PartyBuildingDtos() {}

    @Schema(
            name = "PartyBuildingStatsCount",
            description = "A count under a code (an employer type, a post category, a status)")
    public record PartyBuildingStatsCount(
            String code,

            @Schema(description = "The code's name in the caller's language")
            String name,

            long count) {}

    @Schema(name = "PartyBuildingStatsUnitRatio")
    public record PartyBuildingStatsUnitRatio(
            long unitId,
            String unitName,
            long membersReported,

            @Schema(description = "The unit's party members in total")
            int partyMemberTotal,

            @Schema(
                    nullable = true,
                    description =
                            "Reported / employed in percent, one decimal; null when the unit has no party members")
            BigDecimal ratio,

            @Schema(
                    nullable = true,
                    description = "The largest total the unit's confirmed unit-level reports to the area gave")
            Integer unitReportTotal) {}

    @Schema(name = "PartyBuildingStatsMembers")
    public record PartyBuildingStatsMembers(
            long membersReported,
            long membersActiveNow,

            @Schema(description = "Every employer type, in the list's order")
            List<PartyBuildingStatsCount> byEmployerType,

            @Schema(description = "The post categories with members, in the code list's order")
            List<PartyBuildingStatsCount> byPostCategory,

            List<PartyBuildingStatsUnitRatio> unitRatios) {}

    @Schema(name = "PartyBuildingStatsPosts")
    public record PartyBuildingStatsPosts(
            long posts, long postCapacity, long liveClaims, long filledPosts, long claimsMade) {}

    @Schema(name = "PartyBuildingStatsWishes")
    public record PartyBuildingStatsWishes(
            long wishesPublished, long wishesClaimed, long wishesRealised, long wishesOpen) {}

    @Schema(name = "PartyBuildingStatsCoBuild")
    public record PartyBuildingStatsCoBuild(
            long units,
            long unitsPaired,
            long communitiesPaired,

            @Schema(description = "Every agreement status, in lifecycle order")
            List<PartyBuildingStatsCount> agreementsByStatus,

            @Schema(description = "Every project status, in lifecycle order")
            List<PartyBuildingStatsCount> projectsByStatus,

            long projectsSigned,
            long projectsCompleted,
            long overdueMilestones) {}

    @Schema(name = "PartyBuildingStatsDefinition")
    public record PartyBuildingStatsDefinition(
            @Schema(description = "The figure's field") String figure, String name, String definition) {}

    @Schema(name = "PartyBuildingStats")
    public record PartyBuildingStats(
            LocalDate from,
            LocalDate to,

            @Schema(nullable = true, description = "The area read; null for several areas or the whole platform")
            Long areaId,

            @Schema(nullable = true) String areaName,
            Instant generatedAt,
            PartyBuildingStatsMembers members,
            PartyBuildingStatsPosts posts,
            PartyBuildingStatsWishes wishes,
            PartyBuildingStatsCoBuild coBuild,

            @Schema(examples = "在职党员报到120名，认领岗位76个，点亮微心愿45个")
            String memberReportLine,

            @Schema(examples = "98家共建单位与15个社区结对，签订共建项目91项，完成60项")
            String coBuildReportLine,

            @Schema(description = "Each figure's definition in the caller's language")
            List<PartyBuildingStatsDefinition> definitions) {}
}
