package com.gridwork.cobuild.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff may do to an agreement; the view lists those its state allows ({@link AgreementLifecycle}). */
@Schema(name = "CoBuildAgreementAction")
public enum AgreementAction {
    SIGN,
    TERMINATE,
    RENEW
}
