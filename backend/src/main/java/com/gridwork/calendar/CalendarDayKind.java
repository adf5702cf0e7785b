package com.gridwork.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a listed day departs from "Monday–Friday work, weekend rest". */
@Schema(
        name = "CalendarDayKind",
        description = "HOLIDAY: a day off (法定节假日); ADJUSTED_WORKDAY: a Saturday or Sunday worked instead (调休上班)")
public enum CalendarDayKind {
    HOLIDAY,
    ADJUSTED_WORKDAY
}
