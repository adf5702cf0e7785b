package com.gridwork.issue;

import com.gridwork.access.Caller;
import com.gridwork.access.Caller.ScopedArea;
import com.gridwork.access.StaffRole;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.issue.IssueDtos.Action;
import com.gridwork.staff.Staff;
import com.gridwork.volunteer.team.VolunteerTeam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow table without HTTP: from which state each action may be taken and where it leads, and which person
 * may take it. The HTTP tests (IssueWorkflowTest) walk the same rules through the API on a few paths.
 */
class IssueWorkflowRulesTest {
    /** The issue lies in grid 3 of community 2 of sub-district 1. */
    private static final String ISSUE_PATH = "/1/2/3/";

    private static final long HANDLER = 11;
    private static final long RESPONSIBLE = 12;
    /** The volunteer team an issue is given to in the team tables, and another team. */
    private static final long TEAM = 7;

    private static final long OTHER_TEAM = 8;
    /** The co-building unit an issue is given to in the unit tables, and another unit. */
    private static final long UNIT = 7;

    private static final long OTHER_UNIT = 9;

    /** A caller and the volunteer teams it leads (leader or deputy, not left). */
    private record Person(Caller caller, Set<Long> ledTeams) {
        ActingFor acting() {
            return new ActingFor(ledTeams, null);
        }
    }

    /** Everyone the table speaks of, as the person stands to the issue. */
    private static final Map<String, Person> PEOPLE = Map.of(
            "admin", person(1, StaffRole.STREET_ADMIN, "/1/"),
            "staff", person(2, StaffRole.COMMUNITY_STAFF, "/1/2/"),
            // a manager elsewhere: the role alone does not make one the issue's manager
            "otherStaff", person(3, StaffRole.COMMUNITY_STAFF, "/1/9/"),
            "handler", person(HANDLER, StaffRole.GRID_WORKER, "/1/2/3/"),
            "responsible", person(RESPONSIBLE, StaffRole.GRID_WORKER, "/1/2/3/"),
            // a grid worker of the issue's grid who neither handles it nor answers for it
            "worker", person(13, StaffRole.GRID_WORKER, "/1/2/3/"),
            "viewer", person(14, StaffRole.VIEWER, "/1/"),
            // volunteer accounts of the issue's community: a leader of the team, a plain member, a leader of another
            "leader", new Person(caller(21, StaffRole.VOLUNTEER, "/1/2/"), Set.of(TEAM)),
            "member", person(22, StaffRole.VOLUNTEER, "/1/2/"),
            "otherLeader", new Person(caller(23, StaffRole.VOLUNTEER, "/1/2/"), Set.of(OTHER_TEAM)));

    /**
     * State × action → the state it leads to, or "-" where the state does not allow it (409). Taken by a
     * street-admin of the place, who may take every action, on an issue that was not escalated.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # action          | answer      | RECEIVED | ACCEPTED    | REJECTED | ASSIGNED    | IN_PROGRESS | RESOLVED    | CLOSED
            EDIT              |             | RECEIVED | ACCEPTED    | -        | -           | -           | -           | -
            ACCEPT            |             | ACCEPTED | -           | -        | -           | -           | -           | -
            REJECT            |             | REJECTED | -           | -        | -           | -           | -           | -
            ASSIGN            |             | -        | ASSIGNED    | -        | ASSIGNED    | ASSIGNED    | -           | -
            START             |             | -        | -           | -        | IN_PROGRESS | -           | -           | -
            RESOLVE           |             | -        | -           | -        | -           | RESOLVED    | -           | -
            CLOSE             | SATISFIED   | -        | -           | -        | -           | -           | CLOSED      | -
            CLOSE             | BASICALLY_SATISFIED | - | -          | -        | -           | -           | CLOSED      | -
            CLOSE             | UNSATISFIED | -        | -           | -        | -           | -           | IN_PROGRESS | -
            ESCALATE          |             | -        | ACCEPTED    | -        | ACCEPTED    | ACCEPTED    | -           | -
            TRANSFER          |             | RECEIVED | ACCEPTED    | -        | ASSIGNED    | IN_PROGRESS | RESOLVED    | -
            COMMENT           |             | RECEIVED | ACCEPTED    | REJECTED | ASSIGNED    | IN_PROGRESS | RESOLVED    | CLOSED
            REQUEST_EXTENSION |             | -        | ACCEPTED    | -        | ASSIGNED    | IN_PROGRESS | -           | -
            DECIDE_EXTENSION  |             | RECEIVED | ACCEPTED    | REJECTED | ASSIGNED    | IN_PROGRESS | RESOLVED    | CLOSED
            ADD_PHOTO         |             | RECEIVED | ACCEPTED    | -        | ASSIGNED    | IN_PROGRESS | RESOLVED    | -
            """)
    void eachActionMovesFromTheStatesThatAllowIt(
            Action action,
            Satisfaction answer,
            String received,
            String accepted,
            String rejected,
            String assigned,
            String inProgress,
            String resolved,
            String closed) {
        List<String> expected = List.of(received, accepted, rejected, assigned, inProgress, resolved, closed);
        Person admin = PEOPLE.get("admin");
        for (IssueStatus from : IssueStatus.values()) {
            Issue issue = issue(from, false);
            String cell = expected.get(from.ordinal());
            // the extension actions are offered only with (deciding) or without (requesting) a pending request
            boolean pending = action == Action.DECIDE_EXTENSION;
            if (cell.equals("-")) {
                assertThat(status(action, issue, admin))
                        .as("%s from %s", action, from)
                        .isEqualTo(409);
                assertThat(allowed(issue, admin, pending, 0))
                        .as("offered from %s", from)
                        .doesNotContain(action);
            } else {
                assertThat(status(action, issue, admin))
                        .as("%s from %s", action, from)
                        .isEqualTo(200);
                assertThat(allowed(issue, admin, pending, 0))
                        .as("offered from %s", from)
                        .contains(action);
                assertThat(IssueWorkflow.next(action, from, answer))
                        .as("%s from %s", action, from)
                        .isEqualTo(IssueStatus.valueOf(cell));
            }
        }
    }

    /**
     * Person × action → may take it (Y) or not (N, 403), in a state that allows the action. Once escalated, only a
     * street-admin decides who handles the issue, and it cannot be escalated again.
     */
    @ParameterizedTest(name = "{0} from {1}, escalated {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # action          | state       | escalated | admin | staff | otherStaff | handler | responsible | worker | viewer
            EDIT              | RECEIVED    | false     | Y     | Y     | N          | N       | Y           | N      | N
            ACCEPT            | RECEIVED    | false     | Y     | Y     | N          | N       | N           | N      | N
            REJECT            | RECEIVED    | false     | Y     | Y     | N          | N       | N           | N      | N
            ASSIGN            | ACCEPTED    | false     | Y     | Y     | N          | N       | N           | N      | N
            ASSIGN            | ACCEPTED    | true      | Y     | N     | N          | N       | N           | N      | N
            START             | ASSIGNED    | false     | Y     | Y     | N          | Y       | N           | N      | N
            RESOLVE           | IN_PROGRESS | false     | Y     | Y     | N          | Y       | N           | N      | N
            CLOSE             | RESOLVED    | false     | Y     | Y     | N          | N       | Y           | N      | N
            ESCALATE          | IN_PROGRESS | false     | Y     | Y     | N          | Y       | N           | N      | N
            ESCALATE          | ACCEPTED    | true      | N     | N     | N          | N       | N           | N      | N
            TRANSFER          | ASSIGNED    | false     | Y     | Y     | N          | N       | Y           | N      | N
            COMMENT           | CLOSED      | false     | Y     | Y     | Y          | Y       | Y           | Y      | N
            REQUEST_EXTENSION | IN_PROGRESS | false     | Y     | Y     | N          | Y       | N           | N      | N
            DECIDE_EXTENSION  | IN_PROGRESS | false     | Y     | Y     | N          | N       | N           | N      | N
            ADD_PHOTO         | RESOLVED    | false     | Y     | Y     | Y          | Y       | Y           | Y      | N
            """)
    void eachActionIsTakenOnlyByThePeopleItBelongsTo(
            Action action,
            IssueStatus state,
            boolean escalated,
            String admin,
            String staff,
            String otherStaff,
            String handler,
            String responsible,
            String worker,
            String viewer) {
        Map<String, String> expected = Map.of(
                "admin",
                admin,
                "staff",
                staff,
                "otherStaff",
                otherStaff,
                "handler",
                handler,
                "responsible",
                responsible,
                "worker",
                worker,
                "viewer",
                viewer);
        Issue issue = issue(state, escalated);
        expected.forEach((person, may) -> {
            int status = may.equals("Y") ? 200 : 403;
            assertThat(status(action, issue, PEOPLE.get(person)))
                    .as("%s by %s", action, person)
                    .isEqualTo(status);
        });
        // a volunteer account takes no step on an issue its team does not handle
        for (String volunteer : List.of("leader", "member", "otherLeader")) {
            assertThat(status(action, issue, PEOPLE.get(volunteer)))
                    .as("%s by %s", action, volunteer)
                    .isEqualTo(403);
        }
    }

    /**
     * Person × action on an issue given to a volunteer team (no staff handler): the team's leader takes the handler's
     * steps (start, resolve, comment, photos) and nothing else; a plain member, a leader of another team and staff
     * outside the place take none; the first-responsible person and the managers keep theirs.
     */
    @ParameterizedTest(name = "{0} from {1} (team)")
    @CsvSource(delimiter = '|', textBlock = """
            # action          | state       | admin | staff | responsible | worker | leader | member | otherLeader
            START             | ASSIGNED    | Y     | Y     | N           | N      | Y      | N      | N
            RESOLVE           | IN_PROGRESS | Y     | Y     | N           | N      | Y      | N      | N
            ASSIGN            | IN_PROGRESS | Y     | Y     | N           | N      | N      | N      | N
            CLOSE             | RESOLVED    | Y     | Y     | Y           | N      | N      | N      | N
            ESCALATE          | IN_PROGRESS | Y     | Y     | N           | N      | N      | N      | N
            TRANSFER          | ASSIGNED    | Y     | Y     | Y           | N      | N      | N      | N
            COMMENT           | CLOSED      | Y     | Y     | Y           | Y      | Y      | N      | N
            REQUEST_EXTENSION | IN_PROGRESS | Y     | Y     | N           | N      | N      | N      | N
            DECIDE_EXTENSION  | IN_PROGRESS | Y     | Y     | N           | N      | N      | N      | N
            ADD_PHOTO         | RESOLVED    | Y     | Y     | Y           | Y      | Y      | N      | N
            """)
    void aTeamsLeaderTakesOnlyTheHandlersSteps(
            Action action,
            IssueStatus state,
            String admin,
            String staff,
            String responsible,
            String worker,
            String leader,
            String member,
            String otherLeader) {
        Map<String, String> expected = Map.of(
                "admin", admin,
                "staff", staff,
                "responsible", responsible,
                "worker", worker,
                "leader", leader,
                "member", member,
                "otherLeader", otherLeader);
        Issue issue = teamIssue(state);
        expected.forEach((person, may) -> assertThat(status(action, issue, PEOPLE.get(person)))
                .as("%s by %s", action, person)
                .isEqualTo(may.equals("Y") ? 200 : 403));
    }

    /** Leading the team is not enough without the permission: a staff account never acts as a team's leader. */
    @Test
    void onlyAVolunteerAccountActsForTheTeamItLeads() {
        Person workerLeadingTheTeam = new Person(caller(13, StaffRole.GRID_WORKER, "/1/2/3/"), Set.of(TEAM));
        assertThat(status(Action.START, teamIssue(IssueStatus.ASSIGNED), workerLeadingTheTeam))
                .isEqualTo(403);
        assertThat(IssueWorkflow.actsAsHandler(
                        teamIssue(IssueStatus.ASSIGNED),
                        PEOPLE.get("leader").caller(),
                        new ActingFor(Set.of(TEAM), null)))
                .isTrue();
        assertThat(IssueWorkflow.actsAsHandler(
                        issue(IssueStatus.ASSIGNED, false),
                        PEOPLE.get("leader").caller(),
                        new ActingFor(Set.of(TEAM), null)))
                .isFalse();
    }

    /**
     * A liaison of the unit the issue is given to takes the handler's steps, exactly as a team's leader does; a
     * liaison of another unit, or a staff account claiming the unit, takes none.
     */
    @Test
    void aUnitsLiaisonTakesTheHandlersStepsOnly() {
        Caller liaison = caller(31, StaffRole.UNIT_LIAISON, "/1/");
        ActingFor ofTheUnit = new ActingFor(Set.of(), UNIT);
        assertThat(IssueWorkflow.allowed(unitIssue(IssueStatus.ASSIGNED), liaison, ofTheUnit, false, 0))
                .containsExactlyInAnyOrder(Action.START, Action.COMMENT, Action.ADD_PHOTO);
        assertThat(IssueWorkflow.allowed(unitIssue(IssueStatus.IN_PROGRESS), liaison, ofTheUnit, false, 0))
                .containsExactlyInAnyOrder(Action.RESOLVE, Action.COMMENT, Action.ADD_PHOTO);
        assertThat(IssueWorkflow.allowed(
                        unitIssue(IssueStatus.ASSIGNED), liaison, new ActingFor(Set.of(), OTHER_UNIT), false, 0))
                .isEmpty();
        // a team's issue is no unit's: the liaison's unit id equal to the team's id does not make it the handler
        assertThat(IssueWorkflow.allowed(
                        teamIssue(IssueStatus.ASSIGNED), liaison, new ActingFor(Set.of(), TEAM), false, 0))
                .isEmpty();
        Person workerClaimingTheUnit = new Person(caller(13, StaffRole.GRID_WORKER, "/1/2/3/"), Set.of());
        assertThat(IssueWorkflow.actsAsHandler(
                        unitIssue(IssueStatus.ASSIGNED), workerClaimingTheUnit.caller(), ofTheUnit))
                .isFalse();
    }

    /** The detail's allowedActions are exactly what the server then lets the caller do, in every combination. */
    @Test
    void theOfferedActionsAreExactlyThoseThatPass() {
        for (IssueStatus state : IssueStatus.values()) {
            for (boolean escalated : new boolean[] {false, true}) {
                for (boolean pending : new boolean[] {false, true}) {
                    for (int photos : new int[] {0, IssueWorkflow.MAX_PHOTOS - 1, IssueWorkflow.MAX_PHOTOS}) {
                        // given to a staff handler, and (not escalated) to a volunteer team
                        for (Issue issue : escalated
                                ? List.of(issue(state, true))
                                : List.of(issue(state, false), teamIssue(state))) {
                            PEOPLE.forEach((person, caller) -> {
                                List<Action> passing = new ArrayList<>();
                                for (Action action : Action.values()) {
                                    boolean possible = switch (action) {
                                        case REQUEST_EXTENSION -> !pending;
                                        case DECIDE_EXTENSION -> pending;
                                        case ADD_PHOTO -> photos < IssueWorkflow.MAX_PHOTOS;
                                        default -> true;
                                    };
                                    if (possible && status(action, issue, caller) == 200) {
                                        passing.add(action);
                                    }
                                }
                                assertThat(allowed(issue, caller, pending, photos))
                                        .as(
                                                "%s, %s, escalated %s, team %s, pending %s, %d photos",
                                                person, state, escalated, issue.handlerTeam != null, pending, photos)
                                        .containsExactlyElementsOf(passing);
                            });
                        }
                    }
                }
            }
        }
    }

    private static List<Action> allowed(Issue issue, Person person, boolean pending, long photos) {
        return IssueWorkflow.allowed(issue, person.caller(), person.acting(), pending, photos);
    }

    /** 200 when the action may be taken, else the status of the refusal. */
    private static int status(Action action, Issue issue, Person person) {
        try {
            IssueWorkflow.require(action, issue, person.caller(), person.acting());
            return 200;
        } catch (ApiProblem problem) {
            return problem.status();
        }
    }

    private static Issue issue(IssueStatus status, boolean escalated) {
        Issue issue = new Issue();
        issue.status = status;
        issue.escalated = escalated;
        issue.areaPath = ISSUE_PATH;
        issue.firstResponsible = staff(RESPONSIBLE);
        issue.handler = staff(HANDLER);
        return issue;
    }

    /** An issue given to volunteer team {@link #TEAM} instead of a staff handler. */
    private static Issue teamIssue(IssueStatus status) {
        Issue issue = issue(status, false);
        issue.handler = null;
        issue.handlerTeam = new VolunteerTeam();
        issue.handlerTeam.id = TEAM;
        return issue;
    }

    /** An issue given to co-building unit {@link #UNIT} instead of a staff handler. */
    private static Issue unitIssue(IssueStatus status) {
        Issue issue = issue(status, false);
        issue.handler = null;
        issue.handlerUnit = new CoBuildUnit();
        issue.handlerUnit.id = UNIT;
        return issue;
    }

    private static Staff staff(long id) {
        Staff staff = new Staff();
        staff.id = id;
        return staff;
    }

    private static Person person(long id, StaffRole role, String path) {
        return new Person(caller(id, role, path), Set.of());
    }

    private static Caller caller(long id, StaffRole role, String path) {
        return new Caller(
                id, "user" + id, "User " + id, role, false, List.of(new ScopedArea(id, "A" + id, "Area " + id, path)));
    }
}
