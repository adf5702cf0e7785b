package com.gridwork.cobuild.project;

import com.gridwork.common.error.ApiProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.gridwork.cobuild.project.CoBuildProjectAction.ACCEPT;
import static com.gridwork.cobuild.project.CoBuildProjectAction.APPROVE;
import static com.gridwork.cobuild.project.CoBuildProjectAction.CANCEL;
import static com.gridwork.cobuild.project.CoBuildProjectAction.CLAIM;
import static com.gridwork.cobuild.project.CoBuildProjectAction.EDIT;
import static com.gridwork.cobuild.project.CoBuildProjectAction.OPEN_TO_ALL;
import static com.gridwork.cobuild.project.CoBuildProjectAction.REJECT;
import static com.gridwork.cobuild.project.CoBuildProjectAction.REWORK;
import static com.gridwork.cobuild.project.CoBuildProjectAction.START;
import static com.gridwork.cobuild.project.CoBuildProjectAction.SUBMIT;
import static com.gridwork.cobuild.project.CoBuildProjectStatus.ACCEPTED;
import static com.gridwork.cobuild.project.CoBuildProjectStatus.CANCELLED;
import static com.gridwork.cobuild.project.CoBuildProjectStatus.CLAIMED;
import static com.gridwork.cobuild.project.CoBuildProjectStatus.DRAFT;
import static com.gridwork.cobuild.project.CoBuildProjectStatus.IN_PROGRESS;
import static com.gridwork.cobuild.project.CoBuildProjectStatus.OPEN_ALL;
import static com.gridwork.cobuild.project.CoBuildProjectStatus.OPEN_PAIRED;
import static com.gridwork.cobuild.project.CoBuildProjectStatus.REJECTED;
import static com.gridwork.cobuild.project.CoBuildProjectStatus.SUBMITTED;

/**
 * A project's lifecycle (V30): DRAFT → OPEN_PAIRED (approved) or REJECTED; OPEN_PAIRED → OPEN_ALL once the claim
 * deadline passed unclaimed; OPEN_PAIRED / OPEN_ALL → CLAIMED → IN_PROGRESS (the unit plans its milestones) →
 * SUBMITTED → ACCEPTED, or back to IN_PROGRESS (rework); CANCELLED from any live state before acceptance (a rejected
 * project is already ended). Which states allow which action, where it leads, and who takes it; the state is checked
 * first (409 naming it), so a caller learns why an action is not possible.
 */
public final class ProjectLifecycle {
    /** Who may take an action on a project, as the service decides it for the caller. */
    public enum Actor {
        /** Staff managing projects where it lies (COBUILD_PROJECTS_MANAGE in scope). */
        MANAGER,
        /** Staff approving projects where it lies (COBUILD_PROJECTS_APPROVE in scope). */
        APPROVER,
        /** A liaison of a unit the project is open to now. */
        CLAIMANT,
        /** A liaison of the unit that claimed it. */
        UNIT,
        /** The clock: the deadline sweep. */
        CLOCK
    }

    private static final Map<CoBuildProjectAction, Set<CoBuildProjectStatus>> FROM =
            new EnumMap<>(CoBuildProjectAction.class);
    private static final Map<CoBuildProjectAction, CoBuildProjectStatus> TO = new EnumMap<>(CoBuildProjectAction.class);
    private static final Map<CoBuildProjectAction, Actor> BY = new EnumMap<>(CoBuildProjectAction.class);

    static {
        rule(EDIT, DRAFT, Actor.MANAGER, EnumSet.of(DRAFT));
        rule(APPROVE, OPEN_PAIRED, Actor.APPROVER, EnumSet.of(DRAFT));
        rule(REJECT, REJECTED, Actor.APPROVER, EnumSet.of(DRAFT));
        rule(OPEN_TO_ALL, OPEN_ALL, Actor.CLOCK, EnumSet.of(OPEN_PAIRED));
        rule(CLAIM, CLAIMED, Actor.CLAIMANT, EnumSet.of(OPEN_PAIRED, OPEN_ALL));
        rule(START, IN_PROGRESS, Actor.UNIT, EnumSet.of(CLAIMED));
        rule(SUBMIT, SUBMITTED, Actor.UNIT, EnumSet.of(IN_PROGRESS));
        rule(ACCEPT, ACCEPTED, Actor.MANAGER, EnumSet.of(SUBMITTED));
        rule(REWORK, IN_PROGRESS, Actor.MANAGER, EnumSet.of(SUBMITTED));
        rule(
                CANCEL,
                CANCELLED,
                Actor.MANAGER,
                EnumSet.of(DRAFT, OPEN_PAIRED, OPEN_ALL, CLAIMED, IN_PROGRESS, SUBMITTED));
    }

    private static void rule(
            CoBuildProjectAction action, CoBuildProjectStatus to, Actor by, Set<CoBuildProjectStatus> from) {
        FROM.put(action, from);
        TO.put(action, to);
        BY.put(action, by);
    }

    private ProjectLifecycle() {}

    /** The state an action leads to from {@code from}: 409 {@code cobuild.project.transition.illegal} if not allowed. */
    public static CoBuildProjectStatus next(CoBuildProjectAction action, CoBuildProjectStatus from) {
        if (!FROM.get(action).contains(from)) {
            throw ApiProblem.conflict("cobuild.project.transition.illegal", from.name(), action.name());
        }
        return TO.get(action);
    }

    /** Whether the state allows the action. */
    public static boolean allows(CoBuildProjectAction action, CoBuildProjectStatus from) {
        return FROM.get(action).contains(from);
    }

    /** Who takes the action. */
    public static Actor actor(CoBuildProjectAction action) {
        return BY.get(action);
    }

    /** What these actors may do to a project in this state now; the detail offers exactly these. */
    public static List<CoBuildProjectAction> allowed(CoBuildProjectStatus status, Set<Actor> actors) {
        List<CoBuildProjectAction> actions = new ArrayList<>();
        for (CoBuildProjectAction action : CoBuildProjectAction.values()) {
            if (FROM.get(action).contains(status) && actors.contains(BY.get(action))) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Whether an OPEN_PAIRED project's claim deadline is over on {@code today}: the deadline day itself still counts. */
    public static boolean deadlinePassed(LocalDate claimDeadline, LocalDate today) {
        return claimDeadline != null && today.isAfter(claimDeadline);
    }
}
