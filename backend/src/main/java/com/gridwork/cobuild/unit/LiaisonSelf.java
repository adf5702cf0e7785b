package com.gridwork.cobuild.unit;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.StaffRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The unit a unit-liaison account acts for: everything a liaison sees and does is limited to this one unit (its
 * agreements, the projects open to it or claimed by it, its issues, its points), never the registry. Empty for every
 * other role, and for a liaison account not linked to a unit (which then sees nothing). Loaded once per request.
 */
@RequestScoped
public class LiaisonSelf {
    @Inject
    AreaScope scope;

    private Optional<Long> unitId;

    /** Whether the caller is a unit-liaison account (its rules are this class's, not the area scope's). */
    public boolean isLiaison() {
        return scope.caller().role() == StaffRole.UNIT_LIAISON;
    }

    /** The unit the caller acts for; empty for other roles and for an unlinked liaison account. */
    public Optional<Long> unitId() {
        if (unitId == null) {
            Caller caller = scope.caller();
            unitId = caller.role() == StaffRole.UNIT_LIAISON
                    ? CoBuildUnitLiaison.<CoBuildUnitLiaison>findByIdOptional(caller.staffId())
                            .map(l -> l.unitId)
                    : Optional.empty();
        }
        return unitId;
    }

    /** Whether the caller acts for this unit. */
    public boolean actsFor(long unit) {
        return unitId().map(u -> u == unit).orElse(false);
    }
}
