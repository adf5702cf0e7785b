package com.gridwork.visit.household;

import com.gridwork.visit.VisitMode;
import com.gridwork.visit.VisitOutcome;
import com.gridwork.visit.VisitQuestionKind;
import com.gridwork.visit.obligation.VisitObligationState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The visitor's read model of the households it may visit (the phone's "my households" and household card). */
public final class VisitHouseholdDtos {
    private VisitHouseholdDtos() {}

    @Schema(name = "VisitHouseholdTag", description = "A care code the household carries, with its name")
    public record VisitHouseholdTag(String code, String name) {}

    @Schema(name = "VisitHouseholdStaffRef", description = "A staff account (a visitor, a responsible person)")
    public record VisitHouseholdStaffRef(long id, String name) {}

    @Schema(name = "VisitHouseholdPairing", description = "One of the caller's active pairings with the household")
    public record VisitHouseholdPairing(
            long id,

            @Schema(description = "Code of the PAIRING_TYPE list")
            String typeCode,

            @Schema(description = "Its name in the reader's language")
            String typeName,

            @Schema(nullable = true, description = "The resident the pairing is for, when it is for one person")
            Long residentId,

            @Schema(nullable = true) String residentName,
            LocalDate validFrom) {}

    @Schema(
            name = "VisitHouseholdSummary",
            description = "A household the caller may visit, as the phone lists it: for a helper one it is actively"
                    + " paired with, for staff one of its scope")
    public record VisitHouseholdSummary(
            long id,
            String address,
            long gridId,
            String gridName,
            @Schema(nullable = true) String headName,

            @Schema(description = "Care codes it carries: household tags and active members' care-group tags")
            List<VisitHouseholdTag> careTags,

            List<VisitHouseholdPairing> pairings,

            @Schema(description = "Open obligations the caller sees (a helper: those it answers for)")
            int openObligations,

            @Schema(nullable = true, description = "The nearest due day of those open obligations")
            LocalDate nextDueOn,

            @Schema(nullable = true, description = "DUE or OVERDUE for that day (ObligationState)")
            VisitObligationState nextDueState,

            @Schema(nullable = true, description = "The day of the household's last visit, by anyone")
            LocalDate lastVisitOn) {}

    @Schema(
            name = "VisitHouseholdMember",
            description = "An active member of the household as the visitor needs them: no ID number; the masked"
                    + " phone only for staff who read the registry")
    public record VisitHouseholdMember(
            long id,
            String name,
            @Schema(description = "Code of the GENDER list") String gender,
            int age,
            boolean head,
            List<VisitHouseholdTag> careTags,

            @Schema(nullable = true, examples = "138****5678")
            String phoneMasked) {}

    @Schema(name = "VisitHouseholdObligation", description = "An open obligation of the household")
    public record VisitHouseholdObligation(
            long id,
            long ruleId,
            String ruleName,
            long periodId,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate dueOn,

            @Schema(description = "DUE or OVERDUE (ObligationState)")
            VisitObligationState state,

            @Schema(nullable = true, description = "null when the grid had no worker at period start")
            VisitHouseholdStaffRef responsible,

            @Schema(nullable = true) Long pairingId,
            @Schema(nullable = true) String pairingTypeCode,
            int visitsRequired,
            int completedDays,
            int attemptDays) {}

    @Schema(name = "VisitHouseholdVisit", description = "One of the household's latest visits")
    public record VisitHouseholdVisit(
            long id,
            Instant visitedAt,
            LocalDate visitedOn,
            VisitHouseholdStaffRef visitor,
            VisitMode mode,
            VisitOutcome outcome) {}

    @Schema(name = "VisitHouseholdQuestion", description = "An active question of the sub-district, asked on a visit")
    public record VisitHouseholdQuestion(
            long id,
            String text,
            VisitQuestionKind kind,

            @Schema(description = "For CHOICE: the options; else empty")
            List<String> options) {}

    @Schema(
            name = "VisitHouseholdIssueCategory",
            description = "An active issue category of the household's sub-district, for a visit's findings")
    public record VisitHouseholdIssueCategory(long id, String name, int timeLimitDays) {}

    @Schema(
            name = "VisitHouseholdCard",
            description =
                    "Everything the visit form needs about a household in one answer: address, members,"
                            + " the caller's pairings, open obligations, the last visits, the questions, the needs list and the issue categories for findings")
    public record VisitHouseholdCard(
            long id,
            String address,
            long gridId,
            String gridName,
            @Schema(nullable = true) String headName,
            List<VisitHouseholdTag> careTags,
            List<VisitHouseholdMember> members,
            List<VisitHouseholdPairing> pairings,

            @Schema(
                    description =
                            "Open obligations the caller sees (a helper: those it answers for), nearest due first")
            List<VisitHouseholdObligation> obligations,

            @Schema(description = "The last five visits, newest first")
            List<VisitHouseholdVisit> recentVisits,

            List<VisitHouseholdQuestion> questions,

            @Schema(description = "The VISIT_NEED list: codes and names in the reader's language")
            List<VisitHouseholdTag> needs,

            @Schema(description = "The categories a finding may take (a helper reads no issue list of its own)")
            List<VisitHouseholdIssueCategory> issueCategories) {}
}
