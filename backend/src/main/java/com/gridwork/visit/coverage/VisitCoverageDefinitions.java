package com.gridwork.visit.coverage;

import com.gridwork.visit.obligation.ObligationState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import static com.gridwork.common.time.BeijingTime.ZONE;

/**
 * The one definition of each visit-coverage figure (走访覆盖): the SQL condition the service counts, its name and the
 * English text the API description and the README's definitions table show (the page shows the localized messages
 * {@code visit-coverage.definition.*}). Every obligation of a period falls in exactly one of EXCLUDED, VISITED,
 * SATISFIED_LATE, PARTIALLY_VISITED, ATTEMPTED_ONLY and NOT_VISITED, so the last five add up to the denominator;
 * OVERDUE cuts across the three open ones. Pure: no database, no request.
 */
public final class VisitCoverageDefinitions {
    private VisitCoverageDefinitions() {}

    /** The obligation table's alias in every statement of the coverage. */
    public static final String O = "o";

    public static final String EXCLUDED_DEFINITION =
            "Obligations of the period that became not applicable (the household moved out, lost the care code, its"
                    + " pairing ended, the rule was switched off, or another reason written down); each is listed with"
                    + " its reason. They are not in the denominator.";

    public static final String VISITED_DEFINITION =
            "Satisfied on time: the visits required were completed (distinct days with a completed visit in a mode"
                    + " the rule counts, by the responsible person) by the due day.";

    public static final String SATISFIED_LATE_DEFINITION =
            "Satisfied, but the last visit required came after the due day.";

    public static final String PARTIALLY_VISITED_DEFINITION =
            "Still open with at least one counted visit day, but fewer than the visits the rule requires per period"
                    + " (only a rule requiring two or more visits has these).";

    public static final String ATTEMPTED_ONLY_DEFINITION =
            "Still open without a counted visit, with at least one attempt (nobody at home, refused, wrong"
                    + " address): attempts never satisfy.";

    public static final String NOT_VISITED_DEFINITION = "Still open with no visit and no attempt at all.";

    public static final String OVERDUE_DEFINITION =
            "Still open (partially visited, attempted only or not visited) after the due day, the period's last"
                    + " working day: the same rule as the obligations' state (ObligationState).";

    /** A figure: its field in VisitCoverageFigures, its Chinese name, its SQL condition on {@link #O}, its text. */
    public enum Figure {
        DENOMINATOR("denominator", "应访户数", "o.status <> 'NOT_APPLICABLE'", DENOMINATOR_DEFINITION),
        EXCLUDED("excluded", "不适用", "o.status = 'NOT_APPLICABLE'", EXCLUDED_DEFINITION),
        VISITED("visited", "按期走访", "o.status = 'SATISFIED'", VISITED_DEFINITION),
        SATISFIED_LATE("satisfiedLate", "逾期补访", "o.status = 'SATISFIED_LATE'", SATISFIED_LATE_DEFINITION),
        PARTIALLY_VISITED(
                "partiallyVisited", "部分走访", "o.status = 'OPEN' AND o.completed_days > 0", PARTIALLY_VISITED_DEFINITION),
        ATTEMPTED_ONLY(
                "attemptedOnly",
                "仅上门未遇",
                "o.status = 'OPEN' AND o.completed_days = 0 AND o.attempt_days > 0",
                ATTEMPTED_ONLY_DEFINITION),
        NOT_VISITED(
                "notVisited",
                "未走访",
                "o.status = 'OPEN' AND o.completed_days = 0 AND o.attempt_days = 0",
                NOT_VISITED_DEFINITION),
        OVERDUE("overdue", "已逾期", ObligationState.sqlOverdue(O), OVERDUE_DEFINITION);

        private final String field;
        private final String nameZh;
        private final String condition;
        private final String definition;

        Figure(String field, String nameZh, String condition, String definition) {
            this.field = field;
            this.nameZh = nameZh;
            this.condition = condition;
            this.definition = definition;
        }

        /** The figure's field in the API's VisitCoverageFigures. */
        public String field() {
            return field;
        }

        public String nameZh() {
            return nameZh;
        }

        /** The SQL condition on the obligation aliased {@code o} (OVERDUE binds {@code :today}). */
        public String condition() {
            return condition;
        }

        /** The definition in English (the README and the API description). */
        public String definition() {
            return definition;
        }

        /** The SQL that counts the figure in a grouped statement. */
        public String sum() {
            return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
        }
    }

    /** The figures, in the order the statement selects them. */
    public static final List<Figure> FIGURES = List.of(Figure.values());

    /** The figures' sums as a select list, in {@link #FIGURES} order. */
    public static final String SUMS = FIGURES.stream().map(Figure::sum).collect(Collectors.joining(", "));

    public static final String DENOMINATOR_DEFINITION = "The period's obligations in the caller's scope (fixed when the"
            + " period started: households that start to qualify mid-period join the next one) minus the excluded ones:"
            + " visited + satisfied late + partially visited + attempted only + not visited. For a rule of pairings"
            + " there is one obligation per pairing.";

    public static final String COVERAGE_RATE_DEFINITION =
            "(visited + satisfied late) / denominator, in percent with one decimal (half up); null when the"
                    + " denominator is 0. Always shown with its denominator.";

    public static final String ON_TIME_RATE_DEFINITION =
            "visited / denominator, in percent with one decimal (half up); null when the denominator is 0.";

    public static final String PROBLEMS_SOLVED_DEFINITION = "一月一事 (one problem solved a month): for each enabled"
            + " grid worker whose scope lies in the area, the issues whose first-responsible person they are, in"
            + " status CLOSED now, whose closing time falls in the month (Beijing days, 00:00 on the 1st to 00:00 on"
            + " the 1st of the next month). Rejected issues are never closed and never count; an issue reopened after"
            + " closing counts once it is closed again, in the month of its last closing. The worker meets the goal"
            + " with at least one.";

    public static final String GROUPS_DEFINITION = "Rows by grid (the obligation's grid), by worker (the responsible"
            + " person fixed at period start; obligations without one form the row 'nobody responsible', never"
            + " dropped), by pairing type (obligations outside a pairing form the row 'not paired') or by care code"
            + " (the codes the household carries now: a household tag, or a care-group tag of an active resident; a"
            + " household counts in the row of each of its codes, so these rows do not add up to the totals; those"
            + " without any form the row 'no care code').";

    /** Every definition, for the API description. */
    public static final String DEFINITIONS = "`excluded`: " + EXCLUDED_DEFINITION + " "
            + "`visited`: " + VISITED_DEFINITION + " "
            + "`satisfiedLate`: " + SATISFIED_LATE_DEFINITION + " "
            + "`partiallyVisited`: " + PARTIALLY_VISITED_DEFINITION + " "
            + "`attemptedOnly`: " + ATTEMPTED_ONLY_DEFINITION + " "
            + "`notVisited`: " + NOT_VISITED_DEFINITION + " "
            + "`overdue`: " + OVERDUE_DEFINITION
            + " `denominator`: " + DENOMINATOR_DEFINITION + " `coverageRate`: " + COVERAGE_RATE_DEFINITION
            + " `onTimeRate`: " + ON_TIME_RATE_DEFINITION + " " + GROUPS_DEFINITION;

    /** A share of the denominator in percent, one decimal, half up; null for an empty denominator. */
    public static BigDecimal rate(long part, long denominator) {
        if (denominator <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 1000)
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                .movePointLeft(1)
                .setScale(1, RoundingMode.UNNECESSARY);
    }

    /** The first instant of a month in Beijing. */
    public static Instant monthStart(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after a month in Beijing. */
    public static Instant monthEnd(YearMonth month) {
        return monthStart(month.plusMonths(1));
    }
}
