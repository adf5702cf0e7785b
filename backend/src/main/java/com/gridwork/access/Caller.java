package com.gridwork.access;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who is calling and where they may act, loaded from our database on every request (never from the token),
 * so a changed role, scope or a disabled account takes effect on the next request.
 */
public record Caller(
        long staffId,
        String username,
        String displayName,
        StaffRole role,
        boolean wholePlatform,
        List<ScopedArea> areas) {

    /** An area of the scope; its level is its path's depth ({@code AreaPaths.level}). */
    public record ScopedArea(long id, String code, String name, String path) {}

    /** The caller of an account with these scope areas (sorted by path): a street-admin without any has the whole platform. */
    public static Caller of(long staffId, String username, String displayName, StaffRole role, List<ScopedArea> areas) {
        List<ScopedArea> sorted =
                areas.stream().sorted(Comparator.comparing(ScopedArea::path)).toList();
        return new Caller(
                staffId, username, displayName, role, role == StaffRole.STREET_ADMIN && areas.isEmpty(), sorted);
    }

    /** True when the area with this path lies inside (or is) one of the caller's scope areas. */
    public boolean covers(String areaPath) {
        return wholePlatform || areas.stream().anyMatch(a -> areaPath.startsWith(a.path()));
    }

    /** True when the area with this path is strictly above one of the caller's scope areas (context, not scope). */
    public boolean isAboveScope(String areaPath) {
        return !wholePlatform
                && areas.stream()
                        .anyMatch(
                                a -> a.path().startsWith(areaPath) && !a.path().equals(areaPath));
    }

    /** Inside the scope, or above it (the community around a grid worker's grid). */
    public boolean coversOrIsAbove(String areaPath) {
        return covers(areaPath) || isAboveScope(areaPath);
    }

    /**
     * Whether the caller's scope holds what a sub-district owns (its own code list values, issue categories and
     * calendar years); with null, the platform defaults every sub-district shares, held by the whole platform only.
     */
    public boolean mayChangeOwnedBy(Long subDistrictId) {
        return subDistrictId == null ? wholePlatform : covers("/" + subDistrictId + "/");
    }

    /** Whether the caller's role (and, for some, a scope of the whole platform) grants this permission. */
    public boolean may(Permission permission) {
        return permission.grantedTo(role, wholePlatform);
    }

    /** Everything the caller may do (where: {@link #covers}). */
    public Set<Permission> permissions() {
        return Permission.of(role, wholePlatform);
    }
}
