package com.gridwork.visit.obligation;

import java.time.LocalDate;

/**
 * The one function that says whether an obligation is due or overdue, for the API, the screens, the exports and
 * the coverage figures: in Java ({@link #of}) and as the same rule in SQL ({@link #sql}, {@link #sqlOverdue}), so a
 * list, a count and a report cannot disagree. An open obligation is overdue from the day after its due day (the
 * period's last working day); until then it is due.
 */
public final class ObligationState {
    private ObligationState() {}

    public static VisitObligationState of(ObligationStatus status, LocalDate dueOn, LocalDate today) {
        return switch (status) {
            case OPEN -> today.isAfter(dueOn) ? VisitObligationState.OVERDUE : VisitObligationState.DUE;
            case SATISFIED -> VisitObligationState.SATISFIED;
            case SATISFIED_LATE -> VisitObligationState.SATISFIED_LATE;
            case NOT_APPLICABLE -> VisitObligationState.NOT_APPLICABLE;
        };
    }

    /** Whether a visit on {@code visitedOn} that completes an obligation satisfies it late. */
    public static ObligationStatus satisfiedBy(LocalDate visitedOn, LocalDate dueOn) {
        return visitedOn.isAfter(dueOn) ? ObligationStatus.SATISFIED_LATE : ObligationStatus.SATISFIED;
    }

    /**
     * {@link #of} in SQL for the obligation table aliased {@code alias}, with the day bound as the named parameter
     * {@code :today}: the state's name.
     */
    public static String sql(String alias) {
        return "CASE WHEN " + alias + ".status <> 'OPEN' THEN " + alias + ".status WHEN " + alias
                + ".due_on < :today THEN 'OVERDUE' ELSE 'DUE' END";
    }

    /** The condition "overdue today" in SQL (named parameter {@code :today}). */
    public static String sqlOverdue(String alias) {
        return "(" + alias + ".status = 'OPEN' AND " + alias + ".due_on < :today)";
    }

    /** The condition "due today, not yet overdue" in SQL (named parameter {@code :today}). */
    public static String sqlDue(String alias) {
        return "(" + alias + ".status = 'OPEN' AND " + alias + ".due_on >= :today)";
    }
}
