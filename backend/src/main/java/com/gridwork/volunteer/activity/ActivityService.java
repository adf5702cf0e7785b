package com.gridwork.volunteer.activity;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.Text;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.issue.IssueDeadlines;
import com.gridwork.registry.household.Household;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityCalendarEntry;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityDetail;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityInput;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityPostInput;
import com.gridwork.volunteer.activity.ActivityDtos.ActivitySessionInput;
import com.gridwork.volunteer.activity.ActivityDtos.ActivitySummary;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityTeamOption;
import com.gridwork.volunteer.activity.ActivityPlan.SessionNow;
import com.gridwork.volunteer.team.TeamStatus;
import com.gridwork.volunteer.team.VolunteerTeam;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static com.gridwork.common.Text.blankToNull;

/**
 * Activities: the organiser writes one (its sessions and posts with it), staff and volunteers read them in lists and
 * a month calendar. The lifecycle steps are {@link ActivityActions}'.
 */
@ApplicationScoped
public class ActivityService {
    /** The most calendar entries a month answers (a sub-district holds a few hundred activities a month). */
    static final int CALENDAR_LIMIT = 1000;

    private static final Map<String, String> SORTABLE =
            Map.of("startsAt", "a.startsAt", "title", "a.title", "status", "a.status", "id", "a.id");

    /** The most teams the organiser's choice lists (a sub-district has a few hundred). */
    static final int TEAM_LIMIT = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Validator validator;

    @Inject
    AreaScope scope;

    @Inject
    ActivityAccess access;

    @Inject
    ActivityViews views;

    @Inject
    DictionaryService dictionary;

    @Inject
    EntityManager em;

    /** The list's filters; each applies when given. */
    public record Filter(
            String q,
            List<ActivityStatus> statuses,
            Long teamId,
            String categoryCode,
            Long communityId,
            LocalDate from,
            LocalDate to,
            boolean led) {}

    @Transactional
    public PageResult<ActivitySummary> list(Filter filter, PageParams page) {
        Where where = where(filter);
        Sort sort = page.toSort(SORTABLE, Sort.descending("a.startsAt").and("a.id", Sort.Direction.Descending), "a.id");
        List<Activity> items = Activity.<Activity>find(
                        "from Activity a join fetch a.team join fetch a.community left join fetch a.grid "
                                + where.clause(),
                        sort,
                        where.params())
                .page(page.page, page.size)
                .list();
        long total =
                page.total(items.size(), () -> Activity.count("from Activity a " + where.clause(), where.params()));
        return new PageResult<>(views.summaries(items), page.page, page.size, total);
    }

    /**
     * The sessions of the activities the caller sees that overlap a month (Beijing days), one entry per session, in
     * start order; with the same filters as the list (its dates aside).
     */
    @Transactional
    public List<ActivityCalendarEntry> calendar(YearMonth month, Filter filter) {
        Instant from = month.atDay(1).atStartOfDay(IssueDeadlines.ZONE).toInstant();
        Instant to =
                month.plusMonths(1).atDay(1).atStartOfDay(IssueDeadlines.ZONE).toInstant();
        Where where = where(new Filter(
                        filter.q(),
                        filter.statuses(),
                        filter.teamId(),
                        filter.categoryCode(),
                        filter.communityId(),
                        null,
                        null,
                        filter.led()))
                .and("s.startsAt < :monthEnd", "monthEnd", to)
                .and("s.endsAt > :monthStart", "monthStart", from);
        List<ActivitySession> sessions = where.bind(em.createQuery(
                        "select s from ActivitySession s join fetch s.activity a join fetch a.team"
                                + " join fetch a.community " + where.clause() + " order by s.startsAt, s.id",
                        ActivitySession.class))
                .setMaxResults(CALENDAR_LIMIT)
                .getResultList();
        return sessions.stream()
                .map(s -> new ActivityCalendarEntry(
                        s.activity.id,
                        s.id,
                        s.activity.title,
                        s.activity.status,
                        s.activity.team.name,
                        s.activity.community.name,
                        s.startsAt,
                        s.endsAt))
                .toList();
    }

    /** The active teams the caller may organise for: those in (or above) its scope; a leader's own. */
    @Transactional
    public List<ActivityTeamOption> teams() {
        List<VolunteerTeam> teams;
        if (access.isVolunteer()) {
            Set<Long> led = access.ledTeams();
            teams = led.isEmpty()
                    ? List.of()
                    : em.createQuery(
                                    "select t from VolunteerTeam t join fetch t.area where t.id in :ids"
                                            + " and t.status = :active order by t.name, t.id",
                                    VolunteerTeam.class)
                            .setParameter("ids", led)
                            .setParameter("active", TeamStatus.ACTIVE)
                            .getResultList();
        } else {
            AreaScope.ScopeFilter filter = scope.filterWithAncestors("t.areaPath");
            teams = filter.bind(em.createQuery(
                            "select t from VolunteerTeam t join fetch t.area where t.status = :active and "
                                    + filter.jpql() + " order by t.name, t.id",
                            VolunteerTeam.class))
                    .setParameter("active", TeamStatus.ACTIVE)
                    .setMaxResults(TEAM_LIMIT)
                    .getResultList();
        }
        return teams.stream()
                .map(t -> new ActivityTeamOption(t.id, t.name, t.area.id, t.area.name))
                .toList();
    }

    @Transactional
    public ActivityDetail get(long id) {
        return views.detail(access.visible(id));
    }

    @Transactional
    public ActivityDetail create(ActivityInput input) {
        Violations violations = Violations.of(validator.validate(input));
        Activity a = new Activity();
        Places places = checkPlaces(violations, input, null);
        ActivityPlan.checkActivity(violations, input);
        checkCodesAndHouseholds(violations, input, places.community());
        violations.throwIfAny();
        a.status = ActivityStatus.DRAFT;
        a.createdBy = scope.caller().username();
        apply(a, input, places);
        a.persist();
        List<ActivitySessionInput> sessions = input.sessions();
        for (ActivitySessionInput s : sessions) {
            addSession(a, s);
        }
        em.flush();
        return views.detail(a);
    }

    /**
     * Rewrites the activity, its sessions and posts (If-Match). While a draft, everything may change; once published,
     * the team and community stay, and what volunteers signed up for holds ({@link ActivityPlan#checkChanges}).
     */
    @Transactional
    public ActivityDetail update(long id, String ifMatch, ActivityInput input) {
        Activity a = access.visible(id);
        ETags.require(ifMatch, a.version);
        ActivityLifecycle.require(ActivityAction.EDIT, a.status, access.manages(a), false);
        Violations violations = Violations.of(validator.validate(input));
        Places places = checkPlaces(violations, input, a);
        ActivityPlan.checkActivity(violations, input);
        checkCodesAndHouseholds(violations, input, places.community());
        Map<Long, SessionNow> now = views.sessionsNow(a.id);
        ActivityPlan.checkChanges(violations, input.sessions(), now);
        violations.throwIfAny();
        apply(a, input, places);
        rewriteSessions(a, input.sessions(), now);
        a.touch();
        em.flush();
        return views.detail(a);
    }

    private record Places(VolunteerTeam team, Area community, Area grid) {}

    /**
     * The team, community and grid as written: the team active and in scope (a leader's own), the community in scope
     * and inside the team's area, the grid one of the community's. Once published, team and community stay.
     */
    private Places checkPlaces(Violations violations, ActivityInput input, Activity existing) {
        VolunteerTeam team = null;
        if (input.teamId() != null) {
            team = em.find(VolunteerTeam.class, input.teamId());
            if (access.isVolunteer()) {
                if (team == null || !access.ledTeams().contains(team.id)) {
                    violations.add("teamId", "activity.team.not-led");
                    team = null;
                }
            } else if (team == null || !scope.caller().coversOrIsAbove(team.areaPath)) {
                violations.add("teamId", "activity.team.invalid");
                team = null;
            }
            if (team != null && team.status != TeamStatus.ACTIVE) {
                violations.add("teamId", "activity.team.invalid");
            }
        }
        // A leader organises where its team works (a sub-district team: any of its communities), whatever the
        // leader's own community; staff, in their scope.
        Area community = access.isVolunteer()
                ? (input.communityId() == null ? null : em.find(Area.class, input.communityId()))
                : violations.check(() -> scope.findForField(
                        Area.class, input.communityId(), "communityId", "activity.community.invalid"));
        if (input.communityId() != null && !violations.has("communityId")) {
            if (community == null || community.level != AreaLevel.COMMUNITY) {
                violations.add("communityId", "activity.community.invalid");
                community = null;
            } else if (team != null && !community.path.startsWith(team.areaPath)) {
                violations.add("communityId", "activity.community.outside-team");
                community = null;
            }
        }
        Area grid = null;
        if (input.gridId() != null) {
            grid = em.find(Area.class, input.gridId());
            if (grid == null
                    || grid.level != AreaLevel.GRID
                    || !scope.caller().covers(grid.path)
                    || (community != null && !Objects.equals(grid.parent.id, community.id))) {
                violations.add("gridId", "activity.grid.invalid");
            }
        }
        if (existing != null && existing.status != ActivityStatus.DRAFT) {
            if (input.teamId() != null && !input.teamId().equals(existing.team.id)) {
                violations.add("teamId", "activity.team.fixed");
            }
            if (input.communityId() != null && !input.communityId().equals(existing.community.id)) {
                violations.add("communityId", "activity.team.fixed");
            }
        }
        return new Places(team, community, grid);
    }

    private void checkCodesAndHouseholds(Violations violations, ActivityInput input, Area community) {
        Long subDistrict = community != null
                ? DictionaryService.subDistrictOfPath(community.path)
                : dictionary.subDistrictOfCaller();
        dictionary.checkCode(
                violations,
                DictionaryCategory.VOLUNTEER_ACTIVITY_CATEGORY,
                subDistrict,
                "categoryCode",
                input.categoryCode());
        dictionary.checkCodes(
                violations, DictionaryCategory.VOLUNTEER_SKILL, subDistrict, "skillCodes", input.skillCodes());
        List<Long> households = input.beneficiaryHouseholdIds() == null ? List.of() : input.beneficiaryHouseholdIds();
        for (int i = 0; i < households.size(); i++) {
            String field = "beneficiaryHouseholdIds[" + i + "]";
            Long id = households.get(i);
            if (id != null && !violations.has(field)) {
                violations.check(() -> scope.findForField(Household.class, id, field, "activity.household.invalid"));
            }
        }
    }

    private void apply(Activity a, ActivityInput input, Places places) {
        a.team = places.team();
        a.community = places.community();
        a.grid = places.grid();
        a.areaPath = places.grid() != null ? places.grid().path : places.community().path;
        a.title = Text.strip(input.title());
        a.categoryCode = input.categoryCode();
        a.description = blankToNull(input.description());
        a.place = Text.strip(input.place());
        a.signUpMode = input.signUpMode();
        a.minAge = input.minAge();
        a.maxAge = input.maxAge();
        a.membersOnly = input.membersOnly();
        a.signUpDeadline = input.signUpDeadline();
        a.withdrawDeadline = input.withdrawDeadline();
        a.skills.clear();
        if (input.skillCodes() != null) {
            a.skills.addAll(new LinkedHashSet<>(input.skillCodes()));
        }
        a.beneficiaryHouseholdIds.clear();
        if (input.beneficiaryHouseholdIds() != null) {
            a.beneficiaryHouseholdIds.addAll(new LinkedHashSet<>(input.beneficiaryHouseholdIds()));
        }
        a.startsAt = ActivityPlan.firstStart(input.sessions());
        a.endsAt = ActivityPlan.lastEnd(input.sessions());
    }

    /** Sessions and posts as written: those kept are updated, new ones added, the rest (without sign-ups) removed. */
    private void rewriteSessions(Activity a, List<ActivitySessionInput> input, Map<Long, SessionNow> now) {
        List<Long> keptSessions = new ArrayList<>();
        List<Long> keptPosts = new ArrayList<>();
        for (ActivitySessionInput s : input) {
            if (s.id() == null) {
                addSession(a, s);
                continue;
            }
            keptSessions.add(s.id());
            ActivitySession session = em.find(ActivitySession.class, s.id());
            session.startsAt = s.startsAt();
            session.endsAt = s.endsAt();
            for (ActivityPostInput p : s.posts()) {
                if (p.id() == null) {
                    addPost(session, p);
                } else {
                    keptPosts.add(p.id());
                    ActivityPost post = em.find(ActivityPost.class, p.id());
                    post.name = Text.strip(p.name());
                    post.capacity = p.capacity();
                }
            }
        }
        for (SessionNow s : now.values()) {
            for (Long postId : s.posts().keySet()) {
                if (!keptSessions.contains(s.id()) || !keptPosts.contains(postId)) {
                    em.remove(em.find(ActivityPost.class, postId));
                }
            }
            if (!keptSessions.contains(s.id())) {
                em.remove(em.find(ActivitySession.class, s.id()));
            }
        }
    }

    private void addSession(Activity a, ActivitySessionInput input) {
        ActivitySession s = new ActivitySession();
        s.activity = a;
        s.startsAt = input.startsAt();
        s.endsAt = input.endsAt();
        s.checkInSecret = newCheckInSecret();
        s.persist();
        for (ActivityPostInput p : input.posts()) {
            addPost(s, p);
        }
    }

    /** A session's check-in secret: 32 random bytes as 64 hex characters, never shown. */
    public static String newCheckInSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    private static void addPost(ActivitySession session, ActivityPostInput input) {
        ActivityPost p = new ActivityPost();
        p.session = session;
        p.name = Text.strip(input.name());
        p.capacity = input.capacity();
        p.persist();
    }

    /** A team the list may be narrowed to: one the caller sees (in or above its scope) or leads; else 404. */
    private long visibleTeam(long id) {
        if (access.ledTeams().contains(id)) {
            return id;
        }
        return scope.findOrAbove(VolunteerTeam.class, id).id;
    }

    private Where where(Filter f) {
        Where where = access.visibleWhere(new Where())
                .and("(a.title like :q)", "q", f.q(), q -> Like.contains(q.strip()))
                .and("a.status in :statuses", "statuses", f.statuses())
                .and("a.team.id = :teamId", "teamId", f.teamId(), this::visibleTeam)
                .and("a.categoryCode = :category", "category", f.categoryCode())
                .and(
                        "a.areaPath like :communityPath",
                        "communityPath",
                        f.communityId(),
                        id -> scope.findOrAbove(Area.class, id).path + "%");
        if (f.led()) {
            Set<Long> led = access.ledTeams();
            if (led.isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and("a.team.id in :ledOnly", "ledOnly", led);
            }
        }
        if (f.from() != null) {
            where.and(
                    "a.endsAt > :from",
                    "from",
                    f.from().atStartOfDay(IssueDeadlines.ZONE).toInstant());
        }
        if (f.to() != null) {
            where.and(
                    "a.startsAt < :to",
                    "to",
                    f.to().plusDays(1).atStartOfDay(IssueDeadlines.ZONE).toInstant());
        }
        return where;
    }
}
