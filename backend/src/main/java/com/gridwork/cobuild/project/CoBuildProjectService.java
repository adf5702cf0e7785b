package com.gridwork.cobuild.project;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.calendar.WorkingCalendar;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectAccept;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectApprove;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectCandidates;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectCounts;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectDetail;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectInput;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectReason;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectStatusCount;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectSummary;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitStatus;
import com.gridwork.cobuild.unit.LiaisonSelf;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.gridwork.common.Text.blankToNull;

/**
 * Co-building projects (项目清单): drafting by the community, approval by the sub-district with a claim deadline on
 * its working calendar, the claim by one unit, milestones, submission and acceptance with the unit's points.
 */
@ApplicationScoped
public class CoBuildProjectService {
    /** Working days the paired units have to claim, when the approval does not say. */
    static final int DEFAULT_CLAIM_WORKING_DAYS = 5;

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "p.createdAt",
            "title", "p.title",
            "claimDeadline", "p.claimDeadline",
            "status", "p.status",
            "plannedStart", "p.plannedStart");

    @Inject
    AreaScope scope;

    @Inject
    ProjectAccess access;

    @Inject
    LiaisonSelf liaison;

    @Inject
    ProjectChain chain;

    @Inject
    ProjectViews views;

    @Inject
    ProjectPoints points;

    @Inject
    WorkingCalendar calendar;

    @Inject
    DictionaryService dictionary;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    /** List filters; every one optional, all combined. */
    public record Criteria(
            Long areaId,
            CoBuildProjectStatus status,
            Long unitId,
            String fieldCode,
            String q,
            Boolean open,
            Boolean mine) {}

    @Transactional
    public PageResult<CoBuildProjectSummary> list(Criteria c, PageParams page) {
        Where where = where(c, true);
        Sort sort = page.toSort(SORTABLE, Sort.by("p.createdAt", Sort.Direction.Descending), "p.id");
        List<CoBuildProject> items = CoBuildProject.<CoBuildProject>find(
                        "from CoBuildProject p " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> where.bind(em.createQuery("select count(p) from CoBuildProject p " + where.clause(), Long.class))
                        .getSingleResult());
        return new PageResult<>(views.summaries(items), page.page, page.size, total);
    }

    @Transactional
    public CoBuildProjectCounts counts(Criteria c) {
        Where where = where(c, false);
        Map<CoBuildProjectStatus, Long> byStatus = new EnumMap<>(CoBuildProjectStatus.class);
        where.bind(em.createQuery(
                        "select p.status, count(p) from CoBuildProject p " + where.clause() + " group by p.status",
                        Object[].class))
                .getResultList()
                .forEach(r -> byStatus.put((CoBuildProjectStatus) r[0], ((Number) r[1]).longValue()));
        List<CoBuildProjectStatusCount> counts = Arrays.stream(CoBuildProjectStatus.values())
                .map(s -> new CoBuildProjectStatusCount(s, byStatus.getOrDefault(s, 0L)))
                .toList();
        return new CoBuildProjectCounts(
                counts,
                counts.stream().mapToLong(CoBuildProjectStatusCount::count).sum());
    }

    private Where where(Criteria c, boolean withStatus) {
        Where where = new Where();
        if (liaison.isLiaison()) {
            var unit = liaison.unitId();
            if (unit.isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and(ProjectAccess.liaisonCondition(), ProjectAccess.liaisonParams(unit.get()));
            }
        } else {
            AreaScope.ScopeFilter filter = scope.filter("p.areaPath");
            where.and(filter.jpql(), filter.params());
        }
        where.and("p.areaPath like :areaPath", "areaPath", c.areaId(), id -> scope.find(Area.class, id).path + "%")
                .and("p.unitId = :unitId", "unitId", c.unitId(), id -> scope.find(CoBuildUnit.class, id).id)
                .and("p.fieldCode = :fieldCode", "fieldCode", blankToNull(c.fieldCode()))
                .and("p.title like :q", "q", blankToNull(c.q()), Like::contains);
        if (withStatus) {
            where.and("p.status = :status", "status", c.status());
        }
        if (Boolean.TRUE.equals(c.open())) {
            where.and(
                    "p.status in :openStatuses",
                    "openStatuses",
                    List.of(CoBuildProjectStatus.OPEN_PAIRED, CoBuildProjectStatus.OPEN_ALL));
        }
        if (Boolean.TRUE.equals(c.mine())) {
            // claimed by the caller's own unit: a liaison's "my projects"; nothing for anyone else
            where.and("p.unitId = :mineUnit", "mineUnit", liaison.unitId().orElse(-1L));
        }
        return where;
    }

    @Transactional
    public CoBuildProjectDetail get(long id) {
        return views.detail(access.find(id));
    }

    /** The needs and resources a draft of this community may link (the community in scope, else 404). */
    @Transactional
    public CoBuildProjectCandidates candidates(long communityId) {
        Area community = scope.find(Area.class, communityId);
        if (community.level != AreaLevel.COMMUNITY) {
            throw ApiProblem.notFound("cobuild.project.community.not-found", communityId);
        }
        return new CoBuildProjectCandidates(
                chain.needs(chain.linkableNeeds(community.id)),
                chain.resources(chain.linkableResources(community.path)));
    }

    @Transactional
    public CoBuildProjectDetail create(CoBuildProjectInput input) {
        Caller caller = scope.caller();
        Violations violations = Violations.of(validator.validate(input));
        Area community = community(input.communityId(), violations);
        check(input, community, Set.of(), Set.of(), violations);
        violations.throwIfAny();
        CoBuildProject p = new CoBuildProject();
        p.communityId = community.id;
        p.areaPath = community.path;
        p.createdById = caller.staffId();
        apply(p, input);
        p.persist();
        chain.linked(p.needIds);
        em.flush();
        return views.detail(p);
    }

    @Transactional
    public CoBuildProjectDetail update(long id, String ifMatch, CoBuildProjectInput input) {
        CoBuildProject p = access.find(id);
        ETags.require(ifMatch, p.version);
        access.require(p, CoBuildProjectAction.EDIT);
        Violations violations = Violations.of(validator.validate(input));
        if (input.communityId() != null && !input.communityId().equals(p.communityId)) {
            violations.add("communityId", "cobuild.project.community.fixed");
        }
        check(input, em.find(Area.class, p.communityId), p.needIds, p.resourceIds, violations);
        violations.throwIfAny();
        Set<Long> before = new HashSet<>(p.needIds);
        apply(p, input);
        before.removeAll(p.needIds);
        p.touch();
        em.flush();
        chain.released(before, p.id);
        chain.linked(p.needIds);
        return views.detail(p);
    }

    private Area community(Long communityId, Violations violations) {
        Area community = violations.check(() ->
                scope.findForField(Area.class, communityId, "communityId", "cobuild.project.community.not-found"));
        if (community != null && community.level != AreaLevel.COMMUNITY) {
            violations.add("communityId", "cobuild.project.community.not-community", communityId);
            return null;
        }
        return community;
    }

    private void check(
            CoBuildProjectInput input, Area community, Set<Long> needs, Set<Long> resources, Violations violations) {
        if (community != null) {
            dictionary.checkCode(
                    violations,
                    DictionaryCategory.COBUILD_FIELD,
                    DictionaryService.subDistrictOfPath(community.path),
                    "fieldCode",
                    input.fieldCode());
            if (!violations.has("needIds")) {
                chain.checkNeeds(input.needIds(), community.id, needs, violations);
            }
            if (!violations.has("resourceIds")) {
                chain.checkResources(input.resourceIds(), community.path, resources, violations);
            }
        }
        if (input.plannedStart() != null
                && input.plannedEnd() != null
                && input.plannedEnd().isBefore(input.plannedStart())) {
            violations.add("plannedEnd", "cobuild.project.planned-end.before-start");
        }
    }

    private static void apply(CoBuildProject p, CoBuildProjectInput input) {
        p.fieldCode = input.fieldCode();
        p.title = input.title().strip();
        p.description = blankToNull(input.description());
        p.plannedStart = input.plannedStart();
        p.plannedEnd = input.plannedEnd();
        p.needIds.clear();
        if (input.needIds() != null) {
            p.needIds.addAll(new LinkedHashSet<>(input.needIds()));
        }
        p.resourceIds.clear();
        if (input.resourceIds() != null) {
            p.resourceIds.addAll(new LinkedHashSet<>(input.resourceIds()));
        }
    }

    /** Approval opens the project to the paired units until the N-th working day after the approval day. */
    @Transactional
    public CoBuildProjectDetail approve(long id, String ifMatch, CoBuildProjectApprove input) {
        CoBuildProject p = access.find(id);
        ETags.checkIfPresent(ifMatch, p.version);
        CoBuildProjectStatus next = access.require(p, CoBuildProjectAction.APPROVE);
        if (input != null) {
            Violations.of(validator.validate(input)).throwIfAny();
        }
        int days = input == null || input.claimWorkingDays() == null
                ? DEFAULT_CLAIM_WORKING_DAYS
                : input.claimWorkingDays();
        Instant now = Instant.now();
        p.status = next;
        p.approvedAt = now;
        p.approvedById = scope.caller().staffId();
        p.claimDeadline = claimDeadline(p, BeijingTime.dayOf(now), days);
        p.statusReason = null;
        em.flush();
        return views.detail(p);
    }

    /** The {@code days}-th working day after the approval day, on the project's sub-district's calendar. */
    public LocalDate claimDeadline(CoBuildProject p, LocalDate approvedOn, int days) {
        return calendar.addWorkingDays(DictionaryService.subDistrictOfPath(p.areaPath), approvedOn, days);
    }

    @Transactional
    public CoBuildProjectDetail reject(long id, String ifMatch, CoBuildProjectReason input) {
        CoBuildProject p = access.find(id);
        ETags.checkIfPresent(ifMatch, p.version);
        CoBuildProjectStatus next = access.require(p, CoBuildProjectAction.REJECT);
        Violations.of(validator.validate(input)).throwIfAny();
        p.status = next;
        p.statusReason = input.reason().strip();
        em.flush();
        chain.released(p.needIds, p.id);
        return views.detail(p);
    }

    /**
     * One unit claims: the project row is locked first, so parallel claims queue and all but the first find it
     * CLAIMED (409). An OPEN_PAIRED project whose deadline passed opens to every unit before the check.
     */
    @Transactional
    public CoBuildProjectDetail claim(long id) {
        lock(id);
        if (liaison.unitId().isEmpty()) {
            access.find(id); // a liaison account linked to no unit sees no project: the same 404 as any
        }
        long unitId = access.unitId();
        CoBuildProject taken = em.find(CoBuildProject.class, id);
        if (taken != null && taken.unitId != null && !taken.unitId.equals(unitId) && !taken.status.open()) {
            // lost the race to another unit of the sub-district: say so rather than "not found"
            CoBuildUnit own = em.find(CoBuildUnit.class, unitId);
            if (taken.areaPath.startsWith(own.areaPath)) {
                throw ApiProblem.conflict("cobuild.project.claim.taken", id);
            }
        }
        CoBuildProject p = access.find(id);
        LocalDate today = BeijingTime.today();
        openIfDue(p, today, Instant.now());
        CoBuildProjectStatus next = access.require(p, CoBuildProjectAction.CLAIM);
        CoBuildUnit unit = em.find(CoBuildUnit.class, unitId);
        if (unit.status != CoBuildUnitStatus.ACTIVE) {
            throw ApiProblem.forbidden("cobuild.project.claim.unit-inactive");
        }
        // still OPEN_PAIRED here means a paired unit claimed on or before the deadline
        p.claimedInTime = p.status == CoBuildProjectStatus.OPEN_PAIRED;
        p.status = next;
        p.unitId = unitId;
        p.claimedAt = Instant.now();
        em.flush();
        return views.detail(p);
    }

    @Transactional
    public CoBuildProjectDetail submit(long id, String ifMatch) {
        lock(id);
        CoBuildProject p = access.find(id);
        ETags.checkIfPresent(ifMatch, p.version);
        CoBuildProjectStatus next = access.require(p, CoBuildProjectAction.SUBMIT);
        long open = CoBuildMilestone.count("projectId = ?1 and doneOn is null", p.id);
        if (open > 0 || CoBuildMilestone.count("projectId", p.id) == 0) {
            throw ApiProblem.conflict("cobuild.project.submit.milestones-open", open);
        }
        p.status = next;
        p.submittedAt = Instant.now();
        em.flush();
        return views.detail(p);
    }

    /**
     * Acceptance: the needs are met and the unit's points are appended in this transaction. The row lock makes a
     * second, parallel acceptance find the project ACCEPTED (409); the ledger's unique key backs it.
     */
    @Transactional
    public CoBuildProjectDetail accept(long id, String ifMatch, CoBuildProjectAccept input) {
        lock(id);
        CoBuildProject p = access.find(id);
        ETags.checkIfPresent(ifMatch, p.version);
        CoBuildProjectStatus next = access.require(p, CoBuildProjectAction.ACCEPT);
        Violations.of(validator.validate(input)).throwIfAny();
        Instant now = Instant.now();
        long staffId = scope.caller().staffId();
        p.status = next;
        p.acceptedAt = now;
        p.acceptedById = staffId;
        p.satisfaction = input.satisfaction();
        p.acceptanceNote = blankToNull(input.note());
        p.statusReason = null;
        chain.met(p.needIds);
        points.awardAcceptance(p, BeijingTime.dayOf(now), staffId);
        em.flush();
        return views.detail(p);
    }

    @Transactional
    public CoBuildProjectDetail rework(long id, String ifMatch, CoBuildProjectReason input) {
        lock(id);
        CoBuildProject p = access.find(id);
        ETags.checkIfPresent(ifMatch, p.version);
        CoBuildProjectStatus next = access.require(p, CoBuildProjectAction.REWORK);
        Violations.of(validator.validate(input)).throwIfAny();
        p.status = next;
        p.statusReason = input.reason().strip();
        p.reworkCount++;
        p.submittedAt = null;
        em.flush();
        return views.detail(p);
    }

    @Transactional
    public CoBuildProjectDetail cancel(long id, String ifMatch, CoBuildProjectReason input) {
        lock(id);
        CoBuildProject p = access.find(id);
        ETags.checkIfPresent(ifMatch, p.version);
        CoBuildProjectStatus next = access.require(p, CoBuildProjectAction.CANCEL);
        Violations.of(validator.validate(input)).throwIfAny();
        p.status = next;
        p.statusReason = input.reason().strip();
        em.flush();
        chain.released(p.needIds, p.id);
        return views.detail(p);
    }

    /**
     * Opens OPEN_PAIRED projects whose claim deadline passed by {@code today} to every unit of their sub-district;
     * answers how many.
     */
    @Transactional
    public int openDue(LocalDate today) {
        List<CoBuildProject> due =
                CoBuildProject.list("status = ?1 and claimDeadline < ?2", CoBuildProjectStatus.OPEN_PAIRED, today);
        Instant now = Instant.now();
        due.forEach(p -> openIfDue(p, today, now));
        return due.size();
    }

    private static void openIfDue(CoBuildProject p, LocalDate today, Instant now) {
        if (p.status == CoBuildProjectStatus.OPEN_PAIRED && ProjectLifecycle.deadlinePassed(p.claimDeadline, today)) {
            p.status = ProjectLifecycle.next(CoBuildProjectAction.OPEN_TO_ALL, p.status);
            p.openedToAllAt = now;
            p.touch();
        }
    }

    /**
     * Locks the project's row as the transaction's first statement: parallel changes of one project queue here, and
     * what the transaction reads after it is the latest version. (Native: Hibernate's "for update of" does not parse
     * on MariaDB.)
     */
    void lock(long id) {
        em.createNativeQuery("SELECT id FROM cobuild_project WHERE id = :id FOR UPDATE")
                .setParameter("id", id)
                .getResultList();
    }
}
