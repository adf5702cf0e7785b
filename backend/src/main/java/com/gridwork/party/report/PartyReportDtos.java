package com.gridwork.party.report;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.cobuild.unit.OrganisationType;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.http.Versioned;
import com.gridwork.party.PartyReportStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class PartyReportDtos {
    private PartyReportDtos() {}

    @Schema(name = "PartyReportVolunteer", description = "The reporting member: their volunteer profile")
    public record PartyReportVolunteer(long id, String name) {}

    @Schema(name = "PartyReportUnit", description = "A co-building unit as a report names it")
    public record PartyReportUnit(long id, String name) {}

    @Schema(name = "PartyReportView", description = "A party member's yearly report (报到) to a community")
    public record PartyReportView(
            long id,
            int year,
            PartyReportVolunteer volunteer,

            @Schema(nullable = true, description = "The registry's resident, when the member lives in the sub-district")
            Long residentId,

            AreaRef community,
            @Schema(examples = "区财政局") String employer,
            @Schema(nullable = true, examples = "区财政局机关党支部") String employerPartyOrg,
            OrganisationType employerType,

            @Schema(nullable = true, description = "The employer when it is a registered co-building unit")
            PartyReportUnit unit,

            @Schema(nullable = true, examples = "法律咨询, 文艺") String skills,
            PartyReportStatus status,

            @Schema(nullable = true, description = "Why it was rejected, withdrawn or transferred")
            String statusReason,

            @Schema(
                    nullable = true,
                    description = "The report this one continues (last year's, or the one transferred)")
            Long previousId,

            Instant submittedAt,
            @Schema(nullable = true) Instant decidedAt,
            long version)
            implements Versioned {}

    @Schema(name = "PartyReportDetail", description = "A report with the chain of reports it continues, newest first")
    public record PartyReportDetail(
            PartyReportView report,
            List<PartyReportView> history,

            @Schema(description = "The other communities of the report's sub-district: where it may be transferred")
            List<AreaRef> transferTargets)
            implements Versioned {
        @Override
        public long version() {
            return report.version();
        }
    }

    /** The fields of a report that staff and the member fill in alike. */
    public interface PartyReportFields {
        Long communityId();

        Integer year();

        String employer();

        String employerPartyOrg();

        OrganisationType employerType();

        Long unitId();

        String skills();
    }

    @Schema(name = "PartyReportPersonInput", description = "A person with no volunteer profile yet: one is created")
    public record PartyReportPersonInput(
            @NotBlank @Size(max = 64) @Schema(examples = "李静")
            String name,

            @NotBlank
            @Schema(description = "18-character resident ID number (GB 11643)", examples = "110101199003074518")
            String idCard,

            @Pattern(regexp = Phones.PATTERN, message = "{gridwork.phone.pattern}")
            String phone) {}

    @Schema(
            name = "PartyReportCreate",
            description = "Staff enter a member's report: an existing volunteer profile (volunteerId) or a new person")
    public record PartyReportCreate(
            @NotNull @Schema(description = "A community in the caller's scope")
            Long communityId,

            @NotNull @Schema(description = "This year or the next")
            Integer year,

            @Schema(nullable = true, description = "The member's volunteer profile; or give person")
            Long volunteerId,

            @Valid @Schema(description = "A person to register as a volunteer of the community; or give volunteerId")
            PartyReportPersonInput person,

            @Schema(nullable = true, description = "The registry's resident; found by the ID number when omitted")
            Long residentId,

            @NotBlank @Size(max = 100) String employer,
            @Size(max = 100) String employerPartyOrg,
            @NotNull OrganisationType employerType,

            @Schema(nullable = true, description = "An ACTIVE co-building unit of the community's sub-district")
            Long unitId,

            @Size(max = 500) String skills)
            implements PartyReportFields {}

    @Schema(name = "PartyReportOwnCreate", description = "A member submits their own report")
    public record PartyReportOwnCreate(
            @NotNull @Schema(description = "A community of the sub-district of the member's volunteer profile")
            Long communityId,

            @NotNull @Schema(description = "This year or the next")
            Integer year,

            @NotBlank @Size(max = 100) String employer,
            @Size(max = 100) String employerPartyOrg,
            @NotNull OrganisationType employerType,
            @Schema(nullable = true) Long unitId,
            @Size(max = 500) String skills)
            implements PartyReportFields {}

    @Schema(name = "PartyReportReason", description = "Why a report is rejected or withdrawn")
    public record PartyReportReason(
            @NotBlank @Size(max = 500) @Schema(examples = "已调离本区")
            String reason) {}

    @Schema(
            name = "PartyReportTransfer",
            description = "Moves a member's report to another community of the sub-district")
    public record PartyReportTransfer(
            @NotNull Long communityId,

            @NotBlank @Size(max = 500) @Schema(examples = "搬家至新社区")
            String reason) {}

    @Schema(
            name = "PartyReportPrefill",
            description =
                    "A member's form for a year, prefilled from their last report; the communities and units to pick")
    public record PartyReportPrefill(
            int year,
            @Schema(nullable = true) Long communityId,
            @Schema(nullable = true) String employer,
            @Schema(nullable = true) String employerPartyOrg,
            @Schema(nullable = true) OrganisationType employerType,
            @Schema(nullable = true) Long unitId,
            @Schema(nullable = true) String skills,

            @Schema(nullable = true, description = "The report the values come from")
            Long previousId,

            @Schema(nullable = true, description = "The member's live report of that year, when there is one already")
            Long existingId,

            @Schema(description = "The communities of the member's sub-district")
            List<AreaRef> communities,

            @Schema(description = "The sub-district's active co-building units")
            List<PartyReportUnit> units) {}

    // ---- unit reports ----------------------------------------------------------------------------------------------

    @Schema(name = "PartyUnitReportView", description = "A unit's party organisation reporting to a community")
    public record PartyUnitReportView(
            long id,
            int year,
            PartyReportUnit unit,
            AreaRef community,
            String partyOrgName,

            @Schema(description = "The unit's party members at the time of the report")
            int partyMemberTotal,

            PartyReportStatus status,
            @Schema(nullable = true) String statusReason,
            @Schema(nullable = true) Long previousId,
            Instant submittedAt,
            @Schema(nullable = true) Instant decidedAt,
            long version)
            implements Versioned {}

    @Schema(name = "PartyUnitReportDetail", description = "A unit report with the reports it continues, newest first")
    public record PartyUnitReportDetail(PartyUnitReportView report, List<PartyUnitReportView> history)
            implements Versioned {
        @Override
        public long version() {
            return report.version();
        }
    }

    @Schema(name = "PartyUnitReportCreate", description = "Staff enter a unit's report to a community")
    public record PartyUnitReportCreate(
            @NotNull @Schema(description = "An ACTIVE co-building unit of the community's sub-district")
            Long unitId,

            @NotNull @Schema(description = "A community in the caller's scope")
            Long communityId,

            @NotNull @Schema(description = "This year or the next")
            Integer year,

            @Size(max = 100) @Schema(nullable = true, description = "Defaults to the unit's party organisation")
            String partyOrgName,

            @NotNull @Min(0) @Max(1_000_000) Integer partyMemberTotal) {}
}
