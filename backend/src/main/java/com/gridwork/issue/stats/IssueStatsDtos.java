package com.gridwork.issue.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The issue statistics; the definitions are in the README ("Issue statistics") and on the export's last sheet. */
public final class IssueStatsDtos {
    private IssueStatsDtos() {}

    @Schema(name = "IssueMetrics")
    public record IssueMetrics(
            @Schema(description = "Issues received in the period")
            long received,

            @Schema(description = "Of those, accepted (受理) at some point")
            long accepted,

            @Schema(description = "Of those, rejected") long rejected,

            @Schema(description = "Of those, now resolved or closed")
            long resolved,

            @Schema(description = "Of those, now closed with the resident's word (办结)")
            long closed,

            @Schema(description = "Of those, still open") long open,

            @Schema(
                    description =
                            "Issues whose last day falls in the period and whose deadline has passed or that are resolved (rejected excluded)")
            long dueCount,

            @Schema(description = "Of those, resolved by their deadline")
            long onTimeCount,

            @Schema(nullable = true, description = "onTimeCount / dueCount; open overdue issues count as late")
            Double onTimeRate,

            @Schema(description = "Of the due ones, still open and overdue")
            long overdueOpen,

            @Schema(
                    nullable = true,
                    description = "Mean hours from receipt to resolution, over resolved issues received in the period")
            Double avgResolveHours,

            @Schema(nullable = true, description = "90th percentile (nearest rank) of the same")
            Double p90ResolveHours,

            @Schema(
                    description =
                            "Every satisfaction answer given on issues received in the period, reopening ones included")
            long feedbackCount,

            long satisfiedCount,
            long basicallySatisfiedCount,
            long unsatisfiedCount,

            @Schema(nullable = true, description = "(satisfied + basically satisfied) / feedbackCount")
            Double satisfactionRate) {}

    @Schema(name = "IssueStatsRow")
    public record IssueStatsRow(
            @Schema(nullable = true, description = "Null for issues placed at community level (no grid)")
            Long id,

            String name,

            @Schema(nullable = true, description = "The community of a grid row")
            String parentName,

            IssueMetrics metrics) {}

    @Schema(name = "IssueStats")
    public record IssueStats(
            LocalDate from,
            LocalDate to,
            @Schema(nullable = true) Long areaId,
            @Schema(nullable = true) String areaName,
            Instant generatedAt,
            IssueMetrics totals,
            List<IssueStatsRow> byCategory,
            List<IssueStatsRow> byCommunity,
            List<IssueStatsRow> byGrid,

            @Schema(examples = "2026-11-01至2026-11-21，受理176项，办结169项，按期办结率96.0%，满意率98.2%")
            String reportLine) {}
}
