package com.gridwork.workbench;

import com.gridwork.access.Caller;
import com.gridwork.access.StaffRole;
import com.gridwork.issue.IssueService.IssueFilter;
import com.gridwork.issue.IssueStatus;
import com.gridwork.issue.Warning;
import com.gridwork.workbench.WorkbenchDtos.TodoKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which to-dos each role gets, and the issue-list filter of each (the table in the README's workbench section). */
class WorkbenchTodosTest {
    private static final long ME = 7;

    private static Caller caller(StaffRole role) {
        return Caller.of(ME, "u", "U", role, List.of(new Caller.ScopedArea(1, "C", "社区", "/1/2/")));
    }

    @ParameterizedTest
    @CsvSource({
        "STREET_ADMIN,    TO_ACCEPT ESCALATED ASSIGNED_TO_ME DUE_SOON OVERDUE EXTENSIONS REOPENED",
        "COMMUNITY_STAFF, TO_ACCEPT ASSIGNED_TO_ME DUE_SOON OVERDUE EXTENSIONS REOPENED",
        "GRID_WORKER,     ASSIGNED_TO_ME DUE_SOON OVERDUE REOPENED",
        "VIEWER,          DUE_SOON OVERDUE REOPENED",
        "VOLUNTEER,       ''",
        "UNIT_LIAISON,    ''",
    })
    void theToDosOfEachRole(StaffRole role, String kinds) {
        List<TodoKind> expected = kinds.isBlank()
                ? List.of()
                : Arrays.stream(kinds.trim().split(" ")).map(TodoKind::valueOf).toList();
        assertThat(WorkbenchTodos.of(caller(role)).stream()
                        .map(WorkbenchTodos.Todo::kind)
                        .toList())
                .isEqualTo(expected);
    }

    private static IssueFilter filter(StaffRole role, TodoKind kind) {
        return WorkbenchTodos.of(caller(role)).stream()
                .filter(t -> t.kind() == kind)
                .findFirst()
                .orElseThrow()
                .filter();
    }

    @ParameterizedTest
    @CsvSource({"GRID_WORKER, true", "COMMUNITY_STAFF, ", "STREET_ADMIN, ", "VIEWER, "})
    void deadlinesAreAGridWorkersOwnAndTheScopesForOthers(StaffRole role, Boolean involvingMe) {
        assertThat(filter(role, TodoKind.OVERDUE).warning()).isEqualTo(Warning.RED);
        assertThat(filter(role, TodoKind.OVERDUE).involvingMe()).isEqualTo(involvingMe);
        assertThat(filter(role, TodoKind.DUE_SOON).warning()).isEqualTo(Warning.YELLOW);
        assertThat(filter(role, TodoKind.DUE_SOON).involvingMe()).isEqualTo(involvingMe);
        assertThat(filter(role, TodoKind.REOPENED).involvingMe()).isEqualTo(involvingMe);
        assertThat(filter(role, TodoKind.REOPENED).reopened()).isTrue();
        assertThat(filter(role, TodoKind.REOPENED).statuses()).containsExactlyElementsOf(IssueStatus.OPEN);
    }

    @ParameterizedTest
    @CsvSource({"STREET_ADMIN", "COMMUNITY_STAFF", "GRID_WORKER"})
    void assignedToMeIsTheCallersOpenIssuesAsHandler(StaffRole role) {
        IssueFilter f = filter(role, TodoKind.ASSIGNED_TO_ME);
        assertThat(f.handlerId()).isEqualTo(ME);
        assertThat(f.statuses()).containsExactlyElementsOf(IssueStatus.OPEN);
        assertThat(f.involvingMe()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"STREET_ADMIN", "COMMUNITY_STAFF"})
    void managersAcceptReceivedIssuesAndDecideExtensions(StaffRole role) {
        assertThat(filter(role, TodoKind.TO_ACCEPT).statuses()).containsExactly(IssueStatus.RECEIVED);
        assertThat(filter(role, TodoKind.EXTENSIONS).extensionPending()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"STREET_ADMIN"})
    void theSubDistrictAssignsEscalatedIssues(StaffRole role) {
        IssueFilter f = filter(role, TodoKind.ESCALATED);
        assertThat(f.statuses()).containsExactly(IssueStatus.ACCEPTED);
        assertThat(f.escalated()).isTrue();
    }
}
