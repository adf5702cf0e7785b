package com.gridwork.party.feedback;

import com.gridwork.cobuild.unit.OrganisationType;
import com.gridwork.common.http.Versioned;
import com.gridwork.party.PartyReportStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

public final class PartyFeedbackDtos {
    private PartyFeedbackDtos() {}

    @Schema(name = "PartyFeedbackRef", description = "A record named on a feedback form: its id and name")
    public record PartyFeedbackRef(long id, String name) {}

    @Schema(
            name = "PartyFeedbackView",
            description = "The year-end feedback form (反馈单) of one confirmed report: the member, the employer, the"
                    + " year's figures (computed from the ledger and the claims whenever read, never stored) and the"
                    + " community's rating and comment. Its version counts the ratings saved: 0 before the first.")
    public record PartyFeedbackView(
            long reportId,
            int year,
            PartyFeedbackRef volunteer,
            PartyFeedbackRef community,
            String employer,
            @Schema(nullable = true) String employerPartyOrg,
            OrganisationType employerType,
            PartyReportStatus reportStatus,

            @Schema(description = PartyFeedbackDefinitions.CONFIRMED_MINUTES)
            long confirmedMinutes,

            @Schema(description = "confirmedMinutes in hours, two decimals")
            BigDecimal confirmedHours,

            @Schema(description = PartyFeedbackDefinitions.POSTS_HELD)
            long postsHeld,

            @Schema(description = PartyFeedbackDefinitions.WISHES_REALISED)
            long wishesRealised,

            @Schema(nullable = true, description = "Null until the community rates the member")
            PartyFeedbackRating rating,

            @Schema(nullable = true) String comment,

            @Schema(nullable = true, description = "Who rated (display name)")
            String ratedBy,

            @Schema(nullable = true) Instant ratedAt,
            long version)
            implements Versioned {}

    @Schema(name = "PartyFeedbackRate", description = "The community's rating and comment")
    public record PartyFeedbackRate(
            @NotNull PartyFeedbackRating rating,

            @Size(max = 1000) @Schema(description = "The community's comment (社区意见)", maxLength = 1000)
            String comment) {}

    @Schema(name = "PartyFeedbackEmployer", description = "An employer named on the forms of a year, with its counts")
    public record PartyFeedbackEmployer(
            String employer,

            @Schema(description = "Forms (confirmed reports) of its members")
            long members,

            @Schema(description = "Of them, rated") long rated) {}
}
