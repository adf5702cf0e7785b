package com.gridwork.cobuild.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a need came from; one raised from a talk-day issue (TALK_DAY_ISSUE) links back to it. */
@Schema(name = "CoBuildNeedSource")
public enum CoBuildNeedSource {
    TALK_DAY_ISSUE,
    RESIDENT_SURVEY,
    GRID_VISIT,
    PARTY_MEMBER,
    UNIT,
    SUB_DISTRICT,
    OTHER
}
