package com.gridwork.issue;

import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.issue.IssueDtos.Action;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.gridwork.issue.IssueStatus.ACCEPTED;
import static com.gridwork.issue.IssueStatus.ASSIGNED;
import static com.gridwork.issue.IssueStatus.CLOSED;
import static com.gridwork.issue.IssueStatus.IN_PROGRESS;
import static com.gridwork.issue.IssueStatus.RECEIVED;
import static com.gridwork.issue.IssueStatus.REJECTED;
import static com.gridwork.issue.IssueStatus.RESOLVED;

/**
 * The issue workflow: from which states each action may be taken, where it leads, and who may take it. The state
 * check comes first (409 with both names), then the person (403), so that a caller learns why an action is not
 * possible.
 */
public final class IssueWorkflow {
    public static final int MAX_PHOTOS = 9;

    private static final Set<IssueStatus> WORKING = EnumSet.of(ACCEPTED, ASSIGNED, IN_PROGRESS);
    /**
     * The handler's steps a leader of the handling volunteer team, or a liaison of the handling co-building unit,
     * takes; nothing else (no assigning, no closing).
     */
    private static final Set<Action> HANDLER_STEPS =
            EnumSet.of(Action.START, Action.RESOLVE, Action.COMMENT, Action.ADD_PHOTO);

    private static final Map<Action, Set<IssueStatus>> FROM = new EnumMap<>(Action.class);
    /** The moves; an action not listed leaves the state as it is. */
    private static final Map<Action, IssueStatus> TO = new EnumMap<>(Action.class);

    static {
        FROM.put(Action.EDIT, EnumSet.of(RECEIVED, ACCEPTED));
        FROM.put(Action.ACCEPT, EnumSet.of(RECEIVED));
        FROM.put(Action.REJECT, EnumSet.of(RECEIVED));
        FROM.put(Action.ASSIGN, WORKING);
        FROM.put(Action.START, EnumSet.of(ASSIGNED));
        FROM.put(Action.RESOLVE, EnumSet.of(IN_PROGRESS));
        FROM.put(Action.CLOSE, EnumSet.of(RESOLVED));
        FROM.put(Action.ESCALATE, WORKING);
        FROM.put(Action.TRANSFER, EnumSet.of(RECEIVED, ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED));
        FROM.put(Action.COMMENT, EnumSet.allOf(IssueStatus.class));
        FROM.put(Action.REQUEST_EXTENSION, WORKING);
        FROM.put(Action.DECIDE_EXTENSION, EnumSet.allOf(IssueStatus.class));
        FROM.put(Action.ADD_PHOTO, EnumSet.of(RECEIVED, ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED));

        TO.put(Action.ACCEPT, ACCEPTED);
        TO.put(Action.REJECT, REJECTED);
        TO.put(Action.ASSIGN, ASSIGNED);
        TO.put(Action.START, IN_PROGRESS);
        TO.put(Action.RESOLVE, RESOLVED);
        TO.put(Action.CLOSE, CLOSED);
        // Escalated, the issue waits at the sub-district for a street-admin to assign it.
        TO.put(Action.ESCALATE, ACCEPTED);
    }

    private IssueWorkflow() {}

    /**
     * What the caller may do now; the detail view offers exactly these. {@code acting}: the volunteer teams the
     * caller leads and the unit it is a liaison of; empty for staff.
     */
    static List<Action> allowed(
            Issue issue, Caller caller, ActingFor acting, boolean extensionPending, long photoCount) {
        List<Action> actions = new ArrayList<>();
        for (Action action : Action.values()) {
            boolean possible = switch (action) {
                case REQUEST_EXTENSION -> !extensionPending;
                case DECIDE_EXTENSION -> extensionPending;
                case ADD_PHOTO -> photoCount < MAX_PHOTOS;
                default -> true;
            };
            if (possible && FROM.get(action).contains(issue.status) && mayAct(action, issue, caller, acting)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /**
     * The state an action leads to from {@code from}. The resident's answer decides where CLOSE leads: unsatisfied
     * reopens the issue for its handler (in progress), anything else closes it.
     */
    static IssueStatus next(Action action, IssueStatus from, Satisfaction satisfaction) {
        if (action == Action.CLOSE && satisfaction == Satisfaction.UNSATISFIED) {
            return IN_PROGRESS;
        }
        return TO.getOrDefault(action, from);
    }

    /** 409 when the issue's state does not allow the action, 403 when the caller may not take it. */
    static void require(Action action, Issue issue, Caller caller, ActingFor acting) {
        if (!FROM.get(action).contains(issue.status)) {
            throw ApiProblem.conflict("issue.transition.illegal", issue.status, actionKey(action));
        }
        if (!mayAct(action, issue, caller, acting)) {
            throw ApiProblem.forbidden("issue.action.forbidden", actionKey(action));
        }
    }

    private static boolean mayAct(Action action, Issue issue, Caller caller, ActingFor acting) {
        if (HANDLER_STEPS.contains(action) && actsAsHandler(issue, caller, acting)) {
            return true;
        }
        if (!caller.may(Permission.ISSUES_WRITE)) {
            return false;
        }
        boolean manager = isManager(issue, caller);
        boolean handler = issue.handler != null && issue.handler.id == caller.staffId();
        boolean responsible = issue.firstResponsible.id == caller.staffId();
        // Once escalated, the sub-district decides who handles the issue.
        boolean decides = manager && (!issue.escalated || caller.may(Permission.ISSUES_DECIDE_ESCALATED));
        return switch (action) {
            case EDIT -> manager || responsible;
            case ACCEPT, REJECT, ASSIGN -> decides;
            case START, RESOLVE -> handler || manager;
            case CLOSE, TRANSFER -> responsible || manager;
            case ESCALATE -> (manager || handler) && !issue.escalated;
            case COMMENT, ADD_PHOTO -> true;
            case REQUEST_EXTENSION -> handler || manager;
            case DECIDE_EXTENSION -> manager;
        };
    }

    /**
     * Whether the caller leads the volunteer team the issue is given to, or is a liaison of the unit it is given to,
     * and so takes its handler's steps. The permission decides too: a staff account never acts as either.
     */
    static boolean actsAsHandler(Issue issue, Caller caller, ActingFor acting) {
        return (caller.may(Permission.ISSUES_HANDLE_AS_TEAM) && acting.handlesTeamOf(issue))
                || (caller.may(Permission.ISSUES_HANDLE_AS_UNIT) && acting.handlesUnitOf(issue));
    }

    /** Street-admins and community staff whose scope covers the issue's place manage it. */
    public static boolean isManager(Issue issue, Caller caller) {
        return caller.may(Permission.ISSUES_MANAGE) && caller.covers(issue.areaPath);
    }

    static com.gridwork.common.i18n.Localizable actionKey(Action action) {
        return () -> "issue.action." + action.name();
    }
}
