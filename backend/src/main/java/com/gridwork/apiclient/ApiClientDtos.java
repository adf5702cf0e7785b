package com.gridwork.apiclient;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class ApiClientDtos {
    private ApiClientDtos() {}

    private static final String ROLE_RULE =
            "community-staff, grid-worker or viewer; the scope follows the role's rule as for staff";

    @Schema(name = "ApiClient", description = "A registered third-party system; its secret is never shown here")
    public record ApiClientView(
            long id,

            @Schema(
                    description = "The client id to authenticate with at Keycloak",
                    examples = "gridwork-api-k3x9q2m7pa")
            String clientId,

            @Schema(
                    description = "The user name its requests appear under (audit log)",
                    examples = "service-account-gridwork-api-k3x9q2m7pa")
            String username,

            @Schema(examples = "12345 热线对接") String name,
            String contactName,
            String contactEmail,
            StaffRole role,
            List<AreaRef> areas,
            boolean enabled,

            @Schema(description = "When the current secret was issued")
            Instant secretIssuedAt,

            String createdBy,
            long version,
            Instant createdAt,
            Instant updatedAt)
            implements Versioned {}

    @Schema(name = "ApiClientCreate")
    public record ApiClientCreate(
            @NotBlank @Size(max = 64) @Schema(examples = "12345 热线对接")
            String name,

            @NotBlank @Size(max = 64) @Schema(description = "The person responsible for the system", examples = "王强")
            String contactName,

            @NotBlank @Email @Size(max = 254) @Schema(format = "email", examples = "ops@hotline.example.cn")
            String contactEmail,

            @NotNull @Schema(description = ROLE_RULE) StaffRole role,
            @NotNull @Size(max = 50) List<@NotNull Long> areaIds) {}

    @Schema(name = "ApiClientUpdate")
    public record ApiClientUpdate(
            @NotBlank @Size(max = 64) String name,
            @NotBlank @Size(max = 64) String contactName,

            @NotBlank @Email @Size(max = 254) @Schema(format = "email")
            String contactEmail,

            @NotNull @Schema(description = ROLE_RULE) StaffRole role,
            @NotNull @Size(max = 50) List<@NotNull Long> areaIds) {}

    @Schema(
            name = "ApiClientCredentials",
            description =
                    "What the system needs to get tokens (client-credentials grant). The secret is shown only in this answer.")
    public record ApiClientCredentials(
            @Schema(examples = "gridwork-api-k3x9q2m7pa") String clientId,
            String clientSecret,

            @Schema(examples = "http://localhost:8180/realms/gridwork/protocol/openid-connect/token")
            String tokenUrl) {}

    @Schema(name = "ApiClientCreated", description = "The registered client and its credentials, shown this once")
    public record ApiClientCreated(ApiClientView client, ApiClientCredentials credentials) implements Versioned {
        @Override
        public long version() {
            return client.version();
        }
    }
}
