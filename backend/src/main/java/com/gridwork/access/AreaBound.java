package com.gridwork.access;

/**
 * A record that belongs to an area: it carries the materialised path of the most specific area it lies in (a
 * household its building's or grid's, an issue its building's, grid's or community's; an area its own), so that a
 * scope at any level is one prefix match. Such records are loaded by id through {@link AreaScope}, which answers
 * 404 or 400 for one outside the caller's scope; name the 404's message with {@link NotFoundMessage}.
 */
public interface AreaBound {
    String areaPath();

    /**
     * Whether this staff member answers for the record wherever it lies, and so sees it outside their scope (an
     * issue's first-responsible person and its handler). Nobody, unless a record says otherwise.
     */
    default boolean answeredBy(long staffId) {
        return false;
    }
}
