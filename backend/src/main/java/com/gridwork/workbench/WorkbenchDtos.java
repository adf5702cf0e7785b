package com.gridwork.workbench;

import com.gridwork.issue.IssueStatus;
import com.gridwork.issue.Warning;
import com.gridwork.issue.stats.IssueStatsDtos.IssueMetrics;
import com.gridwork.talkday.TalkDayDtos.TalkDaySummary;
import com.gridwork.volunteer.stats.VolunteerStatsDtos.VolunteerFigures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class WorkbenchDtos {
    private WorkbenchDtos() {}

    @Schema(name = "WorkbenchTodoKind")
    public enum TodoKind {
        /** Received in the caller's scope, waiting to be accepted or rejected. */
        TO_ACCEPT,
        /** Escalated to the sub-district, waiting for a street-admin to assign it. */
        ESCALATED,
        /** Open, the caller is its handler. */
        ASSIGNED_TO_ME,
        /** Open and past 70 % of its time (the yellow mark). */
        DUE_SOON,
        /** Open and past its deadline (the red mark). */
        OVERDUE,
        /** An extension request waits for a decision. */
        EXTENSIONS,
        /** Open again after the resident's unsatisfied answer. */
        REOPENED
    }

    @Schema(
            name = "Workbench",
            description = "What the caller has to do today and the figures of their scope; a section the caller's"
                    + " permissions do not allow is absent (null or no to-do of that kind).")
    public record Workbench(
            @Schema(description = "Today in Beijing time") LocalDate today,

            @Schema(description = "The to-dos the caller's permissions allow, in this order; none without ISSUES_READ")
            List<WorkbenchTodo> todos,

            @Schema(nullable = true, description = "Needs TALK_DAYS_READ")
            WorkbenchTalkDays talkDays,

            @Schema(nullable = true, description = "Needs ISSUES_READ, REGISTRY_READ or VOLUNTEER_STATS_READ")
            WorkbenchFigures figures) {}

    @Schema(name = "WorkbenchTodo")
    public record WorkbenchTodo(
            TodoKind kind,

            @Schema(description = "How many; the total of GET /api/issues with `query`")
            long count,

            @Schema(description = "The first few, the nearest deadline first")
            List<WorkbenchIssue> items,

            @Schema(description = "The filters of GET /api/issues that list exactly these issues")
            WorkbenchIssueQuery query) {}

    @Schema(name = "WorkbenchIssueQuery", description = "Query parameters of GET /api/issues; absent ones are not set")
    public record WorkbenchIssueQuery(
            @Schema(nullable = true) List<IssueStatus> status,
            @Schema(nullable = true) Warning warning,
            @Schema(nullable = true) Long handlerId,
            @Schema(nullable = true) Boolean involvingMe,
            @Schema(nullable = true) Boolean escalated,
            @Schema(nullable = true) Boolean reopened,
            @Schema(nullable = true) Boolean extensionPending) {}

    @Schema(name = "WorkbenchIssue")
    public record WorkbenchIssue(
            long id,
            @Schema(examples = "Q20261201-000123") String number,
            String categoryName,

            @Schema(nullable = true, description = "The category's English name; none when it has only a Chinese one")
            String categoryNameEn,

            @Schema(description = "The description's beginning")
            String title,

            @Schema(description = "The grid's name, else the community's")
            String areaName,

            IssueStatus status,
            Instant dueAt,
            Warning warning) {}

    @Schema(name = "WorkbenchTalkDays", description = "Sessions in the caller's communities (as GET /api/talk-days)")
    public record WorkbenchTalkDays(
            @Schema(description = "Monday of this week (Beijing time)")
            LocalDate weekStart,

            @Schema(description = "Sunday of this week") LocalDate weekEnd,
            List<TalkDaySummary> today,

            @Schema(description = "Monday to Sunday, today's included, by date and time")
            List<TalkDaySummary> week,

            @Schema(description = "All of this week's sessions (the list holds at most 100)")
            long weekTotal) {}

    @Schema(
            name = "WorkbenchFigures",
            description = "This month's key figures of the caller's scope, by the statistics' own definitions")
    public record WorkbenchFigures(
            @Schema(description = "The first of this month") LocalDate from,
            @Schema(description = "Today") LocalDate to,

            @Schema(nullable = true, description = "GET /api/issues/stats?from&to totals (ISSUES_READ)")
            IssueMetrics issues,

            @Schema(nullable = true, description = "Active households, as GET /api/registry/stats (REGISTRY_READ)")
            Long households,

            @Schema(nullable = true, description = "Active residents, as GET /api/registry/stats (REGISTRY_READ)")
            Long residents,

            @Schema(nullable = true, description = "GET /api/volunteer-stats?from&to totals (VOLUNTEER_STATS_READ)")
            VolunteerFigures volunteers) {}
}
