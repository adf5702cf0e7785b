package com.gridwork.cobuild.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The residents' satisfaction with an accepted project, as the community records it on acceptance. */
@Schema(name = "CoBuildProjectSatisfaction")
public enum CoBuildProjectSatisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED
}
