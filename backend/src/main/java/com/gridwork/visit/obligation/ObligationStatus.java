package com.gridwork.visit.obligation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to an obligation (stored). Due and overdue are not stored: ObligationState computes them. */
@Schema(name = "VisitObligationStatus")
public enum ObligationStatus {
    OPEN,
    SATISFIED,
    SATISFIED_LATE,
    NOT_APPLICABLE
}
