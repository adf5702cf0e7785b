package com.gridwork.cobuild.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a unit takes part; an inactive one keeps its history but claims nothing new. */
@Schema(name = "CoBuildUnitStatus")
public enum CoBuildUnitStatus {
    ACTIVE,
    INACTIVE
}
