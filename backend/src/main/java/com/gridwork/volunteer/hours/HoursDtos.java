package com.gridwork.volunteer.hours;

import com.gridwork.common.http.Versioned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the hours ledger API sends and receives. */
public final class HoursDtos {
    private HoursDtos() {}

    @Schema(
            name = "VolunteerHoursEntry",
            description = "One row of a volunteer's hours ledger; rows are never changed but for their one decision")
    public record EntryView(
            long id,
            long volunteerId,
            HoursSource source,
            HoursStatus status,
            @Schema(examples = "2026-11-20") LocalDate serviceDate,

            @Schema(description = "Negative for a REVERSAL") int minutes,

            @Schema(nullable = true) Long activityId,
            @Schema(nullable = true) String activityTitle,
            long communityId,

            @Schema(nullable = true, description = "What was done; for a REVERSAL, why it was made")
            String description,

            @Schema(nullable = true, description = "Text or a link the volunteer gave as evidence")
            String evidence,

            @Schema(nullable = true, description = "The entry this one reverses (a REVERSAL)")
            Long reversesId,

            @Schema(nullable = true, description = "The REVERSAL that undid this entry, if any")
            Long reversedById,

            String submittedBy,
            Instant submittedAt,
            @Schema(nullable = true) String decidedBy,
            @Schema(nullable = true) Instant decidedAt,

            @Schema(nullable = true, description = "Why it was rejected")
            String reason,

            @Schema(
                    description =
                            "True when the entry's month is locked in its sub-district: no decision on it any more")
            boolean monthLocked) {}

    @Schema(
            name = "VolunteerHoursTotals",
            description = "A volunteer's minutes by status; only confirmed minutes count anywhere")
    public record Totals(
            @Schema(
                    description =
                            "Confirmed hours (the README's definition): the sum of CONFIRMED entries' minutes, reversals included")
            long confirmedMinutes,

            @Schema(description = "Waiting for a decision") long submittedMinutes,
            long rejectedMinutes,

            @Schema(description = "星级: 0 below the first threshold")
            int star,

            @Schema(nullable = true, description = "Hours the next star needs; null at the highest star")
            Integer nextStarHours,

            @Schema(description = "The thresholds in force, hours for star 1, 2, ...")
            List<Integer> starThresholds) {}

    @Schema(
            name = "VolunteerHoursLedger",
            description = "A volunteer's hours: totals and one page of the ledger, newest service date first")
    public record Ledger(
            long volunteerId,
            String volunteerName,
            Totals totals,
            List<EntryView> entries,
            int page,
            int size,
            long total) {}

    @Schema(
            name = "VolunteerHoursInput",
            description = "Hours of service: back-filled by staff or reported by the volunteer")
    public record EntryInput(
            @NotNull @Schema(examples = "2026-11-20") LocalDate serviceDate,

            @NotNull @Min(1) @Max(LedgerRules.MAX_MINUTES) @Schema(examples = "120")
            Integer minutes,

            @NotBlank @Size(max = 500) @Schema(examples = "社区敬老院陪伴老人")
            String description,

            @Size(max = 1000)
            @Schema(nullable = true, description = "Evidence: text or a link (required for a self-report)")
            String evidence) {}

    @Schema(
            name = "VolunteerHoursReversalInput",
            description = "Reverse a confirmed entry; with a correction, also enter the right hours")
    public record ReversalInput(
            @Schema(nullable = true, description = "The reversal's date; today when omitted. Must lie in an open month")
            LocalDate serviceDate,

            @NotBlank @Size(max = 500) @Schema(examples = "时长登记有误")
            String reason,

            @Valid EntryInput correction) {}

    @Schema(
            name = "VolunteerHoursReversal",
            description = "The reversal made, and the correcting entry if one was asked for")
    public record ReversalResult(
            EntryView reversal, @Schema(nullable = true) EntryView correction) {}

    @Schema(name = "VolunteerHoursQueueGroup", description = "One volunteer's submitted entries waiting for a decision")
    public record VolunteerHoursQueueGroup(
            long volunteerId,
            String volunteerName,
            long communityId,
            String communityName,
            long count,
            long minutes,

            @Schema(description = "The submitted entries, oldest service date first")
            List<EntryView> entries) {}

    @Schema(name = "VolunteerHoursDecisionInput", description = "Confirm or reject submitted entries at once")
    public record DecisionInput(
            @NotEmpty @Size(max = 200) List<@NotNull Long> entryIds,
            @NotNull LedgerRules.Decision decision,

            @Size(max = 500) @Schema(nullable = true, description = "Required to reject")
            String reason) {}

    @Schema(name = "VolunteerHoursSkipReason")
    public enum SkipReason {
        ALREADY_DECIDED,
        MONTH_LOCKED
    }

    @Schema(name = "VolunteerHoursSkipped", description = "An entry that was not decided, and why")
    public record Skipped(long id, HoursStatus status, SkipReason reason) {}

    @Schema(
            name = "VolunteerHoursDecisionResult",
            description = "What was decided and what was not (never skipped silently)")
    public record DecisionResult(List<EntryView> decided, List<Skipped> skipped) {}

    @Schema(name = "VolunteerHoursMonthLock", description = "A locked month of a sub-district")
    public record MonthLockView(
            long subDistrictId,
            String subDistrictName,
            @Schema(examples = "2026-10") String month,
            String lockedBy,
            Instant lockedAt) {}

    @Schema(name = "VolunteerHoursMonthLockInput")
    public record MonthLockInput(
            @NotNull Long subDistrictId,

            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") @Schema(examples = "2026-10")
            String month) {}

    @Schema(name = "VolunteerStarLevels", description = "星级志愿者 thresholds of a sub-district")
    public record StarLevelsView(
            long subDistrictId,

            @Schema(description = "True while the sub-district follows the platform defaults")
            boolean inherited,

            @Schema(description = "Hours for star 1, 2, ...; increasing")
            List<Integer> minHours,

            @Schema(description = "0 while inherited; the ETag")
            long version)
            implements Versioned {}

    @Schema(name = "VolunteerStarLevelsUpdate")
    public record StarLevelsUpdate(
            @NotNull @Size(min = 1, max = StarLevels.MAX_STAR) @Schema(examples = "[100, 300, 600, 1000, 1500]")
            List<@NotNull Integer> minHours) {}
}
