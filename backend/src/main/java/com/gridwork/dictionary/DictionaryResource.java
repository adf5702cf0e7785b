package com.gridwork.dictionary;

import com.gridwork.staff.StaffRole.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/dictionary")
@Tag(name = "Dictionary")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STREET_ADMIN, Roles.COMMUNITY_STAFF, Roles.GRID_WORKER, Roles.VOLUNTEER, Roles.UNIT_LIAISON, Roles.VIEWER})
public class DictionaryResource {
    @Inject
    DictionaryService dictionary;

    @Schema(name = "DictionaryEntry", description = "One value of a code list: the API stores the code, people read the name")
    public record DictionaryEntry(DictionaryCategory category, @Schema(examples = "ELDERLY_ALONE") String code,
                                  @Schema(examples = "独居老人") String name, int sortOrder) {
    }

    @GET
    @Operation(summary = "A code list (tags, ethnic groups, relations...) as configured for the caller's sub-district")
    public List<DictionaryEntry> list(@QueryParam("category") @NotNull DictionaryCategory category) {
        return dictionary.items(category, dictionary.subDistrictOfCaller()).stream()
                .map(i -> new DictionaryEntry(i.category, i.code, i.name, i.sortOrder)).toList();
    }
}
