package com.gridwork.issue;

import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.area.Area;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitLiaison;
import com.gridwork.cobuild.unit.CoBuildUnitStatus;
import com.gridwork.cobuild.unit.LiaisonSelf;
import com.gridwork.common.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * Co-building units as issue handlers (issue 16), the counterpart of {@link HandlerTeams}: which unit an issue may be
 * given to (an active unit of its sub-district), which unit the caller acts for (a liaison's own), and who hears of
 * an issue given to a unit (its liaisons). The options offered when assigning are the units' pickers'
 * ({@code GET /api/cobuild-units/options}: paired units first).
 */
@ApplicationScoped
public class HandlerUnits {
    @Inject
    EntityManager em;

    @Inject
    LiaisonSelf self;

    /** The unit the caller is a liaison of; empty for a caller without {@link Permission#ISSUES_HANDLE_AS_UNIT}. */
    public Optional<Long> actsFor(Caller caller) {
        return caller.may(Permission.ISSUES_HANDLE_AS_UNIT) ? self.unitId() : Optional.empty();
    }

    /** The unit named in {@code field} if the issue of this community may be given to it; else a 400 naming the field. */
    CoBuildUnit forIssue(long unitId, Area community, String field) {
        CoBuildUnit unit = em.find(CoBuildUnit.class, unitId);
        if (unit == null
                || unit.status != CoBuildUnitStatus.ACTIVE
                || !HandlerTeams.fits(unit.areaPath, community.path)) {
            throw ApiProblem.invalidField(field, "issue.unit.not-for-issue");
        }
        return unit;
    }

    /** The liaison accounts of a unit, for its notices. */
    public List<Long> liaisonAccounts(long unitId) {
        return CoBuildUnitLiaison.accountsOf(unitId);
    }
}
