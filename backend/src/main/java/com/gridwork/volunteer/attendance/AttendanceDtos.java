package com.gridwork.volunteer.attendance;

import com.gridwork.volunteer.activity.AttendanceMark;
import com.gridwork.volunteer.hours.HoursStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public final class AttendanceDtos {
    private AttendanceDtos() {}

    @Schema(name = "VolunteerCheckInCode", description = "The code a session's organiser shows now")
    public record CheckInCode(
            long sessionId,

            @Schema(description = "Six digits, for those who cannot scan", examples = "073196")
            String code,

            @Schema(
                    description = "What the QR code carries: the check-in page with session and code, relative"
                            + " to the web app's address",
                    examples = "/m/check-in?session=42&code=073196")
            String payload,

            @Schema(description = "When this code is replaced by the next (every 30 seconds)")
            Instant validUntil) {}

    @Schema(
            name = "VolunteerCheckInRequest",
            description = "A scanned or typed code, and where the phone is if it says")
    public record CheckInRequest(
            @NotBlank @Size(max = 16) @Schema(examples = "073196")
            String code,

            @DecimalMin("-90") @DecimalMax("90") @Schema(nullable = true, examples = "31.230416")
            BigDecimal latitude,

            @DecimalMin("-180") @DecimalMax("180") @Schema(nullable = true, examples = "121.473701")
            BigDecimal longitude) {}

    @Schema(
            name = "VolunteerMyAttendance",
            description = "The caller's accepted sign-up for a session and its attendance")
    public record MyAttendance(
            long signUpId,
            long sessionId,
            long activityId,
            String activityTitle,
            String place,
            Instant startsAt,
            Instant endsAt,

            @Schema(description = "From 60 minutes before the start")
            Instant checkInOpensAt,

            @Schema(description = "Until 120 minutes after the end")
            Instant checkOutClosesAt,

            @Schema(nullable = true) AttendanceMark attendance,
            @Schema(nullable = true) Instant checkedInAt,
            @Schema(nullable = true) Instant checkedOutAt,

            @Schema(nullable = true, description = "The minutes the attendance yielded (submitted for confirmation)")
            Integer minutes) {}

    @Schema(name = "VolunteerSessionToRun", description = "A session the caller organises whose check-in is open")
    public record SessionToRun(
            long sessionId, long activityId, String activityTitle, String place, Instant startsAt, Instant endsAt) {}

    @Schema(name = "VolunteerAttendanceSheet", description = "A session's accepted sign-ups and their attendance")
    public record AttendanceSheet(
            long sessionId,
            long activityId,
            String activityTitle,
            String place,
            Instant startsAt,
            Instant endsAt,
            List<AttendanceRow> items) {}

    @Schema(name = "VolunteerAttendanceRow")
    public record AttendanceRow(
            long signUpId,
            long volunteerId,
            String volunteerName,
            String postName,
            @Schema(nullable = true) AttendanceMark attendance,
            @Schema(nullable = true) Instant checkedInAt,
            @Schema(nullable = true) Instant checkedOutAt,

            @Schema(nullable = true, description = "Who marked it by hand (username), when someone did")
            String markedBy,

            @Schema(nullable = true, description = "Minutes of the attendance's current ledger entry")
            Integer minutes,

            @Schema(nullable = true) HoursStatus hoursStatus) {}

    @Schema(name = "VolunteerAttendanceMarks", description = "Marks for accepted sign-ups of one session")
    public record AttendanceMarks(@NotEmpty @Size(max = 500) List<@Valid @NotNull AttendanceMarkInput> marks) {}

    @Schema(
            name = "VolunteerAttendanceMarkInput",
            description = "Present and late need times in and out: given here, or the scanned ones")
    public record AttendanceMarkInput(
            @NotNull Long signUpId,
            @NotNull AttendanceMark attendance,
            @Schema(nullable = true) Instant checkedInAt,
            @Schema(nullable = true) Instant checkedOutAt) {}
}
