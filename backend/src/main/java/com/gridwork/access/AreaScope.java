package com.gridwork.access;

import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where "where may this caller act" is decided. Features plug in by (a) loading the area a record
 * belongs to through {@link #visibleArea(long)} (404 outside the scope, so ids cannot be probed) and (b) adding
 * {@link #filter(String)} to every list query, joined on the record's area path.
 */
@RequestScoped
public class AreaScope {
    @Inject
    SecurityIdentity identity;

    /** The caller's staff account and scope; 403 for a signed-in user without an enabled account. */
    public Caller caller() {
        Caller caller = identity.getAttribute(CallerIdentityAugmentor.CALLER_ATTRIBUTE);
        if (caller == null) {
            throw ApiProblem.forbidden("access.no-staff-account");
        }
        return caller;
    }

    /** The area with this id if the caller's scope covers it; otherwise 404, as if it did not exist. */
    public Area visibleArea(long id) {
        Area area = Area.findById(id);
        if (area == null || !caller().covers(area.path)) {
            throw ApiProblem.notFound("access.area.not-found", id);
        }
        return area;
    }

    /** The area with this id if it lies in the caller's scope or above it (see {@link Caller#coversOrIsAbove}); otherwise 404. */
    public Area visibleAreaOrAbove(long id) {
        Area area = Area.findById(id);
        if (area == null || !caller().coversOrIsAbove(area.path)) {
            throw ApiProblem.notFound("access.area.not-found", id);
        }
        return area;
    }

    /**
     * A JPQL condition limiting rows to the caller's scope, for a query whose area path expression is
     * {@code pathExpression} (e.g. {@code "a.path"} or {@code "h.grid.path"}).
     */
    public ScopeFilter filter(String pathExpression) {
        return filter(pathExpression, false);
    }

    /**
     * As {@link #filter(String)}, also admitting rows attached to an area above a scope area: the talk days of the
     * community around a grid worker's grid.
     */
    public ScopeFilter filterWithAncestors(String pathExpression) {
        return filter(pathExpression, true);
    }

    private ScopeFilter filter(String pathExpression, boolean ancestors) {
        Caller caller = caller();
        if (caller.wholePlatform()) {
            return new ScopeFilter("1 = 1", Map.of());
        }
        if (caller.areas().isEmpty()) {
            return new ScopeFilter("1 = 0", Map.of());
        }
        List<String> terms = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < caller.areas().size(); i++) {
            terms.add(pathExpression + " like :scope" + i);
            params.put("scope" + i, caller.areas().get(i).path() + "%");
            if (ancestors) {
                terms.add(":own" + i + " like concat(" + pathExpression + ", '%')");
                params.put("own" + i, caller.areas().get(i).path());
            }
        }
        return new ScopeFilter("(" + String.join(" or ", terms) + ")", params);
    }

    /** A JPQL condition and its named parameters. */
    public record ScopeFilter(String jpql, Map<String, Object> params) {
    }
}
