package com.gridwork.common.persistence;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The WHERE clause of a list with optional filters, for JPQL (Panache included) and native SQL run through Hibernate,
 * both with named parameters: a filter's condition joins the clause only when its value is present (not null, not
 * blank text, not an empty collection). Conditions are joined with {@code and}; one that contains {@code or} brings
 * its own parentheses (as an {@code AreaScope} filter does).
 */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** A condition that always applies, without parameters. */
    public Where and(String condition) {
        return and(condition, Map.of());
    }

    /** A condition that always applies, with its named parameters (an area scope filter's, for instance). */
    public Where and(String condition, Map<String, ?> conditionParams) {
        conditions.add(condition);
        conditionParams.forEach(this::param);
        return this;
    }

    /** A condition with one parameter {@code :name}, only when {@code value} is present. */
    public Where and(String condition, String name, Object value) {
        return and(condition, name, value, Function.identity());
    }

    /**
     * A condition with one parameter {@code :name} bound to {@code toParam} of the value (a LIKE pattern, a hash, an
     * area's path), only when {@code value} is present; {@code toParam} is not called otherwise.
     */
    public <T> Where and(String condition, String name, T value, Function<? super T, ?> toParam) {
        if (present(value)) {
            conditions.add(condition);
            param(name, toParam.apply(value));
        }
        return this;
    }

    /** The conditions joined with {@code and}; {@code 1 = 1} when there is none, for a query that needs a condition. */
    public String conditions() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    /** {@code where} and the conditions, or nothing when there is none. */
    public String clause() {
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }

    /** Binds the parameters to a JPQL or native query. */
    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }

    private void param(String name, Object value) {
        Object previous = params.put(name, value);
        if (previous != null && !previous.equals(value)) {
            throw new IllegalArgumentException("parameter :" + name + " is bound twice, to different values");
        }
    }

    private static boolean present(Object value) {
        return value != null
                && !(value instanceof String text && text.isBlank())
                && !(value instanceof Collection<?> values && values.isEmpty());
    }
}
