package com.gridwork.issue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssueUrgency")
public enum IssueUrgency {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
