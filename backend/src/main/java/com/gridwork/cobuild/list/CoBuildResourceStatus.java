package com.gridwork.cobuild.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoBuildResourceStatus")
public enum CoBuildResourceStatus {
    AVAILABLE,
    WITHDRAWN
}
