package com.gridwork.issue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The handlers an account without {@code ISSUES_READ} acts for: the volunteer teams it leads (a volunteer account)
 * and the co-building unit it is a liaison of (a unit-liaison account). It sees the issues given to them, and only
 * those, and takes their handler's steps. Empty for staff.
 */
public record ActingFor(Set<Long> teams, Long unit) {
    public static final ActingFor NOBODY = new ActingFor(Set.of(), null);

    public boolean isEmpty() {
        return teams.isEmpty() && unit == null;
    }

    /** Whether the issue is given to one of these handlers. */
    public boolean handles(Issue issue) {
        return handlesTeamOf(issue) || handlesUnitOf(issue);
    }

    boolean handlesTeamOf(Issue issue) {
        return issue.handlerTeam != null && teams.contains(issue.handlerTeam.id);
    }

    boolean handlesUnitOf(Issue issue) {
        return issue.handlerUnit != null && issue.handlerUnit.id.equals(unit);
    }

    /** JPQL "issue {@code alias} is given to one of these handlers" ({@code 1 = 0} when none); see {@link #params}. */
    public String condition(String alias) {
        if (isEmpty()) {
            return "1 = 0";
        }
        String teamCondition = alias + ".handlerTeamId in :actingTeams";
        String unitCondition = alias + ".handlerUnitId = :actingUnit";
        if (teams.isEmpty()) {
            return unitCondition;
        }
        return unit == null ? teamCondition : "(" + teamCondition + " or " + unitCondition + ")";
    }

    /** The parameters {@link #condition} names. */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        if (!teams.isEmpty()) {
            params.put("actingTeams", teams);
        }
        if (unit != null) {
            params.put("actingUnit", unit);
        }
        return params;
    }
}
