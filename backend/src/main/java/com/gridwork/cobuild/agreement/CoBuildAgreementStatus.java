package com.gridwork.cobuild.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agreement's lifecycle: PROPOSED, SIGNED (its term not begun), ACTIVE (within its term), then EXPIRED (after its
 * term) or TERMINATED (with a reason). A renewal is a new agreement.
 */
@Schema(name = "CoBuildAgreementStatus")
public enum CoBuildAgreementStatus {
    PROPOSED,
    SIGNED,
    ACTIVE,
    EXPIRED,
    TERMINATED
}
