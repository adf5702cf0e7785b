package com.gridwork.issue;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Counts;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.issue.IssueDtos.Action;
import com.gridwork.issue.IssueDtos.Attention;
import com.gridwork.issue.IssueDtos.HandlerTeamOption;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.issue.IssueDtos.IssueSummary;
import com.gridwork.staff.Staff;
import com.gridwork.talkday.TalkDayService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finding issues (the list, the caller's attention list, one issue) and loading one for a caller: every rule about
 * who may see an issue, and who may work on one, passes through here. Intake is {@link IssueIntake}, the workflow
 * steps {@link IssueActions}, the mapping to views {@link IssueViews}.
 */
@ApplicationScoped
public class IssueService {
    static final String LIST_FETCH = "from Issue i join fetch i.category join fetch i.community left join fetch i.grid"
            + " left join fetch i.building join fetch i.firstResponsible left join fetch i.handler left join fetch i.handlerTeam left join fetch i.handlerUnit left join fetch i.talkDay";
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(
            Map.of("receivedAt", "i.receivedAt", "dueAt", "i.dueAt", "updatedAt", "i.updatedAt", "id", "i.id"));
    private static final int ATTENTION_LIMIT = 50;

    @Inject
    AreaScope scope;

    @Inject
    IssueViews views;

    @Inject
    TalkDayService talkDays;

    @Inject
    HandlerTeams teams;

    @Inject
    IssueHandlers handlers;

    @Inject
    EntityManager em;

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public PageResult<IssueSummary> list(IssueFilter f, PageParams page) {
        Where where = visibleToCaller();
        // an area or talk day outside the scope is a 404, like any id in a path or list filter
        where.and("i.areaPath like :areaPath", "areaPath", f.areaId(), id -> scope.find(Area.class, id).path + "%")
                .and("i.status in :statuses", "statuses", f.statuses())
                .and("i.category.id = :categoryId", "categoryId", f.categoryId())
                .and("i.talkDay.id = :talkDayId", "talkDayId", f.talkDayId(), id -> talkDays.visible(id).id)
                .and("i.handlerId = :handlerId", "handlerId", f.handlerId())
                .and(
                        "i.receivedAt >= :from",
                        "from",
                        f.receivedFrom(),
                        d -> d.atStartOfDay(IssueDeadlines.ZONE).toInstant())
                .and(
                        "i.receivedAt < :to",
                        "to",
                        f.receivedTo(),
                        d -> d.plusDays(1).atStartOfDay(IssueDeadlines.ZONE).toInstant())
                .and("i.escalated = :escalated", "escalated", f.escalated());
        if (f.reopened() != null) {
            // reopened by an unsatisfied answer at least once
            where.and(f.reopened() ? "i.reopenCount > 0" : "i.reopenCount = 0");
        }
        if (f.extensionPending() != null) {
            where.and(
                    (f.extensionPending() ? "" : "not ")
                            + "exists (select 1 from IssueExtension x where x.issueId = i.id and x.status = :pending)",
                    "pending",
                    IssueExtension.Status.PENDING);
        }
        if (Boolean.TRUE.equals(f.involvingMe())) {
            where.and(
                    "(i.handlerId = :me or i.firstResponsibleId = :me)",
                    "me",
                    scope.caller().staffId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.and(
                    "(i.description like :q or i.reporterName like :prefix or i.address like :q)",
                    Map.of("q", Like.contains(f.q()), "prefix", Like.prefix(f.q())));
        }
        if (f.warning() != null) {
            where.and("i.status in :open", "open", IssueStatus.OPEN);
            where.and(
                    switch (f.warning()) {
                        case RED -> "i.dueAt <= :now";
                        case YELLOW -> "i.warnAt <= :now and i.dueAt > :now";
                        case NONE -> "i.warnAt > :now";
                    },
                    "now",
                    Instant.now());
        }
        Sort sort = page.toSort(
                SORTABLE,
                Sort.by("i.receivedAt", Sort.Direction.Descending).and("i.id", Sort.Direction.Descending),
                "i.id");
        List<Issue> items = Issue.<Issue>find(LIST_FETCH + " where " + where.conditions(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> Counts.of(em, "select count(i) from Issue i where " + where.conditions(), where.params()));
        return new PageResult<>(IssueViews.summaries(items, Instant.now()), page.page, page.size, total);
    }

    /** The caller's own open issues (as handler or first-responsible person) that are overdue or due soon. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public Attention attention() {
        long me = scope.caller().staffId();
        Instant now = Instant.now();
        String mine = LIST_FETCH + " where (i.handlerId = ?1 or i.firstResponsibleId = ?1) and i.status in ?2";
        List<Issue> overdue = Issue.<Issue>find(mine + " and i.dueAt <= ?3 order by i.dueAt", me, IssueStatus.OPEN, now)
                .page(0, ATTENTION_LIMIT)
                .list();
        List<Issue> dueSoon = Issue.<Issue>find(
                        mine + " and i.warnAt <= ?3 and i.dueAt > ?3 order by i.dueAt", me, IssueStatus.OPEN, now)
                .page(0, ATTENTION_LIMIT)
                .list();
        return new Attention(IssueViews.summaries(overdue, now), IssueViews.summaries(dueSoon, now));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public IssueDetail get(long id) {
        return views.detail(visible(id));
    }

    /** The volunteer teams the issue may be given to, for a caller who may assign it. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public List<HandlerTeamOption> handlerTeams(long id) {
        return teams.candidates(visible(id).community);
    }

    // ---- shared pieces (also used by intake, the workflow steps and photos) -----------------------------------------

    /**
     * The issue if the caller may see it: in their scope, or theirs to handle or answer for; for a volunteer team's
     * leader or a unit's liaison (no {@link Permission#ISSUES_READ}) only an issue given to a team they lead or to
     * their unit. Otherwise 404.
     */
    public Issue visible(long id) {
        Caller caller = scope.caller();
        if (caller.may(Permission.ISSUES_READ)) {
            return scope.find(Issue.class, id);
        }
        ActingFor acting = handlers.actingFor(caller);
        return scope.findWhere(Issue.class, id, acting::handles);
    }

    /** Loads a visible issue for an action: If-Match (when sent), the state and the person are checked. */
    public Issue acting(long id, String ifMatch, Action action) {
        Issue issue = visible(id);
        ETags.checkIfPresent(ifMatch, issue.version);
        IssueWorkflow.require(action, issue, scope.caller(), handlers.actingFor(scope.caller()));
        return issue;
    }

    /**
     * The JPQL condition "the caller may see issue i": in scope, or theirs to handle or answer for; for a volunteer
     * team's leader or a unit's liaison, given to a team they lead or to their unit (as {@link #visible}).
     */
    private Where visibleToCaller() {
        Caller caller = scope.caller();
        if (!caller.may(Permission.ISSUES_READ)) {
            ActingFor acting = handlers.actingFor(caller);
            return new Where().and(acting.condition("i"), acting.params());
        }
        AreaScope.ScopeFilter filter = scope.filter("i.areaPath");
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("viewer", scope.caller().staffId());
        return new Where()
                .and("(" + filter.jpql() + " or i.handlerId = :viewer or i.firstResponsibleId = :viewer)", params);
    }

    /**
     * A staff member who may receive, handle or answer for an issue of this community: a person (not an API
     * client), an enabled street-admin, community staff member or grid worker whose scope covers the community or
     * lies inside it (a street-admin without areas covers the whole platform).
     */
    Staff colleague(long staffId, Area community, String field) {
        Staff staff = Staff.findById(staffId);
        boolean fits = staff != null
                && staff.enabled
                && !staff.serviceAccount
                && Permission.ISSUES_HANDLE.roles().contains(staff.role)
                && ((staff.role == StaffRole.STREET_ADMIN && staff.areas.isEmpty())
                        || staff.areas.stream()
                                .anyMatch(a -> community.path.startsWith(a.path) || a.path.startsWith(community.path)));
        if (!fits) {
            throw ApiProblem.invalidField(field, "issue.staff.not-in-community");
        }
        return staff;
    }

    /** The list filters of GET /api/issues. */
    public record IssueFilter(
            Long areaId,
            List<IssueStatus> statuses,
            Long categoryId,
            Warning warning,
            Long talkDayId,
            Long handlerId,
            Boolean involvingMe,
            String q,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            Boolean escalated,
            Boolean reopened,
            Boolean extensionPending) {

        /**
         * A filter on the states, the deadline mark and the caller's part only, in any place the caller sees (the
         * workbench's to-dos, each of which is such a list).
         */
        public static IssueFilter of(
                List<IssueStatus> statuses,
                Warning warning,
                Long handlerId,
                Boolean involvingMe,
                Boolean escalated,
                Boolean reopened,
                Boolean extensionPending) {
            return new IssueFilter(
                    null,
                    statuses,
                    null,
                    warning,
                    null,
                    handlerId,
                    involvingMe,
                    null,
                    null,
                    null,
                    escalated,
                    reopened,
                    extensionPending);
        }
    }
}
