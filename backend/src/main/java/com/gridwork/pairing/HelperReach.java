package com.gridwork.pairing;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.registry.household.Household;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which households the caller may visit: staff those in their area scope ({@link Permission#VISITS_RECORD}); a
 * helper's account ({@link Permission#VISITS_RECORD_AS_HELPER}) those it is paired with now, wherever they lie, and
 * no other. Visits, obligations and the phone's lists ask here, through {@link AreaScope}'s rules, never on their own.
 */
@RequestScoped
public class HelperReach {
    @Inject
    AreaScope scope;

    private Set<Long> paired;

    /** The households the caller is an active helper of (empty for an account that helps nobody). */
    public Set<Long> pairedHouseholdIds() {
        if (paired == null) {
            List<Long> ids = Pairing.find(
                            "select distinct p.householdId from Pairing p where p.helperStaffId = ?1 and p.status = ?2",
                            scope.caller().staffId(),
                            PairingStatus.ACTIVE)
                    .project(Long.class)
                    .list();
            paired = new HashSet<>(ids);
        }
        return paired;
    }

    /** Whether the caller may visit this household (see the class). */
    public boolean reaches(Household household) {
        Caller caller = scope.caller();
        return (caller.may(Permission.VISITS_RECORD) || caller.may(Permission.VISITS_READ)) && scope.covers(household)
                || caller.may(Permission.VISITS_RECORD_AS_HELPER)
                        && pairedHouseholdIds().contains(household.id);
    }

    /** The household in the path if the caller may visit it; else the same 404 as a household that does not exist. */
    public Household find(long householdId) {
        return scope.findWhere(Household.class, householdId, this::reaches);
    }

    /** The household a request body names in {@code field}; else a 400 naming the field. */
    public Household findForField(Long householdId, String field) {
        if (householdId == null) {
            return null;
        }
        Household h = Household.findById(householdId);
        if (h == null || !reaches(h)) {
            throw ApiProblem.invalidField(field, "household.not-found", householdId);
        }
        return h;
    }

    /** A native SQL condition and its named parameters; {@link #bind} binds them on a query. */
    public record Filter(String sql, Map<String, Object> params) {
        public <Q extends Query> Q bind(Q query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    /**
     * The native SQL condition limiting rows with the household id column {@code householdColumn} and the area path
     * column {@code pathColumn} to what the caller reaches: the area scope for staff, the active pairings for a helper.
     */
    public Filter filter(String householdColumn, String pathColumn) {
        Caller caller = scope.caller();
        boolean staff = caller.may(Permission.VISITS_RECORD) || caller.may(Permission.VISITS_READ);
        boolean helper = caller.may(Permission.VISITS_RECORD_AS_HELPER);
        Map<String, Object> params = new LinkedHashMap<>();
        String areaSql = null;
        if (staff) {
            AreaScope.ScopeFilter area = scope.filter(pathColumn);
            areaSql = area.sql();
            params.putAll(area.params());
        }
        String pairedSql = null;
        if (helper) {
            pairedSql = householdColumn + " IN (SELECT rp.household_id FROM pairing rp"
                    + " WHERE rp.helper_staff_id = :reachStaffId AND rp.status = 'ACTIVE')";
            params.put("reachStaffId", caller.staffId());
        }
        String sql = areaSql != null && pairedSql != null
                ? "(" + areaSql + " OR " + pairedSql + ")"
                : areaSql != null ? areaSql : pairedSql != null ? pairedSql : "1 = 0";
        return new Filter(sql, params);
    }
}
