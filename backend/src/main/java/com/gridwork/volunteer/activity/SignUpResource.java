package com.gridwork.volunteer.activity;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.volunteer.activity.SignUpDtos.ActivityOpenSummary;
import com.gridwork.volunteer.activity.SignUpDtos.ActivitySignUpView;
import com.gridwork.volunteer.activity.SignUpDtos.OpenActivityDetail;
import com.gridwork.volunteer.activity.SignUpDtos.SignUpCreate;
import com.gridwork.volunteer.activity.SignUpDtos.SignUpReason;
import com.gridwork.volunteer.activity.SignUpDtos.When;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sign-ups")
@Tag(name = "Activity sign-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignUpResource {
    private static final String IF_MATCH = "Optional: when sent, the sign-up's current ETag (412 otherwise).";

    @Inject
    SignUpService signUps;

    // ---- volunteers --------------------------------------------------------------------------------------------

    @GET
    @Path("/open-activities")
    @PermissionsAllowed(Names.ACTIVITIES_SIGN_UP)
    @Operation(
            operationId = "listOpenActivities",
            summary = "The caller's community's activities that take sign-ups",
            description =
                    "Published or in progress, not yet ended, the soonest first; places count the sessions ahead.")
    public PageResult<ActivityOpenSummary> openActivities(@Valid @BeanParam PageParams page) {
        return signUps.openActivities(page);
    }

    @GET
    @Path("/open-activities/{activityId}")
    @PermissionsAllowed(Names.ACTIVITIES_SIGN_UP)
    @Operation(
            operationId = "getOpenActivity",
            summary =
                    "An activity of the caller's community with sessions, posts, free places and the caller's sign-ups",
            description = "404 for a draft and for another community's activity.")
    public OpenActivityDetail openActivity(@PathParam("activityId") long activityId) {
        return signUps.openActivity(activityId);
    }

    @POST
    @Path("/open-activities/{activityId}")
    @PermissionsAllowed(Names.ACTIVITIES_SIGN_UP)
    @Operation(
            operationId = "signUpForActivity",
            summary = "Sign up for a post of one of the activity's sessions",
            description =
                    "First come: ACCEPTED while the post has room, else WAITLISTED; apply mode: PENDING. 409 with "
                            + "the reason when the activity is not open, the deadline or the session start passed, the "
                            + "volunteer is not eligible (status, age on the session's day, skills, team), already holds the "
                            + "session or an overlapping one; 400 naming postId for a post of another activity.")
    @APIResponse(
            responseCode = "201",
            description = "Signed up",
            content = @Content(schema = @Schema(implementation = ActivitySignUpView.class)))
    public Response signUp(@PathParam("activityId") long activityId, @NotNull @Valid SignUpCreate body) {
        ActivitySignUpView view = signUps.signUp(activityId, body);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/mine")
    @PermissionsAllowed(Names.ACTIVITIES_SIGN_UP)
    @Operation(
            operationId = "listMySignUps",
            summary = "The caller's sign-ups",
            description = "UPCOMING: sessions not ended, soonest first; PAST: ended ones, latest first.")
    public PageResult<ActivitySignUpView> mine(
            @QueryParam("when") @Parameter(description = "UPCOMING when left out") When when,
            @Valid @BeanParam PageParams page) {
        return signUps.mine(when, page);
    }

    @POST
    @Path("/{id}/withdraw")
    @PermissionsAllowed(Names.ACTIVITIES_SIGN_UP)
    @Operation(
            operationId = "withdrawSignUp",
            summary = "Withdraw one's own sign-up before the withdraw deadline",
            description = "A place it held goes to the first on the post's waitlist. Another volunteer's sign-up is a "
                    + "404. " + IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ActivitySignUpView.class)))
    public ActivitySignUpView withdraw(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch) {
        return signUps.withdraw(id, ifMatch);
    }

    // ---- organisers --------------------------------------------------------------------------------------------

    @GET
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "listActivitySignUps",
            summary = "An activity's sign-ups, by session, post and status",
            description = "For staff in scope and for volunteers leading the organising team (403 for other "
                    + "volunteers). Ordered by session, post, then sign-up order (the waitlist's).")
    public PageResult<ActivitySignUpView> list(
            @QueryParam("activityId") @NotNull Long activityId,
            @QueryParam("sessionId") Long sessionId,
            @QueryParam("postId") Long postId,
            @QueryParam("status") SignUpStatus status,
            @Valid @BeanParam PageParams page) {
        return signUps.forActivity(activityId, sessionId, postId, status, page);
    }

    @POST
    @Path("/{id}/approve")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "approveSignUp",
            summary = "Approve a pending sign-up (apply mode)",
            description = "ACCEPTED when the post has room, else WAITLISTED. " + IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "Approved",
            content = @Content(schema = @Schema(implementation = ActivitySignUpView.class)))
    public ActivitySignUpView approve(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch) {
        return signUps.approve(id, ifMatch);
    }

    @POST
    @Path("/{id}/reject")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "rejectSignUp",
            summary = "Reject a pending or waitlisted sign-up, with the reason told to the volunteer",
            description = IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content = @Content(schema = @Schema(implementation = ActivitySignUpView.class)))
    public ActivitySignUpView reject(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            @NotNull @Valid SignUpReason body) {
        return signUps.reject(id, ifMatch, body.reason());
    }

    @POST
    @Path("/{id}/remove")
    @PermissionsAllowed(Names.ACTIVITIES_MANAGE)
    @Operation(
            operationId = "removeSignUp",
            summary = "Take a volunteer off the activity (CANCELLED, with the reason)",
            description = "A place it held goes to the first on the post's waitlist. " + IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "Removed",
            content = @Content(schema = @Schema(implementation = ActivitySignUpView.class)))
    public ActivitySignUpView remove(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            @NotNull @Valid SignUpReason body) {
        return signUps.remove(id, ifMatch, body.reason());
    }
}
