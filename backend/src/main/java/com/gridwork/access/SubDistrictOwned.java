package com.gridwork.access;

/**
 * A record owned by a sub-district (its own code list values and issue categories), or with none by the whole
 * platform (the defaults every sub-district shares). Who may change it: {@link Caller#mayChangeOwnedBy}; loaded for
 * a change through {@link AreaScope#findOwned}. Name the 404's message with {@link NotFoundMessage}.
 */
public interface SubDistrictOwned {
    /** The owning sub-district's id; null for a platform default. */
    Long subDistrictId();
}
