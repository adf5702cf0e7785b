package com.gridwork.staff;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class StaffDtos {
    private StaffDtos() {}

    public static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{2,63}";
    static final String PHONE_PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

    @Schema(name = "Staff")
    public record StaffView(
            long id,
            String username,
            String displayName,
            @Schema(nullable = true) String phone,
            StaffRole role,
            boolean enabled,

            @Schema(description = "Scope; empty for a street-admin means the whole platform")
            List<AreaRef> areas,

            long version,
            Instant createdAt,
            Instant updatedAt)
            implements Versioned {}

    @Schema(name = "StaffCreate")
    public record StaffCreate(
            @NotBlank
            @Pattern(regexp = USERNAME_PATTERN, message = "{gridwork.staff.username.pattern}")
            @Schema(examples = "zhangwei")
            String username,

            @NotBlank @Size(max = 64) @Schema(examples = "张伟")
            String displayName,

            @Pattern(regexp = PHONE_PATTERN, message = "{gridwork.phone.pattern}") @Schema(examples = "13800138000")
            String phone,

            @NotNull StaffRole role,
            @NotNull @Size(max = 50) List<@NotNull Long> areaIds) {}

    @Schema(name = "StaffUpdate")
    public record StaffUpdate(
            @NotBlank @Size(max = 64) String displayName,

            @Pattern(regexp = PHONE_PATTERN, message = "{gridwork.phone.pattern}")
            String phone,

            @NotNull StaffRole role,
            @NotNull @Size(max = 50) List<@NotNull Long> areaIds,
            @NotNull Boolean enabled) {}

    @Schema(
            name = "StaffCreated",
            description = "The new account and its one-time temporary password (changed at first sign-in)")
    public record StaffCreated(StaffView staff, String temporaryPassword) implements Versioned {
        @Override
        public long version() {
            return staff.version();
        }
    }

    @Schema(name = "PasswordReset", description = "A new temporary password (changed at next sign-in)")
    public record PasswordReset(String temporaryPassword) {}

    @Schema(
            name = "StaffDeviceReport",
            description =
                    "What a device says of itself after a successful sync (drain of its outbox, worklist refresh)")
    public record StaffDeviceReport(
            @NotBlank @Size(max = 120) @Schema(examples = "Chrome on Android")
            String label,

            @NotNull @Min(0) @Max(100_000) @Schema(description = "Outbox items the device still holds, unsent")
            Integer unsentCount) {}

    @Schema(
            name = "StaffDeviceView",
            description = "A device of a staff account, as it reported itself at its last sync")
    public record StaffDeviceView(
            @Schema(description = "Made on the device (a UUID)")
            String deviceId,

            String label,

            @Schema(description = "Server time of the device's first report")
            Instant firstSeenAt,

            @Schema(description = "Server time of the device's last successful sync")
            Instant lastSyncAt,

            @Schema(description = "Outbox items the device still held, unsent, at its last sync")
            int unsentCount) {}
}
