package com.gridwork.wish;

/**
 * Who claimed: a volunteer account whose profile holds an ACTIVE party-member report this year (PARTY_MEMBER), any
 * other volunteer account (VOLUNTEER), or a unit through its liaison (UNIT).
 */
public enum MicroWishClaimantKind {
    PARTY_MEMBER,
    VOLUNTEER,
    UNIT
}
