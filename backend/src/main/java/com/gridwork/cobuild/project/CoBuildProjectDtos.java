package com.gridwork.cobuild.project;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class CoBuildProjectDtos {
    private CoBuildProjectDtos() {}

    @Schema(name = "CoBuildProjectRef", description = "An area or a unit named on a project")
    public record CoBuildProjectRef(long id, String name) {}

    @Schema(
            name = "CoBuildProjectInput",
            description = "A draft project of a community: the needs it addresses (needs of that community, OPEN or"
                    + " already in a project) and the resources it uses (AVAILABLE resources of units of the same"
                    + " sub-district)")
    public record CoBuildProjectInput(
            @NotNull Long communityId,

            @NotBlank @Size(max = 32) @Schema(description = "A COBUILD_FIELD code", examples = "ELDERLY_CARE")
            String fieldCode,

            @NotBlank @Size(max = 100) @Schema(examples = "老旧小区助老食堂")
            String title,

            @Size(max = 2000) String description,
            @Size(max = 50) List<@NotNull Long> needIds,
            @Size(max = 50) List<@NotNull Long> resourceIds,
            LocalDate plannedStart,

            @Schema(description = "Not before plannedStart") LocalDate plannedEnd) {}

    @Schema(name = "CoBuildProjectApprove")
    public record CoBuildProjectApprove(
            @Min(1)
            @Max(30)
            @Schema(
                    description =
                            "Working days the paired units have to claim it, after the approval day; 5 when not given")
            Integer claimWorkingDays) {}

    @Schema(name = "CoBuildProjectReason", description = "Why a project is rejected, sent back for rework or cancelled")
    public record CoBuildProjectReason(
            @NotBlank @Size(max = 500) @Schema(examples = "资源未落实")
            String reason) {}

    @Schema(name = "CoBuildProjectAccept")
    public record CoBuildProjectAccept(
            @NotNull @Schema(description = "The residents' satisfaction")
            CoBuildProjectSatisfaction satisfaction,

            @Size(max = 1000) String note) {}

    @Schema(name = "CoBuildMilestoneInput", description = "A milestone the claiming unit plans")
    public record CoBuildMilestoneInput(
            @NotBlank @Size(max = 100) @Schema(examples = "完成食堂装修")
            String title,

            @NotNull @Schema(description = "Not before today")
            LocalDate dueOn) {}

    @Schema(name = "CoBuildProjectSummary", description = "A project in a list or on the board")
    public record CoBuildProjectSummary(
            long id,
            CoBuildProjectRef community,
            @Schema(description = "A COBUILD_FIELD code") String fieldCode,
            String title,
            CoBuildProjectStatus status,
            @Schema(nullable = true) LocalDate plannedStart,
            @Schema(nullable = true) LocalDate plannedEnd,

            @Schema(nullable = true, description = "The last day the paired units have the claim to themselves")
            LocalDate claimDeadline,

            @Schema(nullable = true) CoBuildProjectRef unit,
            boolean claimedInTime,
            int milestoneCount,

            @Schema(description = "Milestones not done whose due day is over (Beijing)")
            int overdueMilestones,

            int reworkCount,
            @Schema(nullable = true) CoBuildProjectSatisfaction satisfaction,
            long version)
            implements Versioned {}

    @Schema(name = "CoBuildProjectNeed", description = "A need the project addresses")
    public record CoBuildProjectNeed(long id, String title, String fieldCode, String status) {}

    @Schema(name = "CoBuildProjectResource", description = "A resource the project uses, and the unit offering it")
    public record CoBuildProjectResource(long id, String title, String fieldCode, CoBuildProjectRef unit) {}

    @Schema(name = "CoBuildMilestoneView")
    public record CoBuildMilestoneView(
            long id,
            String title,
            LocalDate dueOn,
            @Schema(nullable = true) LocalDate doneOn,
            @Schema(nullable = true) String report,

            @Schema(description = "Not done and its due day is over (Beijing), like an overdue issue")
            boolean overdue,

            @Schema(description = "Ids of its evidence photos, read at /api/cobuild-milestones/{id}/photos/{photoId}")
            List<Long> photoIds,

            long version) {}

    @Schema(
            name = "CoBuildProjectDetail",
            description = "A project with its chain, milestones and what the caller may do")
    public record CoBuildProjectDetail(
            long id,
            CoBuildProjectRef community,
            String fieldCode,
            String title,
            @Schema(nullable = true) String description,
            CoBuildProjectStatus status,
            @Schema(nullable = true) String statusReason,
            @Schema(nullable = true) LocalDate plannedStart,
            @Schema(nullable = true) LocalDate plannedEnd,
            @Schema(nullable = true) Instant approvedAt,
            @Schema(nullable = true) LocalDate claimDeadline,
            @Schema(nullable = true) Instant openedToAllAt,
            @Schema(nullable = true) CoBuildProjectRef unit,
            @Schema(nullable = true) Instant claimedAt,
            boolean claimedInTime,
            @Schema(nullable = true) Instant submittedAt,
            int reworkCount,
            @Schema(nullable = true) Instant acceptedAt,
            @Schema(nullable = true) CoBuildProjectSatisfaction satisfaction,
            @Schema(nullable = true) String acceptanceNote,
            List<CoBuildProjectNeed> needs,
            List<CoBuildProjectResource> resources,
            List<CoBuildMilestoneView> milestones,
            int overdueMilestones,

            @Schema(description = "What the caller may do now")
            List<CoBuildProjectAction> actions,

            Instant createdAt,
            long version)
            implements Versioned {}

    @Schema(name = "CoBuildProjectStatusCount")
    public record CoBuildProjectStatusCount(CoBuildProjectStatus status, long count) {}

    @Schema(
            name = "CoBuildProjectCounts",
            description = "Projects by state for the board, under the same filters as the list (status aside)")
    public record CoBuildProjectCounts(List<CoBuildProjectStatusCount> byStatus, long total) {}

    @Schema(
            name = "CoBuildProjectCandidates",
            description = "What a draft of a community may link: its needs still open or in a project, and the"
                    + " available resources of units of its sub-district")
    public record CoBuildProjectCandidates(List<CoBuildProjectNeed> needs, List<CoBuildProjectResource> resources) {}
}
