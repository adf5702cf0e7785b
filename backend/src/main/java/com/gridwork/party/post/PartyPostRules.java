package com.gridwork.party.post;

import java.time.LocalDate;

/** The rules of posts and claims, without a database (message keys for refusals; null when allowed). */
public final class PartyPostRules {
    private PartyPostRules() {}

    /** Whether a post may be claimed today: OPEN and within its term. */
    public static boolean claimable(PartyPostStatus status, LocalDate termFrom, LocalDate termTo, LocalDate today) {
        return status == PartyPostStatus.OPEN && !today.isBefore(termFrom) && !today.isAfter(termTo);
    }

    /**
     * Why a member may not claim a post now (a 409's message key), or null: the post must be claimable, the member
     * must not hold it already, and a place must be free.
     */
    public static String claimRefusal(
            PartyPostStatus status,
            LocalDate termFrom,
            LocalDate termTo,
            LocalDate today,
            boolean alreadyHeld,
            int claimCount,
            int capacity) {
        if (!claimable(status, termFrom, termTo, today)) {
            return "party.post.not-open";
        }
        if (alreadyHeld) {
            return "party.post.already-claimed";
        }
        return claimCount >= capacity ? "party.post.full" : null;
    }

    /** Why a post's capacity may not become {@code capacity}: it would drop below the live claims. */
    public static String capacityRefusal(int capacity, int claimCount) {
        return capacity < claimCount ? "party.post.capacity-below-claims" : null;
    }

    /** Whether the daily clock ends the post on {@code today}: its term is over and it has not ended yet. */
    public static boolean endsByClock(PartyPostStatus status, LocalDate termTo, LocalDate today) {
        return status != PartyPostStatus.ENDED && termTo.isBefore(today);
    }
}
