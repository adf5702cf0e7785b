package com.gridwork.registry.resident;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.http.Versioned;
import com.gridwork.registry.RecordStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class ResidentDtos {
    private ResidentDtos() {}

    @Schema(name = "ResidentSummary")
    public record ResidentSummary(
            long id,
            long householdId,
            String name,
            String gender,
            LocalDate birthDate,
            int age,
            @Schema(examples = "110101********1234") String idCardMasked,

            @Schema(nullable = true, examples = "138****5678")
            String phoneMasked,

            String relation,
            String registrationType,
            List<String> tags,
            RecordStatus status,
            AreaRef grid,
            String address,
            long version) {}

    @Schema(name = "ResidentDetail")
    public record ResidentDetail(
            ResidentSummary resident,
            String ethnicity,
            @Schema(nullable = true) String politicalStatus,
            @Schema(nullable = true) String employmentStatus,
            @Schema(nullable = true) String education,
            @Schema(nullable = true) String disabilityGrade,
            @Schema(nullable = true) LocalDate moveInDate,
            @Schema(nullable = true) LocalDate moveOutDate,
            Instant createdAt,
            Instant updatedAt)
            implements Versioned {
        @Override
        public long version() {
            return resident.version();
        }
    }

    @Schema(
            name = "ResidentPage",
            description = "A page of residents; nextCursor continues after the last item (keyset, for deep pages)")
    public record ResidentPage(
            List<ResidentSummary> items,
            int page,
            int size,
            long total,
            @Schema(nullable = true) String nextCursor) {}

    /** The fields a resident's form sends, on create and on update. */
    public interface ResidentFields {
        String name();

        String idCard();

        String phone();

        String ethnicity();

        String relation();

        String registrationType();

        String politicalStatus();

        String employmentStatus();

        String education();

        String disabilityGrade();

        List<String> tags();

        LocalDate moveInDate();

        String gender();

        LocalDate birthDate();

        /** Update only: remove the phone number (an omitted phone keeps it). */
        default boolean clearPhone() {
            return false;
        }
    }

    @Schema(name = "ResidentCreate")
    public record ResidentCreate(
            @NotNull Long householdId,

            @NotBlank @Size(max = 64) @Schema(examples = "张伟")
            String name,

            @NotBlank
            @Schema(description = "18-character resident ID number (GB 11643)", examples = "110101199003074518")
            String idCard,

            @Pattern(regexp = Phones.PATTERN, message = "{gridwork.phone.pattern}")
            String phone,

            @NotBlank @Schema(description = "ETHNICITY code", examples = "01")
            String ethnicity,

            @NotBlank @Schema(description = "RELATION code", examples = "HEAD")
            String relation,

            @NotBlank @Schema(description = "REGISTRATION_TYPE code", examples = "LOCAL")
            String registrationType,

            String politicalStatus,
            String employmentStatus,
            String education,
            String disabilityGrade,
            @Size(max = 20) List<@NotBlank String> tags,
            LocalDate moveInDate,

            @Schema(description = "Optional; must agree with the ID number")
            String gender,

            @Schema(description = "Optional; must agree with the ID number")
            LocalDate birthDate)
            implements ResidentFields {}

    @Schema(name = "ResidentUpdate")
    public record ResidentUpdate(
            @NotBlank @Size(max = 64) String name,

            @Schema(description = "Omit to keep the current number (clients only ever see it masked)")
            String idCard,

            @Pattern(regexp = Phones.PATTERN, message = "{gridwork.phone.pattern}")
            @Schema(description = "A new number; omit to keep the current one")
            String phone,

            @Schema(description = "Remove the phone number") boolean clearPhone,
            @NotBlank String ethnicity,
            @NotBlank String relation,
            @NotBlank String registrationType,
            String politicalStatus,
            String employmentStatus,
            String education,
            String disabilityGrade,
            @Size(max = 20) List<@NotBlank String> tags,
            LocalDate moveInDate,
            String gender,
            LocalDate birthDate)
            implements ResidentFields {}

    @Schema(name = "ResidentMove", description = "Moves a resident into another household (history is kept)")
    public record ResidentMove(
            @NotNull Long householdId,
            @NotBlank String relation,
            LocalDate date,
            @Size(max = 500) String reason) {}
}
