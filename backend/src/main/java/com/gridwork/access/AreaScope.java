package com.gridwork.access;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.persistence.SqlLists;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one place where "where may this caller act" is decided; every service goes through it.
 *
 * <p><b>One record by id.</b> A record that belongs to an area implements {@link AreaBound} (and names its 404 with
 * {@link NotFoundMessage}); services load it here, never with {@code findById} and a check of their own. The answer
 * for a record that does not exist or lies outside the caller's scope depends on where the id came from:
 * <ul>
 *   <li>an id in the path (or in a query parameter that narrows a list) is a <b>404</b>, the same as for an id that
 *       does not exist, so ids outside the scope cannot be probed: {@link #find}, {@link #findOrAbove};</li>
 *   <li>an id in a request body is a <b>400 naming the field</b>, collected with the body's other violations: the
 *       resource in the URL exists, the request is what is wrong: {@link #findForField}, {@link #findOrAboveForField}.</li>
 * </ul>
 * Special cases have a name here too: {@link #findOwned} (what a sub-district owns), {@link #visible} and
 * {@link #visibleOrAbove} for a rule that adds a condition of its own (a calendar's sub-district).
 *
 * <p><b>Lists</b> add {@link #filter(String)} to their query, joined on the record's area path, in the form the query
 * needs: JPQL, native SQL or JDBC (see {@link ScopeFilter}).
 */
@RequestScoped
public class AreaScope {
    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager em;

    /** The caller's staff account and scope; 403 for a signed-in user without an enabled account. */
    public Caller caller() {
        Caller caller = identity.getAttribute(CallerIdentityAugmentor.CALLER_ATTRIBUTE);
        if (caller == null) {
            throw ApiProblem.forbidden("access.no-staff-account");
        }
        return caller;
    }

    // ---- one record by id ------------------------------------------------------------------------------------------

    /** The record with this id (from a path or a list's query parameter) if the caller's scope covers it; else 404. */
    public <T extends AreaBound> T find(Class<T> type, long id) {
        return visible(type, id).orElseThrow(() -> notFound(type, id));
    }

    /**
     * As {@link #find}, also admitting a record above the caller's scope ({@link Caller#coversOrIsAbove}): the
     * community around a grid worker's grid, and its talk days.
     */
    public <T extends AreaBound> T findOrAbove(Class<T> type, long id) {
        return visibleOrAbove(type, id).orElseThrow(() -> notFound(type, id));
    }

    /**
     * The record a request body names in {@code field}: a 400 naming the field (message {@code messageKey}, the id as
     * its argument) unless it exists in the caller's scope. Null for a null id (a required field says so itself).
     */
    public <T extends AreaBound> T findForField(Class<T> type, Long id, String field, String messageKey) {
        return id == null ? null : visible(type, id).orElseThrow(() -> ApiProblem.invalidField(field, messageKey, id));
    }

    /** As {@link #findForField}, also admitting a record above the caller's scope (see {@link #findOrAbove}). */
    public <T extends AreaBound> T findOrAboveForField(Class<T> type, Long id, String field, String messageKey) {
        return id == null
                ? null
                : visibleOrAbove(type, id).orElseThrow(() -> ApiProblem.invalidField(field, messageKey, id));
    }

    /**
     * The record with this id if it passes a rule of its own instead of the caller's areas, else the same 404 as
     * {@link #find}: a volunteer team's leader sees the issues given to the teams they lead, and only those, wherever
     * they lie.
     */
    public <T extends AreaBound> T findWhere(Class<T> type, long id, Predicate<? super T> rule) {
        return Optional.ofNullable(em.find(type, id)).filter(rule).orElseThrow(() -> notFound(type, id));
    }

    /** The record if it exists and the caller's scope covers it (or the caller answers for it, {@link AreaBound#answeredBy}). */
    public <T extends AreaBound> Optional<T> visible(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id)).filter(this::covers);
    }

    /** As {@link #visible}, also admitting a record above the caller's scope. */
    public <T extends AreaBound> Optional<T> visibleOrAbove(Class<T> type, long id) {
        Caller caller = caller();
        return Optional.ofNullable(em.find(type, id))
                .filter(r -> caller.coversOrIsAbove(r.areaPath()) || r.answeredBy(caller.staffId()));
    }

    /** A record owned by a sub-district (or the platform) if the caller may change it ({@link Caller#mayChangeOwnedBy}); else 404. */
    public <T extends SubDistrictOwned> T findOwned(Class<T> type, long id) {
        Caller caller = caller();
        return Optional.ofNullable(em.find(type, id))
                .filter(r -> caller.mayChangeOwnedBy(r.subDistrictId()))
                .orElseThrow(() -> notFound(type, id));
    }

    /** Whether the caller's scope covers this record (or the caller answers for it). */
    public boolean covers(AreaBound record) {
        Caller caller = caller();
        return caller.covers(record.areaPath()) || record.answeredBy(caller.staffId());
    }

    /** Whether the caller's scope covers at least one of these areas: a staff account the caller administers. */
    public boolean coversAny(Collection<String> areaPaths) {
        Caller caller = caller();
        return caller.wholePlatform() || areaPaths.stream().anyMatch(caller::covers);
    }

    /**
     * Whether the caller's scope covers every one of these areas, and there is one: an API client, whose credential
     * must not reach further than its administrator.
     */
    public boolean coversAll(Collection<String> areaPaths) {
        Caller caller = caller();
        return caller.wholePlatform()
                || (!areaPaths.isEmpty() && areaPaths.stream().allMatch(caller::covers));
    }

    private static ApiProblem notFound(Class<?> type, long id) {
        return ApiProblem.notFound(NOT_FOUND.get(type), id);
    }

    private static final ClassValue<String> NOT_FOUND = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            NotFoundMessage message = type.getAnnotation(NotFoundMessage.class);
            if (message == null) {
                throw new IllegalStateException(
                        type.getSimpleName() + " is looked up through AreaScope but has no @NotFoundMessage");
            }
            return message.value();
        }
    };

    // ---- lists -----------------------------------------------------------------------------------------------------

    /**
     * The condition limiting rows to the caller's scope, for a query whose area path expression is
     * {@code pathExpression} (e.g. {@code "a.path"}, {@code "h.grid.path"}, or a column such as {@code "r.area_path"}).
     */
    public ScopeFilter filter(String pathExpression) {
        return filter(caller(), pathExpression);
    }

    /** As {@link #filter(String)} for a caller already loaded, where no request scope is at hand (JDBC work). */
    public static ScopeFilter filter(Caller caller, String pathExpression) {
        return ScopeFilter.of(caller.wholePlatform(), scopePaths(caller), pathExpression, false);
    }

    /**
     * As {@link #filter(String)}, also admitting rows attached to an area above a scope area: the talk days of the
     * community around a grid worker's grid.
     */
    public ScopeFilter filterWithAncestors(String pathExpression) {
        Caller caller = caller();
        return ScopeFilter.of(caller.wholePlatform(), scopePaths(caller), pathExpression, true);
    }

    private static List<String> scopePaths(Caller caller) {
        return caller.areas().stream().map(Caller.ScopedArea::path).toList();
    }

    /**
     * The scope condition on an area path, in three forms: {@link #jpql()} and {@link #sql()} with named parameters
     * ({@link #params()}, bound by {@link #bind(Query)}; Hibernate binds named parameters in native queries too), and
     * {@link #jdbc()} with positional ones ({@link #jdbcValues()}, bound by {@link #bind(PreparedStatement, int)}) for
     * plain JDBC statements. The whole platform is {@code 1 = 1}, a caller without areas {@code 1 = 0}.
     */
    public static final class ScopeFilter {
        /** One alternative of the condition: its text with {@code ?} where its parameter goes, and the parameter. */
        private record Term(String template, String name, String value) {}

        private final String constant;
        private final List<Term> terms;

        private ScopeFilter(String constant, List<Term> terms) {
            this.constant = constant;
            this.terms = terms;
        }

        /**
         * The filter for a caller whose scope is the areas with {@code scopePaths} (or the whole platform): rows whose
         * path starts with one of them, and with {@code withAncestors} also rows whose path is a prefix of one.
         */
        public static ScopeFilter of(
                boolean wholePlatform, List<String> scopePaths, String pathExpression, boolean withAncestors) {
            if (wholePlatform) {
                return new ScopeFilter("1 = 1", List.of());
            }
            if (scopePaths.isEmpty()) {
                return new ScopeFilter("1 = 0", List.of());
            }
            List<Term> terms = new ArrayList<>();
            for (int i = 0; i < scopePaths.size(); i++) {
                terms.add(new Term(pathExpression + " like ?", "scope" + i, scopePaths.get(i) + "%"));
                if (withAncestors) {
                    terms.add(new Term("? like concat(" + pathExpression + ", '%')", "own" + i, scopePaths.get(i)));
                }
            }
            return new ScopeFilter(null, List.copyOf(terms));
        }

        /** The condition for a JPQL query, with named parameters. */
        public String jpql() {
            return render(true);
        }

        /** The same condition for a native SQL query run through Hibernate, with the same named parameters. */
        public String sql() {
            return render(true);
        }

        /** The named parameters of {@link #jpql()} and {@link #sql()}. */
        public Map<String, Object> params() {
            Map<String, Object> params = new LinkedHashMap<>();
            terms.forEach(t -> params.put(t.name(), t.value()));
            return params;
        }

        /** Binds the named parameters to a JPQL or native query. */
        public <Q extends Query> Q bind(Q query) {
            terms.forEach(t -> query.setParameter(t.name(), t.value()));
            return query;
        }

        /** The condition for a plain JDBC statement, with positional parameters. */
        public String jdbc() {
            return render(false);
        }

        /** The values of {@link #jdbc()}'s parameters, in order. */
        public List<String> jdbcValues() {
            return terms.stream().map(Term::value).toList();
        }

        /** Binds {@link #jdbcValues()} from parameter {@code first}; returns the next free parameter index. */
        public int bind(PreparedStatement statement, int first) throws SQLException {
            return SqlLists.bind(statement, first, jdbcValues());
        }

        private String render(boolean named) {
            if (constant != null) {
                return constant;
            }
            List<String> alternatives = terms.stream()
                    .map(t -> named ? t.template().replace("?", ":" + t.name()) : t.template())
                    .toList();
            return "(" + String.join(" or ", alternatives) + ")";
        }
    }
}
