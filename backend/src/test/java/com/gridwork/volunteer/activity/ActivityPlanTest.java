package com.gridwork.volunteer.activity;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityInput;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityPostInput;
import com.gridwork.volunteer.activity.ActivityDtos.ActivitySessionInput;
import com.gridwork.volunteer.activity.ActivityPlan.PostNow;
import com.gridwork.volunteer.activity.ActivityPlan.SessionNow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions and posts as written against what the activity has; the deadlines and ages of the activity. */
class ActivityPlanTest {
    private static final Instant NINE = Instant.parse("2026-12-12T01:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-12-12T03:00:00Z");

    /** Session 1 (09:00-11:00) with post 10 (3 accepted, 4 sign-ups) and post 11 (no sign-ups); session 2 empty. */
    private static Map<Long, SessionNow> now() {
        return Map.of(
                1L,
                new SessionNow(1, NINE, ELEVEN, Map.of(10L, new PostNow(10, 3, 4), 11L, new PostNow(11, 0, 0))),
                2L,
                new SessionNow(
                        2, NINE.plusSeconds(86400), ELEVEN.plusSeconds(86400), Map.of(20L, new PostNow(20, 0, 0))));
    }

    private static ActivitySessionInput session(Long id, Instant start, Instant end, ActivityPostInput... posts) {
        return new ActivitySessionInput(id, start, end, List.of(posts));
    }

    private static ActivityPostInput post(Long id, int capacity) {
        return new ActivityPostInput(id, "引导员", capacity);
    }

    private static ActivitySessionInput two() {
        return session(2L, NINE.plusSeconds(86400), ELEVEN.plusSeconds(86400), post(20L, 1));
    }

    /** The violations of {@code checkChanges}, as "field=key". */
    private static List<String> problems(List<ActivitySessionInput> sessions) {
        return problems(v -> ActivityPlan.checkChanges(v, sessions, now()));
    }

    private static List<String> problems(Consumer<Violations> check) {
        Violations violations = Violations.of(Set.of());
        try {
            check.accept(violations);
            violations.throwIfAny();
            return List.of();
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return problem.violations().stream()
                    .map(k -> k.field() + "=" + k.messageKey())
                    .toList();
        }
    }

    /** Post 10's capacity as written → the problem ("-": accepted). It has 3 accepted sign-ups. */
    @ParameterizedTest(name = "capacity {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2  | sessions[0].posts[0].capacity=activity.post.capacity-below-taken
            3  | -
            30 | -
            """)
    void aPostsCapacityNeverDropsBelowWhatIsTaken(int capacity, String expected) {
        List<String> found = problems(List.of(session(1L, NINE, ELEVEN, post(10L, capacity), post(11L, 1)), two()));
        assertThat(found).isEqualTo(expected.equals("-") ? List.of() : List.of(expected));
    }

    @Test
    void aPostOrSessionWithSignUpsCannotBeRemovedOneWithoutCan() {
        // post 11 and session 2 have no sign-ups: gone
        assertThat(problems(List.of(session(1L, NINE, ELEVEN, post(10L, 5))))).isEmpty();
        assertThatThrownBy(() -> problems(List.of(session(1L, NINE, ELEVEN, post(11L, 5)), two())))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.messageKey()).isEqualTo("activity.post.has-sign-ups");
                });
        assertThatThrownBy(() -> problems(List.of(two()))).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status()).isEqualTo(409);
            assertThat(p.messageKey()).isEqualTo("activity.session.has-sign-ups");
        });
    }

    @Test
    void aSessionWithSignUpsKeepsItsTimesOneWithoutMayMove() {
        assertThat(problems(List.of(session(1L, NINE.plusSeconds(600), ELEVEN, post(10L, 5)), two())))
                .containsExactly("sessions[0].startsAt=activity.session.times-fixed");
        assertThat(problems(List.of(
                        session(1L, NINE, ELEVEN, post(10L, 5)),
                        session(2L, NINE, ELEVEN.plusSeconds(600), post(20L, 1)))))
                .isEmpty();
    }

    @Test
    void idsMustBeTheActivitysOwnAndNamedOnce() {
        assertThat(problems(List.of(
                        session(1L, NINE, ELEVEN, post(10L, 5), post(20L, 1), post(null, 2)),
                        session(99L, NINE, ELEVEN, post(null, 1)),
                        session(2L, NINE.plusSeconds(86400), ELEVEN.plusSeconds(86400), post(20L, 1), post(20L, 1)))))
                .containsExactly(
                        // post 20 is session 2's, not session 1's
                        "sessions[0].posts[1].id=activity.post.not-found",
                        "sessions[1].id=activity.session.not-found",
                        "sessions[2].posts[1].id=activity.post.not-found");
    }

    private static ActivityInput activity(Integer min, Integer max, Instant signUp, Instant withdraw, Instant end) {
        return new ActivityInput(
                1L,
                2L,
                null,
                "关爱老人",
                "ELDER_VISIT",
                null,
                "社区活动室",
                List.of(),
                SignUpMode.FIRST_COME,
                min,
                max,
                List.of(),
                false,
                signUp,
                withdraw,
                List.of(
                        session(null, ELEVEN, ELEVEN.plusSeconds(3600), post(null, 2)),
                        session(null, NINE, end, post(null, 1))));
    }

    @Test
    void deadlinesAreNotAfterTheFirstStartAgesInOrderSessionsEndAfterTheyStart() {
        assertThat(problems(v -> ActivityPlan.checkActivity(v, activity(18, 60, NINE, NINE, ELEVEN))))
                .isEmpty();
        assertThat(problems(v -> ActivityPlan.checkActivity(v, activity(60, 18, NINE.plusSeconds(1), ELEVEN, NINE))))
                .containsExactly(
                        "maxAge=activity.age.max-below-min",
                        "sessions[1].endsAt=activity.session.end-before-start",
                        "signUpDeadline=activity.deadline.after-start",
                        "withdrawDeadline=activity.deadline.after-start");
        assertThat(ActivityPlan.firstStart(
                        activity(null, null, null, null, ELEVEN).sessions()))
                .isEqualTo(NINE);
        assertThat(ActivityPlan.lastEnd(activity(null, null, null, null, ELEVEN).sessions()))
                .isEqualTo(ELEVEN.plusSeconds(3600));
    }
}
