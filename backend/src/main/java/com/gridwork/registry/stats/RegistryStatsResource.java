package com.gridwork.registry.stats;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.i18n.Messages;
import com.gridwork.registry.stats.RegistryStatsService.RegistryStats;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/registry/stats")
@Tag(name = "Households")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.REGISTRY_READ)
public class RegistryStatsResource {
    @Inject
    RegistryStatsService stats;

    @Inject
    Messages messages;

    @GET
    @Operation(
            operationId = "getRegistryStats",
            summary = "Active households and residents in the caller's scope, by grid, tag and registration type",
            description = "Only active households and residents count (moved-out ones are left out).")
    public RegistryStats stats(
            @QueryParam("areaId") @Parameter(description = "Limit to a community, grid or building") Long areaId,
            @Context HttpHeaders headers) {
        return stats.stats(areaId, messages.localeOf(headers));
    }
}
