package com.gridwork.me;

import com.gridwork.access.Caller;
import com.gridwork.access.CallerIdentityAugmentor;
import com.gridwork.access.Permission;
import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaPaths;
import com.gridwork.staff.Staff;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {
    @Inject
    SecurityIdentity identity;

    @Schema(
            name = "Me",
            description = "The caller; roles is empty for a signed-in user without an enabled staff account")
    public record Me(
            String username,
            String displayName,
            @Schema(nullable = true) String phone,

            @Schema(description = "Gridwork roles; empty without an enabled staff account")
            List<StaffRole> roles,

            @Schema(nullable = true) Long staffId,
            Scope scope,

            @Schema(
                    description =
                            "What the caller may do, derived on the server from its role and scope (where: scope);"
                                    + " empty without an enabled staff account. Screens offer what is listed here.")
            List<Permission> capabilities) {}

    @Schema(name = "CallerScope", description = "The areas the caller may act in")
    public record Scope(
            @Schema(description = "True for a street-admin of the whole platform")
            boolean all,

            List<AreaRef> areas) {}

    @GET
    @Transactional
    @Operation(
            operationId = "getMe",
            summary = "The caller's profile, roles, area scope and capabilities, as the server applies them now",
            description =
                    "What the server applies to the caller's token now: a signed-in user without an enabled staff account gets no roles, no capabilities and an empty scope, and the role-protected endpoints refuse them (403).")
    public Me me() {
        Caller caller = identity.getAttribute(CallerIdentityAugmentor.CALLER_ATTRIBUTE);
        if (caller == null) {
            return new Me(
                    identity.getPrincipal().getName(),
                    identity.getPrincipal().getName(),
                    null,
                    List.of(),
                    null,
                    new Scope(false, List.of()),
                    List.of());
        }
        Staff staff = Staff.findById(caller.staffId());
        List<AreaRef> areas = caller.areas().stream()
                .map(a -> new AreaRef(a.id(), AreaPaths.level(a.path()), a.code(), a.name()))
                .toList();
        return new Me(
                caller.username(),
                caller.displayName(),
                staff == null ? null : staff.phone,
                List.of(caller.role()),
                caller.staffId(),
                new Scope(caller.wholePlatform(), areas),
                List.copyOf(caller.permissions()));
    }
}
