package com.gridwork.staff;

import com.gridwork.access.AreaScope;
import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.error.ApiProblem;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The one rule for the area scope an account may be given, by staff administration and for API clients alike. */
public final class StaffScopes {
    /** The area levels an account of each role may be scoped to (the people's roles and viewers: any). */
    private static final Map<StaffRole, Set<AreaLevel>> SCOPE_LEVELS = Map.of(
            StaffRole.STREET_ADMIN, EnumSet.of(AreaLevel.SUB_DISTRICT),
            StaffRole.COMMUNITY_STAFF, EnumSet.of(AreaLevel.COMMUNITY),
            StaffRole.GRID_WORKER, EnumSet.of(AreaLevel.GRID),
            StaffRole.VOLUNTEER, EnumSet.allOf(AreaLevel.class),
            StaffRole.UNIT_LIAISON, EnumSet.allOf(AreaLevel.class),
            StaffRole.VIEWER, EnumSet.allOf(AreaLevel.class));

    private StaffScopes() {}

    /**
     * Validates a requested scope ({@code areaIds} of the request body): each area visible to the caller and of a
     * level the role may hold; at least one area, except a street-admin of the whole platform, which only such an
     * administrator may grant.
     */
    public static Set<Area> areas(AreaScope scope, StaffRole role, List<Long> areaIds) {
        Set<Area> areas = new LinkedHashSet<>();
        for (int i = 0; i < areaIds.size(); i++) {
            String field = "areaIds[" + i + "]";
            Area area = scope.findForField(Area.class, areaIds.get(i), field, "staff.scope.out-of-scope");
            if (!SCOPE_LEVELS.get(role).contains(area.level)) {
                throw ApiProblem.invalidField(
                        field,
                        "staff.scope.wrong-level",
                        role,
                        SCOPE_LEVELS.get(role).iterator().next());
            }
            areas.add(area);
        }
        if (areas.isEmpty()) {
            if (role != StaffRole.STREET_ADMIN) {
                throw ApiProblem.invalidField("areaIds", "staff.scope.required", role);
            }
            if (!scope.caller().wholePlatform()) {
                throw ApiProblem.invalidField("areaIds", "staff.scope.global-only");
            }
        }
        return areas;
    }
}
