package com.gridwork.common.paging;

import com.gridwork.common.error.ApiProblem;
import io.quarkus.panache.common.Sort;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The shared {@code ?page=&size=&sort=} of every list endpoint. A page must lie within the rows a query can address:
 * (page + 1) × size at most 2,147,483,647, else a 400 naming {@code page} (the offset would overflow).
 */
@PageParams.Addressable
public class PageParams {
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(
            description = "0-based page number",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(
            description = "Items per page, at most 100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
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
        for (SortTerm term : sortTerms(allowed)) {
            Sort.Direction direction = term.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(term.path(), direction) : result.and(term.path(), direction);
        }
        // A unique tie-breaker keeps pages stable when the sort key repeats.
        return result.and(idPath);
    }

    /** One term of the request's sort, mapped to its entity path. */
    public record SortTerm(String path, boolean descending) {}

    /**
     * The request's sort terms, each mapped through {@code allowed} (API field name → entity path); a term that is
     * empty (",,", a lone "-") or not allowed is a 400 naming {@code sort}. Call only with a sort given.
     */
    public List<SortTerm> sortTerms(Map<String, String> allowed) {
        List<SortTerm> terms = new ArrayList<>();
        for (String raw : sort.split(",", -1)) {
            String token = raw.strip();
            boolean descending = token.startsWith("-");
            String field = descending ? token.substring(1).strip() : token;
            if (field.isEmpty()) {
                throw ApiProblem.invalidField("sort", "paging.sort.empty");
            }
            String path = allowed.get(field);
            if (path == null) {
                throw ApiProblem.invalidField(
                        "sort", "paging.sort.invalid", field, String.join(", ", allowed.keySet()));
            }
            terms.add(new SortTerm(path, descending));
        }
        return terms;
    }

    /**
     * The number of matches, given how many rows this page fetched: a short page that is not past the end is the
     * last one, so its position gives the total and the count query is skipped (a lookup by ID number, a small grid).
     */
    public long total(int fetched, LongSupplier count) {
        return fetched < size && (fetched > 0 || page == 0) ? (long) page * size + fetched : count.getAsLong();
    }

    /** The page's rows can be addressed with an int offset, as JPA and Panache take it. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = AddressableValidator.class)
    public @interface Addressable {
        String message() default "{gridwork.paging.page.too-deep}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class AddressableValidator implements ConstraintValidator<Addressable, PageParams> {
        @Override
        public boolean isValid(PageParams p, ConstraintValidatorContext context) {
            if (p == null || p.page < 0 || p.size < 1 || ((long) p.page + 1) * p.size <= Integer.MAX_VALUE) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("page")
                    .addConstraintViolation();
            return false;
        }
    }
}
