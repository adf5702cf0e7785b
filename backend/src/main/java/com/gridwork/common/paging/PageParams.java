package com.gridwork.common.paging;

import com.gridwork.common.error.ApiProblem;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The shared {@code ?page=&size=&sort=} of every list endpoint. */
public class PageParams {
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields; a leading '-' sorts descending, e.g. `-updatedAt,name`")
    public String sort;

    /**
     * Translates the request's sort into Panache's, accepting only the listed API field names (mapped to entity
     * paths) so that clients can neither sort by unindexed internals nor inject JPQL.
     */
    public Sort toSort(Map<String, String> allowed, Sort fallback) {
        return toSort(allowed, fallback, "id");
    }

    /** As above, for a query whose entity alias must qualify the id tie-breaker (e.g. {@code "h.id"} in a join). */
    public Sort toSort(Map<String, String> allowed, Sort fallback, String idPath) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        Sort result = null;
        for (String raw : sort.split(",")) {
            String token = raw.trim();
            boolean descending = token.startsWith("-");
            String field = descending ? token.substring(1) : token;
            String path = allowed.get(field);
            if (path == null) {
                throw ApiProblem.invalidField("sort", "paging.sort.invalid", field, String.join(", ", allowed.keySet()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(path, direction) : result.and(path, direction);
        }
        // A unique tie-breaker keeps pages stable when the sort key repeats.
        return result.and(idPath);
    }

    /**
     * The number of matches, given how many rows this page fetched: a short page that is not past the end is the
     * last one, so its position gives the total and the count query is skipped (a lookup by ID number, a small grid).
     */
    public long total(int fetched, LongSupplier count) {
        return fetched < size && (fetched > 0 || page == 0) ? (long) page * size + fetched : count.getAsLong();
    }
}
