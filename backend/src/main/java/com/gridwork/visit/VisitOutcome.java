package com.gridwork.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What came of a visit; only COMPLETED satisfies an obligation, the others are attempts. */
@Schema(name = "VisitOutcome")
public enum VisitOutcome {
    COMPLETED,
    NOBODY_HOME,
    REFUSED,
    WRONG_ADDRESS
}
