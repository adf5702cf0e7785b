package com.gridwork.calendar;

import com.gridwork.common.http.Versioned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** What the working-calendar API sends and receives. */
public final class CalendarDtos {
    private CalendarDtos() {}

    private static final String INHERITED =
            "True when a sub-district has no entry of its own for the year and follows the platform default's "
                    + "(the days shown); always false for the platform default itself";

    @Schema(name = "CalendarSubDistrict", description = "A sub-district whose working calendar the caller may read")
    public record CalendarSubDistrict(
            long id,
            @Schema(examples = "新风路街道") String name,

            @Schema(description = "True when the caller may enter and drop this sub-district's own years")
            boolean writable) {}

    @Schema(
            name = "CalendarYearSummary",
            description =
                    "A year entered in the calendar asked for, or (for a sub-district) in the platform default it follows")
    public record CalendarYearSummary(
            int year,
            @Schema(nullable = true) String source,
            long holidayCount,
            long adjustedWorkdayCount,

            @Schema(description = "Of the calendar asked for; 0 when the year is inherited")
            long version,

            @Schema(description = INHERITED) boolean inherited) {}

    /** The same shape is read and written back, so a client edits what it received. */
    @Schema(name = "CalendarDay", description = "One exception to \"Monday–Friday work, weekend rest\"")
    public record CalendarDayEntry(
            @NotNull @Schema(examples = "2026-10-01") LocalDate date,
            @NotNull CalendarDayKind kind,

            @Size(max = 64) @Schema(nullable = true, examples = "国庆节", description = "Required for a HOLIDAY")
            String name) {}

    @Schema(name = "CalendarYear", description = "A year of one calendar as deadlines there count it")
    public record CalendarYearView(
            int year,

            @Schema(
                    nullable = true,
                    description = "The sub-district whose calendar this is; null for the platform default")
            Long subDistrictId,

            @Schema(
                    description =
                            "False until the year is entered (by the sub-district or the platform default it follows); until then Monday to Friday are working days")
            boolean configured,

            @Schema(description = INHERITED) boolean inherited,
            @Schema(nullable = true) String source,

            @Schema(
                    description =
                            "Of the calendar asked for: 0 while it has no entry of its own for the year (not entered, or inherited), from 1 once entered; the ETag")
            long version,

            @Schema(description = "In date order") List<CalendarDayEntry> days)
            implements Versioned {}

    @Schema(
            name = "CalendarYearUpdate",
            description = "The complete list of the year's exceptions; it replaces the stored one")
    public record CalendarYearUpdate(
            @Size(max = 200) @Schema(examples = "国务院办公厅关于2027年部分节假日安排的通知")
            String source,

            @NotNull @Size(max = 366) List<@NotNull @Valid CalendarDayEntry> days) {}
}
