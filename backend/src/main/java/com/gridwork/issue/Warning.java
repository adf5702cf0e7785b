package com.gridwork.issue;

/** The deadline mark of an open issue: yellow once 70% of its time is used, red once it is overdue. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "IssueWarning")
public enum Warning {
    NONE,
    YELLOW,
    RED
}
