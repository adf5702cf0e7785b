package com.gridwork.volunteer.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** First come, first served; or apply and be approved by the organisers. */
@Schema(name = "ActivitySignUpMode")
public enum SignUpMode {
    FIRST_COME,
    APPROVAL
}
