package com.gridwork.workbench;

import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.issue.IssueService.IssueFilter;
import com.gridwork.issue.IssueStatus;
import com.gridwork.issue.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * Which issue to-dos a caller has, each defined as a filter of the issue list ({@code GET /api/issues}), so that a
 * to-do's count is the total of the list it links to and no figure is defined twice. Accepting and deciding
 * extensions are for those who manage issues in their scope, escalated issues for the sub-district; the deadline
 * marks and reopened issues are, for a grid worker, those they handle or answer for, and for those who manage or
 * only read, every one in their scope.
 */
final class WorkbenchTodos {
    /** The workflow's open states, in their order (the list's {@code status} filter). */
    static final List<IssueStatus> OPEN = List.copyOf(IssueStatus.OPEN);

    private WorkbenchTodos() {}

    /** One to-do: its kind and the issue-list filter that lists it. */
    record Todo(WorkbenchDtos.TodoKind kind, IssueFilter filter) {}

    static List<Todo> of(Caller caller) {
        List<Todo> todos = new ArrayList<>();
        if (!caller.may(Permission.ISSUES_READ)) {
            return todos;
        }
        boolean manages = caller.may(Permission.ISSUES_MANAGE);
        // a grid worker's own (handler or first-responsible person); a manager's or viewer's whole scope
        Boolean theirs = caller.may(Permission.ISSUES_HANDLE) && !manages ? Boolean.TRUE : null;
        if (manages) {
            todos.add(todo(WorkbenchDtos.TodoKind.TO_ACCEPT, List.of(IssueStatus.RECEIVED), null, null, null, null));
        }
        if (caller.may(Permission.ISSUES_DECIDE_ESCALATED)) {
            // escalated, an issue goes back to accepted without a handler until the sub-district assigns it
            todos.add(new Todo(
                    WorkbenchDtos.TodoKind.ESCALATED,
                    IssueFilter.of(List.of(IssueStatus.ACCEPTED), null, null, null, true, null, null)));
        }
        if (caller.may(Permission.ISSUES_HANDLE)) {
            todos.add(new Todo(
                    WorkbenchDtos.TodoKind.ASSIGNED_TO_ME,
                    IssueFilter.of(OPEN, null, caller.staffId(), null, null, null, null)));
        }
        todos.add(todo(WorkbenchDtos.TodoKind.DUE_SOON, null, Warning.YELLOW, theirs, null, null));
        todos.add(todo(WorkbenchDtos.TodoKind.OVERDUE, null, Warning.RED, theirs, null, null));
        if (manages) {
            todos.add(todo(WorkbenchDtos.TodoKind.EXTENSIONS, null, null, null, null, true));
        }
        todos.add(todo(WorkbenchDtos.TodoKind.REOPENED, OPEN, null, theirs, true, null));
        return todos;
    }

    private static Todo todo(
            WorkbenchDtos.TodoKind kind,
            List<IssueStatus> statuses,
            Warning warning,
            Boolean involvingMe,
            Boolean reopened,
            Boolean extensionPending) {
        return new Todo(kind, IssueFilter.of(statuses, warning, null, involvingMe, null, reopened, extensionPending));
    }
}
