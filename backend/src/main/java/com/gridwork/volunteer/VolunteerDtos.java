package com.gridwork.volunteer;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.http.Versioned;
import com.gridwork.staff.StaffDtos;
import com.gridwork.volunteer.team.TeamRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class VolunteerDtos {
    private VolunteerDtos() {}

    @Schema(name = "VolunteerSummary", description = "A volunteer in a list (ID and phone masked)")
    public record VolunteerSummary(
            long id,
            String name,
            String gender,
            LocalDate birthDate,
            int age,
            @Schema(examples = "110101********1234") String idCardMasked,

            @Schema(nullable = true, examples = "138****5678")
            String phoneMasked,

            AreaRef community,
            List<String> skills,
            VolunteerStatus status,

            @Schema(description = "星级: 0 to 5, from the confirmed hours against the sub-district's thresholds")
            int star,

            @Schema(description = "Confirmed service hours, one decimal, rounded down", examples = "12.5")
            BigDecimal confirmedHours,

            @Schema(description = "Whether the volunteer has a sign-in account")
            boolean hasAccount,

            long version) {}

    @Schema(name = "VolunteerTeamMembership", description = "A dated membership of a team, as the volunteer's")
    public record VolunteerTeamMembership(
            long membershipId,
            long teamId,
            String teamName,
            TeamRole role,
            LocalDate joinedOn,
            @Schema(nullable = true) LocalDate leftOn,
            @Schema(nullable = true) String leftReason) {}

    @Schema(name = "VolunteerAccountRef", description = "The volunteer's sign-in account")
    public record VolunteerAccountRef(long staffId, String username, boolean enabled) {}

    @Schema(name = "VolunteerDetail")
    public record VolunteerDetail(
            VolunteerSummary volunteer,
            @Schema(nullable = true) String politicalStatus,
            @Schema(nullable = true) String availability,

            @Schema(nullable = true, description = "Number in the national volunteer system (全国志愿服务信息系统)")
            String nationalNumber,

            @Schema(nullable = true) LocalDate insuranceUntil,
            @Schema(nullable = true) String statusReason,
            LocalDate registeredOn,

            @Schema(nullable = true, description = "The registry's resident with the same ID number, when visible")
            Long residentId,

            @Schema(nullable = true, description = "That resident's household (the office links to it)")
            Long residentHouseholdId,

            @Schema(nullable = true) VolunteerAccountRef account,

            @Schema(description = "Memberships, current first, then past ones")
            List<VolunteerTeamMembership> teams,

            Instant createdAt,
            Instant updatedAt)
            implements Versioned {
        @Override
        public long version() {
            return volunteer.version();
        }
    }

    /** The fields a volunteer's form sends, on create and on update. */
    public interface VolunteerFields {
        String name();

        String idCard();

        String phone();

        List<String> skills();

        String politicalStatus();

        String availability();

        String nationalNumber();

        LocalDate insuranceUntil();

        default boolean clearPhone() {
            return false;
        }
    }

    @Schema(name = "VolunteerCreate")
    public record VolunteerCreate(
            @NotNull @Schema(description = "The community the volunteer registers with")
            Long communityId,

            @NotBlank @Size(max = 64) @Schema(examples = "李静")
            String name,

            @NotBlank
            @Schema(description = "18-character resident ID number (GB 11643)", examples = "110101199003074518")
            String idCard,

            @Pattern(regexp = Phones.PATTERN, message = "{gridwork.phone.pattern}")
            String phone,

            @Size(max = 20) @Schema(description = "VOLUNTEER_SKILL codes")
            List<@NotBlank String> skills,

            @Schema(description = "POLITICAL_STATUS code") String politicalStatus,
            @Size(max = 200) @Schema(examples = "周末上午") String availability,
            @Size(max = 64) String nationalNumber,
            LocalDate insuranceUntil,
            @Schema(description = "Defaults to today") LocalDate registeredOn)
            implements VolunteerFields {}

    @Schema(name = "VolunteerUpdate")
    public record VolunteerUpdate(
            @NotBlank @Size(max = 64) String name,

            @Schema(description = "Omit to keep the current number (clients only ever see it masked)")
            String idCard,

            @Pattern(regexp = Phones.PATTERN, message = "{gridwork.phone.pattern}")
            @Schema(description = "A new number; omit to keep the current one")
            String phone,

            @Schema(description = "Remove the phone number") boolean clearPhone,
            @Size(max = 20) List<@NotBlank String> skills,
            String politicalStatus,
            @Size(max = 200) String availability,
            @Size(max = 64) String nationalNumber,
            LocalDate insuranceUntil)
            implements VolunteerFields {}

    @Schema(name = "VolunteerStatusChange", description = "Suspending or ending a volunteer's service needs a reason")
    public record VolunteerStatusChange(
            @NotNull VolunteerStatus status,
            @Size(max = 500) @Schema(examples = "长期外出") String reason) {}

    @Schema(name = "VolunteerAccountCreate")
    public record VolunteerAccountCreate(
            @NotBlank
            @Pattern(regexp = StaffDtos.USERNAME_PATTERN, message = "{gridwork.staff.username.pattern}")
            @Schema(examples = "lijing")
            String username) {}

    @Schema(
            name = "VolunteerAccount",
            description = "The volunteer's new sign-in and its one-time temporary password (changed at first sign-in)")
    public record VolunteerAccount(long staffId, String username, String temporaryPassword) {}
}
