package com.gridwork.visit;

import com.gridwork.visit.VisitCounting.ObligationFacts;
import com.gridwork.visit.VisitCounting.Tally;
import com.gridwork.visit.VisitCounting.VisitFacts;
import com.gridwork.visit.obligation.ObligationStatus;
import com.gridwork.visit.rule.VisitResponsible;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VisitCountingTest {
    static final long RESPONSIBLE = 7;
    static final LocalDate START = LocalDate.of(2026, 6, 1);
    static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    static ObligationFacts obligation(ObligationStatus status, VisitResponsible responsible, int required) {
        return new ObligationFacts(
                status,
                START,
                DUE,
                RESPONSIBLE,
                responsible,
                EnumSet.of(VisitMode.IN_HOME, VisitMode.AT_DOOR),
                required);
    }

    static VisitFacts visit(long visitor, boolean gridWorker, VisitMode mode, VisitOutcome outcome, String day) {
        return new VisitFacts(visitor, gridWorker, mode, outcome, LocalDate.parse(day));
    }

    @ParameterizedTest(name = "{0} {1} {2} by {3} (grid worker {4}) under {5} {6} -> {7}")
    @CsvSource({
        // the plain case, and each condition failing alone
        "COMPLETED,     IN_HOME, 2026-06-10, 7, false, GRID_WORKER, OPEN,           true",
        "NOBODY_HOME,   IN_HOME, 2026-06-10, 7, false, GRID_WORKER, OPEN,           false",
        "REFUSED,       AT_DOOR, 2026-06-10, 7, false, GRID_WORKER, OPEN,           false",
        "WRONG_ADDRESS, AT_DOOR, 2026-06-10, 7, false, GRID_WORKER, OPEN,           false",
        "COMPLETED,     PHONE,   2026-06-10, 7, false, GRID_WORKER, OPEN,           false",
        "COMPLETED,     IN_HOME, 2026-05-31, 7, false, GRID_WORKER, OPEN,           false",
        // after the period while still open: counts (then late)
        "COMPLETED,     IN_HOME, 2026-07-15, 7, false, GRID_WORKER, OPEN,           true",
        "COMPLETED,     IN_HOME, 2026-06-10, 8, false, GRID_WORKER, OPEN,           false",
        // another grid worker of the grid: for a GRID_WORKER rule only
        "COMPLETED,     IN_HOME, 2026-06-10, 8, true,  GRID_WORKER, OPEN,           true",
        "COMPLETED,     IN_HOME, 2026-06-10, 8, true,  HELPER,      OPEN,           false",
        "COMPLETED,     IN_HOME, 2026-06-10, 7, false, HELPER,      OPEN,           true",
        "COMPLETED,     IN_HOME, 2026-06-10, 7, false, GRID_WORKER, SATISFIED,      false",
        "COMPLETED,     IN_HOME, 2026-06-10, 7, false, GRID_WORKER, NOT_APPLICABLE, false",
    })
    void whichVisitsCount(
            VisitOutcome outcome,
            VisitMode mode,
            String day,
            long visitor,
            boolean gridWorker,
            VisitResponsible responsible,
            ObligationStatus status,
            boolean counts) {
        assertThat(VisitCounting.countsFor(
                        visit(visitor, gridWorker, mode, outcome, day), obligation(status, responsible, 1)))
                .isEqualTo(counts);
    }

    @Test
    void daysAreCountedNotVisitsAndAttemptsNeverSatisfy() {
        ObligationFacts o = obligation(ObligationStatus.OPEN, VisitResponsible.GRID_WORKER, 2);
        Tally sameDay = VisitCounting.tally(
                o,
                List.of(
                        visit(7, false, VisitMode.IN_HOME, VisitOutcome.COMPLETED, "2026-06-10"),
                        visit(7, false, VisitMode.AT_DOOR, VisitOutcome.COMPLETED, "2026-06-10"),
                        visit(7, false, VisitMode.IN_HOME, VisitOutcome.NOBODY_HOME, "2026-06-10"),
                        visit(7, false, VisitMode.IN_HOME, VisitOutcome.NOBODY_HOME, "2026-06-12"),
                        visit(7, false, VisitMode.IN_HOME, VisitOutcome.REFUSED, "2026-06-12"),
                        visit(7, false, VisitMode.IN_HOME, VisitOutcome.WRONG_ADDRESS, "2026-06-13")));
        assertThat(sameDay).isEqualTo(new Tally(1, 2, ObligationStatus.OPEN, null));
    }

    @ParameterizedTest(name = "second day {0} -> {1}")
    @CsvSource({"2026-06-30, SATISFIED", "2026-07-01, SATISFIED_LATE"})
    void theDayThatReachesTheRequiredVisitsSaysWhetherItWasLate(String secondDay, ObligationStatus expected) {
        ObligationFacts o = obligation(ObligationStatus.OPEN, VisitResponsible.HELPER, 2);
        Tally tally = VisitCounting.tally(
                o,
                List.of(
                        visit(7, false, VisitMode.IN_HOME, VisitOutcome.COMPLETED, secondDay),
                        visit(7, false, VisitMode.IN_HOME, VisitOutcome.COMPLETED, "2026-06-03")));
        assertThat(tally).isEqualTo(new Tally(2, 0, expected, LocalDate.parse(secondDay)));
    }

    @ParameterizedTest(name = "visited {0}, obligation {1} -> counted {2}")
    @CsvSource({
        "2026-06-10, SATISFIED,      true",
        "2026-06-20, SATISFIED,      false",
        "2026-06-10, NOT_APPLICABLE, true",
        "2026-06-16, NOT_APPLICABLE, false",
        "2026-06-16, OPEN,           true",
    })
    void readAfterwardsAVisitCountedUpToTheDayTheObligationWasDone(
            String day, ObligationStatus status, boolean counted) {
        LocalDate done = LocalDate.of(2026, 6, 15);
        assertThat(VisitCounting.counted(
                        visit(7, false, VisitMode.IN_HOME, VisitOutcome.COMPLETED, day),
                        obligation(status, VisitResponsible.GRID_WORKER, 1),
                        status == ObligationStatus.NOT_APPLICABLE ? null : done,
                        status == ObligationStatus.NOT_APPLICABLE ? done : null))
                .isEqualTo(counted);
    }
}
