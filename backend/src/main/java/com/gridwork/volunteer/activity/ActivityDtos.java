package com.gridwork.volunteer.activity;

import com.gridwork.common.http.Versioned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the activity API reads and answers. */
public final class ActivityDtos {
    private ActivityDtos() {}

    @Schema(name = "ActivityInput", description = "An activity as its organiser writes it (create and edit alike)")
    public record ActivityInput(
            @NotNull @Schema(description = "The organising team: active, in the caller's scope (a leader: their own)")
            Long teamId,

            @NotNull @Schema(description = "The community the activity serves")
            Long communityId,

            @Schema(nullable = true, description = "A grid of that community, when the activity is held in one")
            Long gridId,

            @NotBlank @Size(max = 100) String title,

            @NotBlank @Size(max = 32) @Schema(description = "A VOLUNTEER_ACTIVITY_CATEGORY code")
            String categoryCode,

            @Size(max = 4000) String description,

            @NotBlank @Size(max = 200) String place,

            @Size(max = 200) @Schema(description = "Registry households the activity serves, in the caller's scope")
            List<@NotNull Long> beneficiaryHouseholdIds,

            @NotNull SignUpMode signUpMode,

            @Min(0) @Max(120) Integer minAge,

            @Min(0) @Max(120) Integer maxAge,

            @Size(max = 20) @Schema(description = "VOLUNTEER_SKILL codes; a volunteer needs one of them (none: anyone)")
            List<@NotBlank String> skillCodes,

            @Schema(description = "Only members of the organising team may sign up")
            boolean membersOnly,

            @Schema(nullable = true, description = "Not after the first session's start")
            Instant signUpDeadline,

            @Schema(nullable = true, description = "Not after the first session's start")
            Instant withdrawDeadline,

            @NotEmpty @Size(max = 50) List<@NotNull @Valid ActivitySessionInput> sessions) {}

    @Schema(name = "ActivitySessionInput", description = "A session (场次); without id a new one")
    public record ActivitySessionInput(
            @Schema(nullable = true, description = "An existing session of this activity; null adds one")
            Long id,

            @NotNull Instant startsAt,
            @NotNull Instant endsAt,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid ActivityPostInput> posts) {}

    @Schema(name = "ActivityPostInput", description = "A post (岗位) of a session; without id a new one")
    public record ActivityPostInput(
            @Schema(nullable = true, description = "An existing post of this session; null adds one")
            Long id,

            @NotBlank @Size(max = 64) String name,
            @NotNull @Min(1) @Max(10000) Integer capacity) {}

    @Schema(name = "ActivityCancel")
    public record ActivityCancel(@NotBlank @Size(max = 500) String reason) {}

    @Schema(name = "ActivitySummary", description = "An activity in a list or the calendar")
    public record ActivitySummary(
            long id,
            String title,
            ActivityStatus status,
            String categoryCode,
            String categoryName,
            @Schema(nullable = true) String categoryNameEn,
            long teamId,
            String teamName,
            long communityId,
            String communityName,
            @Schema(nullable = true) Long gridId,
            @Schema(nullable = true) String gridName,
            String place,
            Instant startsAt,
            Instant endsAt,
            int sessionCount,

            @Schema(description = "Places of all posts of all sessions")
            long capacity,

            @Schema(description = "Accepted sign-ups of all posts")
            long accepted,

            long version) {}

    @Schema(name = "ActivityCalendarEntry", description = "One session of an activity on the month calendar")
    public record ActivityCalendarEntry(
            long activityId,
            long sessionId,
            String title,
            ActivityStatus status,
            String teamName,
            String communityName,
            Instant startsAt,
            Instant endsAt) {}

    @Schema(name = "ActivityTeamOption", description = "A team the caller may organise activities for")
    public record ActivityTeamOption(long id, String name, long areaId, String areaName) {}

    @Schema(name = "ActivityPostView")
    public record ActivityPostView(
            long id,
            String name,
            int capacity,

            @Schema(description = "Accepted sign-ups (taken places)")
            int accepted,

            @Schema(description = "Sign-ups of any status: such a post cannot be removed")
            long signUps) {}

    @Schema(name = "ActivitySessionView")
    public record ActivitySessionView(
            long id, Instant startsAt, Instant endsAt, long signUps, List<ActivityPostView> posts) {}

    @Schema(name = "ActivityBeneficiary", description = "A registry household the activity serves")
    public record ActivityBeneficiary(long householdId, String address) {}

    @Schema(name = "ActivityDetail")
    public record ActivityDetail(
            ActivitySummary activity,
            @Schema(nullable = true) String description,
            SignUpMode signUpMode,
            @Schema(nullable = true) Integer minAge,
            @Schema(nullable = true) Integer maxAge,
            List<String> skillCodes,
            boolean membersOnly,
            @Schema(nullable = true) Instant signUpDeadline,
            @Schema(nullable = true) Instant withdrawDeadline,
            @Schema(nullable = true) String cancelReason,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true) Instant cancelledAt,
            @Schema(nullable = true) Instant closedAt,

            @Schema(description = "Hours entries of the activity that wait for confirmation (closing waits for 0)")
            long hoursPending,

            List<ActivityBeneficiary> beneficiaries,
            List<ActivitySessionView> sessions,

            @Schema(description = "What the caller may do now")
            List<ActivityAction> allowedActions)
            implements Versioned {
        @Override
        public long version() {
            return activity.version();
        }
    }
}
