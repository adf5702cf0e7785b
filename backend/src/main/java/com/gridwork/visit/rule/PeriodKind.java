package com.gridwork.visit.rule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit rule's period: calendar month, quarter, half-year, or every N days from the rule's anchor date. */
@Schema(name = "VisitPeriodKind")
public enum PeriodKind {
    MONTH,
    QUARTER,
    HALF_YEAR,
    EVERY_N_DAYS
}
