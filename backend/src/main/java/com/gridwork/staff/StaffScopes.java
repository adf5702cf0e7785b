package com.gridwork.staff;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The one rule for the area scope an account may be given, by staff administration and for API clients alike. */
public final class StaffScopes {
    private StaffScopes() {
    }

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
            if (!role.scopeLevels().contains(area.level)) {
                throw ApiProblem.invalidField(field, "staff.scope.wrong-level", role, role.scopeLevels().iterator().next());
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
