package com.gridwork.dictionary;

import com.gridwork.access.Permission.Names;
import com.gridwork.dictionary.DictionaryDtos.DictionaryEntry;
import com.gridwork.dictionary.DictionaryDtos.DictionaryEntryCreate;
import com.gridwork.dictionary.DictionaryDtos.DictionaryEntryUpdate;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.util.List;

@Path("/api/dictionary")
@Tag(name = "Dictionary")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.DICTIONARY_READ)
public class DictionaryResource {
    @Inject
    DictionaryService dictionary;

    @GET
    @Operation(
            operationId = "listDictionaryEntries",
            summary = "A code list (tags, ethnic groups, relations...) as configured for the caller's sub-district",
            description =
                    "Platform defaults plus the values of the caller's sub-district, ordered by sortOrder. Retired values (active=false) only with includeInactive=true.")
    public List<DictionaryEntry> list(
            @QueryParam("category") @NotNull DictionaryCategory category,
            @QueryParam("includeInactive") @Parameter(description = "Also retired values (for administration)")
                    boolean includeInactive) {
        return dictionary.items(category, dictionary.subDistrictOfCaller(), includeInactive).stream()
                .map(DictionaryEntry::of)
                .toList();
    }

    @POST
    @PermissionsAllowed(Names.DICTIONARY_MANAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createDictionaryEntry",
            summary = "Add a value to a sub-district's code list",
            description =
                    "The code is fixed once created; a code the category already has (as a platform default or in the sub-district) is a 409 naming the existing entry.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = DictionaryEntry.class)))
    public Response add(@NotNull DictionaryEntryCreate body) {
        DictionaryEntry entry = DictionaryEntry.of(dictionary.add(body));
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Names.DICTIONARY_MANAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateDictionaryEntry",
            summary = "Rename, reorder or retire a value (If-Match required)",
            description = "A retired value (active=false) is no longer offered; records that carry it keep it.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = DictionaryEntry.class)))
    public DictionaryEntry update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull @Valid DictionaryEntryUpdate body) {
        return DictionaryEntry.of(
                dictionary.update(id, ifMatch, body.name(), body.nameEn(), body.sortOrder(), body.active()));
    }
}
