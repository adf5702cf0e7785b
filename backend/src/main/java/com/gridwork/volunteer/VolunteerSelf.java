package com.gridwork.volunteer;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.StaffRole;
import com.gridwork.volunteer.team.TeamMembership;
import com.gridwork.volunteer.team.TeamRole;
import com.gridwork.volunteer.team.TeamStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calling volunteer account's own profile and the teams it leads (a LEADER or DEPUTY membership not left, of a
 * team not dissolved): what a volunteer may see and run beyond its community's open activities. Loaded once per
 * request; empty for staff accounts.
 */
@RequestScoped
public class VolunteerSelf {
    @Inject
    AreaScope scope;

    private Optional<Volunteer> profile;
    private Set<Long> ledTeamIds;

    /** Whether the caller is a volunteer account (its scope rules are the ones of this class, not the area's). */
    public boolean isVolunteer() {
        return scope.caller().role() == StaffRole.VOLUNTEER;
    }

    /** The caller's own profile; empty for staff and for a volunteer account not linked to one. */
    public Optional<Volunteer> profile() {
        if (profile == null) {
            Caller caller = scope.caller();
            profile = caller.role() == StaffRole.VOLUNTEER
                    ? Volunteer.<Volunteer>find("staffId", caller.staffId()).firstResultOptional()
                    : Optional.empty();
        }
        return profile;
    }

    /** The ids of the teams the caller leads now (LEADER or DEPUTY, not left, team active); empty for staff. */
    public Set<Long> ledTeamIds() {
        if (ledTeamIds == null) {
            ledTeamIds = profile().map(v -> leadersTeams(v.id)).orElse(Set.of());
        }
        return ledTeamIds;
    }

    /** Whether the caller leads this team now. */
    public boolean leads(long teamId) {
        return ledTeamIds().contains(teamId);
    }

    /** The teams a volunteer leads now. */
    public static Set<Long> leadersTeams(long volunteerId) {
        List<Long> ids = TeamMembership.getEntityManager()
                .createQuery(
                        "select m.teamId from TeamMembership m where m.volunteerId = :volunteer and m.leftOn is null"
                                + " and m.role in :roles and m.team.status = :active",
                        Long.class)
                .setParameter("volunteer", volunteerId)
                .setParameter("roles", List.of(TeamRole.LEADER, TeamRole.DEPUTY))
                .setParameter("active", TeamStatus.ACTIVE)
                .getResultList();
        return new TreeSet<>(ids);
    }
}
