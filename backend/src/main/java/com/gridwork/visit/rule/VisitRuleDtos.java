package com.gridwork.visit.rule;

import com.gridwork.common.http.Versioned;
import com.gridwork.visit.VisitMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class VisitRuleDtos {
    private VisitRuleDtos() {}

    @Schema(name = "VisitRuleView")
    public record VisitRuleView(
            long id,
            long subDistrictId,
            String name,
            VisitTarget target,

            @Schema(
                    description =
                            "CARE_TAGGED: care codes (CARE_GROUP or HOUSEHOLD_TAG); PAIRED: pairing types (none: every type)")
            List<String> codes,

            VisitResponsible responsible,
            PeriodKind periodKind,

            @Schema(nullable = true, description = "N for EVERY_N_DAYS, else null")
            Integer periodDays,

            @Schema(description = "The first day of the rule's first period")
            LocalDate anchorDate,

            int visitsRequired,
            List<VisitMode> modes,
            boolean active,

            @Schema(nullable = true, description = "Which of the two defaults this rule began as, if one")
            DefaultVisitRule defaultRule,

            @Schema(
                    nullable = true,
                    description = "The period running today (null: none, before the anchor date or switched off)")
            VisitRuleCurrentPeriod currentPeriod,

            @Schema(
                    description =
                            "True once a period's obligations exist: target, codes, responsible and the period are fixed then")
            boolean hasPeriods,

            long version)
            implements Versioned {}

    /** The running period: a generated one (with its id), or the one the rule's dates give before generation. */
    @Schema(name = "VisitRuleCurrentPeriod")
    public record VisitRuleCurrentPeriod(
            @Schema(
                    nullable = true,
                    description = "The visit period's id once its obligations were generated, else null")
            Long id,

            LocalDate startsOn,
            LocalDate endsOn,

            @Schema(description = "The period's last working day in the sub-district's calendar")
            LocalDate dueOn) {}

    @Schema(name = "VisitRuleInput")
    public record VisitRuleInput(
            @Schema(
                    nullable = true,
                    description = "The owning sub-district; defaults to the caller's; fixed once created")
            Long subDistrictId,

            @NotBlank @Size(max = 100) String name,
            @NotNull VisitTarget target,

            @Schema(
                    nullable = true,
                    description =
                            "CARE_TAGGED: one or more care codes; PAIRED: pairing types (none: every type); ALL_HOUSEHOLDS: none")
            @Size(max = 30)
            List<@NotBlank @Size(max = 32) String> codes,

            @NotNull VisitResponsible responsible,
            @NotNull PeriodKind periodKind,

            @Schema(nullable = true, description = "Required for EVERY_N_DAYS (1 to 366), absent otherwise")
            Integer periodDays,

            @Schema(description = "The first day of the first period, within a year of today") @NotNull
            LocalDate anchorDate,

            @NotNull @Min(1) @Max(31) Integer visitsRequired,
            @NotNull @Size(min = 1, max = 4) List<@NotNull VisitMode> modes) {}

    @Schema(name = "VisitRulePeriodView")
    public record VisitRulePeriodView(
            long id,
            long ruleId,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate dueOn,
            Instant generatedAt,

            @Schema(description = "The denominator: obligations created when the period started")
            int householdCount) {}
}
