package com.gridwork.pairing;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.pairing.PairingDtos.PairingHelperCandidate;
import com.gridwork.pairing.PairingDtos.PairingSuggestion;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Suggested pairings and the helpers one may pair. */
@Path("/api")
@Tag(name = "Pairings")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.PAIRINGS_READ)
public class PairingLookupResource {
    @Inject
    PairingSuggestions suggestions;

    @Inject
    PairingHelpers helpers;

    @GET
    @Path("/pairing-suggestions")
    @Operation(
            operationId = "listPairingSuggestions",
            summary = "Households that carry a care code a pairing type serves but have no active pairing of that type",
            description = "By grid, then address.")
    public PageResult<PairingSuggestion> suggestions(
            @QueryParam("areaId") @Parameter(description = "A sub-district, community or grid in scope") Long areaId,
            @QueryParam("typeCode") @Parameter(description = "Only this PAIRING_TYPE code") String typeCode,
            @Valid @BeanParam PageParams page) {
        return suggestions.search(areaId, typeCode, page);
    }

    @GET
    @Path("/pairing-helpers")
    @PermissionsAllowed(Names.PAIRINGS_MANAGE)
    @Operation(
            operationId = "listPairingHelpers",
            summary = "Who may be paired: enabled staff and active volunteers of the caller's areas",
            description = "By name; at most 30 of each kind.")
    public List<PairingHelperCandidate> helpers(
            @QueryParam("q") @Parameter(description = "Part of the name (a volunteer's pinyin too)") String q,
            @QueryParam("kind") HelperKind kind,
            @QueryParam("areaId") @Parameter(description = "People working in or above this area") Long areaId) {
        return helpers.search(q, kind, areaId);
    }
}
