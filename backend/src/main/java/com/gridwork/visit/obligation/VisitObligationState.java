package com.gridwork.visit.obligation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An obligation as shown everywhere, computed by {@link ObligationState}: DUE (open, its due day not passed), OVERDUE
 * (open, past its due day), SATISFIED, SATISFIED_LATE (its visits came after the due day), NOT_APPLICABLE.
 */
@Schema(name = "VisitObligationState")
public enum VisitObligationState {
    DUE,
    OVERDUE,
    SATISFIED,
    SATISFIED_LATE,
    NOT_APPLICABLE
}
