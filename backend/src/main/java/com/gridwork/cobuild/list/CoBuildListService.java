package com.gridwork.cobuild.list;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.agreement.CoBuildAgreement;
import com.gridwork.cobuild.agreement.CoBuildAgreementStatus;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedChain;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedChainProject;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedClose;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedCreate;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedView;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildResourceCreate;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildResourceView;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitStatus;
import com.gridwork.cobuild.unit.LiaisonSelf;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.i18n.Localizable;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.issue.Issue;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.gridwork.common.Text.blankToNull;

/**
 * The needs list (需求清单) and the resources list (资源清单). Staff read what lies in or around their scope (a
 * community's needs, the resources of their sub-district's units); managers record needs of their communities and
 * resources for any unit of their sub-district. A unit-liaison account reads the needs of the communities its unit is
 * paired with (an ACTIVE agreement) and its own unit's resources, and offers and withdraws those only.
 */
@ApplicationScoped
public class CoBuildListService {
    private static final Map<String, String> NEED_SORT =
            Map.of("createdAt", "n.createdAt", "title", "n.title", "status", "n.status", "fieldCode", "n.fieldCode");
    private static final Map<String, String> RESOURCE_SORT =
            Map.of("createdAt", "r.createdAt", "title", "r.title", "status", "r.status", "fieldCode", "r.fieldCode");
    private static final String PAIRED_COMMUNITIES =
            "(select a.communityId from CoBuildAgreement a" + " where a.unitId = :own and a.status = :activeAgreement)";

    @Inject
    AreaScope scope;

    @Inject
    LiaisonSelf liaison;

    @Inject
    DictionaryService dictionary;

    @Inject
    CoBuildChain chain;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    public record NeedCriteria(
            Long areaId,
            CoBuildNeedStatus status,
            String fieldCode,
            CoBuildNeedSource source,
            Long issueId,
            String q) {}

    public record ResourceCriteria(
            Long areaId, Long unitId, CoBuildResourceStatus status, String fieldCode, String q) {}

    // ---- needs -----------------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CoBuildNeedView> needs(NeedCriteria c, PageParams page) {
        Where where = new Where();
        if (liaison.isLiaison()) {
            where.and(
                    "n.communityId in " + PAIRED_COMMUNITIES,
                    Map.of("own", liaison.unitId().orElse(-1L), "activeAgreement", CoBuildAgreementStatus.ACTIVE));
        } else {
            AreaScope.ScopeFilter filter = scope.filterWithAncestors("n.areaPath");
            where.and(filter.jpql(), filter.params());
        }
        where.and("n.areaPath like :path", "path", c.areaId(), id -> scope.findOrAbove(Area.class, id).path + "%")
                .and("n.issueId = :issue", "issue", c.issueId(), id -> scope.find(Issue.class, id).id)
                .and("n.status = :status", "status", c.status())
                .and("n.fieldCode = :field", "field", blankToNull(c.fieldCode()))
                .and("n.source = :source", "source", c.source())
                .and("(n.title like :q or n.description like :q)", "q", blankToNull(c.q()), Like::contains);
        Sort sort = page.toSort(
                NEED_SORT, Sort.by("n.createdAt", Sort.Direction.Descending).and("n.id"), "n.id");
        List<CoBuildNeed> items = CoBuildNeed.<CoBuildNeed>find(
                        "from CoBuildNeed n " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> where.bind(em.createQuery("select count(n) from CoBuildNeed n " + where.clause(), Long.class))
                        .getSingleResult());
        return new PageResult<>(needViews(items), page.page, page.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoBuildNeedView need(long id) {
        return needViews(List.of(readableNeed(id))).get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoBuildNeedChain chain(long id) {
        CoBuildNeed n = readableNeed(id);
        return new CoBuildNeedChain(n.id, chain.ofNeeds(List.of(n.id)).get(n.id));
    }

    @Transactional
    public CoBuildNeedView createNeed(CoBuildNeedCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Area community = violations.check(() -> {
            Area a = scope.findForField(
                    Area.class, input.communityId(), "communityId", "cobuild.need.community.invalid");
            if (a != null && a.level != AreaLevel.COMMUNITY) {
                throw ApiProblem.invalidField("communityId", "cobuild.need.community.invalid", input.communityId());
            }
            return a;
        });
        Long subDistrict = community != null
                ? DictionaryService.subDistrictOfPath(community.path)
                : dictionary.subDistrictOfCaller();
        dictionary.checkCode(violations, DictionaryCategory.COBUILD_FIELD, subDistrict, "fieldCode", input.fieldCode());
        Issue issue = null;
        if (input.source() == CoBuildNeedSource.TALK_DAY_ISSUE) {
            if (input.issueId() == null) {
                violations.add("issueId", "cobuild.need.issue.required");
            } else {
                issue = violations.check(() ->
                        scope.findForField(Issue.class, input.issueId(), "issueId", "cobuild.need.issue.invalid"));
                if (issue != null && community != null && !issue.areaPath.startsWith(community.path)) {
                    violations.add("issueId", "cobuild.need.issue.other-community", input.issueId());
                }
            }
        } else if (input.issueId() != null) {
            violations.add("issueId", "cobuild.need.issue.not-allowed");
        }
        violations.throwIfAny();
        CoBuildNeed n = new CoBuildNeed();
        n.communityId = community.id;
        n.areaPath = community.path;
        n.fieldCode = input.fieldCode();
        n.title = input.title().strip();
        n.description = blankToNull(input.description());
        n.source = input.source();
        n.issueId = issue == null ? null : issue.id;
        n.status = CoBuildNeedStatus.OPEN;
        n.createdById = scope.caller().staffId();
        n.persist();
        em.flush();
        return needViews(List.of(n)).get(0);
    }

    /** Closes a need that no live project addresses (OPEN only), with a reason. */
    @Transactional
    public CoBuildNeedView closeNeed(long id, String ifMatch, CoBuildNeedClose input) {
        CoBuildNeed n = scope.find(CoBuildNeed.class, id);
        ETags.require(ifMatch, n.version);
        if (n.status != CoBuildNeedStatus.OPEN) {
            Localizable status = () -> "cobuild.need.status." + n.status.name();
            throw ApiProblem.conflict("cobuild.need.close.not-open", status);
        }
        Violations.of(validator.validate(input)).throwIfAny();
        n.status = CoBuildNeedStatus.CLOSED;
        n.closeReason = input.reason().strip();
        n.touch();
        em.flush();
        return needViews(List.of(n)).get(0);
    }

    private CoBuildNeed readableNeed(long id) {
        if (liaison.isLiaison()) {
            return scope.findWhere(
                    CoBuildNeed.class,
                    id,
                    n -> liaison.unitId()
                            .map(u -> CoBuildAgreement.paired(u, n.communityId))
                            .orElse(false));
        }
        return scope.findOrAbove(CoBuildNeed.class, id);
    }

    private List<CoBuildNeedView> needViews(List<CoBuildNeed> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CoBuildNeedChainProject>> chains =
                chain.ofNeeds(items.stream().map(n -> n.id).toList());
        Map<Long, String> communities = names(
                "select a.id, a.name from Area a where a.id in :ids",
                items.stream().map(n -> n.communityId).distinct().toList());
        return items.stream()
                .map(n -> new CoBuildNeedView(
                        n.id,
                        n.communityId,
                        communities.get(n.communityId),
                        n.fieldCode,
                        n.title,
                        n.description,
                        n.source,
                        n.issueId,
                        n.status,
                        n.closeReason,
                        n.createdAt,
                        chains.get(n.id),
                        n.version))
                .toList();
    }

    // ---- resources -------------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CoBuildResourceView> resources(ResourceCriteria c, PageParams page) {
        Where where = new Where();
        if (liaison.isLiaison()) {
            where.and("r.unitId = :own", "own", liaison.unitId().orElse(-1L));
            if (c.unitId() != null && !liaison.actsFor(c.unitId())) {
                throw ApiProblem.notFound("cobuild.unit.not-found", c.unitId());
            }
        } else {
            AreaScope.ScopeFilter filter = scope.filterWithAncestors("r.areaPath");
            where.and(filter.jpql(), filter.params())
                    .and("r.unitId = :unit", "unit", c.unitId(), id -> scope.findOrAbove(CoBuildUnit.class, id).id);
        }
        where.and("r.areaPath = :path", "path", c.areaId(), id -> subDistrictPath(scope.findOrAbove(Area.class, id)))
                .and("r.status = :status", "status", c.status())
                .and("r.fieldCode = :field", "field", blankToNull(c.fieldCode()))
                .and("(r.title like :q or r.description like :q)", "q", blankToNull(c.q()), Like::contains);
        Sort sort = page.toSort(
                RESOURCE_SORT, Sort.by("r.createdAt", Sort.Direction.Descending).and("r.id"), "r.id");
        List<CoBuildResource> items = CoBuildResource.<CoBuildResource>find(
                        "from CoBuildResource r " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> where.bind(em.createQuery("select count(r) from CoBuildResource r " + where.clause(), Long.class))
                        .getSingleResult());
        return new PageResult<>(resourceViews(items), page.page, page.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoBuildResourceView resource(long id) {
        return resourceViews(List.of(ownResource(id))).get(0);
    }

    @Transactional
    public CoBuildResourceView offer(CoBuildResourceCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        CoBuildUnit unit = violations.check(() -> offeringUnit(input.unitId()));
        dictionary.checkCode(
                violations,
                DictionaryCategory.COBUILD_FIELD,
                unit != null ? unit.subDistrictId : dictionary.subDistrictOfCaller(),
                "fieldCode",
                input.fieldCode());
        if (input.availableFrom() != null
                && input.availableTo() != null
                && input.availableTo().isBefore(input.availableFrom())) {
            violations.add("availableTo", "cobuild.resource.available-to.before-from");
        }
        violations.throwIfAny();
        CoBuildResource r = new CoBuildResource();
        r.unitId = unit.id;
        r.areaPath = unit.areaPath;
        r.fieldCode = input.fieldCode();
        r.title = input.title().strip();
        r.description = blankToNull(input.description());
        r.quantity = blankToNull(input.quantity());
        r.availableFrom = input.availableFrom();
        r.availableTo = input.availableTo();
        r.status = CoBuildResourceStatus.AVAILABLE;
        r.createdById = scope.caller().staffId();
        r.persist();
        em.flush();
        return resourceViews(List.of(r)).get(0);
    }

    @Transactional
    public CoBuildResourceView withdraw(long id, String ifMatch) {
        CoBuildResource r = ownResource(id);
        ETags.require(ifMatch, r.version);
        if (r.status == CoBuildResourceStatus.WITHDRAWN) {
            throw ApiProblem.conflict("cobuild.resource.withdrawn", r.id);
        }
        r.status = CoBuildResourceStatus.WITHDRAWN;
        r.touch();
        em.flush();
        return resourceViews(List.of(r)).get(0);
    }

    /** A resource the caller reads: a liaison its unit's, staff those of their sub-district's units. */
    private CoBuildResource ownResource(long id) {
        if (liaison.isLiaison()) {
            return scope.findWhere(CoBuildResource.class, id, r -> liaison.actsFor(r.unitId));
        }
        return scope.findOrAbove(CoBuildResource.class, id);
    }

    /** The unit a resource is offered for: a liaison's own, or an ACTIVE unit of the caller's sub-district. */
    private CoBuildUnit offeringUnit(Long requested) {
        Long unitId =
                requested == null && liaison.isLiaison() ? liaison.unitId().orElse(null) : requested;
        if (unitId == null) {
            throw ApiProblem.invalidField("unitId", "cobuild.resource.unit.required");
        }
        Optional<CoBuildUnit> candidate = liaison.isLiaison()
                ? Optional.ofNullable(liaison.actsFor(unitId) ? em.find(CoBuildUnit.class, unitId) : null)
                : scope.visibleOrAbove(CoBuildUnit.class, unitId);
        CoBuildUnit unit =
                candidate.filter(u -> u.status == CoBuildUnitStatus.ACTIVE).orElse(null);
        if (unit == null) {
            throw ApiProblem.invalidField("unitId", "cobuild.resource.unit.invalid", unitId);
        }
        return unit;
    }

    private List<CoBuildResourceView> resourceViews(List<CoBuildResource> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> counts =
                chain.projectCounts(items.stream().map(r -> r.id).toList());
        Map<Long, String> units = names(
                "select u.id, u.name from CoBuildUnit u where u.id in :ids",
                items.stream().map(r -> r.unitId).distinct().toList());
        return items.stream()
                .map(r -> new CoBuildResourceView(
                        r.id,
                        r.unitId,
                        units.get(r.unitId),
                        r.fieldCode,
                        r.title,
                        r.description,
                        r.quantity,
                        r.availableFrom,
                        r.availableTo,
                        r.status,
                        counts.getOrDefault(r.id, 0),
                        r.createdAt,
                        r.version))
                .toList();
    }

    private static String subDistrictPath(Area area) {
        return "/" + DictionaryService.subDistrictOfPath(area.path) + "/";
    }

    private Map<Long, String> names(String jpql, List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}
