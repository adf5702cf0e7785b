package com.gridwork.cobuild.agreement;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementCreate;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementRenew;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementSign;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementTerminate;
import com.gridwork.cobuild.agreement.CoBuildAgreementDtos.CoBuildAgreementView;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitStatus;
import com.gridwork.cobuild.unit.LiaisonSelf;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.gridwork.common.Text.blankToNull;

/**
 * Pairing agreements (结对共建协议) between co-building units and communities. Staff read those of the communities in
 * (or around) their scope and managers act on those of their communities; a unit-liaison account reads its own unit's
 * only. One live agreement (PROPOSED, SIGNED, ACTIVE) per unit and community with overlapping terms: checked under a
 * lock on the unit's row, so two parallel proposals cannot both pass.
 */
@ApplicationScoped
public class CoBuildAgreementService {
    private static final Map<String, String> SORTABLE = Map.of(
            "termFrom", "a.termFrom",
            "termTo", "a.termTo",
            "signedOn", "a.signedOn",
            "status", "a.status",
            "createdAt", "a.createdAt");

    @Inject
    AreaScope scope;

    @Inject
    LiaisonSelf liaison;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    public record Criteria(Long areaId, Long unitId, CoBuildAgreementStatus status) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CoBuildAgreementView> search(Criteria c, PageParams page) {
        Where where = new Where();
        if (liaison.isLiaison()) {
            // a liaison's own unit's agreements, whatever its areas say
            where.and("a.unitId = :own", "own", liaison.unitId().orElse(-1L));
            if (c.unitId() != null && !liaison.actsFor(c.unitId())) {
                throw ApiProblem.notFound("cobuild.unit.not-found", c.unitId());
            }
        } else {
            AreaScope.ScopeFilter filter = scope.filterWithAncestors("a.areaPath");
            where.and(filter.jpql(), filter.params())
                    .and("a.unitId = :unit", "unit", c.unitId(), id -> scope.findOrAbove(CoBuildUnit.class, id).id);
        }
        where.and("a.areaPath like :path", "path", c.areaId(), id -> scope.findOrAbove(Area.class, id).path + "%")
                .and("a.status = :status", "status", c.status());
        Sort sort = page.toSort(
                SORTABLE, Sort.by("a.termFrom", Sort.Direction.Descending).and("a.id"), "a.id");
        List<CoBuildAgreement> items = CoBuildAgreement.<CoBuildAgreement>find(
                        "from CoBuildAgreement a " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> where.bind(
                                em.createQuery("select count(a) from CoBuildAgreement a " + where.clause(), Long.class))
                        .getSingleResult());
        return new PageResult<>(views(items), page.page, page.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoBuildAgreementView get(long id) {
        return view(readable(id));
    }

    @Transactional
    public CoBuildAgreementView propose(CoBuildAgreementCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Area community = violations.check(() -> community(input.communityId()));
        CoBuildUnit unit = violations.check(() -> unit(input.unitId(), community));
        if (input.termFrom() != null && input.termTo() != null && input.termTo().isBefore(input.termFrom())) {
            violations.add("termTo", "cobuild.agreement.term.before-from");
        }
        violations.throwIfAny();
        requireNoOverlap(unit.id, community.id, input.termFrom(), input.termTo());
        CoBuildAgreement a = new CoBuildAgreement();
        a.unit = unit;
        a.unitId = unit.id;
        a.community = community;
        a.communityId = community.id;
        a.areaPath = community.path;
        a.termFrom = input.termFrom();
        a.termTo = input.termTo();
        a.content = blankToNull(input.content());
        a.status = CoBuildAgreementStatus.PROPOSED;
        a.createdById = scope.caller().staffId();
        a.persist();
        em.flush();
        return view(a);
    }

    @Transactional
    public CoBuildAgreementView sign(long id, String ifMatch, CoBuildAgreementSign input) {
        CoBuildAgreement a = managed(id, ifMatch);
        LocalDate today = BeijingTime.today();
        CoBuildAgreementStatus next = AgreementLifecycle.next(AgreementAction.SIGN, a.status, a.termFrom, today);
        Violations violations = Violations.of(validator.validate(input));
        if (input.signedOn() != null && input.signedOn().isAfter(today)) {
            violations.add("signedOn", "cobuild.agreement.signed-on.future");
        }
        violations.throwIfAny();
        if (a.termTo.isBefore(today)) {
            throw ApiProblem.conflict("cobuild.agreement.term-over", a.termTo);
        }
        a.status = next;
        a.signedOn = input.signedOn();
        a.touch();
        em.flush();
        return view(a);
    }

    @Transactional
    public CoBuildAgreementView terminate(long id, String ifMatch, CoBuildAgreementTerminate input) {
        CoBuildAgreement a = managed(id, ifMatch);
        CoBuildAgreementStatus next =
                AgreementLifecycle.next(AgreementAction.TERMINATE, a.status, a.termFrom, BeijingTime.today());
        Violations.of(validator.validate(input)).throwIfAny();
        a.status = next;
        a.endReason = input.reason().strip();
        a.endedOn = BeijingTime.today();
        a.touch();
        em.flush();
        return view(a);
    }

    /** A new PROPOSED agreement whose term follows the old one's; the old one stays as it is. */
    @Transactional
    public CoBuildAgreementView renew(long id, String ifMatch, CoBuildAgreementRenew input) {
        CoBuildAgreement old = managed(id, ifMatch);
        AgreementLifecycle.require(AgreementAction.RENEW, old.status);
        CoBuildAgreementRenew body = input == null ? new CoBuildAgreementRenew(null, null) : input;
        Violations violations = Violations.of(validator.validate(body));
        LocalDate[] term = AgreementLifecycle.renewalTerm(old.termFrom, old.termTo, body.termTo());
        if (term[1].isBefore(term[0])) {
            violations.add("termTo", "cobuild.agreement.renew.term-to", term[0]);
        }
        violations.throwIfAny();
        CoBuildUnit unit = em.find(CoBuildUnit.class, old.unitId);
        if (unit.status != CoBuildUnitStatus.ACTIVE) {
            throw ApiProblem.conflict("cobuild.agreement.unit-inactive", unit.name);
        }
        requireNoOverlap(old.unitId, old.communityId, term[0], term[1]);
        CoBuildAgreement a = new CoBuildAgreement();
        a.unit = unit;
        a.unitId = unit.id;
        a.community = old.community;
        a.communityId = old.communityId;
        a.areaPath = old.areaPath;
        a.termFrom = term[0];
        a.termTo = term[1];
        a.content = body.content() != null ? blankToNull(body.content()) : old.content;
        a.renewsId = old.id;
        a.status = CoBuildAgreementStatus.PROPOSED;
        a.createdById = scope.caller().staffId();
        a.persist();
        em.flush();
        return view(a);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** An agreement the caller may read: a liaison its unit's, staff those of communities in or around their scope. */
    private CoBuildAgreement readable(long id) {
        if (liaison.isLiaison()) {
            return scope.findWhere(CoBuildAgreement.class, id, a -> liaison.actsFor(a.unitId));
        }
        return scope.findOrAbove(CoBuildAgreement.class, id);
    }

    /** An agreement of a community in the caller's scope, at the version the client holds. */
    private CoBuildAgreement managed(long id, String ifMatch) {
        CoBuildAgreement a = scope.find(CoBuildAgreement.class, id);
        ETags.require(ifMatch, a.version);
        return a;
    }

    private Area community(Long id) {
        Area area = scope.findForField(Area.class, id, "communityId", "cobuild.agreement.community.invalid");
        if (area != null && area.level != AreaLevel.COMMUNITY) {
            throw ApiProblem.invalidField("communityId", "cobuild.agreement.community.invalid", id);
        }
        return area;
    }

    /** An ACTIVE unit of the community's sub-district (or of the caller's, while the community is wrong). */
    private CoBuildUnit unit(Long id, Area community) {
        if (id == null) {
            return null;
        }
        CoBuildUnit unit = scope.visibleOrAbove(CoBuildUnit.class, id)
                .filter(u -> u.status == CoBuildUnitStatus.ACTIVE)
                .filter(u -> community == null
                        || Objects.equals(u.subDistrictId, DictionaryService.subDistrictOfPath(community.path)))
                .orElse(null);
        if (unit == null) {
            throw ApiProblem.invalidField("unitId", "cobuild.agreement.unit.invalid", id);
        }
        return unit;
    }

    /**
     * 409 naming the live agreement of the unit and community whose term overlaps [from, to]. The unit's row is
     * locked first: a parallel proposal for the same unit waits here and then sees this one.
     */
    private void requireNoOverlap(long unitId, long communityId, LocalDate from, LocalDate to) {
        em.createNativeQuery("select id from cobuild_unit where id = :u for update")
                .setParameter("u", unitId)
                .getResultList();
        List<CoBuildAgreement> overlapping = em.createQuery(
                        "select a from CoBuildAgreement a where a.unitId = :u and a.communityId = :c"
                                + " and a.status in :live and a.termFrom <= :to and a.termTo >= :from order by a.id",
                        CoBuildAgreement.class)
                .setParameter("u", unitId)
                .setParameter("c", communityId)
                .setParameter("live", AgreementLifecycle.LIVE)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        if (!overlapping.isEmpty()) {
            CoBuildAgreement other = overlapping.get(0);
            throw ApiProblem.duplicate(other.id, "cobuild.agreement.overlap", other.id, other.termFrom, other.termTo);
        }
    }

    private CoBuildAgreementView view(CoBuildAgreement a) {
        return views(List.of(a)).get(0);
    }

    private List<CoBuildAgreementView> views(List<CoBuildAgreement> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(a -> a.id).toList();
        Map<Long, Long> renewedBy = new HashMap<>();
        em.createQuery("select r.renewsId, r.id from CoBuildAgreement r where r.renewsId in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> renewedBy.put((Long) r[0], (Long) r[1]));
        Map<Long, String> unitNames = names(
                "select u.id, u.name from CoBuildUnit u where u.id in :ids",
                items.stream().map(a -> a.unitId).distinct().toList());
        Map<Long, String> communityNames = names(
                "select c.id, c.name from Area c where c.id in :ids",
                items.stream().map(a -> a.communityId).distinct().toList());
        Caller caller = scope.caller();
        boolean manager = caller.may(Permission.COBUILD_AGREEMENTS_MANAGE);
        return items.stream()
                .map(a -> new CoBuildAgreementView(
                        a.id,
                        a.unitId,
                        unitNames.get(a.unitId),
                        a.communityId,
                        communityNames.get(a.communityId),
                        a.termFrom,
                        a.termTo,
                        a.signedOn,
                        a.status,
                        a.endReason,
                        a.endedOn,
                        a.renewsId,
                        renewedBy.get(a.id),
                        a.content,
                        a.createdAt,
                        manager && caller.covers(a.areaPath)
                                ? AgreementLifecycle.allowed(a.status).stream()
                                        .filter(x -> x != AgreementAction.RENEW || !renewedBy.containsKey(a.id))
                                        .toList()
                                : List.of(),
                        a.version))
                .toList();
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
