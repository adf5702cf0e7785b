package com.gridwork.issue;

import com.gridwork.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The three kinds of issue handler together: a staff member, a volunteer team ({@link HandlerTeams}) or a co-building
 * unit ({@link HandlerUnits}). What the caller acts for, and whose accounts hear of an issue given to its handler.
 */
@ApplicationScoped
public class IssueHandlers {
    @Inject
    HandlerTeams teams;

    @Inject
    HandlerUnits units;

    /** The teams and the unit the caller acts for (empty for staff). */
    public ActingFor actingFor(Caller caller) {
        return new ActingFor(teams.ledBy(caller), units.actsFor(caller).orElse(null));
    }

    /** Who works on the issue for its handler: the staff handler, the team's leaders or the unit's liaisons. */
    public List<Long> accounts(Issue issue) {
        if (issue.handler != null) {
            return List.of(issue.handler.id);
        }
        if (issue.handlerTeam != null) {
            return teams.leaderAccounts(issue.handlerTeam.id);
        }
        return issue.handlerUnit != null ? units.liaisonAccounts(issue.handlerUnit.id) : List.of();
    }
}
