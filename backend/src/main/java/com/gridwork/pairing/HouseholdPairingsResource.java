package com.gridwork.pairing;

import com.gridwork.access.Permission.Names;
import com.gridwork.pairing.PairingDtos.PairingView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A household's pairings, for the household page. */
@Path("/api/households/{id}/pairings")
@Tag(name = "Pairings")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.PAIRINGS_READ)
public class HouseholdPairingsResource {
    @Inject
    PairingService pairings;

    @GET
    @Operation(
            operationId = "listHouseholdPairings",
            summary = "A household's pairings, active and ended, newest first",
            description = "The household page's history: one row per pairing, ended ones with their reason.")
    public List<PairingView> ofHousehold(@PathParam("id") long id) {
        return pairings.ofHousehold(id);
    }
}
