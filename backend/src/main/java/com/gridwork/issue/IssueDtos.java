package com.gridwork.issue;

import com.gridwork.common.http.Versioned;
import com.gridwork.volunteer.team.TeamRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class IssueDtos {
    private IssueDtos() {}

    @Schema(name = "IssueStaffRef", description = "A staff member as an issue names them (receiver, handler, actor)")
    public record StaffRef(long id, @Schema(examples = "李红") String displayName) {}

    @Schema(name = "IssueTeamRef", description = "A volunteer team handling an issue instead of a staff member")
    public record TeamRef(
            long id, @Schema(examples = "幸福社区治安巡防队") String name) {}

    @Schema(name = "IssueUnitRef", description = "A co-building unit handling an issue instead of a staff member")
    public record UnitRef(
            long id, @Schema(examples = "市供电公司城东分公司") String name) {}

    @Schema(name = "IssueTeamLeader", description = "A current leader or deputy of the team handling an issue")
    public record TeamLeaderView(@Schema(examples = "张伟") String name, TeamRole role) {}

    @Schema(
            name = "IssueHandlerTeamOption",
            description = "An active volunteer team an issue may be given to (of its community or sub-district)")
    public record HandlerTeamOption(
            long id,
            String name,

            @Schema(description = "The team's community or sub-district")
            String areaName,

            List<TeamLeaderView> leaders) {}

    @Schema(name = "IssueSummary")
    public record IssueSummary(
            long id,

            @Schema(description = "Reference shown to residents: receipt date and id", examples = "Q20261121-000007")
            String number,

            long categoryId,

            @Schema(examples = "供水", description = "The category's Chinese name")
            String categoryName,

            @Schema(
                    nullable = true,
                    examples = "Water supply",
                    description = "The category's English name; null means readers of English see the Chinese name")
            String categoryNameEn,

            @Schema(description = "The beginning of the description")
            String summary,

            IssueStatus status,
            IssueUrgency urgency,
            IssueChannel channel,
            Warning warning,
            long communityId,
            String communityName,
            @Schema(nullable = true) Long gridId,
            @Schema(nullable = true) String gridName,

            @Schema(description = "Building and room, or the free address, or the grid")
            String locationText,

            String reporterName,
            @Schema(description = "首问责任人") StaffRef firstResponsible,
            @Schema(nullable = true) StaffRef handler,

            @Schema(
                    nullable = true,
                    description = "The volunteer team handling the issue instead of a staff handler (then handler is"
                            + " null); its leaders take the handler's steps, the first-responsible person stays"
                            + " accountable")
            TeamRef handlerTeam,

            @Schema(
                    nullable = true,
                    description = "The co-building unit handling the issue instead of a staff handler or a team (then"
                            + " both are null); its liaisons take the handler's steps, the first-responsible person"
                            + " stays accountable")
            UnitRef handlerUnit,

            Instant receivedAt,
            Instant dueAt,
            @Schema(nullable = true) Instant resolvedAt,
            @Schema(nullable = true) Instant closedAt,
            boolean escalated,
            @Schema(nullable = true) Long talkDayId,
            long version) {}

    @Schema(name = "IssueReporterView")
    public record ReporterView(
            @Schema(nullable = true) Long residentId,
            String name,

            @Schema(nullable = true, examples = "138****5678")
            String phoneMasked) {}

    @Schema(name = "IssueLocationView")
    public record LocationView(
            @Schema(nullable = true) Long householdId,
            @Schema(nullable = true) String householdLabel,
            @Schema(nullable = true) Long buildingId,
            @Schema(nullable = true) String buildingName,
            @Schema(nullable = true) String address) {}

    @Schema(name = "IssueEventView")
    public record EventView(
            long id,
            IssueEvent.Type type,
            @Schema(nullable = true) IssueStatus fromStatus,
            @Schema(nullable = true) IssueStatus toStatus,

            @Schema(nullable = true, description = "Null for the system (the overdue check)")
            StaffRef actor,

            @Schema(description = "The server's time") Instant at,

            @Schema(
                    nullable = true,
                    description = "The time the device said it recorded the step (header Device-Recorded-At); shown"
                            + " beside the server's time, never used by a rule")
            Instant deviceRecordedAt,

            @Schema(nullable = true) String comment,
            @Schema(nullable = true) String detail) {}

    @Schema(name = "IssueExtensionView")
    public record ExtensionView(
            long id,
            int days,
            String reason,
            IssueExtension.Status status,
            StaffRef requestedBy,
            Instant requestedAt,
            @Schema(nullable = true) StaffRef decidedBy,
            @Schema(nullable = true) Instant decidedAt,
            @Schema(nullable = true) String decisionComment,
            @Schema(nullable = true) Instant previousDueAt,
            @Schema(nullable = true) Instant newDueAt) {}

    @Schema(name = "IssuePhotoView")
    public record PhotoView(long id, String contentType, int size, StaffRef uploadedBy, Instant uploadedAt) {}

    /** What the caller may do with the issue now; screens show exactly these. */
    @Schema(name = "IssueAction")
    public enum Action {
        EDIT,
        ACCEPT,
        REJECT,
        ASSIGN,
        START,
        RESOLVE,
        CLOSE,
        ESCALATE,
        TRANSFER,
        COMMENT,
        REQUEST_EXTENSION,
        DECIDE_EXTENSION,
        ADD_PHOTO
    }

    @Schema(name = "IssueDetail")
    public record IssueDetail(
            IssueSummary issue,
            String description,
            ReporterView reporter,
            LocationView location,
            @Schema(description = "Who took the issue in") StaffRef receivedBy,

            @Schema(description = "The current leaders and deputies of handlerTeam; empty without a team")
            List<TeamLeaderView> handlerTeamLeaders,

            @Schema(nullable = true) String talkDayTitle,
            Instant warnAt,
            @Schema(nullable = true) Instant acceptedAt,
            @Schema(nullable = true) String rejectionReason,
            @Schema(nullable = true) Satisfaction satisfaction,
            int reopenCount,
            int timeLimitDays,
            List<EventView> events,
            List<ExtensionView> extensions,
            List<PhotoView> photos,
            List<Action> allowedActions,

            @Schema(nullable = true, description = "The visit the issue was found on (channel VISIT)")
            Long visitId,

            @Schema(
                    nullable = true,
                    description = "The time the device said it recorded the intake (header Device-Recorded-At);"
                            + " shown beside receivedAt, never used by a rule")
            Instant deviceRecordedAt)
            implements Versioned {
        @Override
        public long version() {
            return issue.version();
        }
    }

    @Schema(name = "IssueAttention", description = "The caller's own open issues that need attention")
    public record Attention(List<IssueSummary> overdue, List<IssueSummary> dueSoon) {}

    @Schema(
            name = "IssueLocationInput",
            description = "Give a household, or an area (community, grid or building), optionally with a free address")
    public record LocationInput(
            Long householdId,

            @Schema(description = "A community, grid or building")
            Long areaId,

            @Size(max = 200) String address) {}

    @Schema(
            name = "IssueReporterInput",
            description = "A resident from the registry, or a name (and phone) for a visitor")
    public record ReporterInput(
            Long residentId,
            @Size(max = 64) String name,
            @Size(max = 32) String phone,

            @Schema(description = "On a correction: remove the visitor's phone (a blank phone keeps it)")
            Boolean clearPhone) {}

    @Schema(name = "IssueCreate")
    public record IssueCreate(
            @NotNull Long categoryId,

            @NotBlank @Size(max = 2000) @Schema(examples = "3号楼2单元楼道灯不亮已一周")
            String description,

            @NotNull IssueUrgency urgency,
            @NotNull IssueChannel channel,

            @Schema(description = "The talk-day session it was raised at (channel TALK_DAY)")
            Long talkDayId,

            @NotNull @Valid LocationInput location,
            @NotNull @Valid ReporterInput reporter,

            @Schema(description = "The first-responsible person (首问责任人); defaults to the caller")
            Long receivedById,

            @Schema(
                    description =
                            "When it was raised; defaults to now. Not in the future, not before 2000-01-01 (Beijing time)")
            Instant receivedAt,

            @Schema(
                    nullable = true,
                    description =
                            "Photos uploaded before (POST /api/photo-uploads) by the caller, unused and unexpired,"
                                    + " at most 9: they become the issue's photos")
            List<Long> photoUploadIds) {}

    @Schema(name = "IssueUpdate", description = "Allowed while the issue is received or accepted")
    public record IssueUpdate(
            @NotNull Long categoryId,
            @NotBlank @Size(max = 2000) String description,
            @NotNull IssueUrgency urgency,
            @NotNull @Valid LocationInput location,
            @NotNull @Valid ReporterInput reporter) {}

    @Schema(name = "IssueComment")
    public record CommentInput(@Size(max = 1000) String comment) {}

    @Schema(name = "IssueRequiredComment")
    public record RequiredComment(
            @NotBlank @Size(max = 1000) String comment) {}

    @Schema(name = "IssueReason")
    public record ReasonInput(@NotBlank @Size(max = 500) String reason) {}

    @Schema(
            name = "IssueAssign",
            description = "Give the issue to a staff handler, a volunteer team or a co-building unit (one of them)")
    public record AssignInput(
            @Schema(description = "A staff member working in the issue's community")
            Long handlerId,

            @Schema(
                    description = "Instead of handlerId: an active volunteer team of the issue's community or"
                            + " sub-district; its leaders (leader or deputy) then take the handler's steps")
            Long handlerTeamId,

            @Schema(
                    description = "Instead of handlerId: an active co-building unit of the issue's sub-district; its"
                            + " liaisons then take the handler's steps")
            Long handlerUnitId,

            @Size(max = 1000) String comment) {}

    @Schema(name = "IssueFeedback", description = "The resident's word; UNSATISFIED reopens the issue")
    public record FeedbackInput(
            @NotNull Satisfaction satisfaction,
            @Size(max = 1000) String comment) {}

    @Schema(name = "IssueTransfer", description = "Hand first responsibility to another staff member")
    public record TransferInput(
            @NotNull Long toStaffId,
            @NotBlank @Size(max = 500) String reason) {}

    @Schema(name = "IssueExtensionRequest")
    public record ExtensionRequest(
            @NotNull @Min(1) @Max(30) Integer days,
            @NotBlank @Size(max = 500) String reason) {}
}
