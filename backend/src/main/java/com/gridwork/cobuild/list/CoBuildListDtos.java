package com.gridwork.cobuild.list;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class CoBuildListDtos {
    private CoBuildListDtos() {}

    @Schema(name = "CoBuildNeedChainResource", description = "A resource a project uses")
    public record CoBuildNeedChainResource(
            long id, String title, long unitId, String unitName, CoBuildResourceStatus status) {}

    @Schema(name = "CoBuildNeedChainProject", description = "A project addressing a need, and the resources it uses")
    public record CoBuildNeedChainProject(
            long id,
            String title,

            @Schema(
                    description = "The project's status: DRAFT, REJECTED, OPEN_PAIRED, OPEN_ALL, CLAIMED,"
                            + " IN_PROGRESS, SUBMITTED, ACCEPTED, CANCELLED")
            String status,

            @Schema(nullable = true, description = "The unit that claimed it")
            Long unitId,

            @Schema(nullable = true) String unitName,
            List<CoBuildNeedChainResource> resources) {}

    @Schema(name = "CoBuildNeedChain", description = "The chain of one need: need → projects → resources")
    public record CoBuildNeedChain(long needId, List<CoBuildNeedChainProject> projects) {}

    @Schema(name = "CoBuildNeedView", description = "A need of a community (需求清单), with its chain")
    public record CoBuildNeedView(
            long id,
            long communityId,
            String communityName,
            @Schema(description = "A COBUILD_FIELD code") String fieldCode,
            String title,
            @Schema(nullable = true) String description,
            CoBuildNeedSource source,

            @Schema(nullable = true, description = "The talk-day issue it was raised from")
            Long issueId,

            CoBuildNeedStatus status,
            @Schema(nullable = true) String closeReason,
            Instant createdAt,

            @Schema(description = "The projects addressing it (cobuild_project_need), with their resources")
            List<CoBuildNeedChainProject> projects,

            long version)
            implements Versioned {}

    @Schema(name = "CoBuildNeedCreate")
    public record CoBuildNeedCreate(
            @NotNull @Schema(description = "A community in your scope")
            Long communityId,

            @NotBlank @Size(max = 32) @Schema(description = "A COBUILD_FIELD code", examples = "ELDERLY_CARE")
            String fieldCode,

            @NotBlank @Size(max = 100) @Schema(examples = "独居老人助餐")
            String title,

            @Size(max = 2000) String description,
            @NotNull CoBuildNeedSource source,

            @Schema(description = "Required for TALK_DAY_ISSUE (an issue of the community), refused otherwise")
            Long issueId) {}

    @Schema(name = "CoBuildNeedClose")
    public record CoBuildNeedClose(
            @NotBlank @Size(max = 500) @Schema(examples = "需求已由其他渠道解决")
            String reason) {}

    @Schema(name = "CoBuildResourceView", description = "A resource a unit offers (资源清单)")
    public record CoBuildResourceView(
            long id,
            long unitId,
            String unitName,
            @Schema(description = "A COBUILD_FIELD code") String fieldCode,
            String title,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) String quantity,
            @Schema(nullable = true) LocalDate availableFrom,
            @Schema(nullable = true) LocalDate availableTo,
            CoBuildResourceStatus status,

            @Schema(description = "How many projects use it")
            int projectCount,

            Instant createdAt,
            long version)
            implements Versioned {}

    @Schema(name = "CoBuildResourceCreate")
    public record CoBuildResourceCreate(
            @Schema(description = "A unit of your sub-district (required); a liaison's own unit, the default for it")
            Long unitId,

            @NotBlank @Size(max = 32) @Schema(description = "A COBUILD_FIELD code", examples = "HEALTH")
            String fieldCode,

            @NotBlank @Size(max = 100) @Schema(examples = "每月义诊")
            String title,

            @Size(max = 2000) String description,
            @Size(max = 200) @Schema(examples = "每月2次") String quantity,
            LocalDate availableFrom,

            @Schema(description = "Not before availableFrom")
            LocalDate availableTo) {}
}
