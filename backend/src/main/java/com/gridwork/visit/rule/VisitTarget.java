package com.gridwork.visit.rule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which households a visit rule covers: all of the grids, those carrying one of its care codes, those in an active pairing of one of its types (any type when it lists none). */
@Schema(name = "VisitTarget")
public enum VisitTarget {
    ALL_HOUSEHOLDS,
    CARE_TAGGED,
    PAIRED
}
