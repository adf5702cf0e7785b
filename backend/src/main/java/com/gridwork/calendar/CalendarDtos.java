package com.gridwork.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the working-calendar API sends and receives. */
public final class CalendarDtos {
    private CalendarDtos() {
    }

    @Schema(name = "CalendarYearSummary", description = "A year whose holidays and adjusted working days have been entered")
    public record CalendarYearSummary(int year, @Schema(nullable = true) String source, long holidayCount,
                                      long adjustedWorkdayCount, long version) {
    }

    /** The same shape is read and written back, so a client edits what it received. */
    @Schema(name = "CalendarDay", description = "One exception to \"Monday–Friday work, weekend rest\"")
    public record CalendarDayEntry(@NotNull @Schema(examples = "2026-10-01") LocalDate date, @NotNull CalendarDayKind kind,
                                   @Size(max = 64) @Schema(nullable = true, examples = "国庆节",
                                           description = "Required for a HOLIDAY") String name) {
    }

    @Schema(name = "CalendarYear")
    public record CalendarYearView(int year,
                                   @Schema(description = "False until the year is entered; until then Monday to Friday are working days") boolean configured,
                                   @Schema(nullable = true) String source,
                                   @Schema(description = "0 for a year not entered yet") long version,
                                   @Schema(description = "In date order") List<CalendarDayEntry> days) {
    }

    @Schema(name = "CalendarYearUpdate", description = "The complete list of the year's exceptions; it replaces the stored one")
    public record CalendarYearUpdate(@Size(max = 200) @Schema(examples = "国务院办公厅关于2027年部分节假日安排的通知") String source,
                                     @NotNull @Size(max = 366) List<@NotNull @Valid CalendarDayEntry> days) {
    }
}
