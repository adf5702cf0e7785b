package com.gridwork.volunteer.activity;

import com.gridwork.common.error.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle table without HTTP; ActivityLifecycleApiTest walks the same rules through the API. */
class ActivityLifecycleTest {
    /** State × action → the state it leads to, or "-" where the state does not allow it (409). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # action | DRAFT     | PUBLISHED   | IN_PROGRESS | ENDED  | CLOSED | CANCELLED
            EDIT     | DRAFT     | PUBLISHED   | -           | -      | -      | -
            PUBLISH  | PUBLISHED | -           | -           | -      | -      | -
            START    | -         | IN_PROGRESS | -           | -      | -      | -
            END      | -         | -           | ENDED       | -      | -      | -
            CLOSE    | -         | -           | -           | CLOSED | -      | -
            CANCEL   | CANCELLED | CANCELLED   | CANCELLED   | -      | -      | -
            """)
    void eachActionMovesFromTheStatesThatAllowIt(
            ActivityAction action,
            String draft,
            String published,
            String inProgress,
            String ended,
            String closed,
            String cancelled) {
        List<String> expected = List.of(draft, published, inProgress, ended, closed, cancelled);
        for (ActivityStatus from : ActivityStatus.values()) {
            String cell = expected.get(from.ordinal());
            boolean offered = ActivityLifecycle.allowed(from, true, false).contains(action);
            if (cell.equals("-")) {
                assertThat(offered).as("%s offered in %s", action, from).isFalse();
                assertThatThrownBy(() -> ActivityLifecycle.require(action, from, true, false))
                        .isInstanceOfSatisfying(ApiProblem.class, p -> {
                            assertThat(p.status()).isEqualTo(409);
                            assertThat(p.messageKey()).isEqualTo("activity.transition.illegal");
                        });
            } else {
                assertThat(offered).as("%s offered in %s", action, from).isTrue();
                ActivityLifecycle.require(action, from, true, false);
                assertThat(ActivityLifecycle.next(action, from)).isEqualTo(ActivityStatus.valueOf(cell));
            }
        }
    }

    @Test
    void someoneWhoDoesNotOrganiseTheActivityIsOfferedNothingAndRefusedAfterTheStateCheck() {
        for (ActivityStatus status : ActivityStatus.values()) {
            assertThat(ActivityLifecycle.allowed(status, false, false)).isEmpty();
        }
        assertThatThrownBy(() -> ActivityLifecycle.require(ActivityAction.PUBLISH, ActivityStatus.DRAFT, false, false))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.status()).isEqualTo(403));
        // the state speaks first: a closed activity is a 409 for everyone
        assertThatThrownBy(() -> ActivityLifecycle.require(ActivityAction.CANCEL, ActivityStatus.CLOSED, false, false))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void anEndedActivityClosesOnlyOnceNoHoursWaitForConfirmation() {
        assertThat(ActivityLifecycle.allowed(ActivityStatus.ENDED, true, true)).doesNotContain(ActivityAction.CLOSE);
        assertThatThrownBy(() -> ActivityLifecycle.require(ActivityAction.CLOSE, ActivityStatus.ENDED, true, true))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.messageKey()).isEqualTo("activity.close.hours-pending");
                });
        assertThat(ActivityLifecycle.allowed(ActivityStatus.ENDED, true, false)).containsExactly(ActivityAction.CLOSE);
    }

    /** Status at 09:00 and 11:00 session span, the clock at {@code now} → where it moves ("-": stays). */
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DRAFT       | 10:00 | -
            PUBLISHED   | 08:59 | -
            PUBLISHED   | 09:00 | IN_PROGRESS
            PUBLISHED   | 10:00 | IN_PROGRESS
            PUBLISHED   | 11:00 | ENDED
            IN_PROGRESS | 10:59 | -
            IN_PROGRESS | 11:00 | ENDED
            ENDED       | 12:00 | -
            CANCELLED   | 10:00 | -
            CLOSED      | 12:00 | -
            """)
    void theClockStartsAndEndsPublishedActivities(ActivityStatus status, String now, String expected) {
        Instant start = Instant.parse("2026-12-05T09:00:00Z");
        Instant end = Instant.parse("2026-12-05T11:00:00Z");
        Optional<ActivityStatus> moved =
                ActivityLifecycle.byClock(status, start, end, Instant.parse("2026-12-05T" + now + ":00Z"));
        assertThat(moved.map(Enum::name).orElse("-")).isEqualTo(expected);
    }
}
