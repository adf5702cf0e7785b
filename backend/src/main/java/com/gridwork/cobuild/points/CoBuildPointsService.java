package com.gridwork.cobuild.points;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsAdjustment;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsEntryView;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsMonthLockInput;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsMonthLockView;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsRanking;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsRankingRow;
import com.gridwork.cobuild.points.CoBuildPointsDtos.CoBuildPointsReverse;
import com.gridwork.cobuild.points.CoBuildPointsLedger.NewEntry;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.LiaisonSelf;
import com.gridwork.cobuild.unit.OrganisationType;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units' points (共建积分): the ledger's entries, adjustments and reversals, month locks, and the ranking. Staff read
 * the points of their sub-district's units; a unit-liaison account its own unit's entries and its sub-district's
 * ranking. Every entry goes through {@link CoBuildPointsLedger}, which keeps locked months closed.
 */
@ApplicationScoped
public class CoBuildPointsService {
    @Inject
    AreaScope scope;

    @Inject
    LiaisonSelf liaison;

    @Inject
    CoBuildPointsLedger ledger;

    @Inject
    DictionaryService dictionary;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CoBuildPointsEntryView> entries(Long unitId, LocalDate from, LocalDate to, PageParams page) {
        Where where = new Where();
        if (liaison.isLiaison()) {
            if (unitId != null && !liaison.actsFor(unitId)) {
                throw ApiProblem.notFound("cobuild.unit.not-found", unitId);
            }
            where.and("e.unitId = :own", "own", liaison.unitId().orElse(-1L));
        } else {
            AreaScope.ScopeFilter filter = scope.filterWithAncestors("e.areaPath");
            where.and(filter.jpql(), filter.params())
                    .and("e.unitId = :unit", "unit", unitId, id -> scope.findOrAbove(CoBuildUnit.class, id).id);
        }
        where.and("e.earnedOn >= :from", "from", from).and("e.earnedOn <= :to", "to", to);
        List<CoBuildPointsEntry> items = CoBuildPointsEntry.<CoBuildPointsEntry>find(
                        "from CoBuildPointsEntry e " + where.clause(),
                        Sort.by("e.earnedOn", Sort.Direction.Descending).and("e.id", Sort.Direction.Descending),
                        where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> where.bind(em.createQuery(
                                "select count(e) from CoBuildPointsEntry e " + where.clause(), Long.class))
                        .getSingleResult());
        return new PageResult<>(views(items), page.page, page.size, total);
    }

    @Transactional
    public CoBuildPointsEntryView adjust(CoBuildPointsAdjustment input) {
        Violations violations = Violations.of(validator.validate(input));
        CoBuildUnit unit = violations.check(() ->
                scope.findOrAboveForField(CoBuildUnit.class, input.unitId(), "unitId", "cobuild.points.unit.invalid"));
        if (input.points() != null && input.points() == 0 && !violations.has("points")) {
            violations.add("points", "cobuild.points.zero");
        }
        if (input.earnedOn() != null && input.earnedOn().isAfter(BeijingTime.today())) {
            violations.add("earnedOn", "cobuild.points.earned-on.future");
        }
        violations.throwIfAny();
        return view(ledger.append(new NewEntry(
                unit.id,
                CoBuildPointsKind.ADJUSTMENT,
                input.points(),
                input.earnedOn(),
                null,
                null,
                input.reason().strip(),
                scope.caller().staffId())));
    }

    /**
     * Reverses an entry once, with a new entry of the negated points dated today. The entry's row is locked first and
     * its reversal looked for with a locking read, so of two parallel reversals the second sees the first and gets a
     * 409; the unique key on reverses_id holds if anything slips past.
     */
    @Transactional
    public CoBuildPointsEntryView reverse(long id, CoBuildPointsReverse input) {
        CoBuildPointsEntry original = scope.findOrAbove(CoBuildPointsEntry.class, id);
        Violations.of(validator.validate(input)).throwIfAny();
        em.createNativeQuery("select id from cobuild_points_entry where id = :e for update")
                .setParameter("e", original.id)
                .getResultList();
        if (original.kind == CoBuildPointsKind.REVERSAL) {
            throw ApiProblem.conflict("cobuild.points.reverse.reversal", original.id);
        }
        if (!em.createNativeQuery("select id from cobuild_points_entry where reverses_id = :e for update")
                .setParameter("e", original.id)
                .getResultList()
                .isEmpty()) {
            throw ApiProblem.conflict("cobuild.points.reverse.already", original.id);
        }
        try {
            return view(ledger.append(new NewEntry(
                    original.unitId,
                    CoBuildPointsKind.REVERSAL,
                    -original.points,
                    BeijingTime.today(),
                    null,
                    original.id,
                    input.reason().strip(),
                    scope.caller().staffId())));
        } catch (PersistenceException e) {
            throw ApiProblem.conflict("cobuild.points.reverse.already", original.id);
        }
    }

    // ---- month locks -----------------------------------------------------------------------------------------------

    /** The locked months of the sub-districts the caller works in (or of one), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoBuildPointsMonthLockView> monthLocks(Long subDistrictId) {
        Where where = new Where();
        if (subDistrictId != null) {
            where.and("l.key.subDistrictId = :s", "s", subDistrict(subDistrictId).id);
        } else if (!scope.caller().wholePlatform()) {
            List<Long> mine = scope.caller().areas().stream()
                    .map(a -> DictionaryService.subDistrictOfPath(a.path()))
                    .distinct()
                    .toList();
            where.and("l.key.subDistrictId in :mine", "mine", mine.isEmpty() ? List.of(-1L) : mine);
        }
        List<CoBuildPointsMonthLock> locks = where.bind(em.createQuery(
                        "select l from CoBuildPointsMonthLock l " + where.clause()
                                + " order by l.key.monthStart desc, l.key.subDistrictId",
                        CoBuildPointsMonthLock.class))
                .getResultList();
        Map<Long, String> names = new HashMap<>();
        locks.forEach(l -> names.computeIfAbsent(l.key.subDistrictId, id -> em.find(Area.class, id).name));
        return locks.stream()
                .map(l -> lockView(l, names.get(l.key.subDistrictId)))
                .toList();
    }

    /** Locks a month that has ended in a sub-district in the caller's scope; 409 when it is locked already. */
    @Transactional
    public CoBuildPointsMonthLockView lock(CoBuildPointsMonthLockInput input) {
        Violations violations = Violations.of(validator.validate(input));
        Area subDistrict = violations.check(() -> input.subDistrictId() == null
                ? null
                : scope.visible(Area.class, input.subDistrictId())
                        .filter(a -> a.level == AreaLevel.SUB_DISTRICT)
                        .orElseThrow(() -> ApiProblem.invalidField(
                                "subDistrictId", "cobuild.points.sub-district.invalid", input.subDistrictId())));
        if (input.month() != null
                && !violations.has("month")
                && !YearMonth.parse(input.month()).isBefore(YearMonth.from(BeijingTime.today()))) {
            violations.add("month", "cobuild.points.lock.not-ended", input.month());
        }
        violations.throwIfAny();
        LocalDate monthStart = YearMonth.parse(input.month()).atDay(1);
        // a locking read: a parallel lock of the same month waits here and then finds this one
        if (!em.createNativeQuery("select month_start from cobuild_points_month_lock"
                        + " where sub_district_id = :s and month_start = :m for update")
                .setParameter("s", subDistrict.id)
                .setParameter("m", monthStart)
                .getResultList()
                .isEmpty()) {
            throw ApiProblem.conflict("cobuild.points.lock.exists", input.month());
        }
        CoBuildPointsMonthLock lock = new CoBuildPointsMonthLock();
        lock.key = new CoBuildPointsMonthLock.Key(subDistrict.id, monthStart);
        lock.lockedById = scope.caller().staffId();
        lock.lockedAt = Instant.now();
        lock.persist();
        return lockView(lock, subDistrict.name);
    }

    // ---- ranking ---------------------------------------------------------------------------------------------------

    /**
     * The ranking of a period (see the README's definitions): for each unit of the sub-district of {@code areaId}
     * (default: the caller's), the sum of its entries with earned_on in [from, to], reversals included; ACTIVE units
     * with no entry count 0, an INACTIVE unit is listed only when it has entries in the period. Most points first,
     * equal points by unit name; equal points share a rank.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CoBuildPointsRanking ranking(LocalDate from, LocalDate to, Long areaId) {
        LocalDate today = BeijingTime.today();
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw ApiProblem.invalidField("to", "cobuild.points.period.invalid");
        }
        Long subDistrictId = areaId != null
                ? DictionaryService.subDistrictOfPath(scope.findOrAbove(Area.class, areaId).path)
                : scope.caller().wholePlatform() ? null : dictionary.subDistrictOfCaller();
        if (subDistrictId == null && !scope.caller().wholePlatform()) {
            // an account without areas ranks nobody
            return new CoBuildPointsRanking(start, end, List.of());
        }
        Where where = new Where().and("u.sub_district_id = :sd", "sd", subDistrictId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery(
                        "select u.id, u.name, u.unit_type, coalesce(sum(e.points), 0), count(e.id) from cobuild_unit u"
                                + " left join cobuild_points_entry e on e.unit_id = u.id"
                                + " and e.earned_on >= :from and e.earned_on <= :to "
                                + where.clause()
                                + " group by u.id, u.name, u.unit_type, u.status"
                                + " having u.status = 'ACTIVE' or count(e.id) > 0"
                                + " order by coalesce(sum(e.points), 0) desc, u.name, u.id"))
                .setParameter("from", start)
                .setParameter("to", end)
                .getResultList();
        List<CoBuildPointsRankingRow> items = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            long points = ((Number) r[3]).longValue();
            if (points != previous) {
                rank = i + 1;
                previous = points;
            }
            items.add(new CoBuildPointsRankingRow(
                    rank,
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    OrganisationType.valueOf((String) r[2]),
                    points,
                    ((Number) r[4]).longValue()));
        }
        return new CoBuildPointsRanking(start, end, items);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private Area subDistrict(long id) {
        return scope.visibleOrAbove(Area.class, id)
                .filter(a -> a.level == AreaLevel.SUB_DISTRICT)
                .orElseThrow(() -> ApiProblem.notFound("cobuild.points.sub-district.not-found", id));
    }

    private static CoBuildPointsMonthLockView lockView(CoBuildPointsMonthLock l, String name) {
        return new CoBuildPointsMonthLockView(
                l.key.subDistrictId, name, YearMonth.from(l.key.monthStart).toString(), l.lockedAt);
    }

    private CoBuildPointsEntryView view(CoBuildPointsEntry e) {
        return views(List.of(e)).get(0);
    }

    private List<CoBuildPointsEntryView> views(List<CoBuildPointsEntry> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(e -> e.id).toList();
        Map<Long, Long> reversedBy = new HashMap<>();
        em.createQuery("select r.reversesId, r.id from CoBuildPointsEntry r where r.reversesId in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> reversedBy.put((Long) r[0], (Long) r[1]));
        Map<Long, String> units = new HashMap<>();
        em.createQuery("select u.id, u.name from CoBuildUnit u where u.id in :ids", Object[].class)
                .setParameter(
                        "ids", items.stream().map(e -> e.unitId).distinct().toList())
                .getResultList()
                .forEach(r -> units.put((Long) r[0], (String) r[1]));
        return items.stream()
                .map(e -> new CoBuildPointsEntryView(
                        e.id,
                        e.unitId,
                        units.get(e.unitId),
                        e.kind,
                        e.points,
                        e.earnedOn,
                        e.projectId,
                        e.reversesId,
                        reversedBy.get(e.id),
                        e.reason,
                        e.createdAt))
                .toList();
    }
}
