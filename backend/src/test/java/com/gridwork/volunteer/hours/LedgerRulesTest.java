package com.gridwork.volunteer.hours;

import com.gridwork.common.error.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerRulesTest {
    private static final Set<String> MARCH_LOCKED = Set.of("2026-03");

    /** Status × month → whether a decision may be taken (the refusal's key otherwise). */
    @ParameterizedTest(name = "{0} locked={1}")
    @CsvSource(nullValues = "", textBlock = """
            SUBMITTED, false,
            SUBMITTED, true,  volunteer.hours.month-locked
            CONFIRMED, false, volunteer.hours.already-decided
            CONFIRMED, true,  volunteer.hours.already-decided
            REJECTED,  false, volunteer.hours.already-decided
            """)
    void decisions(HoursStatus status, boolean locked, String refusal) {
        assertThat(LedgerRules.decisionRefusal(status, locked)).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "", textBlock = """
            2026-02-28,
            2026-03-01, volunteer.hours.month-locked
            2026-03-31, volunteer.hours.month-locked
            2026-04-01,
            """)
    void newEntriesOnlyInOpenMonths(LocalDate date, String refusal) {
        if (refusal == null) {
            assertThatCode(() -> LedgerRules.requireOpen(date, MARCH_LOCKED)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> LedgerRules.requireOpen(date, MARCH_LOCKED))
                    .isInstanceOfSatisfying(ApiProblem.class, p -> {
                        assertThat(p.status()).isEqualTo(409);
                        assertThat(p.messageKey()).isEqualTo(refusal);
                    });
        }
    }

    /** Which entries may be reversed, and where the reversal may be dated (the original's month may be locked). */
    @ParameterizedTest(name = "{0} {1} reversed={2} on {3}")
    @CsvSource(nullValues = "", textBlock = """
            BACKFILL,    CONFIRMED, false, 2026-04-02,
            ATTENDANCE,  CONFIRMED, false, 2026-04-02,
            SELF_REPORT, CONFIRMED, false, 2026-04-02,
            BACKFILL,    SUBMITTED, false, 2026-04-02, volunteer.hours.reverse-unconfirmed
            BACKFILL,    REJECTED,  false, 2026-04-02, volunteer.hours.reverse-unconfirmed
            BACKFILL,    CONFIRMED, true,  2026-04-02, volunteer.hours.already-reversed
            REVERSAL,    CONFIRMED, false, 2026-04-02, volunteer.hours.reverse-reversal
            BACKFILL,    CONFIRMED, false, 2026-03-15, volunteer.hours.month-locked
            """)
    void reversals(HoursSource source, HoursStatus status, boolean reversed, LocalDate on, String refusal) {
        if (refusal == null) {
            assertThatCode(() -> LedgerRules.requireReversible(source, status, reversed, on, MARCH_LOCKED))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> LedgerRules.requireReversible(source, status, reversed, on, MARCH_LOCKED))
                    .isInstanceOfSatisfying(ApiProblem.class, p -> {
                        assertThat(p.status()).isEqualTo(409);
                        assertThat(p.messageKey()).isEqualTo(refusal);
                    });
        }
    }

    /** From → to → the change of the confirmed total for an entry of 90 minutes. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            SUBMITTED, CONFIRMED, 90
            SUBMITTED, REJECTED,  0
            SUBMITTED, SUBMITTED, 0
            """)
    void onlyConfirmationMovesTheTotal(HoursStatus from, HoursStatus to, long delta) {
        assertThat(LedgerRules.confirmedDelta(from, to, 90)).isEqualTo(delta);
        assertThat(LedgerRules.confirmedDelta(from, to, LedgerRules.reversalMinutes(90)))
                .isEqualTo(-delta);
    }

    record Row(HoursStatus status, int minutes) implements LedgerRules.Counted {}

    @Test
    void onlyConfirmedMinutesCountAndReversalsSubtract() {
        List<Row> ledger = List.of(
                new Row(HoursStatus.CONFIRMED, 120),
                new Row(HoursStatus.SUBMITTED, 60),
                new Row(HoursStatus.REJECTED, 45),
                new Row(HoursStatus.CONFIRMED, 30),
                new Row(HoursStatus.CONFIRMED, LedgerRules.reversalMinutes(30)));
        assertThat(LedgerRules.confirmedMinutes(ledger)).isEqualTo(120);
    }

    @Test
    void monthKeys() {
        assertThat(LedgerRules.month(LocalDate.of(2026, 3, 9))).isEqualTo("2026-03");
        assertThat(LedgerRules.Decision.REJECT.to()).isEqualTo(HoursStatus.REJECTED);
    }
}
