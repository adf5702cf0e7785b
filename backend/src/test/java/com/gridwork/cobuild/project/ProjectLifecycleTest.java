package com.gridwork.cobuild.project;

import com.gridwork.cobuild.project.ProjectLifecycle.Actor;
import com.gridwork.common.error.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project lifecycle table without HTTP; CoBuildProjectApiTest walks it through the API. */
class ProjectLifecycleTest {
    /** State × action → the state it leads to, or "-" where the state does not allow it (409). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # action    | DRAFT       | REJECTED | OPEN_PAIRED | OPEN_ALL  | CLAIMED     | IN_PROGRESS | SUBMITTED   | ACCEPTED | CANCELLED
            EDIT        | DRAFT       | -        | -           | -         | -           | -           | -           | -        | -
            APPROVE     | OPEN_PAIRED | -        | -           | -         | -           | -           | -           | -        | -
            REJECT      | REJECTED    | -        | -           | -         | -           | -           | -           | -        | -
            OPEN_TO_ALL | -           | -        | OPEN_ALL    | -         | -           | -           | -           | -        | -
            CLAIM       | -           | -        | CLAIMED     | CLAIMED   | -           | -           | -           | -        | -
            START       | -           | -        | -           | -         | IN_PROGRESS | -           | -           | -        | -
            SUBMIT      | -           | -        | -           | -         | -           | SUBMITTED   | -           | -        | -
            ACCEPT      | -           | -        | -           | -         | -           | -           | ACCEPTED    | -        | -
            REWORK      | -           | -        | -           | -         | -           | -           | IN_PROGRESS | -        | -
            CANCEL      | CANCELLED   | -        | CANCELLED   | CANCELLED | CANCELLED   | CANCELLED   | CANCELLED   | -        | -
            """)
    void eachActionMovesFromTheStatesThatAllowIt(
            CoBuildProjectAction action,
            String draft,
            String rejected,
            String openPaired,
            String openAll,
            String claimed,
            String inProgress,
            String submitted,
            String accepted,
            String cancelled) {
        List<String> expected =
                List.of(draft, rejected, openPaired, openAll, claimed, inProgress, submitted, accepted, cancelled);
        for (CoBuildProjectStatus from : CoBuildProjectStatus.values()) {
            String cell = expected.get(from.ordinal());
            boolean offered =
                    ProjectLifecycle.allowed(from, EnumSet.allOf(Actor.class)).contains(action);
            if (cell.equals("-")) {
                assertThat(offered).as("%s offered in %s", action, from).isFalse();
                assertThatThrownBy(() -> ProjectLifecycle.next(action, from))
                        .isInstanceOfSatisfying(ApiProblem.class, p -> {
                            assertThat(p.status()).isEqualTo(409);
                            assertThat(p.messageKey()).isEqualTo("cobuild.project.transition.illegal");
                        });
            } else {
                assertThat(offered).as("%s offered in %s", action, from).isTrue();
                assertThat(ProjectLifecycle.next(action, from)).isEqualTo(CoBuildProjectStatus.valueOf(cell));
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "EDIT, MANAGER",
        "APPROVE, APPROVER",
        "REJECT, APPROVER",
        "OPEN_TO_ALL, CLOCK",
        "CLAIM, CLAIMANT",
        "START, UNIT",
        "SUBMIT, UNIT",
        "ACCEPT, MANAGER",
        "REWORK, MANAGER",
        "CANCEL, MANAGER"
    })
    void eachActionHasOneActor(CoBuildProjectAction action, Actor actor) {
        assertThat(ProjectLifecycle.actor(action)).isEqualTo(actor);
    }

    @Test
    void aCallerIsOfferedOnlyTheActionsOfItsOwnRole() {
        assertThat(ProjectLifecycle.allowed(CoBuildProjectStatus.DRAFT, EnumSet.of(Actor.MANAGER)))
                .containsExactly(CoBuildProjectAction.EDIT, CoBuildProjectAction.CANCEL);
        assertThat(ProjectLifecycle.allowed(CoBuildProjectStatus.DRAFT, EnumSet.of(Actor.APPROVER)))
                .containsExactly(CoBuildProjectAction.APPROVE, CoBuildProjectAction.REJECT);
        assertThat(ProjectLifecycle.allowed(CoBuildProjectStatus.OPEN_ALL, EnumSet.of(Actor.CLAIMANT)))
                .containsExactly(CoBuildProjectAction.CLAIM);
        assertThat(ProjectLifecycle.allowed(CoBuildProjectStatus.SUBMITTED, EnumSet.of(Actor.UNIT)))
                .isEmpty();
        assertThat(ProjectLifecycle.allowed(CoBuildProjectStatus.ACCEPTED, EnumSet.allOf(Actor.class)))
                .isEmpty();
    }

    @ParameterizedTest(name = "deadline {0}, today {1}: passed {2}")
    @CsvSource({"2026-10-13, 2026-10-13, false", "2026-10-13, 2026-10-14, true", "2026-10-13, 2026-10-12, false"})
    void theDeadlineDayItselfStillBelongsToThePairedUnits(LocalDate deadline, LocalDate today, boolean passed) {
        assertThat(ProjectLifecycle.deadlinePassed(deadline, today)).isEqualTo(passed);
    }
}
