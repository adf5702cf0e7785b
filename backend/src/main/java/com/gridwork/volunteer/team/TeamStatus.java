package com.gridwork.volunteer.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team serves until it is dissolved (with a date and a reason); a dissolved team organises nothing new. */
@Schema(name = "VolunteerTeamStatus")
public enum TeamStatus {
    ACTIVE,
    DISSOLVED
}
