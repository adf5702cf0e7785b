package com.gridwork.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the visitor met the household: in the home, at the door, by phone, by video. */
@Schema(name = "VisitMode")
public enum VisitMode {
    IN_HOME,
    AT_DOOR,
    PHONE,
    VIDEO
}
