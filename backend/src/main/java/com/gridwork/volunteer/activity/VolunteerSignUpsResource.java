package com.gridwork.volunteer.activity;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.volunteer.activity.SignUpDtos.ActivitySignUpView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A volunteer's sign-ups, for staff whose scope covers the volunteer (the volunteer's page). */
@Path("/api/volunteers/{id}/sign-ups")
@Tag(name = "Activity sign-ups")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerSignUpsResource {
    @Inject
    SignUpService signUps;

    @GET
    @PermissionsAllowed(Names.VOLUNTEERS_READ)
    @Operation(
            operationId = "listVolunteerSignUps",
            summary = "A volunteer's sign-ups, latest session first, with their status and attendance",
            description = "404 for a volunteer outside your scope.")
    public PageResult<ActivitySignUpView> list(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return signUps.ofVolunteer(id, page);
    }
}
