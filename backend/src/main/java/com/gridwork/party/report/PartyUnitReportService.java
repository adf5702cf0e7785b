package com.gridwork.party.report;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitStatus;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Constraints;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.party.report.PartyReportDtos.PartyReportReason;
import com.gridwork.party.report.PartyReportDtos.PartyReportUnit;
import com.gridwork.party.report.PartyReportDtos.PartyUnitReportCreate;
import com.gridwork.party.report.PartyReportDtos.PartyUnitReportDetail;
import com.gridwork.party.report.PartyReportDtos.PartyUnitReportView;
import com.gridwork.party.report.PartyReportLifecycle.Step;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.gridwork.common.Text.blankToNull;

/**
 * Unit-level reports (单位报到): a co-building unit's party organisation reports to a community of its sub-district
 * with its party members in total, so that "members reported / members employed" is computed. Staff of the community
 * enter, confirm, reject and withdraw them; the lifecycle is the member report's ({@link PartyReportLifecycle}). One
 * live report per unit, community and year (uq_party_unit_report_live).
 */
@ApplicationScoped
public class PartyUnitReportService {
    private static final Map<String, String> SORTABLE = Map.of(
            "year", "r.reportYear",
            "unitName", "u.name",
            "partyMemberTotal", "r.partyMemberTotal",
            "status", "r.status",
            "submittedAt", "r.submittedAt");
    private static final String FETCH = "from PartyUnitReport r join fetch r.unit u join fetch r.community c ";

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    public record Criteria(Integer year, Long areaId, PartyReportStatus status, Long unitId, String q) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PartyUnitReportView> search(Criteria c, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filterWithAncestors("r.areaPath");
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and("r.reportYear = :year", "year", c.year())
                .and(
                        "r.areaPath like :areaPath",
                        "areaPath",
                        c.areaId(),
                        id -> ReportRules.communityPrefix(scope, id) + "%")
                .and("r.status = :status", "status", c.status())
                .and("r.unitId = :unitId", "unitId", c.unitId(), id -> scope.findOrAbove(CoBuildUnit.class, id).id)
                .and("(u.name like :q or r.partyOrgName like :q)", "q", blankToNull(c.q()), Like::contains);
        Sort sort = page.toSort(
                SORTABLE,
                Sort.by("r.reportYear", Sort.Direction.Descending).and("u.name").and("r.id"),
                "r.id");
        List<PartyUnitReport> items = PartyUnitReport.<PartyUnitReport>find(
                        FETCH + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> where.bind(em.createQuery(
                                "select count(r) from PartyUnitReport r join r.unit u " + where.clause(), Long.class))
                        .getSingleResult());
        return new PageResult<>(items.stream().map(this::view).toList(), page.page, page.size, total);
    }

    /** The active co-building units of a community's sub-district: those that may report to it, or employ members. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyReportUnit> units(long communityId) {
        Area community = scope.findOrAbove(Area.class, communityId);
        return CoBuildUnit.<CoBuildUnit>find(
                        "areaPath = ?1 and status = ?2",
                        Sort.by("name").and("id"),
                        ReportRules.subDistrictPath(community.path),
                        CoBuildUnitStatus.ACTIVE)
                .list()
                .stream()
                .map(u -> new PartyReportUnit(u.id, u.name))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartyUnitReportDetail get(long id) {
        PartyUnitReport r = scope.findOrAbove(PartyUnitReport.class, id);
        List<PartyUnitReportView> history = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long previous = r.previousId;
        while (previous != null && seen.add(previous) && history.size() < 50) {
            PartyUnitReport p = PartyUnitReport.findById(previous);
            if (p == null) {
                break;
            }
            history.add(view(p));
            previous = p.previousId;
        }
        return new PartyUnitReportDetail(view(r), history);
    }

    @Transactional
    public PartyUnitReportView create(PartyUnitReportCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Area community = violations.check(() ->
                scope.findForField(Area.class, input.communityId(), "communityId", "party.report.community.not-found"));
        if (community != null && community.level != AreaLevel.COMMUNITY) {
            violations.add("communityId", "party.report.community.not-community", community.name);
            community = null;
        }
        ReportRules.checkYear(violations, input.year());
        CoBuildUnit unit = ReportRules.unit(em, violations, input.unitId(), community);
        String partyOrg = blankToNull(input.partyOrgName());
        if (partyOrg == null && unit != null) {
            partyOrg = blankToNull(unit.partyOrgName);
            if (partyOrg == null) {
                violations.add("partyOrgName", "party.unit-report.party-org.required");
            }
        }
        violations.throwIfAny();

        int year = input.year();
        long unitId = unit.id;
        long communityId = community.id;
        Long existing = live(unitId, communityId, year);
        if (existing != null) {
            throw duplicate(existing);
        }
        PartyUnitReport r = new PartyUnitReport();
        r.reportYear = year;
        r.unit = unit;
        r.community = community;
        r.areaPath = community.path;
        r.partyOrgName = partyOrg.strip();
        r.partyMemberTotal = input.partyMemberTotal();
        r.previousId = lastYears(unitId, communityId, year);
        r.submittedById = scope.caller().staffId();
        r.submittedAt = Instant.now();
        try {
            r.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (!Constraints.violated(e, "uq_party_unit_report_live")) {
                throw e;
            }
            throw duplicate(QuarkusTransaction.requiringNew().call(() -> live(unitId, communityId, year)));
        }
        return view(r);
    }

    @Transactional
    public PartyUnitReportView confirm(long id, String ifMatch) {
        PartyUnitReport r = managed(id, ifMatch);
        r.status = ReportRules.step(r.status, r.reportYear, r.id, Step.CONFIRM);
        r.statusReason = null;
        r.decidedById = scope.caller().staffId();
        r.decidedAt = Instant.now();
        return saved(r);
    }

    @Transactional
    public PartyUnitReportView reject(long id, String ifMatch, PartyReportReason input) {
        PartyUnitReport r = managed(id, ifMatch);
        Violations.of(validator.validate(input)).throwIfAny();
        r.status = ReportRules.step(r.status, r.reportYear, r.id, Step.REJECT);
        r.statusReason = input.reason().strip();
        r.decidedById = scope.caller().staffId();
        r.decidedAt = Instant.now();
        return saved(r);
    }

    @Transactional
    public PartyUnitReportView withdraw(long id, String ifMatch, PartyReportReason input) {
        PartyUnitReport r = managed(id, ifMatch);
        Violations.of(validator.validate(input)).throwIfAny();
        r.status = ReportRules.step(r.status, r.reportYear, r.id, Step.WITHDRAW);
        r.statusReason = input.reason().strip();
        r.endedById = scope.caller().staffId();
        r.endedAt = Instant.now();
        return saved(r);
    }

    private PartyUnitReport managed(long id, String ifMatch) {
        PartyUnitReport r = scope.find(PartyUnitReport.class, id);
        ETags.checkIfPresent(ifMatch, r.version);
        return r;
    }

    private PartyUnitReportView saved(PartyUnitReport r) {
        r.touch();
        em.flush();
        return view(r);
    }

    private Long live(long unitId, long communityId, int year) {
        return em.createQuery(
                        "select r.id from PartyUnitReport r where r.unitId = :u and r.communityId = :c"
                                + " and r.reportYear = :y and r.status in :live",
                        Long.class)
                .setParameter("u", unitId)
                .setParameter("c", communityId)
                .setParameter("y", year)
                .setParameter("live", PartyReportStatus.LIVE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Long lastYears(long unitId, long communityId, int year) {
        return em.createQuery(
                        "select r.id from PartyUnitReport r where r.unitId = :u and r.communityId = :c"
                                + " and r.reportYear = :y and r.decidedAt is not null and r.status <> :rejected"
                                + " order by r.decidedAt desc",
                        Long.class)
                .setParameter("u", unitId)
                .setParameter("c", communityId)
                .setParameter("y", year - 1)
                .setParameter("rejected", PartyReportStatus.REJECTED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static ApiProblem duplicate(Long existing) {
        return existing == null
                ? ApiProblem.conflict("party.report.duplicate.unknown")
                : ApiProblem.duplicate(existing, "party.unit-report.duplicate", existing);
    }

    PartyUnitReportView view(PartyUnitReport r) {
        return new PartyUnitReportView(
                r.id,
                r.reportYear,
                new PartyReportUnit(r.unit.id, r.unit.name),
                AreaRef.of(r.community),
                r.partyOrgName,
                r.partyMemberTotal,
                r.status,
                r.statusReason,
                r.previousId,
                r.submittedAt,
                r.decidedAt,
                r.version);
    }
}
