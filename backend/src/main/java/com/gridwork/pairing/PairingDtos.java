package com.gridwork.pairing;

import com.gridwork.common.http.Versioned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

public final class PairingDtos {
    private PairingDtos() {}

    @Schema(name = "PairingHousehold", description = "The household of a pairing, with its grid")
    public record PairingHousehold(
            long id,

            @Schema(description = "Display address: building, unit and room, or the free address")
            String address,

            long gridId,
            String gridName) {}

    @Schema(
            name = "PairingView",
            description = "A helper paired with a household or one resident of it (结对帮扶). A VOLUNTEER helper without a"
                    + " sign-in account (helperStaffId null) is paired but cannot record visits.")
    public record PairingView(
            long id,
            PairingHousehold household,

            @Schema(nullable = true, description = "The resident the pairing is for; null: the whole household")
            Long residentId,

            @Schema(nullable = true) String residentName,
            @Schema(description = "A PAIRING_TYPE code") String typeCode,
            HelperKind helperKind,

            @Schema(nullable = true, description = "The account the helper signs in and visits with")
            Long helperStaffId,

            @Schema(nullable = true) Long helperVolunteerId,

            @Schema(description = "The helper's name when paired")
            String helperName,

            PairingStatus status,
            LocalDate validFrom,

            @Schema(nullable = true, description = "The planned end while active; the day it ended once ended")
            LocalDate validTo,

            @Schema(nullable = true) PairingEndReason endReason,
            @Schema(nullable = true) String endNote,
            @Schema(nullable = true) Long reassignedFromId,
            @Schema(nullable = true) String notes,
            long version)
            implements Versioned {}

    @Schema(name = "PairingHelperInput", description = "Who helps: a staff account or a volunteer profile")
    public record PairingHelperInput(
            @NotNull @Schema(description = "STAFF or VOLUNTEER; PARTY_MEMBER and UNIT are not yet available")
            HelperKind kind,

            @Schema(description = "For STAFF: the staff account (not a volunteer's account)")
            Long staffId,

            @Schema(description = "For VOLUNTEER: the volunteer profile; its account, if any, visits")
            Long volunteerId) {}

    @Schema(name = "PairingCreate")
    public record PairingCreate(
            @NotNull Long householdId,

            @Schema(description = "An active resident of the household, when the pairing is for one person")
            Long residentId,

            @NotBlank @Size(max = 32) @Schema(description = "A PAIRING_TYPE code", examples = "ELDERLY_ALONE")
            String typeCode,

            @NotNull @Valid PairingHelperInput helper,

            @NotNull @Schema(description = "At most a year in the past")
            LocalDate validFrom,

            @Schema(description = "The planned end; not before validFrom")
            LocalDate validTo,

            @Size(max = 1000) String notes) {}

    @Schema(name = "PairingEnd", description = "Ends a pairing (REASSIGNED is the reassignment's own reason)")
    public record PairingEnd(
            @NotNull PairingEndReason reason,
            @Size(max = 500) @Schema(examples = "帮扶对象已迁出") String note,

            @Schema(description = "Defaults to today; not before validFrom, not after today")
            LocalDate endedOn) {}

    @Schema(name = "PairingSuggestionResident", description = "A resident whose care-group tag makes the suggestion")
    public record PairingSuggestionResident(long id, String name) {}

    @Schema(
            name = "PairingSuggestion",
            description =
                    "A household carrying a care code that a pairing type serves, without an active pairing of that type")
    public record PairingSuggestion(
            PairingHousehold household,

            @Schema(description = "The care codes carried (household tags and active residents' care-group tags)")
            List<String> careCodes,

            @Schema(description = "The PAIRING_TYPE codes suggested")
            List<String> typeCodes,

            @Schema(description = "The residents whose care-group tags count")
            List<PairingSuggestionResident> residents) {}

    @Schema(name = "PairingHelperCandidate", description = "Someone who may be paired as a helper")
    public record PairingHelperCandidate(
            HelperKind kind,

            @Schema(nullable = true, description = "The sign-in account (a volunteer's, when it has one)")
            Long staffId,

            @Schema(nullable = true) Long volunteerId,
            String name,

            @Schema(description = "Whether the helper can sign in and record visits")
            boolean hasAccount,

            @Schema(description = "Active pairings the helper has now")
            long activePairings) {}
}
