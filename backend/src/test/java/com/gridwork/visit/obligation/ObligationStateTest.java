package com.gridwork.visit.obligation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ObligationStateTest {
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "OPEN, 2026-06-01, DUE",
        "OPEN, 2026-06-30, DUE",
        "OPEN, 2026-07-01, OVERDUE",
        "SATISFIED, 2026-07-01, SATISFIED",
        "SATISFIED_LATE, 2026-07-01, SATISFIED_LATE",
        "NOT_APPLICABLE, 2026-07-01, NOT_APPLICABLE",
    })
    void computesTheStateShownEverywhere(ObligationStatus status, LocalDate today, VisitObligationState expected) {
        assertThat(ObligationState.of(status, DUE, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "visited {0} -> {1}")
    @CsvSource({"2026-06-29, SATISFIED", "2026-06-30, SATISFIED", "2026-07-01, SATISFIED_LATE"})
    void aVisitAfterTheDueDaySatisfiesLate(LocalDate visitedOn, ObligationStatus expected) {
        assertThat(ObligationState.satisfiedBy(visitedOn, DUE)).isEqualTo(expected);
    }
}
