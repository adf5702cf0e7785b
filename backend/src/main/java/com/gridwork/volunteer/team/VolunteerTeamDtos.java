package com.gridwork.volunteer.team;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class VolunteerTeamDtos {
    private VolunteerTeamDtos() {}

    @Schema(name = "VolunteerTeamSummary", description = "A volunteer team (志愿服务队) in a list")
    public record VolunteerTeamSummary(
            long id,

            @Schema(description = "The community or sub-district the team belongs to")
            AreaRef area,

            String name,

            @Schema(description = "VOLUNTEER_TEAM_TYPE code")
            String typeCode,

            @Schema(nullable = true) LocalDate foundedOn,
            @Schema(nullable = true) String nationalNumber,
            TeamStatus status,

            @Schema(description = "Current members (memberships not left)")
            long memberCount,

            @Schema(nullable = true, description = "The current leader's name")
            String leaderName,

            long version) {}

    @Schema(name = "VolunteerTeamMember", description = "A dated membership, as the team's")
    public record VolunteerTeamMember(
            long membershipId,
            long volunteerId,
            String name,

            @Schema(nullable = true, examples = "138****5678")
            String phoneMasked,

            TeamRole role,
            LocalDate joinedOn,
            @Schema(nullable = true) LocalDate leftOn,
            @Schema(nullable = true) String leftReason) {}

    @Schema(name = "VolunteerTeamDetail")
    public record VolunteerTeamDetail(
            VolunteerTeamSummary team,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) LocalDate dissolvedOn,
            @Schema(nullable = true) String dissolvedReason,

            @Schema(description = "Current members (leaders first), then those who left")
            List<VolunteerTeamMember> members,

            Instant createdAt,
            Instant updatedAt)
            implements Versioned {
        @Override
        public long version() {
            return team.version();
        }
    }

    @Schema(name = "VolunteerTeamCreate")
    public record VolunteerTeamCreate(
            @NotNull @Schema(description = "A community, or a sub-district for a sub-district's team")
            Long areaId,

            @NotBlank @Size(max = 100) @Schema(examples = "幸福里社区为老服务队")
            String name,

            @NotBlank @Schema(description = "VOLUNTEER_TEAM_TYPE code", examples = "LIVELIHOOD")
            String typeCode,

            LocalDate foundedOn,
            @Size(max = 64) String nationalNumber,
            @Size(max = 1000) String description) {}

    @Schema(name = "VolunteerTeamUpdate")
    public record VolunteerTeamUpdate(
            @NotBlank @Size(max = 100) String name,

            @NotBlank @Schema(description = "VOLUNTEER_TEAM_TYPE code")
            String typeCode,

            LocalDate foundedOn,
            @Size(max = 64) String nationalNumber,
            @Size(max = 1000) String description) {}

    @Schema(name = "VolunteerTeamDissolve", description = "Dissolving ends every current membership on that day")
    public record VolunteerTeamDissolve(
            @NotBlank @Size(max = 500) @Schema(examples = "并入社区综合服务队")
            String reason,

            @Schema(description = "Defaults to today") LocalDate date) {}

    @Schema(name = "VolunteerTeamMemberAdd")
    public record VolunteerTeamMemberAdd(
            @NotNull Long volunteerId,
            @NotNull TeamRole role,
            @Schema(description = "Defaults to today") LocalDate joinedOn) {}

    @Schema(name = "VolunteerTeamMemberRole")
    public record VolunteerTeamMemberRole(@NotNull TeamRole role) {}

    @Schema(name = "VolunteerTeamMemberLeave")
    public record VolunteerTeamMemberLeave(
            @Schema(description = "Defaults to today") LocalDate leftOn,
            @Size(max = 500) @Schema(examples = "工作调动") String reason) {}
}
