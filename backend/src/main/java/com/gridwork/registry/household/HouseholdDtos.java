package com.gridwork.registry.household;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.http.Versioned;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.resident.ResidentDtos;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class HouseholdDtos {
    private HouseholdDtos() {}

    @Schema(name = "HouseholdSummary")
    public record HouseholdSummary(
            long id,
            AreaRef grid,
            @Schema(nullable = true) AreaRef building,
            @Schema(nullable = true) String unitNo,
            @Schema(nullable = true) String roomNo,

            @Schema(description = "Display address: building, unit and room, or the free address")
            String address,

            String housingType,
            List<String> tags,
            @Schema(nullable = true) Long headResidentId,
            @Schema(nullable = true) String headName,
            long memberCount,

            @Schema(nullable = true, examples = "138****5678")
            String phoneMasked,

            RecordStatus status,

            @Schema(description = "Another active household has the same location")
            boolean possibleDuplicate,

            long version,
            Instant updatedAt) {}

    @Schema(name = "HouseholdEventView")
    public record HouseholdEventView(
            long id,
            HouseholdEvent.Kind kind,
            @Schema(nullable = true) String detail,
            @Schema(nullable = true) Long residentId,
            @Schema(nullable = true) String residentName,
            @Schema(nullable = true) AreaRef from,
            @Schema(nullable = true) AreaRef to,

            @Schema(description = "The username of who did it")
            String actor,

            @Schema(
                    description =
                            "Who did it, as people read it: their display name (the username once the account is gone)")
            String actorName,

            Instant at) {}

    @Schema(name = "HouseholdDetail")
    public record HouseholdDetail(
            HouseholdSummary household,
            List<AreaRef> gridAncestors,
            @Schema(nullable = true) LocalDate tenureStart,
            @Schema(nullable = true) String notes,
            @Schema(nullable = true) Long landlordHouseholdId,
            @Schema(nullable = true) LocalDate movedOutOn,
            List<ResidentDtos.ResidentSummary> members,

            @Schema(description = "Other active households at the same location (likely duplicates)")
            List<Long> duplicateIds,

            List<HouseholdEventView> history,
            Instant createdAt)
            implements Versioned {
        @Override
        public long version() {
            return household.version();
        }
    }

    @Schema(name = "HouseholdCreate")
    public record HouseholdCreate(
            @NotNull Long gridId,

            @Schema(description = "A building of the grid; omit for bungalow areas and give address")
            Long buildingId,

            @Size(max = 16) String unitNo,
            @Size(max = 16) String roomNo,
            @Size(max = 200) String address,

            @NotBlank @Size(max = 32) @Schema(description = "HOUSING_TYPE code", examples = "OWNED")
            String housingType,

            LocalDate tenureStart,

            @Pattern(regexp = Phones.PATTERN, message = "{gridwork.phone.pattern}")
            String phone,

            @Size(max = 20) List<@NotBlank String> tags,
            @Size(max = 1000) String notes,
            Long landlordHouseholdId) {}

    @Schema(name = "HouseholdUpdate", description = "Location changes go through move")
    public record HouseholdUpdate(
            @NotBlank @Size(max = 32) String housingType,
            LocalDate tenureStart,

            @Pattern(regexp = Phones.PATTERN, message = "{gridwork.phone.pattern}")
            @Schema(description = "A new number; omit to keep the current one (clients only see it masked)")
            String phone,

            @Schema(description = "Remove the phone number") boolean clearPhone,
            @Size(max = 20) List<@NotBlank String> tags,
            @Size(max = 1000) String notes,
            Long landlordHouseholdId,

            @Schema(description = "A member of this household")
            Long headResidentId) {}

    @Schema(name = "HouseholdMove")
    public record HouseholdMove(
            @NotNull Long gridId,
            Long buildingId,
            @Size(max = 16) String unitNo,
            @Size(max = 16) String roomNo,
            @Size(max = 200) String address,
            @Size(max = 500) String reason) {}

    @Schema(name = "MoveOut")
    public record MoveOut(
            @Schema(description = "Defaults to today") LocalDate date,
            @Size(max = 500) String reason) {}

    @Schema(name = "RevealRequest")
    public record RevealRequest(
            @NotNull @Schema(enumeration = {"ID_CARD", "PHONE"})
            RevealField field,

            @NotBlank @Size(min = 2, max = 500) @Schema(examples = "电话回访核实低保申请")
            String reason) {}

    public enum RevealField {
        ID_CARD,
        PHONE
    }

    @Schema(name = "Revealed", description = "A plaintext value; the access was written to the audit log")
    public record Revealed(RevealField field, String value) {}
}
