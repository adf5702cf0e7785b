package com.gridwork.staff;

import com.gridwork.access.Permission.Names;
import com.gridwork.staff.StaffDtos.StaffDeviceReport;
import com.gridwork.staff.StaffDtos.StaffDeviceView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own devices: what a phone reports of itself after a successful sync (issue 17). */
@Path("/api/me/devices")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.DEVICES_REPORT)
public class StaffDeviceResource {
    @Inject
    StaffDeviceService devices;

    @PUT
    @Path("/{deviceId}")
    @Operation(
            operationId = "reportDeviceSync",
            summary = "Record a successful sync of one of the caller's devices",
            description = "Called by the phone after each drain of its outbox and each worklist refresh. The first"
                    + " report of a device creates its row; every report sets its label, its unsent count and its"
                    + " last sync to the server's time of this call (never a time the device claims).")
    @APIResponse(
            responseCode = "200",
            description = "The device as recorded",
            content = @Content(schema = @Schema(implementation = StaffDeviceView.class)))
    public StaffDeviceView report(
            @PathParam("deviceId")
                    @Parameter(
                            description = "Made on the device: a UUID",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String deviceId,
            @HeaderParam(HttpHeaders.USER_AGENT) @Parameter(hidden = true) String userAgent,
            @NotNull StaffDeviceReport body) {
        return devices.report(deviceId, body, userAgent);
    }

    @DELETE
    @Path("/{deviceId}")
    @Operation(
            operationId = "forgetDevice",
            summary = "Forget one of the caller's devices (the worker signed out there)",
            description = "The office then no longer counts the device. A device never reported, or already"
                    + " forgotten, is no error.")
    @APIResponse(responseCode = "204", description = "Forgotten")
    public void forget(
            @PathParam("deviceId")
                    @Parameter(
                            description = "Made on the device: a UUID",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String deviceId) {
        devices.forget(deviceId);
    }
}
