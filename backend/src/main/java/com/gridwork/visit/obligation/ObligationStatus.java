package com.gridwork.visit.obligation;

/**
 * What happened to an obligation (stored, never sent: the API sends {@link VisitObligationState}). Due and overdue are
 * not stored: ObligationState computes them.
 */
public enum ObligationStatus {
    OPEN,
    SATISFIED,
    SATISFIED_LATE,
    NOT_APPLICABLE
}
