package com.gridwork.volunteer.activity;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityInput;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityPostInput;
import com.gridwork.volunteer.activity.ActivityDtos.ActivitySessionInput;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules for an activity's sessions and posts as written, against what it has now. A draft's sessions and posts
 * change freely. Once volunteers have signed up (published) what they signed up for holds: a post's capacity may grow
 * but never drop below its accepted sign-ups, a session with sign-ups keeps its times, and a post or session with
 * sign-ups cannot be removed (409). Field problems are collected in the request's {@link Violations}.
 */
public final class ActivityPlan {
    /** A post as it stands: its accepted sign-ups and its sign-ups of any status. */
    public record PostNow(long id, int accepted, long signUps) {}

    /** A session as it stands, with its posts by id. */
    public record SessionNow(long id, Instant startsAt, Instant endsAt, Map<Long, PostNow> posts) {
        long signUps() {
            return posts.values().stream().mapToLong(PostNow::signUps).sum();
        }
    }

    private ActivityPlan() {}

    /** The earliest start of the sessions as written, or null when none is well-formed. */
    public static Instant firstStart(List<ActivitySessionInput> sessions) {
        return sessions == null
                ? null
                : sessions.stream()
                        .filter(Objects::nonNull)
                        .map(ActivitySessionInput::startsAt)
                        .filter(Objects::nonNull)
                        .min(Instant::compareTo)
                        .orElse(null);
    }

    /** The latest end of the sessions as written, or null when none is well-formed. */
    public static Instant lastEnd(List<ActivitySessionInput> sessions) {
        return sessions == null
                ? null
                : sessions.stream()
                        .filter(Objects::nonNull)
                        .map(ActivitySessionInput::endsAt)
                        .filter(Objects::nonNull)
                        .max(Instant::compareTo)
                        .orElse(null);
    }

    /** The activity's own rules: the age range, the deadlines before the first start, each session's times. */
    public static void checkActivity(Violations violations, ActivityInput input) {
        if (input.minAge() != null && input.maxAge() != null && input.minAge() > input.maxAge()) {
            violations.add("maxAge", "activity.age.max-below-min");
        }
        List<ActivitySessionInput> sessions = input.sessions() == null ? List.of() : input.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            ActivitySessionInput s = sessions.get(i);
            if (s != null
                    && s.startsAt() != null
                    && s.endsAt() != null
                    && !s.endsAt().isAfter(s.startsAt())) {
                violations.add("sessions[" + i + "].endsAt", "activity.session.end-before-start");
            }
        }
        Instant first = firstStart(sessions);
        if (first != null) {
            if (input.signUpDeadline() != null && input.signUpDeadline().isAfter(first)) {
                violations.add("signUpDeadline", "activity.deadline.after-start");
            }
            if (input.withdrawDeadline() != null && input.withdrawDeadline().isAfter(first)) {
                violations.add("withdrawDeadline", "activity.deadline.after-start");
            }
        }
    }

    /**
     * The sessions as written against those the activity has ({@code now}, by id). Ids must be the activity's own (a
     * 400 naming the field); removing what has sign-ups is a 409, thrown after the field problems. A draft has no
     * sign-ups, so all of it may change.
     */
    public static void checkChanges(
            Violations violations, List<ActivitySessionInput> sessions, Map<Long, SessionNow> now) {
        if (sessions == null) {
            return;
        }
        Set<Long> keptSessions = new HashSet<>();
        Set<Long> keptPosts = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            ActivitySessionInput s = sessions.get(i);
            if (s == null) {
                continue;
            }
            String field = "sessions[" + i + "]";
            SessionNow existing = null;
            if (s.id() != null) {
                existing = now.get(s.id());
                if (existing == null || !keptSessions.add(s.id())) {
                    violations.add(field + ".id", "activity.session.not-found", s.id());
                    existing = null;
                }
            }
            if (existing != null
                    && existing.signUps() > 0
                    && s.startsAt() != null
                    && s.endsAt() != null
                    && !(existing.startsAt().equals(s.startsAt())
                            && existing.endsAt().equals(s.endsAt()))) {
                violations.add(field + ".startsAt", "activity.session.times-fixed");
            }
            List<ActivityPostInput> posts = s.posts() == null ? List.of() : s.posts();
            for (int j = 0; j < posts.size(); j++) {
                ActivityPostInput p = posts.get(j);
                if (p == null || p.id() == null) {
                    continue;
                }
                String postField = field + ".posts[" + j + "]";
                PostNow post = existing == null ? null : existing.posts().get(p.id());
                if (post == null || !keptPosts.add(p.id())) {
                    violations.add(postField + ".id", "activity.post.not-found", p.id());
                } else if (p.capacity() != null && p.capacity() < post.accepted()) {
                    violations.add(postField + ".capacity", "activity.post.capacity-below-taken", post.accepted());
                }
            }
        }
        violations.throwIfAny();
        for (SessionNow existing : now.values()) {
            if (!keptSessions.contains(existing.id())) {
                if (existing.signUps() > 0) {
                    throw ApiProblem.conflict("activity.session.has-sign-ups");
                }
                continue;
            }
            for (PostNow post : existing.posts().values()) {
                if (!keptPosts.contains(post.id()) && post.signUps() > 0) {
                    throw ApiProblem.conflict("activity.post.has-sign-ups");
                }
            }
        }
    }
}
