package com.gridwork.cobuild.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OPEN; IN_PROJECT while a live project addresses it; MET when such a project was accepted; CLOSED with a reason. */
@Schema(name = "CoBuildNeedStatus")
public enum CoBuildNeedStatus {
    OPEN,
    IN_PROJECT,
    MET,
    CLOSED
}
