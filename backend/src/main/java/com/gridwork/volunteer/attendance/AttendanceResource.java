package com.gridwork.volunteer.attendance;

import com.gridwork.access.Permission.Names;
import com.gridwork.volunteer.attendance.AttendanceDtos.AttendanceMarks;
import com.gridwork.volunteer.attendance.AttendanceDtos.AttendanceSheet;
import com.gridwork.volunteer.attendance.AttendanceDtos.CheckInCode;
import com.gridwork.volunteer.attendance.AttendanceDtos.CheckInRequest;
import com.gridwork.volunteer.attendance.AttendanceDtos.MyAttendance;
import com.gridwork.volunteer.attendance.AttendanceDtos.SessionToRun;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Check-in and check-out of volunteer sessions, and their attendance (README "Check-in rules"). */
@Path("/api")
@Tag(name = "Volunteer attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {
    @Inject
    AttendanceService attendance;

    @GET
    @Path("/volunteer-sessions/{id}/check-in-code")
    @PermissionsAllowed(Names.VOLUNTEER_ATTENDANCE_MANAGE)
    @Operation(
            operationId = "getVolunteerCheckInCode",
            summary = "The session's check-in code now",
            description = "Six digits and the QR payload, changing every 30 seconds (fetch the next one before"
                    + " validUntil). For staff whose scope covers the activity and the leaders of its organising team;"
                    + " another volunteer of the community gets 403.")
    public CheckInCode code(@PathParam("id") long id) {
        return attendance.code(id);
    }

    @POST
    @Path("/volunteer-sessions/{id}/check-in")
    @PermissionsAllowed(Names.VOLUNTEER_CHECK_IN)
    @Operation(
            operationId = "checkInVolunteer",
            summary = "Check in to a session with its code",
            description = "The caller's accepted sign-up for the session: a wrong or expired code is a 400 naming"
                    + " `code`; before the window (60 minutes before the start) or after the end, or a second check-in,"
                    + " a 409. Location is recorded when given, never required.")
    public MyAttendance checkIn(@PathParam("id") long id, @Valid @NotNull CheckInRequest body) {
        return attendance.checkIn(id, body);
    }

    @POST
    @Path("/volunteer-sessions/{id}/check-out")
    @PermissionsAllowed(Names.VOLUNTEER_CHECK_IN)
    @Operation(
            operationId = "checkOutVolunteer",
            summary = "Check out of a session with its code",
            description = "After one's check-in, until 120 minutes after the end (409 otherwise, or when not checked in"
                    + " or already out). The minutes within the session go to the hours ledger as a submitted entry.")
    public MyAttendance checkOut(@PathParam("id") long id, @Valid @NotNull CheckInRequest body) {
        return attendance.checkOut(id, body);
    }

    @GET
    @Path("/volunteer-sessions/{id}/attendance")
    @PermissionsAllowed(Names.VOLUNTEER_ATTENDANCE_MANAGE)
    @Operation(
            operationId = "getVolunteerAttendanceSheet",
            summary = "A session's accepted sign-ups with their attendance",
            description = "Marks, scanned or marked times, and the minutes of each attendance's ledger entry.")
    public AttendanceSheet sheet(@PathParam("id") long id) {
        return attendance.sheet(id);
    }

    @POST
    @Path("/volunteer-sessions/{id}/attendance")
    @PermissionsAllowed(Names.VOLUNTEER_ATTENDANCE_MANAGE)
    @Operation(
            operationId = "markVolunteerAttendance",
            summary = "Mark attendance (one or many sign-ups)",
            description = "Present and late take the times in and out (given, else the scanned ones) and submit their"
                    + " minutes to the hours ledger; on leave and absent take any submitted minutes back. A changed"
                    + " mark adds a reversal and a new entry, never edits one; once the entry is confirmed, 409.")
    public AttendanceSheet mark(@PathParam("id") long id, @NotNull AttendanceMarks body) {
        return attendance.mark(id, body);
    }

    @GET
    @Path("/volunteer-attendance/mine")
    @PermissionsAllowed(Names.VOLUNTEER_CHECK_IN)
    @Operation(
            operationId = "listMyVolunteerAttendance",
            summary = "The caller's sessions open for check-in or check-out now",
            description =
                    "Accepted sign-ups from 60 minutes before their session's start until 120 minutes after its end.")
    public List<MyAttendance> mine() {
        return attendance.mineOpen();
    }

    @GET
    @Path("/volunteer-attendance/sessions")
    @PermissionsAllowed(Names.VOLUNTEER_ATTENDANCE_MANAGE)
    @Operation(
            operationId = "listVolunteerSessionsToRun",
            summary = "Sessions the caller organises that are open for check-in now",
            description =
                    "From 60 minutes before the start to the end; staff see their scope's, a volunteer its teams'."
                            + " At most 50.")
    public List<SessionToRun> sessionsToRun() {
        return attendance.sessionsToRun();
    }
}
