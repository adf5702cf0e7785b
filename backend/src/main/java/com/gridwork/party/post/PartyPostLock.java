package com.gridwork.party.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;

/**
 * Locks a post's row and reads it as committed now. The locking read matters: under REPEATABLE READ a plain read
 * (or a refresh) returns the transaction's first snapshot, which misses a claim that committed while this one waited
 * for the lock. Every change of a claim's liveness locks its post here first.
 */
@ApplicationScoped
class PartyPostLock {
    @Inject
    EntityManager em;

    /** A post as committed when its row was locked. */
    record Locked(
            long id,
            PartyPostStatus status,
            int capacity,
            int claimCount,
            LocalDate termFrom,
            LocalDate termTo,
            long version) {}

    Locked post(long postId) {
        Object[] row = (Object[])
                em.createNativeQuery("select status, capacity, claim_count, term_from, term_to, version from party_post"
                                + " where id = :id for update")
                        .setParameter("id", postId)
                        .getSingleResult();
        return new Locked(
                postId,
                PartyPostStatus.valueOf((String) row[0]),
                ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(),
                date(row[3]),
                date(row[4]),
                ((Number) row[5]).longValue());
    }

    /** Whether the volunteer holds a live claim of the post, read with a lock (see the class comment). */
    boolean holds(long postId, long volunteerId) {
        return !em.createNativeQuery("select id from party_post_claim where post_id = :p and volunteer_id = :v"
                        + " and status = 'ACTIVE' for update")
                .setParameter("p", postId)
                .setParameter("v", volunteerId)
                .getResultList()
                .isEmpty();
    }

    /** Moves the live count under the post's lock; the version stays (see {@link PartyPost}). */
    void count(long postId, int delta) {
        em.createNativeQuery("update party_post set claim_count = claim_count + :d where id = :id")
                .setParameter("d", delta)
                .setParameter("id", postId)
                .executeUpdate();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
