package com.gridwork.volunteer.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's role in a team: leaders and deputies run the team's activities. */
@Schema(name = "VolunteerTeamRole")
public enum TeamRole {
    LEADER,
    DEPUTY,
    MEMBER;

    /** Whether this role runs the team's activities and handles the issues given to the team. */
    public boolean leads() {
        return this != MEMBER;
    }
}
