package com.gridwork.volunteer.activity;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.persistence.Where;
import com.gridwork.volunteer.VolunteerSelf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who sees and who organises an activity. Staff see the activities in their scope (a grid worker also those of the
 * community around their grid); a volunteer account sees the published, running and ended ones of its community, and
 * every activity of a team it leads. Street-admins and community staff organise the activities in their scope; a
 * volunteer account organises only those of the teams it leads (leader or deputy, not left).
 */
@RequestScoped
public class ActivityAccess {
    @Inject
    AreaScope scope;

    @Inject
    VolunteerSelf self;

    @Inject
    EntityManager em;

    /** The activity if the caller may see it; else 404, as if it did not exist. */
    public Activity visible(long id) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null || !sees(activity)) {
            throw ApiProblem.notFound("volunteer-activity.not-found", id);
        }
        return activity;
    }

    /** Whether the caller may see the activity. */
    public boolean sees(Activity activity) {
        Caller caller = scope.caller();
        if (self.isVolunteer()) {
            return ledTeams().contains(activity.team.id)
                    || (caller.covers(activity.areaPath)
                            && ActivityLifecycle.OPEN_TO_VOLUNTEERS.contains(activity.status));
        }
        // a grid worker also sees the activities of the community around their grid
        return caller.coversOrIsAbove(activity.community.path);
    }

    /** Whether the caller organises the activity: staff in scope with ACTIVITIES_MANAGE, or a leader of its team. */
    public boolean manages(Activity activity) {
        Caller caller = scope.caller();
        if (!caller.may(Permission.ACTIVITIES_MANAGE)) {
            return false;
        }
        return self.isVolunteer() ? ledTeams().contains(activity.team.id) : caller.covers(activity.areaPath);
    }

    /** The list condition on an activity aliased {@code a}: what the caller sees, as {@link #sees} decides it. */
    public Where visibleWhere(Where where) {
        Caller caller = scope.caller();
        if (self.isVolunteer()) {
            AreaScope.ScopeFilter filter = scope.filter("a.areaPath");
            Set<Long> led = ledTeams();
            Map<String, Object> params = new HashMap<>(filter.params());
            params.put("openToVolunteers", ActivityLifecycle.OPEN_TO_VOLUNTEERS);
            String open = "(" + filter.jpql() + " and a.status in :openToVolunteers)";
            if (led.isEmpty()) {
                return where.and(open, params);
            }
            params.put("ledTeams", led);
            return where.and("(" + open + " or a.team.id in :ledTeams)", params);
        }
        // a grid worker also sees the activities of the community around their grid
        AreaScope.ScopeFilter filter = scope.filterWithAncestors("a.community.path");
        return where.and(filter.jpql(), filter.params());
    }

    /** The teams the caller leads (leader or deputy, not left); empty for staff. */
    public Set<Long> ledTeams() {
        return self.ledTeamIds();
    }

    public boolean isVolunteer() {
        return self.isVolunteer();
    }
}
