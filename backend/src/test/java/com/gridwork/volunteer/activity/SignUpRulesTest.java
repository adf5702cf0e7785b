package com.gridwork.volunteer.activity;

import com.gridwork.volunteer.VolunteerStatus;
import com.gridwork.volunteer.activity.SignUpRules.Candidate;
import com.gridwork.volunteer.activity.SignUpRules.Offer;
import com.gridwork.volunteer.activity.SignUpRules.Refusal;
import com.gridwork.volunteer.activity.SignUpRules.Span;
import com.gridwork.volunteer.activity.SignUpRules.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-up rules as tables: eligibility, deadlines, overlap, and which steps a sign-up may take. */
class SignUpRulesTest {
    /** The session tried in every row: 2027-06-12 09:00 to 11:00, Beijing time. */
    private static final Span SESSION = new Span(1, at("2027-06-12T09:00"), at("2027-06-12T11:00"));

    private static final long TEAM = 7;

    /**
     * One change from an eligible volunteer and an open activity per row, and the refusal it leads to ("-": none).
     * The volunteer was born 1990-06-12 (37 on the session's day); {@code now} is 2027-06-01 10:00.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # case                                   | status      | min | max | skills        | members | deadline         | volunteer | born       | has          | teams | held                                     | now              | refusal
            eligible, no conditions                  | PUBLISHED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       |                                          |                  | -
            in progress, session still ahead         | IN_PROGRESS |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       |                                          |                  | -
            a draft takes no sign-ups                | DRAFT       |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       |                                          |                  | activity.signup.not-open
            a cancelled activity                     | CANCELLED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       |                                          |                  | activity.signup.not-open
            an ended activity                        | ENDED       |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       |                                          |                  | activity.signup.not-open
            a closed activity                        | CLOSED      |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       |                                          |                  | activity.signup.not-open
            one second before the deadline           | PUBLISHED   |     |     |               | false   | 2027-06-01T10:00 | ACTIVE    | 1990-06-12 |              |       |                                          | 2027-06-01T09:59:59 | -
            at the deadline                          | PUBLISHED   |     |     |               | false   | 2027-06-01T10:00 | ACTIVE    | 1990-06-12 |              |       |                                          |                  | activity.signup.deadline-passed
            without a deadline, until the start      | PUBLISHED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       |                                          | 2027-06-12T08:59 | -
            without a deadline, once started         | PUBLISHED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       |                                          | 2027-06-12T09:00 | activity.signup.session-started
            a suspended volunteer                    | PUBLISHED   |     |     |               | false   |                  | SUSPENDED | 1990-06-12 |              |       |                                          |                  | activity.signup.volunteer-inactive
            a volunteer who left                     | PUBLISHED   |     |     |               | false   |                  | LEFT      | 1990-06-12 |              |       |                                          |                  | activity.signup.volunteer-inactive
            18 on the session's day                  | PUBLISHED   | 18  |     |               | false   |                  | ACTIVE    | 2009-06-12 |              |       |                                          |                  | -
            18 the day after the session             | PUBLISHED   | 18  |     |               | false   |                  | ACTIVE    | 2009-06-13 |              |       |                                          |                  | activity.signup.too-young
            65 on the session's day, max 65          | PUBLISHED   |     | 65  |               | false   |                  | ACTIVE    | 1962-06-12 |              |       |                                          |                  | -
            66 on the session's day, max 65          | PUBLISHED   |     | 65  |               | false   |                  | ACTIVE    | 1961-06-12 |              |       |                                          |                  | activity.signup.too-old
            one of the skills is enough              | PUBLISHED   |     |     | MEDICAL+LEGAL | false   |                  | ACTIVE    | 1990-06-12 | LEGAL        |       |                                          |                  | -
            none of the skills                       | PUBLISHED   |     |     | MEDICAL+LEGAL | false   |                  | ACTIVE    | 1990-06-12 | ARTS         |       |                                          |                  | activity.signup.skill-missing
            a team member                            | PUBLISHED   |     |     |               | true    |                  | ACTIVE    | 1990-06-12 |              | 3+7   |                                          |                  | -
            not a member of the team                 | PUBLISHED   |     |     |               | true    |                  | ACTIVE    | 1990-06-12 |              | 3     |                                          |                  | activity.signup.members-only
            members only does not bind others' teams | PUBLISHED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              | 3     |                                          |                  | -
            holds this session already               | PUBLISHED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       | 1@2027-06-12T09:00/2027-06-12T11:00      |                  | activity.signup.already
            holds an overlapping session             | PUBLISHED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       | 2@2027-06-12T10:59/2027-06-12T12:00      |                  | activity.signup.overlap
            holds one inside it                      | PUBLISHED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       | 2@2027-06-12T09:30/2027-06-12T10:00      |                  | activity.signup.overlap
            holds one ending as it starts            | PUBLISHED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       | 2@2027-06-12T07:00/2027-06-12T09:00      |                  | -
            holds one starting as it ends            | PUBLISHED   |     |     |               | false   |                  | ACTIVE    | 1990-06-12 |              |       | 2@2027-06-12T11:00/2027-06-12T12:00      |                  | -
            the activity is named before the person  | CANCELLED   | 60  |     | MEDICAL       | true    |                  | LEFT      | 2020-01-01 |              |       | 2@2027-06-12T09:30/2027-06-12T10:00      |                  | activity.signup.not-open
            """)
    void signUp(
            String name,
            ActivityStatus status,
            Integer minAge,
            Integer maxAge,
            String skills,
            boolean membersOnly,
            String deadline,
            VolunteerStatus volunteer,
            LocalDate born,
            String has,
            String teams,
            String held,
            String now,
            String refusal) {
        Offer offer = new Offer(status, minAge, maxAge, set(skills), membersOnly, TEAM, instant(deadline), null);
        Candidate candidate = new Candidate(
                volunteer,
                born,
                set(has),
                set(teams).stream().map(Long::valueOf).collect(Collectors.toSet()));
        List<Span> spans = new ArrayList<>();
        if (held != null) {
            String[] idAndTimes = held.split("@");
            String[] times = idAndTimes[1].split("/");
            spans.add(new Span(Long.parseLong(idAndTimes[0]), at(times[0]), at(times[1])));
        }
        Instant when = now == null ? at("2027-06-01T10:00") : at(now);
        Optional<Refusal> answer = SignUpRules.refuseSignUp(offer, candidate, SESSION, spans, when);
        assertThat(answer.map(Refusal::messageKey).orElse("-")).as(name).isEqualTo(refusal);
    }

    /**
     * Sign-up status × step: allowed ("ok") or refused as illegal ("-"), for an open activity before any deadline.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # step   | PENDING | ACCEPTED | WAITLISTED | REJECTED | WITHDRAWN | CANCELLED
            APPROVE  | ok      | -        | -          | -        | -         | -
            REJECT   | ok      | -        | ok         | -        | -         | -
            WITHDRAW | ok      | ok       | ok         | -        | -         | -
            REMOVE   | ok      | ok       | ok         | -        | -         | -
            """)
    void stepsFromEachStatus(
            Step step,
            String pending,
            String accepted,
            String waitlisted,
            String rejected,
            String withdrawn,
            String cancelled) {
        List<String> expected = List.of(pending, accepted, waitlisted, rejected, withdrawn, cancelled);
        for (SignUpStatus from : SignUpStatus.values()) {
            Optional<Refusal> answer =
                    SignUpRules.refuseStep(step, from, ActivityStatus.PUBLISHED, null, SESSION, at("2027-06-01T10:00"));
            String cell = expected.get(List.of(SignUpStatus.values()).indexOf(from));
            assertThat(answer.map(Refusal::messageKey).orElse("ok"))
                    .as("%s from %s", step, from)
                    .isEqualTo(cell.equals("ok") ? "ok" : "activity.signup.step-illegal");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # case                                  | step     | activity    | withdraw deadline | now              | refusal
            before the withdraw deadline            | WITHDRAW | PUBLISHED   | 2027-06-10T00:00  | 2027-06-09T23:59 | -
            at the withdraw deadline                | WITHDRAW | PUBLISHED   | 2027-06-10T00:00  | 2027-06-10T00:00 | activity.signup.withdraw-closed
            without a deadline, before the start    | WITHDRAW | PUBLISHED   |                   | 2027-06-12T08:59 | -
            without a deadline, once started        | WITHDRAW | IN_PROGRESS |                   | 2027-06-12T09:00 | activity.signup.withdraw-closed
            organisers are not bound by it          | REMOVE   | PUBLISHED   | 2027-06-10T00:00  | 2027-06-11T00:00 | -
            nor in an activity that is under way    | APPROVE  | IN_PROGRESS | 2027-06-10T00:00  | 2027-06-11T00:00 | -
            nothing moves once the activity ended   | REMOVE   | ENDED       |                   | 2027-06-11T00:00 | activity.signup.not-open
            nor when it was cancelled               | WITHDRAW | CANCELLED   |                   | 2027-06-01T00:00 | activity.signup.not-open
            """)
    void deadlinesOfSteps(
            String name, Step step, ActivityStatus activity, String deadline, String now, String refusal) {
        Optional<Refusal> answer =
                SignUpRules.refuseStep(step, SignUpStatus.PENDING, activity, instant(deadline), SESSION, at(now));
        assertThat(answer.map(Refusal::messageKey).orElse("-")).as(name).isEqualTo(refusal);
    }

    @Test
    void aNewSignUpStartsPendingInApplyModeElseByTheFreePlace() {
        assertThat(SignUpRules.initial(SignUpMode.FIRST_COME, true)).isEqualTo(SignUpStatus.ACCEPTED);
        assertThat(SignUpRules.initial(SignUpMode.FIRST_COME, false)).isEqualTo(SignUpStatus.WAITLISTED);
        assertThat(SignUpRules.initial(SignUpMode.APPROVAL, true)).isEqualTo(SignUpStatus.PENDING);
        assertThat(SignUpRules.initial(SignUpMode.APPROVAL, false)).isEqualTo(SignUpStatus.PENDING);
    }

    @Test
    void ageTurnsAtMidnightInBeijing() {
        LocalDate born = LocalDate.parse("2009-06-12");
        // 2027-06-11 16:00 UTC is already 06-12 in Beijing
        assertThat(SignUpRules.ageOn(born, Instant.parse("2027-06-11T16:00:00Z")))
                .isEqualTo(18);
        assertThat(SignUpRules.ageOn(born, Instant.parse("2027-06-11T15:59:59Z")))
                .isEqualTo(17);
    }

    private static Set<String> set(String plusSeparated) {
        return plusSeparated == null ? Set.of() : Set.of(plusSeparated.split("\\+"));
    }

    private static Instant instant(String local) {
        return local == null ? null : at(local);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SignUpRules.ZONE).toInstant();
    }
}
