package com.gridwork.talkday;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TalkDayStatus")
public enum TalkDayStatus {
    PLANNED,
    HELD,
    CANCELLED
}
