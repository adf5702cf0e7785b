package com.gridwork.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a visit was saved without a location: the user refused it, the phone had none, it took too long, or the visit was not on site (phone, video). */
@Schema(name = "VisitLocationMissingReason")
public enum LocationMissingReason {
    DENIED,
    UNAVAILABLE,
    TIMEOUT,
    NOT_ON_SITE
}
