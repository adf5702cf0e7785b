package com.gridwork.volunteer;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.registry.household.HouseholdDtos.RevealRequest;
import com.gridwork.registry.household.HouseholdDtos.Revealed;
import com.gridwork.volunteer.VolunteerDtos.VolunteerAccount;
import com.gridwork.volunteer.VolunteerDtos.VolunteerAccountCreate;
import com.gridwork.volunteer.VolunteerDtos.VolunteerCreate;
import com.gridwork.volunteer.VolunteerDtos.VolunteerDetail;
import com.gridwork.volunteer.VolunteerDtos.VolunteerStatusChange;
import com.gridwork.volunteer.VolunteerDtos.VolunteerSummary;
import com.gridwork.volunteer.VolunteerDtos.VolunteerUpdate;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/volunteers")
@Tag(name = "Volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.VOLUNTEERS_READ)
public class VolunteerResource {
    @Inject
    VolunteerService volunteers;

    @GET
    @Operation(
            operationId = "searchVolunteers",
            summary = "Search volunteers of the caller's areas (and the community above a grid)",
            description = "Ordered by name; sortable by name, registeredOn, confirmedHours, createdAt, updatedAt.")
    public PageResult<VolunteerSummary> search(
            @QueryParam("q")
                    @Parameter(
                            description =
                                    "Any part of the name, its full pinyin or initials from the beginning, or an exact ID card or phone number")
                    String q,
            @QueryParam("skill") @Parameter(description = "A VOLUNTEER_SKILL code") String skill,
            @QueryParam("teamId") @Parameter(description = "Current members of this team") Long teamId,
            @QueryParam("star") @Min(0) @Max(5) @Parameter(description = "Star level 0 to 5") Integer star,
            @QueryParam("communityId") Long communityId,
            @QueryParam("status") VolunteerStatus status,
            @Valid @BeanParam PageParams page) {
        return volunteers.search(new VolunteerService.Criteria(q, skill, teamId, star, communityId, status), page);
    }

    @GET
    @Path("/me")
    @PermissionsAllowed(Names.VOLUNTEER_OWN_PROFILE)
    @Operation(
            operationId = "getMyVolunteerProfile",
            summary = "The signed-in volunteer's own profile, teams, star and confirmed hours",
            description = "404 when the account is linked to no volunteer profile.")
    @APIResponse(
            responseCode = "200",
            description = "The profile",
            content = @Content(schema = @Schema(implementation = VolunteerDetail.class)))
    public VolunteerDetail mine() {
        return volunteers.mine();
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed({Names.VOLUNTEERS_READ, Names.VOLUNTEER_OWN_PROFILE})
    @Operation(
            operationId = "getVolunteer",
            summary = "One volunteer (ID card and phone masked)",
            description = "A volunteer's own account reads only its own profile (any other id is a 404).")
    @APIResponse(
            responseCode = "200",
            description = "The volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerDetail.class)))
    public VolunteerDetail get(@PathParam("id") long id) {
        return volunteers.get(id);
    }

    @POST
    @PermissionsAllowed(Names.VOLUNTEERS_MANAGE)
    @Operation(
            operationId = "createVolunteer",
            summary = "Register a volunteer with a community",
            description =
                    "Sex and birth date come from the ID number. One person, one profile: an ID number already registered is a 409 whose existingId names that volunteer.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = VolunteerDetail.class)))
    public Response create(@NotNull VolunteerCreate body, @Context UriInfo uri) {
        VolunteerDetail detail = volunteers.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(detail.volunteer().id()))
                        .build())
                .entity(detail)
                .build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.VOLUNTEERS_MANAGE)
    @Operation(
            operationId = "updateVolunteer",
            summary = "Update a volunteer's profile (If-Match required)",
            description = "A new ID number (omit it to keep the current one) sets sex and birth date again.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = VolunteerDetail.class)))
    public VolunteerDetail update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull VolunteerUpdate body) {
        return volunteers.update(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/status")
    @PermissionsAllowed(Names.VOLUNTEERS_MANAGE)
    @Operation(
            operationId = "changeVolunteerStatus",
            summary = "Activate, suspend or end a volunteer's service",
            description =
                    "Suspending and leaving need a reason; leaving ends the volunteer's current team memberships. 409 when the status is already that one.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = VolunteerDetail.class)))
    public VolunteerDetail changeStatus(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull VolunteerStatusChange body) {
        return volunteers.changeStatus(id, ifMatch, body);
    }

    @POST
    @Path("/{id}/reveal")
    @PermissionsAllowed(Names.VOLUNTEERS_REVEAL)
    @Operation(
            operationId = "revealVolunteer",
            summary = "The plaintext ID card or phone number; the access is audited with the reason",
            description = "404 when the volunteer has no phone number.")
    public Revealed reveal(@PathParam("id") long id, @NotNull @Valid RevealRequest body) {
        return volunteers.reveal(id, body);
    }

    @POST
    @Path("/{id}/account")
    @PermissionsAllowed(Names.VOLUNTEERS_MANAGE)
    @Operation(
            operationId = "createVolunteerAccount",
            summary = "Give the volunteer a sign-in account (realm role volunteer, scoped to their community)",
            description =
                    "Returns a temporary password once; it must be changed at first sign-in. 409 when the volunteer has an account, or the user name is taken.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = VolunteerAccount.class)))
    @APIResponse(
            responseCode = "503",
            description = "Keycloak unreachable; nothing was changed",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response createAccount(@PathParam("id") long id, @NotNull VolunteerAccountCreate body) {
        return Response.status(Response.Status.CREATED)
                .entity(volunteers.createAccount(id, body))
                .build();
    }
}
