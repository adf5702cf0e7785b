package com.gridwork.visit.obligation;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.pairing.HelperReach;
import com.gridwork.registry.RegistryViews;
import com.gridwork.registry.household.Household;
import com.gridwork.visit.obligation.ObligationDtos.ObligationHousehold;
import com.gridwork.visit.obligation.ObligationDtos.ObligationNotApplicable;
import com.gridwork.visit.obligation.ObligationDtos.ObligationResponsible;
import com.gridwork.visit.obligation.ObligationDtos.VisitObligationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.gridwork.common.Text.blankToNull;

/** Lists and reads obligations within what the caller reaches, and takes one out of the denominator by hand. */
@ApplicationScoped
public class ObligationService {
    private static final Map<String, String> SORTABLE =
            new LinkedHashMap<>(Map.of("dueOn", "o.due_on", "startsOn", "o.starts_on", "id", "o.id"));

    private static final String SELECT = "SELECT o.id, o.rule_id, r.name AS rule_name, o.period_id, o.starts_on,"
            + " o.ends_on, o.due_on, " + ObligationState.sql("o") + " AS state, o.household_id, o.grid_id,"
            + " o.responsible_staff_id, s.display_name, o.pairing_id, o.pairing_type_code, o.visits_required,"
            + " o.completed_days, o.attempt_days, o.satisfied_on, o.last_visit_id, o.not_applicable_reason,"
            + " o.not_applicable_note, o.version";

    private static final String FROM = " FROM visit_obligation o JOIN visit_rule r ON r.id = o.rule_id"
            + " LEFT JOIN staff s ON s.id = o.responsible_staff_id";

    @Inject
    EntityManager em;

    @Inject
    AreaScope scope;

    @Inject
    HelperReach reach;

    @Inject
    Validator validator;

    /** The list filters of {@code GET /api/visit-obligations}. */
    public record Filter(
            Long householdId,
            Long ruleId,
            Long periodId,
            Long areaId,
            Long responsibleStaffId,
            VisitObligationState state) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<VisitObligationView> list(Filter f, PageParams page) {
        Where where = visibleWhere()
                .and("o.household_id = :householdId", "householdId", f.householdId(), id -> reach.find(id).id)
                .and("o.rule_id = :ruleId", "ruleId", f.ruleId())
                .and("o.period_id = :periodId", "periodId", f.periodId())
                .and("o.area_path LIKE :areaPath", "areaPath", f.areaId(), id -> scope.find(Area.class, id).path + "%")
                .and("o.responsible_staff_id = :responsibleStaffId", "responsibleStaffId", f.responsibleStaffId());
        if (f.state() != null) {
            where.and(stateCondition(f.state()));
        }
        return page(where, orderBy(page), page);
    }

    /** The caller's own obligations (as the responsible person), DUE and OVERDUE unless a state is asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<VisitObligationView> mine(VisitObligationState state, PageParams page) {
        Where where = new Where()
                .and("o.responsible_staff_id = :me", Map.of("me", scope.caller().staffId()))
                .and(state == null ? "o.status = 'OPEN'" : stateCondition(state));
        // due_on ascending puts the overdue first (their due day has passed), then the nearest due
        return page(where, "o.due_on, o.id", page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitObligationView get(long id) {
        return view(visible(id).id);
    }

    @Transactional
    public VisitObligationView markNotApplicable(long id, String ifMatch, ObligationNotApplicable input) {
        VisitObligation o = scope.find(VisitObligation.class, id);
        ETags.require(ifMatch, o.version);
        Violations violations = Violations.of(validator.validate(input));
        if (input.reason() != null && input.reason() != NotApplicableReason.OTHER) {
            violations.add(
                    "reason",
                    "visit-obligation.reason.automatic",
                    input.reason().name());
        }
        violations.throwIfAny();
        if (o.status != ObligationStatus.OPEN) {
            throw ApiProblem.conflict("visit-obligation.not-open", o.status.name());
        }
        o.status = ObligationStatus.NOT_APPLICABLE;
        o.notApplicableReason = NotApplicableReason.OTHER;
        o.notApplicableNote = blankToNull(input.note()).strip();
        o.notApplicableOn = BeijingTime.today();
        o.touch();
        em.flush();
        return view(o.id);
    }

    /**
     * The obligation if the caller reaches its household (area scope for staff, active pairings for a helper) or
     * answers for it; else the same 404 as one that does not exist.
     */
    VisitObligation visible(long id) {
        long me = scope.caller().staffId();
        return scope.findWhere(
                VisitObligation.class,
                id,
                o -> o.answeredBy(me) || reach.reaches(em.find(Household.class, o.householdId)));
    }

    /** What the caller reaches: the households of {@link HelperReach}, and the obligations it answers for. */
    private Where visibleWhere() {
        HelperReach.Filter reachable = reach.filter("o.household_id", "o.area_path");
        Map<String, Object> params = new HashMap<>(reachable.params());
        params.put("me", scope.caller().staffId());
        return new Where().and("(" + reachable.sql() + " OR o.responsible_staff_id = :me)", params);
    }

    /** A state as a condition: the one rule of {@link ObligationState} (bound with {@code :today}). */
    private static String stateCondition(VisitObligationState state) {
        return switch (state) {
            case DUE -> ObligationState.sqlDue("o");
            case OVERDUE -> ObligationState.sqlOverdue("o");
            // the other states are stored statuses of the same name
            default -> "o.status = '" + ObligationStatus.valueOf(state.name()).name() + "'";
        };
    }

    private static String orderBy(PageParams page) {
        if (page.sort == null || page.sort.isBlank()) {
            return "o.due_on, o.id";
        }
        return page.sortTerms(SORTABLE).stream()
                        .map(t -> t.path() + (t.descending() ? " DESC" : ""))
                        .collect(Collectors.joining(", "))
                + ", o.id";
    }

    private PageResult<VisitObligationView> page(Where where, String orderBy, PageParams page) {
        LocalDate today = BeijingTime.today();
        String condition = " WHERE " + where.conditions();
        var query = em.createNativeQuery(SELECT + FROM + condition + " ORDER BY " + orderBy)
                .setParameter("today", today)
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size);
        where.bind(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long total = page.total(rows.size(), () -> {
            var count = em.createNativeQuery("SELECT COUNT(*) FROM visit_obligation o" + condition);
            where.bind(count);
            if (condition.contains(":today")) {
                count.setParameter("today", today);
            }
            return ((Number) count.getSingleResult()).longValue();
        });
        return new PageResult<>(views(rows), page.page, page.size, total);
    }

    private VisitObligationView view(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + FROM + " WHERE o.id = :id")
                .setParameter("id", id)
                .setParameter("today", BeijingTime.today())
                .getResultList();
        return views(rows).get(0);
    }

    /** The rows as views, their households' addresses and grids read in one query. */
    private List<VisitObligationView> views(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> householdIds = rows.stream().map(r -> num(r[8])).collect(Collectors.toSet());
        Map<Long, Household> households = em
                .createQuery(
                        "select h from Household h left join fetch h.building join fetch h.grid where h.id in :ids",
                        Household.class)
                .setParameter("ids", householdIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(h -> h.id, h -> h));
        return rows.stream()
                .map(r -> {
                    Household h = households.get(num(r[8]));
                    return new VisitObligationView(
                            num(r[0]),
                            num(r[1]),
                            (String) r[2],
                            num(r[3]),
                            day(r[4]),
                            day(r[5]),
                            day(r[6]),
                            VisitObligationState.valueOf((String) r[7]),
                            new ObligationHousehold(h.id, RegistryViews.displayAddress(h), h.grid.id, h.grid.name),
                            r[10] == null ? null : new ObligationResponsible(num(r[10]), (String) r[11]),
                            r[12] == null ? null : num(r[12]),
                            (String) r[13],
                            ((Number) r[14]).intValue(),
                            ((Number) r[15]).intValue(),
                            ((Number) r[16]).intValue(),
                            day(r[17]),
                            r[18] == null ? null : num(r[18]),
                            r[19] == null ? null : NotApplicableReason.valueOf((String) r[19]),
                            (String) r[20],
                            num(r[21]));
                })
                .toList();
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
