package com.gridwork.cobuild.unit;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.http.Versioned;
import com.gridwork.staff.StaffDtos;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public final class CoBuildUnitDtos {
    private CoBuildUnitDtos() {}

    @Schema(name = "CoBuildUnitView", description = "A co-building unit (the contact's phone masked)")
    public record CoBuildUnitView(
            long id,
            AreaRef subDistrict,
            String name,
            OrganisationType unitType,

            @Schema(nullable = true, examples = "市供电公司城东分公司党委")
            String partyOrgName,

            int partyMemberTotal,
            @Schema(nullable = true) String contactName,

            @Schema(nullable = true, examples = "138****5678")
            String contactPhoneMasked,

            @Schema(nullable = true) String address,
            CoBuildUnitStatus status,

            @Schema(nullable = true, description = "Why the unit is inactive")
            String statusReason,

            @Schema(description = "Enabled liaison sign-in accounts")
            int liaisonCount,

            Instant createdAt,
            Instant updatedAt,
            long version)
            implements Versioned {}

    /** The fields a unit's form sends, on create and on update. */
    public interface CoBuildUnitFields {
        String name();

        OrganisationType unitType();

        String partyOrgName();

        Integer partyMemberTotal();

        String contactName();

        String contactPhone();

        String address();
    }

    @Schema(name = "CoBuildUnitCreate")
    public record CoBuildUnitCreate(
            @NotNull @Schema(description = "The sub-district the unit belongs to")
            Long subDistrictId,

            @NotBlank @Size(max = 100) @Schema(examples = "市供电公司城东分公司")
            String name,

            @NotNull OrganisationType unitType,
            @Size(max = 100) String partyOrgName,
            @NotNull @Min(0) @Max(1_000_000) Integer partyMemberTotal,
            @Size(max = 64) String contactName,

            @Pattern(regexp = Phones.PATTERN, message = "{gridwork.phone.pattern}")
            String contactPhone,

            @Size(max = 255) String address)
            implements CoBuildUnitFields {}

    @Schema(name = "CoBuildUnitUpdate", description = "Every field; INACTIVE needs a reason")
    public record CoBuildUnitUpdate(
            @NotBlank @Size(max = 100) String name,
            @NotNull OrganisationType unitType,
            @Size(max = 100) String partyOrgName,
            @NotNull @Min(0) @Max(1_000_000) Integer partyMemberTotal,
            @Size(max = 64) String contactName,

            @Pattern(regexp = Phones.PATTERN, message = "{gridwork.phone.pattern}")
            @Schema(description = "A new number; omit to keep the current one (clients only see it masked)")
            String contactPhone,

            @Schema(description = "Remove the contact's phone number")
            boolean clearContactPhone,

            @Size(max = 255) String address,
            @NotNull CoBuildUnitStatus status,

            @Size(max = 500) @Schema(description = "Required when INACTIVE")
            String statusReason)
            implements CoBuildUnitFields {}

    @Schema(name = "CoBuildUnitReveal", description = "Why the contact's full phone number is needed (audited)")
    public record CoBuildUnitReveal(
            @NotBlank @Size(min = 2, max = 500) @Schema(examples = "联系共建项目对接")
            String reason) {}

    @Schema(name = "CoBuildUnitRevealed", description = "The contact's phone in plain text; the access was audited")
    public record CoBuildUnitRevealed(String contactPhone) {}

    @Schema(
            name = "CoBuildUnitOption",
            description = "An active unit offered in a picker; units paired with the community come first")
    public record CoBuildUnitOption(
            long id,
            String name,
            OrganisationType unitType,

            @Schema(description = "Paired with the community now (an ACTIVE agreement)")
            boolean paired) {}

    @Schema(name = "CoBuildUnitLiaisonCreate")
    public record CoBuildUnitLiaisonCreate(
            @NotBlank
            @Pattern(regexp = StaffDtos.USERNAME_PATTERN, message = "{gridwork.staff.username.pattern}")
            @Schema(examples = "gdj.wang")
            String username,

            @NotBlank @Size(max = 64) @Schema(examples = "王强")
            String displayName) {}

    @Schema(
            name = "CoBuildUnitLiaisonAccount",
            description = "The liaison's new sign-in and its one-time temporary password (changed at first sign-in)")
    public record CoBuildUnitLiaisonAccount(long staffId, String username, String temporaryPassword) {}

    @Schema(name = "CoBuildUnitLiaisonView", description = "A liaison sign-in account of a unit")
    public record CoBuildUnitLiaisonView(
            long staffId, String username, String displayName, boolean enabled, Instant createdAt) {}
}
