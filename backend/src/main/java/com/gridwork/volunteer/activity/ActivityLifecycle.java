package com.gridwork.volunteer.activity;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.Localizable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.gridwork.volunteer.activity.ActivityStatus.CANCELLED;
import static com.gridwork.volunteer.activity.ActivityStatus.CLOSED;
import static com.gridwork.volunteer.activity.ActivityStatus.DRAFT;
import static com.gridwork.volunteer.activity.ActivityStatus.ENDED;
import static com.gridwork.volunteer.activity.ActivityStatus.IN_PROGRESS;
import static com.gridwork.volunteer.activity.ActivityStatus.PUBLISHED;

/**
 * An activity's lifecycle: draft → published → in progress → ended → closed, or cancelled from the first three. From
 * which states each action may be taken and where it leads; the state check comes first (409 naming the current
 * status), then the person (403), so that a caller learns why an action is not possible.
 */
public final class ActivityLifecycle {
    private static final Map<ActivityAction, Set<ActivityStatus>> FROM = new EnumMap<>(ActivityAction.class);
    private static final Map<ActivityAction, ActivityStatus> TO = new EnumMap<>(ActivityAction.class);

    static {
        FROM.put(ActivityAction.EDIT, EnumSet.of(DRAFT, PUBLISHED));
        FROM.put(ActivityAction.PUBLISH, EnumSet.of(DRAFT));
        FROM.put(ActivityAction.START, EnumSet.of(PUBLISHED));
        FROM.put(ActivityAction.END, EnumSet.of(IN_PROGRESS));
        FROM.put(ActivityAction.CLOSE, EnumSet.of(ENDED));
        FROM.put(ActivityAction.CANCEL, EnumSet.of(DRAFT, PUBLISHED, IN_PROGRESS));

        TO.put(ActivityAction.PUBLISH, PUBLISHED);
        TO.put(ActivityAction.START, IN_PROGRESS);
        TO.put(ActivityAction.END, ENDED);
        TO.put(ActivityAction.CLOSE, CLOSED);
        TO.put(ActivityAction.CANCEL, CANCELLED);
    }

    /** The states a volunteer account sees: never drafts, never what was cancelled or closed. */
    public static final Set<ActivityStatus> OPEN_TO_VOLUNTEERS = EnumSet.of(PUBLISHED, IN_PROGRESS, ENDED);

    private ActivityLifecycle() {}

    /**
     * What the caller may do now; the detail offers exactly these. {@code manages}: the caller organises this
     * activity (staff in scope, or a leader of its team); {@code hoursPending}: some of its hours wait for
     * confirmation, which keeps it from closing.
     */
    public static List<ActivityAction> allowed(ActivityStatus status, boolean manages, boolean hoursPending) {
        List<ActivityAction> actions = new ArrayList<>();
        if (!manages) {
            return actions;
        }
        for (ActivityAction action : ActivityAction.values()) {
            if (FROM.get(action).contains(status) && !(action == ActivityAction.CLOSE && hoursPending)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** The state the action leads to from {@code from}; EDIT leaves it as it is. */
    public static ActivityStatus next(ActivityAction action, ActivityStatus from) {
        return TO.getOrDefault(action, from);
    }

    /**
     * 409 naming the current status when it does not allow the action (or, for CLOSE, while hours wait for
     * confirmation), 403 when the caller does not organise the activity.
     */
    public static void require(ActivityAction action, ActivityStatus status, boolean manages, boolean hoursPending) {
        if (!FROM.get(action).contains(status)) {
            throw ApiProblem.conflict("activity.transition.illegal", statusName(status), actionName(action));
        }
        if (!manages) {
            throw ApiProblem.forbidden("activity.manage.forbidden");
        }
        if (action == ActivityAction.CLOSE && hoursPending) {
            throw ApiProblem.conflict("activity.close.hours-pending");
        }
    }

    /**
     * Where the clock takes an activity at {@code now}: a published one whose first session has started is in
     * progress (or ended, when its last session is over too: the check did not run in between), an activity in
     * progress whose last session is over has ended. Empty when the clock leaves it where it is.
     */
    public static Optional<ActivityStatus> byClock(
            ActivityStatus status, Instant startsAt, Instant endsAt, Instant now) {
        boolean started = !now.isBefore(startsAt);
        boolean over = !now.isBefore(endsAt);
        if (status == PUBLISHED && started) {
            return Optional.of(over ? ENDED : IN_PROGRESS);
        }
        if (status == IN_PROGRESS && over) {
            return Optional.of(ENDED);
        }
        return Optional.empty();
    }

    static Localizable statusName(ActivityStatus status) {
        return () -> "activity.status." + status.name();
    }

    static Localizable actionName(ActivityAction action) {
        return () -> "activity.action." + action.name();
    }
}
