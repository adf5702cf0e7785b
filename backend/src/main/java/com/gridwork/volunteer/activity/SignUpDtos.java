package com.gridwork.volunteer.activity;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Sign-ups: what a volunteer sees of its community's open activities, its sign-ups, and the organisers' list. */
public final class SignUpDtos {
    private SignUpDtos() {}

    @Schema(name = "ActivitySignUpCreate", description = "The post (岗位) of one of the activity's sessions")
    public record SignUpCreate(@NotNull Long postId) {}

    @Schema(
            name = "ActivitySignUpReason",
            description = "Why an organiser rejects or removes a sign-up (told to the volunteer)")
    public record SignUpReason(@NotBlank @Size(max = 500) String reason) {}

    @Schema(name = "ActivitySignUpWhen", description = "A volunteer's sign-ups whose session has not ended, or has")
    public enum When {
        UPCOMING,
        PAST
    }

    @Schema(name = "ActivitySignUp", description = "A volunteer's sign-up for a post of a session")
    public record ActivitySignUpView(
            long id,
            long activityId,
            String activityTitle,
            String place,
            ActivityStatus activityStatus,
            long sessionId,
            Instant sessionStartsAt,
            Instant sessionEndsAt,
            long postId,
            String postName,
            long volunteerId,
            String volunteerName,

            @Schema(nullable = true, examples = "138****5678")
            String volunteerPhone,

            SignUpStatus status,

            @Schema(nullable = true, description = "1 for the first in line; only while WAITLISTED")
            Integer waitlistPosition,

            @Schema(description = "Sign-up order, and so waitlist order")
            Instant queuedAt,

            @Schema(nullable = true, description = "Why it was rejected or removed")
            String reason,

            @Schema(nullable = true) Instant decidedAt,

            @Schema(nullable = true, description = "Attendance, once scanned or marked")
            AttendanceMark attendance,

            @Schema(description = "Whether the volunteer may still withdraw it (live, before the withdraw deadline)")
            boolean withdrawable,

            long version)
            implements Versioned {}

    @Schema(name = "ActivityOpenSummary", description = "An activity of the volunteer's community that takes sign-ups")
    public record ActivityOpenSummary(
            long id,
            String title,

            @Schema(description = "A VOLUNTEER_ACTIVITY_CATEGORY code")
            String categoryCode,

            String place,
            String teamName,
            ActivityStatus status,
            SignUpMode signUpMode,
            Instant startsAt,
            Instant endsAt,
            @Schema(nullable = true) Instant signUpDeadline,

            @Schema(description = "Places of all posts of sessions still ahead")
            int capacity,

            @Schema(description = "Free places of those posts")
            int placesLeft,

            @Schema(description = "The caller's live sign-ups (pending, accepted, waitlisted) for it")
            int mySignUps) {}

    @Schema(name = "ActivityOpenPost")
    public record OpenPost(long id, String name, int capacity, int acceptedCount, int placesLeft, int waitlisted) {}

    @Schema(name = "ActivityOpenSession")
    public record OpenSession(long id, Instant startsAt, Instant endsAt, List<OpenPost> posts) {}

    @Schema(
            name = "ActivityOpenDetail",
            description = "An open activity with its sessions, posts and the caller's sign-ups")
    public record OpenActivityDetail(
            ActivityOpenSummary activity,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) Integer minAge,
            @Schema(nullable = true) Integer maxAge,

            @Schema(description = "VOLUNTEER_SKILL codes; one of them is needed (none: anyone)")
            Set<String> skills,

            boolean membersOnly,
            @Schema(nullable = true) Instant withdrawDeadline,
            List<OpenSession> sessions,
            List<ActivitySignUpView> mySignUps) {}
}
