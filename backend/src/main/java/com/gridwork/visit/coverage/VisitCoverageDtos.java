package com.gridwork.visit.coverage;

import com.gridwork.visit.obligation.NotApplicableReason;
import com.gridwork.visit.obligation.VisitObligationState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Visit coverage; each figure is defined once, in {@link VisitCoverageDefinitions}. */
public final class VisitCoverageDtos {
    private VisitCoverageDtos() {}

    @Schema(name = "VisitCoverageGroupBy", description = "How the coverage's rows are grouped")
    public enum GroupBy {
        GRID,
        WORKER,
        CARE_TAG,
        PAIRING_TYPE
    }

    @Schema(name = "VisitCoverageFigure", description = "A figure whose obligations the drill-down lists")
    public enum FigureName {
        VISITED,
        SATISFIED_LATE,
        PARTIALLY_VISITED,
        ATTEMPTED_ONLY,
        NOT_VISITED,
        OVERDUE,
        EXCLUDED
    }

    @Schema(
            name = "VisitCoverageFigures",
            description = "The figures of the totals or of one row (definitions: the operation's description). visited"
                    + " + satisfiedLate + partiallyVisited + attemptedOnly + notVisited = denominator.")
    public record VisitCoverageFigures(
            long denominator,
            long excluded,
            long visited,
            long satisfiedLate,
            long partiallyVisited,
            long attemptedOnly,
            long notVisited,

            @Schema(description = "Open after the due day (among partiallyVisited, attemptedOnly and notVisited)")
            long overdue,

            @Schema(nullable = true, description = "(visited + satisfiedLate) / denominator in percent, one decimal")
            BigDecimal coverageRate,

            @Schema(nullable = true, description = "visited / denominator in percent, one decimal")
            BigDecimal onTimeRate) {}

    @Schema(name = "VisitCoverageRow")
    public record VisitCoverageRow(
            @Schema(description = "The grid's or worker's id, the code, or NONE for the row without one")
            String key,

            String label,
            VisitCoverageFigures figures) {}

    @Schema(name = "VisitCoverageRuleRef")
    public record RuleRef(long id, String name) {}

    @Schema(name = "VisitCoveragePeriod")
    public record PeriodRef(
            long id,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate dueOn,

            @Schema(description = "The obligations created when the period started, over the whole rule")
            int householdCount) {}

    @Schema(
            name = "VisitCoverageRuleChoice",
            description = "A rule the caller may read the coverage of, with its periods")
    public record RuleChoice(
            long id,
            String name,
            boolean active,
            @Schema(description = "Newest first") List<PeriodRef> periods,

            @Schema(nullable = true, description = "The period running today, else the latest that started")
            Long currentPeriodId) {}

    @Schema(name = "VisitCoverageDefinition")
    public record Definition(
            @Schema(description = "The figure's field in VisitCoverageFigures")
            String figure,

            String name,
            String definition) {}

    @Schema(name = "VisitCoverage")
    public record VisitCoverage(
            RuleRef rule,
            PeriodRef period,

            @Schema(nullable = true, description = "The area read; null for the caller's whole scope")
            Long areaId,

            @Schema(nullable = true) String areaName,
            GroupBy groupBy,
            VisitCoverageFigures totals,

            @Schema(
                    description = "For CARE_TAG the rows do not add up to the totals (a household counts under each"
                            + " of its codes)")
            boolean rowsAddUp,

            List<VisitCoverageRow> rows,

            @Schema(
                    examples = "本期应访2,400户（另有12户不适用），按期走访2,050户，逾期补访30户，部分走访0户，仅上门未遇80户，未走访240户；"
                            + "未完成320户，其中已逾期240户；覆盖率86.7%，按期走访率85.4%。")
            String reportLine,

            @Schema(description = "Each figure's definition in the caller's language")
            List<Definition> definitions) {}

    @Schema(name = "VisitCoverageMineItem", description = "The caller's own obligations under one rule and period")
    public record MineItem(RuleRef rule, PeriodRef period, VisitCoverageFigures totals, String reportLine) {}

    @Schema(name = "VisitCoverageMine")
    public record Mine(
            @Schema(
                    description = "One item per rule (the asked one, or every rule with an obligation of the caller in"
                            + " a period running today)")
            List<MineItem> items) {}

    @Schema(name = "VisitCoverageHousehold", description = "One obligation of the drill-down")
    public record HouseholdRow(
            long obligationId,
            long householdId,
            @Schema(nullable = true) String address,
            long gridId,
            String gridName,
            @Schema(nullable = true) Long responsibleId,
            @Schema(nullable = true) String responsibleName,
            @Schema(nullable = true) String pairingTypeCode,
            VisitObligationState state,
            int visitsRequired,
            int completedDays,
            int attemptDays,

            @Schema(nullable = true, description = "The household's last visit (any outcome), Beijing day")
            LocalDate lastVisitOn,

            @Schema(nullable = true) LocalDate satisfiedOn,
            @Schema(nullable = true) NotApplicableReason notApplicableReason,
            @Schema(nullable = true) String notApplicableNote) {}

    @Schema(name = "VisitCoverageProblemsRow")
    public record ProblemsRow(
            long staffId,
            String name,
            @Schema(description = "The worker's grids") String grids,
            long solved,
            boolean met) {}

    @Schema(name = "VisitCoverageProblemsSolved")
    public record ProblemsSolved(
            @Schema(examples = "2026-11") String month,
            @Schema(nullable = true) Long areaId,
            long workers,
            long workersMet,
            long solved,
            List<ProblemsRow> rows,
            String definition) {}
}
