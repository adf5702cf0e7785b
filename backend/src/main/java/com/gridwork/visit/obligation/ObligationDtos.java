package com.gridwork.visit.obligation;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What the visit obligations API shows and takes. */
public final class ObligationDtos {
    private ObligationDtos() {}

    @Schema(name = "VisitObligationHousehold", description = "The household an obligation is for")
    public record ObligationHousehold(long id, String address, long gridId, String gridName) {}

    @Schema(name = "VisitObligationResponsible", description = "The staff account that answers for an obligation")
    public record ObligationResponsible(long id, String name) {}

    @Schema(
            name = "VisitObligationView",
            description = "One household's obligation under a rule for a period. state is computed by the one"
                    + " function shared with the coverage figures: DUE until the due day (the period's last working"
                    + " day), OVERDUE after it while open.")
    public record VisitObligationView(
            long id,
            long ruleId,
            String ruleName,
            long periodId,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate dueOn,
            VisitObligationState state,
            ObligationHousehold household,

            @Schema(nullable = true, description = "Null when the grid had no worker at period start (still counted)")
            ObligationResponsible responsible,

            @Schema(nullable = true, description = "Under a paired rule: the pairing it is for")
            Long pairingId,

            @Schema(nullable = true, description = "The pairing's type (PAIRING_TYPE code)")
            String pairingTypeCode,

            int visitsRequired,

            @Schema(description = "Distinct days with a completed visit that counts")
            int completedDays,

            @Schema(description = "Distinct days with attempts only (nobody home, refused, wrong address)")
            int attemptDays,

            @Schema(nullable = true, description = "The day of the visit that satisfied it")
            LocalDate satisfiedOn,

            @Schema(nullable = true, description = "The last visit that counted or was attempted")
            Long lastVisitId,

            @Schema(nullable = true) NotApplicableReason notApplicableReason,
            @Schema(nullable = true) String notApplicableNote,
            long version)
            implements Versioned {}

    @Schema(
            name = "VisitObligationNotApplicable",
            description = "Takes an open obligation out of the denominator by hand. Only OTHER may be sent: the other"
                    + " reasons are set automatically when the household moves out, loses the tag, the pairing or"
                    + " the rule ends.")
    public record ObligationNotApplicable(
            @NotNull NotApplicableReason reason,
            @NotBlank @Size(max = 500) String note) {}

    @Schema(
            name = "VisitRuleGeneration",
            description = "The period a generation found or created; householdCount is its fixed denominator")
    public record VisitRuleGeneration(long periodId, LocalDate startsOn, int householdCount, boolean created) {}
}
