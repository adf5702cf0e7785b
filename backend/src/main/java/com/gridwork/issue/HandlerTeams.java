package com.gridwork.issue;

import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.issue.IssueDtos.HandlerTeamOption;
import com.gridwork.issue.IssueDtos.TeamLeaderView;
import com.gridwork.volunteer.VolunteerSelf;
import com.gridwork.volunteer.team.TeamRole;
import com.gridwork.volunteer.team.TeamStatus;
import com.gridwork.volunteer.team.VolunteerTeam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Volunteer teams as issue handlers (issue 14): which teams an issue may be given to (active, of the issue's community
 * or its sub-district), who leads a team (leader or deputy, not left), and which teams the caller leads, which decides
 * the issues a volunteer account sees and the handler's steps it may take.
 */
@ApplicationScoped
public class HandlerTeams {
    private static final List<TeamRole> LEADING = List.of(TeamRole.LEADER, TeamRole.DEPUTY);

    @Inject
    EntityManager em;

    @Inject
    VolunteerSelf self;

    /**
     * The teams the caller leads and acts for ({@link VolunteerSelf#ledTeamIds}: leader or deputy, not left, team
     * active). Empty for a caller without {@link Permission#ISSUES_HANDLE_AS_TEAM} (staff).
     */
    public Set<Long> ledBy(Caller caller) {
        return caller.may(Permission.ISSUES_HANDLE_AS_TEAM) ? self.ledTeamIds() : Set.of();
    }

    /** The team named in {@code field} if the issue of this community may be given to it; else a 400 naming the field. */
    VolunteerTeam forIssue(long teamId, Area community, String field) {
        VolunteerTeam team = em.find(VolunteerTeam.class, teamId);
        if (team == null || team.status != TeamStatus.ACTIVE || !fits(team.areaPath, community.path)) {
            throw ApiProblem.invalidField(field, "issue.team.not-for-issue");
        }
        return team;
    }

    /** A team of the issue's community, or of the sub-district around it. */
    static boolean fits(String teamPath, String communityPath) {
        return communityPath.startsWith(teamPath);
    }

    /** The teams an issue of this community may be given to, by name, with their leaders. */
    List<HandlerTeamOption> candidates(Area community) {
        List<VolunteerTeam> teams = em.createQuery(
                        "from VolunteerTeam t join fetch t.area where t.status = :active"
                                + " and :path like concat(t.areaPath, '%') order by t.name, t.id",
                        VolunteerTeam.class)
                .setParameter("active", TeamStatus.ACTIVE)
                .setParameter("path", community.path)
                .getResultList();
        Map<Long, List<TeamLeaderView>> leaders =
                leaders(teams.stream().map(t -> t.id).toList());
        return teams.stream()
                .map(t -> new HandlerTeamOption(t.id, t.name, t.area.name, leaders.getOrDefault(t.id, List.of())))
                .toList();
    }

    /** The current leaders and deputies of these teams (leaders first, then by name), by team. */
    Map<Long, List<TeamLeaderView>> leaders(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(
                        "select m.teamId, v.name, m.role from TeamMembership m join m.volunteer v"
                                + " where m.teamId in :teams and m.leftOn is null and m.role in :leading"
                                + " order by v.name, v.id",
                        Object[].class)
                .setParameter("teams", teamIds)
                .setParameter("leading", LEADING)
                .getResultList();
        // leaders before deputies (the role's order), each by name
        return rows.stream()
                .sorted(Comparator.comparing(r -> (TeamRole) r[2]))
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        LinkedHashMap::new,
                        Collectors.mapping(
                                r -> new TeamLeaderView((String) r[1], (TeamRole) r[2]), Collectors.toList())));
    }

    /** The staff accounts of a team's current leaders and deputies (those who have a sign-in), for its notices. */
    public List<Long> leaderAccounts(long teamId) {
        return em.createQuery(
                        "select v.staffId from TeamMembership m join m.volunteer v where m.teamId = :team"
                                + " and m.leftOn is null and m.role in :leading and v.staffId is not null",
                        Long.class)
                .setParameter("team", teamId)
                .setParameter("leading", LEADING)
                .getResultList();
    }
}
