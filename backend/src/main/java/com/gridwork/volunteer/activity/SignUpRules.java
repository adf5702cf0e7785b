package com.gridwork.volunteer.activity;

import com.gridwork.common.i18n.Localizable;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.volunteer.VolunteerStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.gridwork.volunteer.activity.SignUpStatus.ACCEPTED;
import static com.gridwork.volunteer.activity.SignUpStatus.PENDING;
import static com.gridwork.volunteer.activity.SignUpStatus.WAITLISTED;

/**
 * Who may sign up for a session, until when, and which steps a sign-up may take: plain rules without the database,
 * so that a table states them (SignUpRulesTest). {@code SignUpService} gathers the facts under the volunteer's row
 * lock and asks here.
 */
public final class SignUpRules {
    /** Ages are counted in China's calendar: a birthday is reached at midnight in Beijing. */
    public static final ZoneId ZONE = BeijingTime.ZONE;

    /** The statuses in which a sign-up holds (or waits for) a place; the database's live key counts the same ones. */
    public static final Set<SignUpStatus> LIVE = EnumSet.of(PENDING, ACCEPTED, WAITLISTED);

    /** Activities that take sign-ups (for sessions that have not started). */
    private static final Set<ActivityStatus> OPEN = EnumSet.of(ActivityStatus.PUBLISHED, ActivityStatus.IN_PROGRESS);

    private static final Map<Step, Set<SignUpStatus>> FROM = new EnumMap<>(Step.class);

    static {
        FROM.put(Step.APPROVE, EnumSet.of(PENDING));
        // a waitlisted sign-up in apply mode was approved without room: an organiser may still turn it down
        FROM.put(Step.REJECT, EnumSet.of(PENDING, WAITLISTED));
        FROM.put(Step.WITHDRAW, LIVE);
        FROM.put(Step.REMOVE, LIVE);
    }

    private SignUpRules() {}

    /** A step on an existing sign-up: the organisers' (approve, reject, remove) and the volunteer's (withdraw). */
    public enum Step implements Localizable {
        APPROVE,
        REJECT,
        WITHDRAW,
        REMOVE;

        @Override
        public String messageKey() {
            return "activity.signup.step." + name();
        }
    }

    /** Why a sign-up or a step is refused: a message key and its arguments (the service answers 409). */
    public record Refusal(String messageKey, Object... args) {}

    /** What the rules need of the activity. Skills: one of them is enough; none listed admits anyone. */
    public record Offer(
            ActivityStatus status,
            Integer minAge,
            Integer maxAge,
            Set<String> skills,
            boolean membersOnly,
            long teamId,
            Instant signUpDeadline,
            Instant withdrawDeadline) {}

    /** What the rules need of the volunteer: status, birth date, skills, the teams it is a member of today. */
    public record Candidate(VolunteerStatus status, LocalDate birthDate, Set<String> skills, Set<Long> teamIds) {}

    /** A session's time span, [start, end). */
    public record Span(long sessionId, Instant start, Instant end) {
        boolean overlaps(Span other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    /**
     * Why {@code candidate} may not sign up for {@code session} of {@code offer} at {@code now}, given the sessions
     * it already holds (live sign-ups); empty when it may. The first reason found is given, in this order: the
     * activity, the time, the volunteer's status, age, skills, team, then the sessions it holds.
     */
    public static Optional<Refusal> refuseSignUp(
            Offer offer, Candidate candidate, Span session, Collection<Span> held, Instant now) {
        if (!OPEN.contains(offer.status())) {
            return refusal("activity.signup.not-open", status(offer.status()));
        }
        if (!now.isBefore(session.start())) {
            return refusal("activity.signup.session-started");
        }
        if (offer.signUpDeadline() != null && !now.isBefore(offer.signUpDeadline())) {
            return refusal("activity.signup.deadline-passed");
        }
        if (candidate.status() != VolunteerStatus.ACTIVE) {
            return refusal("activity.signup.volunteer-inactive");
        }
        int age = ageOn(candidate.birthDate(), session.start());
        if (offer.minAge() != null && age < offer.minAge()) {
            return refusal("activity.signup.too-young", offer.minAge());
        }
        if (offer.maxAge() != null && age > offer.maxAge()) {
            return refusal("activity.signup.too-old", offer.maxAge());
        }
        if (!offer.skills().isEmpty() && offer.skills().stream().noneMatch(candidate.skills()::contains)) {
            return refusal("activity.signup.skill-missing");
        }
        if (offer.membersOnly() && !candidate.teamIds().contains(offer.teamId())) {
            return refusal("activity.signup.members-only");
        }
        for (Span other : held) {
            if (other.sessionId() == session.sessionId()) {
                return refusal("activity.signup.already");
            }
        }
        for (Span other : held) {
            if (other.overlaps(session)) {
                return refusal("activity.signup.overlap");
            }
        }
        return Optional.empty();
    }

    /**
     * Why a sign-up in {@code status} may not take {@code step} at {@code now}. A volunteer withdraws before the
     * withdraw deadline (without one: before the session starts); organisers act while the activity is open.
     */
    public static Optional<Refusal> refuseStep(
            Step step,
            SignUpStatus status,
            ActivityStatus activity,
            Instant withdrawDeadline,
            Span session,
            Instant now) {
        if (!FROM.get(step).contains(status)) {
            return refusal("activity.signup.step-illegal", status(status), step);
        }
        if (!OPEN.contains(activity)) {
            return refusal("activity.signup.not-open", status(activity));
        }
        if (step == Step.WITHDRAW) {
            Instant deadline = withdrawDeadline != null ? withdrawDeadline : session.start();
            if (!now.isBefore(deadline)) {
                return refusal("activity.signup.withdraw-closed");
            }
        }
        return Optional.empty();
    }

    /** Where a new sign-up starts: apply mode waits for an organiser; first come takes a place if one is free. */
    public static SignUpStatus initial(SignUpMode mode, boolean placeTaken) {
        if (mode == SignUpMode.APPROVAL) {
            return PENDING;
        }
        return placeTaken ? ACCEPTED : WAITLISTED;
    }

    /** Full years of age on the day (in Beijing) that {@code at} falls on. */
    public static int ageOn(LocalDate birthDate, Instant at) {
        return Period.between(birthDate, at.atZone(ZONE).toLocalDate()).getYears();
    }

    private static Optional<Refusal> refusal(String key, Object... args) {
        return Optional.of(new Refusal(key, args));
    }

    private static Localizable status(Enum<?> status) {
        String prefix =
                status instanceof ActivityStatus ? "activity.signup.activity-status." : "activity.signup.status.";
        return () -> prefix + status.name();
    }
}
