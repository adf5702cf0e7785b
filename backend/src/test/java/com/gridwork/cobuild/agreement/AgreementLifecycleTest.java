package com.gridwork.cobuild.agreement;

import com.gridwork.common.error.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agreement lifecycle without HTTP; CoBuildAgreementApiTest walks the same rules through the API. */
class AgreementLifecycleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /**
     * State × action → the state it leads to ("-": illegal, 409). A signature of an agreement whose term has begun
     * leads to ACTIVE, of one not begun yet to SIGNED; a renewal leaves the old agreement as it is.
     */
    @ParameterizedTest(name = "{0} (term begun: {1})")
    @CsvSource(delimiter = '|', textBlock = """
            # action  | begun | PROPOSED   | SIGNED     | ACTIVE     | EXPIRED | TERMINATED
            SIGN      | true  | ACTIVE     | -          | -          | -       | -
            SIGN      | false | SIGNED     | -          | -          | -       | -
            TERMINATE | true  | TERMINATED | TERMINATED | TERMINATED | -       | -
            RENEW     | true  | -          | -          | ACTIVE     | EXPIRED | -
            """)
    void eachActionMovesFromTheStatesThatAllowIt(
            AgreementAction action,
            boolean begun,
            String proposed,
            String signed,
            String active,
            String expired,
            String terminated) {
        List<String> expected = List.of(proposed, signed, active, expired, terminated);
        LocalDate termFrom = begun ? TODAY : TODAY.plusDays(1);
        for (CoBuildAgreementStatus from : CoBuildAgreementStatus.values()) {
            String cell = expected.get(from.ordinal());
            boolean offered = AgreementLifecycle.allowed(from).contains(action);
            if (cell.equals("-")) {
                assertThat(offered).as("%s offered in %s", action, from).isFalse();
                assertThatThrownBy(() -> AgreementLifecycle.next(action, from, termFrom, TODAY))
                        .isInstanceOfSatisfying(ApiProblem.class, p -> {
                            assertThat(p.status()).isEqualTo(409);
                            assertThat(p.messageKey()).isEqualTo("cobuild.agreement.transition.illegal");
                        });
            } else {
                assertThat(offered).as("%s offered in %s", action, from).isTrue();
                assertThat(AgreementLifecycle.next(action, from, termFrom, TODAY))
                        .isEqualTo(CoBuildAgreementStatus.valueOf(cell));
            }
        }
    }

    /** Status, term from/to (days from today) → where the daily clock moves it ("-": it stays). */
    @ParameterizedTest(name = "{0} {1}..{2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            PROPOSED   | -5 | 5  | -
            SIGNED     | 1  | 10 | -
            SIGNED     | 0  | 10 | ACTIVE
            SIGNED     | -3 | 10 | ACTIVE
            SIGNED     | -9 | -1 | EXPIRED
            ACTIVE     | -9 | 0  | -
            ACTIVE     | -9 | -1 | EXPIRED
            EXPIRED    | -9 | -1 | -
            TERMINATED | -9 | 5  | -
            """)
    void theClockStartsAndEndsTerms(CoBuildAgreementStatus status, int from, int to, String expected) {
        Optional<CoBuildAgreementStatus> next =
                AgreementLifecycle.byClock(status, TODAY.plusDays(from), TODAY.plusDays(to), TODAY);
        if (expected.equals("-")) {
            assertThat(next).isEmpty();
        } else {
            assertThat(next).contains(CoBuildAgreementStatus.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "{0}..{1} renewed (to {2}) → {3}..{4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2026-01-01 | 2026-12-31 | null       | 2027-01-01 | 2027-12-31
            2026-03-01 | 2026-03-31 | null       | 2026-04-01 | 2026-05-01
            2026-01-01 | 2026-12-31 | 2027-06-30 | 2027-01-01 | 2027-06-30
            """)
    void aRenewalFollowsTheOldTerm(
            LocalDate oldFrom, LocalDate oldTo, LocalDate termTo, LocalDate newFrom, LocalDate newTo) {
        assertThat(AgreementLifecycle.renewalTerm(oldFrom, oldTo, termTo)).containsExactly(newFrom, newTo);
    }
}
