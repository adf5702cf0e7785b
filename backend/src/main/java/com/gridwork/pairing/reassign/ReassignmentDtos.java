package com.gridwork.pairing.reassign;

import com.gridwork.pairing.HelperKind;
import com.gridwork.visit.obligation.VisitObligationState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class ReassignmentDtos {
    private ReassignmentDtos() {}

    @Schema(
            name = "PairingReassignmentHelper",
            description = "A helper: a staff member (staffId) or a volunteer (volunteerId), as kind says")
    public record ReassignmentHelper(
            @NotNull HelperKind kind,
            @Schema(nullable = true) Long staffId,
            @Schema(nullable = true) Long volunteerId) {}

    @Schema(
            name = "PairingReassignmentCreate",
            description = "Move every active pairing of one helper (in an area, within the caller's scope) to another")
    public record ReassignmentCreate(
            @NotNull @Valid ReassignmentHelper from,
            @NotNull @Valid ReassignmentHelper to,

            @Schema(
                    nullable = true,
                    description =
                            "Only pairings (and grid obligations) of households in this area: a grid changing hands")
            Long areaId,

            @Schema(
                    description =
                            "Also move the open obligations of the area's households that `from` answers for as their grid worker")
            boolean includeGridObligations,

            @NotBlank @Size(max = 500) String reason) {}

    @Schema(name = "PairingReassignmentRowKind")
    public enum RowKind {
        /** An active pairing that ends and continues with the new helper. */
        PAIRING,
        /** An open obligation of such a pairing. */
        PAIRING_OBLIGATION,
        /** An open obligation the helper answers for as the grid's worker. */
        GRID_OBLIGATION
    }

    @Schema(name = "PairingReassignmentHousehold")
    public record ReassignmentHousehold(long id, String address, long gridId, String gridName) {}

    @Schema(name = "PairingReassignmentRow", description = "One record a reassignment moves (or moved)")
    public record ReassignmentRow(
            RowKind kind,

            @Schema(description = "The pairing's id (the old one), or the obligation's")
            long id,

            ReassignmentHousehold household,

            @Schema(nullable = true, description = "The pairing's type (PAIRING_TYPE code)")
            String typeCode,

            @Schema(nullable = true) String ruleName,
            @Schema(nullable = true) LocalDate startsOn,
            @Schema(nullable = true) LocalDate dueOn,

            @Schema(nullable = true, description = "An obligation's state now")
            VisitObligationState state,

            @Schema(nullable = true, description = "The pairing that continues it (after the move)")
            Long newPairingId) {}

    @Schema(name = "PairingReassignmentPreview", description = "What a reassignment would move now; nothing is changed")
    public record ReassignmentPreview(
            int pairings,
            int obligations,
            int gridObligations,

            @Schema(description = "Every record that would move (pairings + obligations + grid obligations)")
            long total,

            @Schema(description = "True when there is nothing to move")
            boolean nothingToMove,

            @Schema(description = "The first 50 of them") List<ReassignmentRow> rows) {}

    @Schema(name = "PairingReassignmentParty")
    public record ReassignmentParty(
            HelperKind kind,
            @Schema(nullable = true) Long staffId,
            @Schema(nullable = true) Long volunteerId,
            String name) {}

    @Schema(name = "PairingReassignmentView", description = "A reassignment done, as history")
    public record PairingReassignmentView(
            long id,
            @Schema(nullable = true) Long areaId,
            @Schema(nullable = true) String areaName,
            ReassignmentParty from,
            ReassignmentParty to,
            @Schema(nullable = true) Long gridId,
            boolean includeGridObligations,
            String reason,
            int pairingsMoved,
            int obligationsMoved,
            int gridObligationsMoved,

            @Schema(description = "Everything moved (pairings + obligations + grid obligations)")
            long total,

            @Schema(description = "True when there was nothing to move (the record is kept all the same)")
            boolean nothingMoved,

            long doneById,
            String doneByName,
            Instant doneAt) {}

    @Schema(name = "PairingReassignmentDetail", description = "A reassignment with what it moved")
    public record ReassignmentDetail(PairingReassignmentView reassignment, List<ReassignmentRow> moved) {}
}
