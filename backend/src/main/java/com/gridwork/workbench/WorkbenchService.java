package com.gridwork.workbench;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.issue.IssueDeadlines;
import com.gridwork.issue.IssueDtos.IssueSummary;
import com.gridwork.issue.IssueService;
import com.gridwork.issue.IssueService.IssueFilter;
import com.gridwork.issue.stats.IssueStatsDtos.IssueMetrics;
import com.gridwork.issue.stats.IssueStatsService;
import com.gridwork.registry.stats.RegistryStatsService;
import com.gridwork.registry.stats.RegistryStatsService.RegistryStats;
import com.gridwork.talkday.TalkDayDtos.TalkDaySummary;
import com.gridwork.talkday.TalkDayService;
import com.gridwork.volunteer.stats.VolunteerStatsService;
import com.gridwork.workbench.WorkbenchDtos.Workbench;
import com.gridwork.workbench.WorkbenchDtos.WorkbenchFigures;
import com.gridwork.workbench.WorkbenchDtos.WorkbenchIssue;
import com.gridwork.workbench.WorkbenchDtos.WorkbenchIssueQuery;
import com.gridwork.workbench.WorkbenchDtos.WorkbenchTalkDays;
import com.gridwork.workbench.WorkbenchDtos.WorkbenchTodo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * The caller's home: the issue to-dos ({@link WorkbenchTodos}, each one the issue list with a filter), this week's
 * talk days and this month's figures, each section only when the caller's permissions allow it. Everything is read
 * through the services of the features it comes from (issue list, talk-day list, issue and registry statistics), so
 * every number is the one those pages show and every section is scoped the way they are.
 *
 * <p>No transaction of its own: each read runs as its service declares (the registry statistics read without one, to
 * see the latest rollup).
 */
@ApplicationScoped
public class WorkbenchService {
    /** How many issues of each to-do the home lists. */
    static final int ITEMS = 5;

    @Inject
    AreaScope scope;

    @Inject
    IssueService issues;

    @Inject
    TalkDayService talkDays;

    @Inject
    IssueStatsService issueStats;

    @Inject
    RegistryStatsService registryStats;

    @Inject
    VolunteerStatsService volunteerStats;

    public Workbench get(Locale locale) {
        Caller caller = scope.caller();
        LocalDate today = LocalDate.now(IssueDeadlines.ZONE);
        List<WorkbenchTodo> todos = WorkbenchTodos.of(caller).stream()
                .map(t -> todo(t.kind(), t.filter()))
                .toList();
        WorkbenchTalkDays sessions = caller.may(Permission.TALK_DAYS_READ) ? talkDays(today) : null;
        return new Workbench(today, todos, sessions, figures(caller, today, locale));
    }

    private WorkbenchTodo todo(WorkbenchDtos.TodoKind kind, IssueFilter filter) {
        PageParams page = new PageParams();
        page.page = 0;
        page.size = ITEMS;
        page.sort = "dueAt";
        PageResult<IssueSummary> result = issues.list(filter, page);
        return new WorkbenchTodo(
                kind,
                result.total(),
                result.items().stream().map(WorkbenchService::item).toList(),
                new WorkbenchIssueQuery(
                        filter.statuses(),
                        filter.warning(),
                        filter.handlerId(),
                        filter.involvingMe(),
                        filter.escalated(),
                        filter.reopened(),
                        filter.extensionPending()));
    }

    private static WorkbenchIssue item(IssueSummary s) {
        return new WorkbenchIssue(
                s.id(),
                s.number(),
                s.categoryName(),
                s.categoryNameEn(),
                s.summary(),
                s.gridName() != null ? s.gridName() : s.communityName(),
                s.status(),
                s.dueAt(),
                s.warning());
    }

    /** Monday to Sunday of this week (Beijing time), as the talk-day calendar shows it. */
    private WorkbenchTalkDays talkDays(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        PageParams page = new PageParams();
        page.page = 0;
        page.size = PageParams.MAX_SIZE;
        PageResult<TalkDaySummary> week = talkDays.list(null, monday, sunday, null, page);
        List<TalkDaySummary> todays =
                week.items().stream().filter(t -> t.date().equals(today)).toList();
        return new WorkbenchTalkDays(monday, sunday, todays, week.items(), week.total());
    }

    /** From the first of the month to today, as the statistics page's default period. */
    private WorkbenchFigures figures(Caller caller, LocalDate today, Locale locale) {
        boolean issuesOn = caller.may(Permission.ISSUES_READ);
        boolean registryOn = caller.may(Permission.REGISTRY_READ);
        boolean volunteersOn = caller.may(Permission.VOLUNTEER_STATS_READ);
        if (!issuesOn && !registryOn && !volunteersOn) {
            return null;
        }
        LocalDate first = today.withDayOfMonth(1);
        IssueMetrics metrics =
                issuesOn ? issueStats.stats(first, today, null, locale).totals() : null;
        RegistryStats registry = registryOn ? registryStats.stats(null, locale) : null;
        return new WorkbenchFigures(
                first,
                today,
                metrics,
                registry == null ? null : registry.households(),
                registry == null ? null : registry.residents(),
                volunteersOn ? volunteerStats.stats(first, today, null, locale).totals() : null);
    }
}
