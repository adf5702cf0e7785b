package com.gridwork.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a volunteer serves: only an active volunteer signs up; suspended and left carry a reason. */
@Schema(name = "VolunteerStatus")
public enum VolunteerStatus {
    ACTIVE,
    SUSPENDED,
    LEFT
}
