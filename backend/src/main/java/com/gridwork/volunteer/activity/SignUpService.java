package com.gridwork.volunteer.activity;

import com.gridwork.access.AreaScope;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.VolunteerSelf;
import com.gridwork.volunteer.activity.SignUpDtos.ActivityOpenSummary;
import com.gridwork.volunteer.activity.SignUpDtos.ActivitySignUpView;
import com.gridwork.volunteer.activity.SignUpDtos.OpenActivityDetail;
import com.gridwork.volunteer.activity.SignUpDtos.OpenPost;
import com.gridwork.volunteer.activity.SignUpDtos.OpenSession;
import com.gridwork.volunteer.activity.SignUpDtos.SignUpCreate;
import com.gridwork.volunteer.activity.SignUpDtos.When;
import com.gridwork.volunteer.activity.SignUpRules.Candidate;
import com.gridwork.volunteer.activity.SignUpRules.Offer;
import com.gridwork.volunteer.activity.SignUpRules.Refusal;
import com.gridwork.volunteer.activity.SignUpRules.Span;
import com.gridwork.volunteer.activity.SignUpRules.Step;
import com.gridwork.volunteer.team.TeamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign-ups for the posts of an activity's sessions. Capacity holds under parallel requests because a place is taken
 * only by a conditional UPDATE of the post ({@code accepted_count < capacity}); a volunteer's sign-ups are checked
 * and written under a lock on its own row, so two parallel requests of one volunteer cannot both pass the overlap
 * check; the database's unique live key is the last guard against a duplicate. Freeing a place (withdrawal,
 * removal) promotes the first waitlisted sign-up of the post in the same transaction.
 */
@ApplicationScoped
public class SignUpService {
    private static final Set<ActivityStatus> OPEN = Set.of(ActivityStatus.PUBLISHED, ActivityStatus.IN_PROGRESS);
    private static final String FETCH = "from SignUp s join fetch s.activity a join fetch s.session se"
            + " join fetch s.post p join fetch s.volunteer v ";

    @Inject
    AreaScope scope;

    @Inject
    VolunteerSelf self;

    @Inject
    EntityManager em;

    // ---- the volunteer's side --------------------------------------------------------------------------------------

    /** The caller's community's activities that take sign-ups and have not ended, the soonest first. */
    @Transactional
    public PageResult<ActivityOpenSummary> openActivities(PageParams page) {
        Volunteer me = me();
        AreaScope.ScopeFilter filter = scope.filter("a.areaPath");
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and("a.status in :open", "open", OPEN)
                .and("a.endsAt > :now", "now", Instant.now());
        List<Activity> items = where.bind(em.createQuery(
                        "from Activity a join fetch a.team " + where.clause() + " order by a.startsAt, a.id",
                        Activity.class))
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size)
                .getResultList();
        long total = where.bind(em.createQuery("select count(a) from Activity a " + where.clause(), Long.class))
                .getSingleResult();
        List<Long> ids = items.stream().map(a -> a.id).toList();
        Map<Long, int[]> places = placesAhead(ids);
        Map<Long, Integer> mine = liveCounts(me.id, ids);
        return new PageResult<>(
                items.stream()
                        .map(a -> summary(a, places.getOrDefault(a.id, new int[2]), mine.getOrDefault(a.id, 0)))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    /** An activity of the caller's community (not a draft) with its sessions, posts and the caller's sign-ups. */
    @Transactional
    public OpenActivityDetail openActivity(long activityId) {
        Volunteer me = me();
        Activity a = published(activityId);
        List<ActivitySession> sessions = em.createQuery(
                        "from ActivitySession s where s.activityId = :a order by s.startsAt, s.id",
                        ActivitySession.class)
                .setParameter("a", a.id)
                .getResultList();
        List<ActivityPost> posts = em.createQuery(
                        "from ActivityPost p where p.session.activityId = :a order by p.id", ActivityPost.class)
                .setParameter("a", a.id)
                .getResultList();
        Map<Long, Integer> waitlisted = new HashMap<>();
        em.createQuery(
                        "select s.postId, count(s) from SignUp s where s.activityId = :a and s.status = :w"
                                + " group by s.postId",
                        Object[].class)
                .setParameter("a", a.id)
                .setParameter("w", SignUpStatus.WAITLISTED)
                .getResultList()
                .forEach(r -> waitlisted.put((Long) r[0], ((Number) r[1]).intValue()));
        Map<Long, List<OpenPost>> postsBySession = new HashMap<>();
        for (ActivityPost p : posts) {
            postsBySession
                    .computeIfAbsent(p.sessionId, k -> new ArrayList<>())
                    .add(new OpenPost(
                            p.id,
                            p.name,
                            p.capacity,
                            p.acceptedCount,
                            Math.max(0, p.capacity - p.acceptedCount),
                            waitlisted.getOrDefault(p.id, 0)));
        }
        List<OpenSession> sessionViews = sessions.stream()
                .map(s -> new OpenSession(s.id, s.startsAt, s.endsAt, postsBySession.getOrDefault(s.id, List.of())))
                .toList();
        List<SignUp> mine = em.createQuery(
                        FETCH + "where s.volunteerId = :me and s.activityId = :a order by se.startsAt, s.id",
                        SignUp.class)
                .setParameter("me", me.id)
                .setParameter("a", a.id)
                .getResultList();
        Map<Long, int[]> places = placesAhead(List.of(a.id));
        int live = (int)
                mine.stream().filter(s -> SignUpRules.LIVE.contains(s.status)).count();
        return new OpenActivityDetail(
                summary(a, places.getOrDefault(a.id, new int[2]), live),
                a.description,
                a.minAge,
                a.maxAge,
                Set.copyOf(a.skills),
                a.membersOnly,
                a.withdrawDeadline,
                sessionViews,
                views(mine));
    }

    /**
     * Signs the caller up for a post: first come takes a free place or joins the waitlist, apply mode waits for an
     * organiser. 409 with the reason when the activity, the time or the volunteer does not allow it.
     */
    @Transactional
    public ActivitySignUpView signUp(long activityId, SignUpCreate input) {
        // The lock comes first: every read after it (the sign-ups held) sees what a parallel request of the same
        // volunteer committed before it let go (a snapshot taken earlier would not).
        Volunteer me = lockMe();
        Activity a = published(activityId);
        ActivityPost post = em.find(ActivityPost.class, input.postId());
        if (post == null || !post.session.activityId.equals(a.id)) {
            throw ApiProblem.invalidField("postId", "activity.signup.post.not-found", input.postId());
        }
        ActivitySession session = post.session;
        Instant now = Instant.now();
        Offer offer = new Offer(
                a.status,
                a.minAge,
                a.maxAge,
                Set.copyOf(a.skills),
                a.membersOnly,
                a.teamId,
                a.signUpDeadline,
                a.withdrawDeadline);
        Candidate candidate = new Candidate(me.status, me.birthDate, Set.copyOf(me.skills), currentTeams(me.id));
        SignUpRules.refuseSignUp(offer, candidate, span(session), held(me.id), now)
                .ifPresent(SignUpService::refuse);
        boolean placeTaken = a.signUpMode == SignUpMode.FIRST_COME && takePlace(post.id);
        SignUp s = new SignUp();
        s.activity = a;
        s.session = session;
        s.post = post;
        s.volunteer = me;
        s.status = SignUpRules.initial(a.signUpMode, placeTaken);
        s.queuedAt = now;
        try {
            s.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                // the live key: this volunteer holds this session already (a request that raced this one)
                throw ApiProblem.conflict("activity.signup.already");
            }
            throw e;
        }
        return view(s);
    }

    /** The caller's sign-ups whose session is still ahead (soonest first; also without {@code when}) or over (latest first). */
    @Transactional
    public PageResult<ActivitySignUpView> mine(When when, PageParams page) {
        Volunteer me = me();
        boolean past = when == When.PAST;
        String condition = "where s.volunteerId = :me and se.endsAt " + (past ? "<=" : ">") + " :now ";
        List<SignUp> items = em.createQuery(
                        FETCH + condition + "order by se.startsAt " + (past ? "desc" : "asc") + ", s.id", SignUp.class)
                .setParameter("me", me.id)
                .setParameter("now", Instant.now())
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size)
                .getResultList();
        long total = em.createQuery("select count(s) from SignUp s join s.session se " + condition, Long.class)
                .setParameter("me", me.id)
                .setParameter("now", Instant.now())
                .getSingleResult();
        return new PageResult<>(views(items), page.page, page.size, total);
    }

    /** A volunteer's sign-ups (staff, the volunteer in scope), latest session first. */
    @Transactional
    public PageResult<ActivitySignUpView> ofVolunteer(long volunteerId, PageParams page) {
        Volunteer v = scope.find(Volunteer.class, volunteerId);
        List<SignUp> items = em.createQuery(
                        FETCH + "where s.volunteerId = :v order by se.startsAt desc, s.id desc", SignUp.class)
                .setParameter("v", v.id)
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size)
                .getResultList();
        long total = em.createQuery("select count(s) from SignUp s where s.volunteerId = :v", Long.class)
                .setParameter("v", v.id)
                .getSingleResult();
        return new PageResult<>(views(items), page.page, page.size, total);
    }

    /** The caller withdraws its own sign-up before the withdraw deadline; a place it held goes to the waitlist. */
    @Transactional
    public ActivitySignUpView withdraw(long id, String ifMatch) {
        lockSignUp(id);
        Volunteer me = me();
        SignUp s = Optional.ofNullable(em.find(SignUp.class, id))
                .filter(found -> found.volunteerId.equals(me.id))
                .orElseThrow(() -> ApiProblem.notFound("volunteer-signup.not-found", id));
        return step(s, Step.WITHDRAW, ifMatch, null);
    }

    // ---- the organisers' side --------------------------------------------------------------------------------------

    /** An activity's sign-ups, by session, post and status, in session order, each post in sign-up order. */
    @Transactional
    public PageResult<ActivitySignUpView> forActivity(
            long activityId, Long sessionId, Long postId, SignUpStatus status, PageParams page) {
        Activity a = scope.find(Activity.class, activityId);
        requireOrganiser(a);
        Where where = new Where()
                .and("s.activityId = :activity", "activity", a.id)
                .and("s.sessionId = :session", "session", sessionId)
                .and("s.postId = :post", "post", postId)
                .and("s.status = :status", "status", status);
        List<SignUp> items = where.bind(em.createQuery(
                        FETCH + where.clause() + " order by se.startsAt, se.id, p.id, s.queuedAt, s.id", SignUp.class))
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size)
                .getResultList();
        long total = where.bind(em.createQuery("select count(s) from SignUp s " + where.clause(), Long.class))
                .getSingleResult();
        return new PageResult<>(views(items), page.page, page.size, total);
    }

    /** Apply mode: the organiser accepts a pending sign-up if its post has room, else puts it on the waitlist. */
    @Transactional
    public ActivitySignUpView approve(long id, String ifMatch) {
        return step(organising(id), Step.APPROVE, ifMatch, null);
    }

    @Transactional
    public ActivitySignUpView reject(long id, String ifMatch, String reason) {
        return step(organising(id), Step.REJECT, ifMatch, reason);
    }

    /** The organiser takes a volunteer off the activity; a place it held goes to the waitlist. */
    @Transactional
    public ActivitySignUpView remove(long id, String ifMatch, String reason) {
        return step(organising(id), Step.REMOVE, ifMatch, reason);
    }

    // ---- the steps -----------------------------------------------------------------------------------------------

    /** Takes a step on a sign-up locked by the caller: checks If-Match (when sent) and the rules, then moves it. */
    private ActivitySignUpView step(SignUp s, Step step, String ifMatch, String reason) {
        ETags.checkIfPresent(ifMatch, s.version);
        Instant now = Instant.now();
        SignUpRules.refuseStep(step, s.status, s.activity.status, s.activity.withdrawDeadline, span(s.session), now)
                .ifPresent(SignUpService::refuse);
        boolean heldPlace = s.status == SignUpStatus.ACCEPTED;
        s.status = switch (step) {
            case APPROVE -> takePlace(s.postId) ? SignUpStatus.ACCEPTED : SignUpStatus.WAITLISTED;
            case REJECT -> SignUpStatus.REJECTED;
            case WITHDRAW -> SignUpStatus.WITHDRAWN;
            case REMOVE -> SignUpStatus.CANCELLED;
        };
        if (reason != null) {
            s.reason = Text.strip(reason);
        }
        s.decidedBy = scope.caller().username();
        s.decidedAt = now;
        s.touch();
        em.flush();
        if (heldPlace && s.status != SignUpStatus.ACCEPTED) {
            freePlace(s.postId);
            promote(s.postId);
        }
        return view(s);
    }

    /**
     * Gives a freed place of the post to the first waitlisted sign-up (by queued_at, id). A locking read finds it, so
     * that it sees the latest state of the waitlist (not this transaction's snapshot) and no parallel step moves it.
     */
    private void promote(long postId) {
        List<?> first = em.createNativeQuery("SELECT id FROM volunteer_signup WHERE post_id = :post"
                        + " AND status = 'WAITLISTED' ORDER BY queued_at, id LIMIT 1 FOR UPDATE")
                .setParameter("post", postId)
                .getResultList();
        if (first.isEmpty() || !takePlace(postId)) {
            return;
        }
        // in SQL: the row is locked and current, whereas this transaction's snapshot may hold an older version of it
        em.createNativeQuery("UPDATE volunteer_signup SET status = 'ACCEPTED', version = version + 1,"
                        + " updated_at = :now WHERE id = :id")
                .setParameter("now", Instant.now())
                .setParameter("id", ((Number) first.get(0)).longValue())
                .executeUpdate();
    }

    /** Takes one place of the post if it has one free: the only way accepted_count goes up. */
    private boolean takePlace(long postId) {
        return em.createNativeQuery("UPDATE volunteer_post SET accepted_count = accepted_count + 1"
                                + " WHERE id = :id AND accepted_count < capacity")
                        .setParameter("id", postId)
                        .executeUpdate()
                == 1;
    }

    private void freePlace(long postId) {
        em.createNativeQuery("UPDATE volunteer_post SET accepted_count = accepted_count - 1"
                        + " WHERE id = :id AND accepted_count > 0")
                .setParameter("id", postId)
                .executeUpdate();
    }

    private static void refuse(Refusal refusal) {
        throw ApiProblem.conflict(refusal.messageKey(), refusal.args());
    }

    // ---- who --------------------------------------------------------------------------------------------------------

    /** The caller's volunteer profile; 403 for an account that has none. */
    private Volunteer me() {
        return self.profile().orElseThrow(() -> ApiProblem.forbidden("activity.signup.no-profile"));
    }

    /**
     * Locks a sign-up's row as the transaction's first statement: what the transaction reads after it (the sign-up
     * itself) is then the latest version. (Native: Hibernate's MySQL lock clause "for update of" is not MariaDB's.)
     */
    private void lockSignUp(long id) {
        em.createNativeQuery("SELECT id FROM volunteer_signup WHERE id = :id FOR UPDATE")
                .setParameter("id", id)
                .getResultList();
    }

    /** The caller's profile, locked for the rest of the transaction (its first statement). */
    private Volunteer lockMe() {
        List<?> ids = em.createNativeQuery("SELECT id FROM volunteer WHERE staff_id = :staff FOR UPDATE")
                .setParameter("staff", scope.caller().staffId())
                .getResultList();
        if (ids.isEmpty()) {
            throw ApiProblem.forbidden("activity.signup.no-profile");
        }
        return em.find(Volunteer.class, ((Number) ids.get(0)).longValue());
    }

    /** An activity a volunteer may see: in its scope and not a draft (404 otherwise). */
    private Activity published(long activityId) {
        Activity a = scope.find(Activity.class, activityId);
        if (a.status == ActivityStatus.DRAFT) {
            throw ApiProblem.notFound("volunteer-activity.not-found", activityId);
        }
        return a;
    }

    /** A sign-up in the caller's scope, locked, of an activity the caller organises. */
    private SignUp organising(long id) {
        lockSignUp(id);
        SignUp s = Optional.ofNullable(em.find(SignUp.class, id))
                .filter(scope::covers)
                .orElseThrow(() -> ApiProblem.notFound("volunteer-signup.not-found", id));
        requireOrganiser(s.activity);
        return s;
    }

    /** Staff in scope organise every activity there; a volunteer account only those of the teams it leads. */
    private void requireOrganiser(Activity a) {
        if (self.isVolunteer() && !self.leads(a.teamId)) {
            throw ApiProblem.forbidden("activity.signup.not-organiser");
        }
    }

    // ---- facts ------------------------------------------------------------------------------------------------------

    private Set<Long> currentTeams(long volunteerId) {
        return new HashSet<>(em.createQuery(
                        "select m.teamId from TeamMembership m where m.volunteerId = :v and m.leftOn is null"
                                + " and m.team.status = :active",
                        Long.class)
                .setParameter("v", volunteerId)
                .setParameter("active", TeamStatus.ACTIVE)
                .getResultList());
    }

    /** The sessions the volunteer holds a live sign-up for. */
    private List<Span> held(long volunteerId) {
        return em
                .createQuery(
                        "select se.id, se.startsAt, se.endsAt from SignUp s join s.session se"
                                + " where s.volunteerId = :v and s.status in :live",
                        Object[].class)
                .setParameter("v", volunteerId)
                .setParameter("live", SignUpRules.LIVE)
                .getResultList()
                .stream()
                .map(r -> new Span((Long) r[0], (Instant) r[1], (Instant) r[2]))
                .toList();
    }

    private static Span span(ActivitySession session) {
        return new Span(session.id, session.startsAt, session.endsAt);
    }

    /** Per activity: capacity and free places of the posts of sessions still ahead. */
    private Map<Long, int[]> placesAhead(List<Long> activityIds) {
        Map<Long, int[]> places = new HashMap<>();
        if (activityIds.isEmpty()) {
            return places;
        }
        em.createQuery(
                        "select se.activityId, sum(p.capacity), sum(p.capacity - p.acceptedCount) from ActivityPost p"
                                + " join p.session se where se.activityId in :ids and se.startsAt > :now"
                                + " group by se.activityId",
                        Object[].class)
                .setParameter("ids", activityIds)
                .setParameter("now", Instant.now())
                .getResultList()
                .forEach(r ->
                        places.put((Long) r[0], new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()}));
        return places;
    }

    private Map<Long, Integer> liveCounts(long volunteerId, List<Long> activityIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (activityIds.isEmpty()) {
            return counts;
        }
        em.createQuery(
                        "select s.activityId, count(s) from SignUp s where s.volunteerId = :v and s.activityId in :ids"
                                + " and s.status in :live group by s.activityId",
                        Object[].class)
                .setParameter("v", volunteerId)
                .setParameter("ids", activityIds)
                .setParameter("live", SignUpRules.LIVE)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /** The place in line of each waitlisted sign-up among these: 1 + those of its post queued before it. */
    private Map<Long, Integer> waitlistPositions(List<SignUp> signUps) {
        List<Long> ids = signUps.stream()
                .filter(s -> s.status == SignUpStatus.WAITLISTED)
                .map(s -> s.id)
                .toList();
        Map<Long, Integer> positions = new HashMap<>();
        if (ids.isEmpty()) {
            return positions;
        }
        em.createQuery(
                        "select s.id, (select count(w) from SignUp w where w.postId = s.postId and w.status = :w"
                                + " and (w.queuedAt < s.queuedAt or (w.queuedAt = s.queuedAt and w.id < s.id)))"
                                + " from SignUp s where s.id in :ids",
                        Object[].class)
                .setParameter("w", SignUpStatus.WAITLISTED)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> positions.put((Long) r[0], ((Number) r[1]).intValue() + 1));
        return positions;
    }

    // ---- views ------------------------------------------------------------------------------------------------------

    private static ActivityOpenSummary summary(Activity a, int[] places, int mine) {
        return new ActivityOpenSummary(
                a.id,
                a.title,
                a.categoryCode,
                a.place,
                a.team.name,
                a.status,
                a.signUpMode,
                a.startsAt,
                a.endsAt,
                a.signUpDeadline,
                places[0],
                places[1],
                mine);
    }

    private ActivitySignUpView view(SignUp s) {
        return views(List.of(s)).get(0);
    }

    private List<ActivitySignUpView> views(List<SignUp> signUps) {
        Map<Long, Integer> positions = waitlistPositions(signUps);
        Instant now = Instant.now();
        return signUps.stream()
                .map(s -> new ActivitySignUpView(
                        s.id,
                        s.activity.id,
                        s.activity.title,
                        s.activity.place,
                        s.activity.status,
                        s.session.id,
                        s.session.startsAt,
                        s.session.endsAt,
                        s.post.id,
                        s.post.name,
                        s.volunteer.id,
                        s.volunteer.name,
                        s.volunteer.phone == null ? null : s.volunteer.phone.masked(),
                        s.status,
                        positions.get(s.id),
                        s.queuedAt,
                        s.reason,
                        s.decidedAt,
                        s.attendance,
                        SignUpRules.refuseStep(
                                        Step.WITHDRAW,
                                        s.status,
                                        s.activity.status,
                                        s.activity.withdrawDeadline,
                                        span(s.session),
                                        now)
                                .isEmpty(),
                        s.version))
                .collect(Collectors.toList());
    }
}
