package com.gridwork.issue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the issue reached us: at a talk-day session, at the office, by phone, on a grid worker's visit. */
@Schema(name = "IssueChannel")
public enum IssueChannel {
    TALK_DAY,
    OFFICE,
    PHONE,
    VISIT,
    OTHER
}
