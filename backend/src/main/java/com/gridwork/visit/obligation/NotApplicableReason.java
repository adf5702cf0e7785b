package com.gridwork.visit.obligation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an obligation left the denominator: the household moved out, lost the care code, its pairing ended, the rule was switched off, or another reason written down. */
@Schema(name = "VisitNotApplicableReason")
public enum NotApplicableReason {
    MOVED_OUT,
    TAG_REMOVED,
    PAIRING_ENDED,
    RULE_DEACTIVATED,
    OTHER
}
