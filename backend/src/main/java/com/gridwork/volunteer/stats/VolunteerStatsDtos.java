package com.gridwork.volunteer.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The volunteer-service statistics; each figure is defined once, in {@link VolunteerStatsDefinitions}. */
public final class VolunteerStatsDtos {
    private VolunteerStatsDtos() {}

    @Schema(
            name = "VolunteerFigures",
            description = "The figures of one area, team or category (definitions: the operation's description)")
    public record VolunteerFigures(
            @Schema(nullable = true, description = "Null on team and category rows")
            Long teams,

            @Schema(nullable = true, description = "Null on team and category rows")
            Long registeredVolunteers,

            long activeVolunteers,
            long activities,
            long services,

            @Schema(description = "Confirmed hours, one decimal")
            BigDecimal hours) {}

    @Schema(name = "VolunteerStatsRow")
    public record VolunteerStatsRow(
            @Schema(
                    nullable = true,
                    description = "The community's, sub-district's or team's id; null on category rows")
            Long id,

            @Schema(nullable = true, description = "The category's code on category rows")
            String code,

            String name,
            VolunteerFigures figures) {}

    @Schema(name = "VolunteerStatsDefinition")
    public record VolunteerStatsDefinition(
            @Schema(description = "The figure's field in VolunteerFigures")
            String figure,

            String name,
            String definition) {}

    @Schema(name = "VolunteerStats")
    public record VolunteerStats(
            LocalDate from,
            LocalDate to,

            @Schema(nullable = true, description = "The area read; null for several areas or the whole platform")
            Long areaId,

            @Schema(nullable = true) String areaName,
            Instant generatedAt,
            VolunteerFigures totals,

            @Schema(description = "Per community (and the sub-district's own teams), in area order")
            List<VolunteerStatsRow> byCommunity,

            @Schema(description = "The teams with the most confirmed hours (at most 20), most first")
            List<VolunteerStatsRow> byTeam,

            @Schema(description = "Per activity category, in the code list's order")
            List<VolunteerStatsRow> byCategory,

            @Schema(examples = "志愿服务队65支，注册志愿者1441名，开展志愿服务529次，服务时长3120.5小时")
            String reportLine,

            @Schema(description = "Each figure's definition in the caller's language")
            List<VolunteerStatsDefinition> definitions) {}

    @Schema(name = "VolunteerRankingEntry")
    public record VolunteerRankingEntry(
            int rank, long volunteerId, String name, String communityName, BigDecimal hours, long services) {}

    @Schema(name = "VolunteerRanking")
    public record VolunteerRanking(
            LocalDate from,
            LocalDate to,
            @Schema(nullable = true) Long areaId,
            List<VolunteerRankingEntry> entries) {}
}
