package com.gridwork.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Map;

/** Counting the matches of a list. */
public final class Counts {
    private Counts() {}

    /**
     * Runs {@code select count(...)} given as JPQL. Hibernate caches the SQL of a query string; Panache's
     * {@code count("from ...")} derives a new count query from the select on every call and translates it again.
     */
    public static long of(EntityManager em, String jpql, Map<String, Object> params) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
