package com.gridwork.visit.rule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who answers for a rule's visits: the household grid's worker, or the pairing's helper. */
@Schema(name = "VisitResponsible")
public enum VisitResponsible {
    GRID_WORKER,
    HELPER
}
