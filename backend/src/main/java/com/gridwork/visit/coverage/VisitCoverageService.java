package com.gridwork.visit.coverage;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.LocalName;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.visit.coverage.VisitCoverageDefinitions.Figure;
import com.gridwork.visit.coverage.VisitCoverageDtos.Definition;
import com.gridwork.visit.coverage.VisitCoverageDtos.FigureName;
import com.gridwork.visit.coverage.VisitCoverageDtos.GroupBy;
import com.gridwork.visit.coverage.VisitCoverageDtos.Mine;
import com.gridwork.visit.coverage.VisitCoverageDtos.MineItem;
import com.gridwork.visit.coverage.VisitCoverageDtos.PeriodRef;
import com.gridwork.visit.coverage.VisitCoverageDtos.RuleChoice;
import com.gridwork.visit.coverage.VisitCoverageDtos.RuleRef;
import com.gridwork.visit.coverage.VisitCoverageDtos.VisitCoverage;
import com.gridwork.visit.coverage.VisitCoverageDtos.VisitCoverageFigures;
import com.gridwork.visit.coverage.VisitCoverageDtos.VisitCoverageHouseholdRow;
import com.gridwork.visit.coverage.VisitCoverageDtos.VisitCoverageRow;
import com.gridwork.visit.obligation.NotApplicableReason;
import com.gridwork.visit.obligation.ObligationState;
import com.gridwork.visit.obligation.VisitObligationState;
import com.gridwork.visit.rule.VisitPeriod;
import com.gridwork.visit.rule.VisitRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coverage of a rule's period in the caller's scope (走访覆盖): one grouped statement over the period's obligations
 * counts every figure of {@link VisitCoverageDefinitions} per row; the totals, the rows, the report line, the export
 * and the drill-down all read those numbers and those conditions. {@link #count} takes explicit arguments (no request)
 * for the bench.
 */
@ApplicationScoped
public class VisitCoverageService {
    /** The key of the row of obligations without a grid worker, pairing type or care code. */
    public static final String NONE = "NONE";

    private static final String TAGS =
            "(SELECT ht.household_id, ht.code FROM household_tag ht UNION SELECT r.household_id,"
                    + " rt.code FROM resident r JOIN resident_tag rt ON rt.resident_id = r.id WHERE r.status = 'ACTIVE')";

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    /** The counted figures of a period: the totals, and one row per group key (null: the row without one). */
    public record Counted(VisitCoverageFigures totals, Map<String, VisitCoverageFigures> rows) {}

    /** The rule and period a request names, resolved in the caller's scope. */
    record Target(VisitRule rule, VisitPeriod period) {}

    // ---- the coverage --------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitCoverage coverage(Long ruleId, Long periodId, Long areaId, GroupBy groupBy, Locale locale) {
        Target target = target(ruleId, periodId, false);
        Area area = areaId == null ? null : scope.find(Area.class, areaId);
        GroupBy by = groupBy == null ? GroupBy.GRID : groupBy;
        Counted counted = count(
                target.period().id, scope.filter("o.area_path"), area == null ? null : area.path, null, by, today());
        Map<String, String> labels = labels(by, counted.rows().keySet(), locale);
        List<VisitCoverageRow> rows = counted.rows().entrySet().stream()
                .map(e -> new VisitCoverageRow(
                        e.getKey() == null ? NONE : e.getKey(), labels.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((VisitCoverageRow r) -> NONE.equals(r.key()))
                        .thenComparing(VisitCoverageRow::label)
                        .thenComparing(VisitCoverageRow::key))
                .toList();
        return new VisitCoverage(
                ruleRef(target.rule()),
                periodRef(target.period()),
                area == null ? null : area.id,
                area == null ? null : area.name,
                by,
                counted.totals(),
                by != GroupBy.CARE_TAG,
                rows,
                reportLine(counted.totals(), locale),
                definitions(locale));
    }

    /**
     * The figures of a period's obligations under {@code scopeFilter} (and below {@code areaPath}, and of
     * {@code responsibleStaffId}, when given), grouped by {@code groupBy}: one grouped statement, and for CARE_TAG
     * (whose rows overlap) a second one for the totals.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted count(
            long periodId,
            AreaScope.ScopeFilter scopeFilter,
            String areaPath,
            Long responsibleStaffId,
            GroupBy groupBy,
            LocalDate today) {
        Where where = where(periodId, scopeFilter, areaPath, responsibleStaffId);
        String key = switch (groupBy) {
            case GRID -> "o.grid_id";
            case WORKER -> "o.responsible_staff_id";
            case PAIRING_TYPE -> "o.pairing_type_code";
            case CARE_TAG -> "c.code";
        };
        String join = groupBy == GroupBy.CARE_TAG ? " LEFT JOIN " + TAGS + " c ON c.household_id = o.household_id" : "";
        Map<String, VisitCoverageFigures> rows = new LinkedHashMap<>();
        for (Object[] r : rows(
                "SELECT " + key + ", " + VisitCoverageDefinitions.SUMS + " FROM visit_obligation o" + join + " WHERE "
                        + where.conditions() + " GROUP BY " + key,
                where,
                today)) {
            rows.put(r[0] == null ? null : r[0].toString(), figures(r, 1));
        }
        VisitCoverageFigures totals;
        if (groupBy == GroupBy.CARE_TAG) {
            List<Object[]> total = rows(
                    "SELECT 0, " + VisitCoverageDefinitions.SUMS + " FROM visit_obligation o WHERE "
                            + where.conditions(),
                    where,
                    today);
            totals = figures(total.get(0), 1);
        } else {
            totals = sum(rows.values());
        }
        return new Counted(totals, rows);
    }

    // ---- the pickers ------------------------------------------------------------------------------------------------

    /** The rules of the caller's sub-districts (in or above the scope), active first, with their periods. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleChoice> rules() {
        AreaScope.ScopeFilter scoped = scope.filterWithAncestors("r.areaPath");
        List<VisitRule> rules = scoped.bind(em.createQuery(
                        "select r from VisitRule r where " + scoped.jpql() + " order by r.active desc, r.name, r.id",
                        VisitRule.class))
                .getResultList();
        if (rules.isEmpty()) {
            return List.of();
        }
        Map<Long, List<VisitPeriod>> periods = new HashMap<>();
        for (VisitPeriod p : VisitPeriod.<VisitPeriod>list(
                "ruleId in ?1 order by startsOn desc",
                rules.stream().map(r -> r.id).toList())) {
            periods.computeIfAbsent(p.ruleId, k -> new ArrayList<>()).add(p);
        }
        LocalDate today = today();
        return rules.stream()
                .map(r -> {
                    List<VisitPeriod> own = periods.getOrDefault(r.id, List.of());
                    Long current = own.stream()
                            .filter(p -> !p.startsOn.isAfter(today))
                            .map(p -> p.id)
                            .findFirst()
                            .orElse(null);
                    return new RuleChoice(
                            r.id,
                            r.name,
                            r.active,
                            own.stream().map(VisitCoverageService::periodRef).toList(),
                            current);
                })
                .toList();
    }

    // ---- the caller's own ------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Mine mine(Long ruleId, Long periodId, Locale locale) {
        Caller caller = scope.caller();
        LocalDate today = today();
        List<Target> targets = new ArrayList<>();
        if (ruleId != null) {
            targets.add(target(ruleId, periodId, true));
        } else {
            if (periodId != null) {
                throw ApiProblem.invalidField("ruleId", "visit-coverage.rule.required-with-period");
            }
            @SuppressWarnings("unchecked")
            List<Number> periods = em.createNativeQuery(
                            "SELECT DISTINCT p.id FROM visit_obligation o JOIN visit_period p"
                                    + " ON p.id = o.period_id WHERE o.responsible_staff_id = :me AND p.starts_on <= :today"
                                    + " AND p.ends_on >= :today ORDER BY p.id")
                    .setParameter("me", caller.staffId())
                    .setParameter("today", today)
                    .getResultList();
            for (Number id : periods) {
                VisitPeriod period = em.find(VisitPeriod.class, id.longValue());
                targets.add(new Target(em.find(VisitRule.class, period.ruleId), period));
            }
        }
        List<MineItem> items = new ArrayList<>();
        for (Target t : targets) {
            VisitCoverageFigures totals = count(
                            t.period().id,
                            AreaScope.ScopeFilter.of(true, List.of(), "o.area_path", false),
                            null,
                            caller.staffId(),
                            GroupBy.GRID,
                            today)
                    .totals();
            items.add(new MineItem(ruleRef(t.rule()), periodRef(t.period()), totals, reportLine(totals, locale)));
        }
        return new Mine(items);
    }

    // ---- the drill-down --------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<VisitCoverageHouseholdRow> households(
            Long ruleId,
            Long periodId,
            Long areaId,
            FigureName figure,
            GroupBy groupBy,
            String groupKey,
            int page,
            int size) {
        if (figure == null) {
            throw ApiProblem.invalidField("figure", "visit-coverage.figure.required");
        }
        if (groupKey != null && !groupKey.isBlank() && groupBy == null) {
            throw ApiProblem.invalidField("groupBy", "visit-coverage.group-by.required");
        }
        Target target = target(ruleId, periodId, false);
        Area area = areaId == null ? null : scope.find(Area.class, areaId);
        Where where = where(target.period().id, scope.filter("o.area_path"), area == null ? null : area.path, null);
        where.and(Figure.valueOf(figure.name()).condition());
        if (groupKey != null && !groupKey.isBlank()) {
            groupCondition(where, groupBy, groupKey.strip());
        }
        LocalDate today = today();
        long total = ((Number)
                        single("SELECT COUNT(*) FROM visit_obligation o WHERE " + where.conditions(), where, today))
                .longValue();
        List<VisitCoverageHouseholdRow> items = new ArrayList<>();
        if (total > (long) page * size) {
            for (Object[] r : rows(
                    "SELECT o.id, o.household_id, h.address, o.grid_id, g.name, o.responsible_staff_id, s.display_name,"
                            + " o.pairing_type_code, " + ObligationState.sql("o") + ", o.visits_required,"
                            + " o.completed_days, o.attempt_days,"
                            + " (SELECT MAX(v.visited_on) FROM visit v WHERE v.household_id = o.household_id),"
                            + " o.satisfied_on, o.not_applicable_reason, o.not_applicable_note"
                            + " FROM visit_obligation o JOIN household h ON h.id = o.household_id"
                            + " JOIN area g ON g.id = o.grid_id"
                            + " LEFT JOIN staff s ON s.id = o.responsible_staff_id WHERE " + where.conditions()
                            + " ORDER BY o.area_path, o.household_id, o.id LIMIT " + size + " OFFSET "
                            + (long) page * size,
                    where,
                    today)) {
                items.add(householdRow(r));
            }
        }
        return new PageResult<>(items, page, size, total);
    }

    private void groupCondition(Where where, GroupBy groupBy, String key) {
        boolean none = NONE.equals(key);
        switch (groupBy) {
            case GRID -> where.and("o.grid_id = :groupKey", "groupKey", idKey(key));
            case WORKER -> {
                if (none) {
                    where.and("o.responsible_staff_id IS NULL");
                } else {
                    where.and("o.responsible_staff_id = :groupKey", "groupKey", idKey(key));
                }
            }
            case PAIRING_TYPE -> {
                if (none) {
                    where.and("o.pairing_type_code IS NULL");
                } else {
                    where.and("o.pairing_type_code = :groupKey", "groupKey", key);
                }
            }
            case CARE_TAG -> {
                String exists = "EXISTS (SELECT 1 FROM " + TAGS + " c WHERE c.household_id = o.household_id";
                if (none) {
                    where.and("NOT " + exists + ")");
                } else {
                    where.and(exists + " AND c.code = :groupKey)", "groupKey", key);
                }
            }
        }
    }

    private static long idKey(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField("groupKey", "visit-coverage.group-key.invalid");
        }
    }

    private static VisitCoverageHouseholdRow householdRow(Object[] r) {
        return new VisitCoverageHouseholdRow(
                num(r[0]),
                num(r[1]),
                (String) r[2],
                num(r[3]),
                (String) r[4],
                r[5] == null ? null : num(r[5]),
                (String) r[6],
                (String) r[7],
                VisitObligationState.valueOf((String) r[8]),
                (int) num(r[9]),
                (int) num(r[10]),
                (int) num(r[11]),
                day(r[12]),
                day(r[13]),
                r[14] == null ? null : NotApplicableReason.valueOf((String) r[14]),
                (String) r[15]);
    }

    // ---- resolving the request ---------------------------------------------------------------------------------

    /**
     * The rule (in or above the caller's scope; for {@code mine} also a rule the caller answers for an obligation of)
     * and its period: the one asked for (a period of another rule is a 404), else the one running today, else the
     * latest that started.
     */
    Target target(Long ruleId, Long periodId, boolean mine) {
        if (ruleId == null) {
            throw ApiProblem.invalidField("ruleId", "visit-coverage.rule.required");
        }
        Caller caller = scope.caller();
        VisitRule rule = mine
                ? scope.findWhere(
                        VisitRule.class,
                        ruleId,
                        r -> caller.coversOrIsAbove(r.areaPath) || answersUnder(caller.staffId(), r.id))
                : scope.findOrAbove(VisitRule.class, ruleId);
        VisitPeriod period;
        if (periodId != null) {
            period = em.find(VisitPeriod.class, periodId);
            if (period == null || !period.ruleId.equals(rule.id)) {
                throw ApiProblem.notFound("visit-period.not-found", periodId);
            }
        } else {
            period = VisitPeriod.<VisitPeriod>find(
                            "ruleId = ?1 and startsOn <= ?2 order by startsOn desc", rule.id, today())
                    .firstResult();
            if (period == null) {
                throw ApiProblem.invalidField("periodId", "visit-coverage.period.none");
            }
        }
        return new Target(rule, period);
    }

    private boolean answersUnder(long staffId, long ruleId) {
        return !em.createNativeQuery("SELECT 1 FROM visit_obligation o WHERE o.responsible_staff_id = :me"
                        + " AND o.rule_id = :rule LIMIT 1")
                .setParameter("me", staffId)
                .setParameter("rule", ruleId)
                .getResultList()
                .isEmpty();
    }

    private static Where where(
            long periodId, AreaScope.ScopeFilter scopeFilter, String areaPath, Long responsibleStaffId) {
        return new Where()
                .and("o.period_id = :period", "period", periodId)
                .and(scopeFilter.sql(), scopeFilter.params())
                .and("o.area_path LIKE :areaPath", "areaPath", areaPath, p -> p + "%")
                .and("o.responsible_staff_id = :me", "me", responsibleStaffId);
    }

    // ---- labels, report line, definitions -------------------------------------------------------------------------

    private Map<String, String> labels(GroupBy by, Iterable<String> keys, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        List<String> present = new ArrayList<>();
        keys.forEach(k -> {
            if (k == null) {
                labels.put(null, messages.get(locale, "visit-coverage.none." + by.name()));
            } else {
                present.add(k);
            }
        });
        if (present.isEmpty()) {
            return labels;
        }
        switch (by) {
            case GRID -> names("SELECT a.id, a.name, a.name FROM area a WHERE a.id IN (:keys)", ids(present), labels);
            case WORKER ->
                names(
                        "SELECT s.id, s.display_name, s.display_name FROM staff s WHERE s.id IN (:keys)",
                        ids(present),
                        labels);
            case PAIRING_TYPE, CARE_TAG -> {
                String categories = by == GroupBy.PAIRING_TYPE ? "('PAIRING_TYPE')" : "('CARE_GROUP', 'HOUSEHOLD_TAG')";
                // the platform's name first, a sub-district's own after
                for (Object[] r : list(em.createNativeQuery("SELECT d.code, d.name, d.name_en FROM dictionary_item d"
                                + " WHERE d.category IN " + categories + " AND d.code IN (:keys)"
                                + " ORDER BY d.sub_district_id IS NOT NULL, d.id")
                        .setParameter("keys", present))) {
                    labels.putIfAbsent((String) r[0], LocalName.of(locale, (String) r[1], (String) r[2]));
                }
            }
        }
        present.forEach(k -> labels.putIfAbsent(k, k));
        return labels;
    }

    private void names(String sql, List<Long> ids, Map<String, String> labels) {
        for (Object[] r : list(em.createNativeQuery(sql).setParameter("keys", ids))) {
            labels.put(r[0].toString(), (String) r[1]);
        }
    }

    private static List<Long> ids(List<String> keys) {
        return keys.stream().map(Long::valueOf).toList();
    }

    /** The report line, from the same figures as the totals; it names the households not applicable only if any. */
    public String reportLine(VisitCoverageFigures f, Locale locale) {
        long open = f.partiallyVisited() + f.attemptedOnly() + f.notVisited();
        String excluded = f.excluded() == 0
                ? ""
                : messages.get(locale, "visit-coverage.report-line.excluded", grouped(f.excluded()));
        return messages.get(
                locale,
                "visit-coverage.report-line",
                grouped(f.denominator()),
                excluded,
                grouped(f.visited()),
                grouped(f.satisfiedLate()),
                grouped(f.partiallyVisited()),
                grouped(f.attemptedOnly()),
                grouped(f.notVisited()),
                grouped(open),
                grouped(f.overdue()),
                percent(f.coverageRate()),
                percent(f.onTimeRate()));
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    public List<Definition> definitions(Locale locale) {
        List<Definition> out = new ArrayList<>();
        for (Figure f : Figure.values()) {
            out.add(definition(f.field(), locale));
        }
        out.add(definition("coverageRate", locale));
        out.add(definition("onTimeRate", locale));
        return out;
    }

    private Definition definition(String field, Locale locale) {
        return new Definition(
                field,
                messages.get(locale, "visit-coverage.figure." + field),
                messages.get(locale, "visit-coverage.definition." + field));
    }

    static RuleRef ruleRef(VisitRule rule) {
        return new RuleRef(rule.id, rule.name);
    }

    static PeriodRef periodRef(VisitPeriod p) {
        return new PeriodRef(p.id, p.startsOn, p.endsOn, p.dueOn, p.householdCount);
    }

    // ---- figures ---------------------------------------------------------------------------------------------------

    /**
     * The figures from a row of {@link VisitCoverageDefinitions#SUMS} starting at column {@code first}. The
     * denominator is counted on its own condition, not added up from the parts, so the partition is a fact the
     * tests check.
     */
    static VisitCoverageFigures figures(Object[] r, int first) {
        long[] v = new long[VisitCoverageDefinitions.FIGURES.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = num(r[first + i]);
        }
        return figures(v);
    }

    /** The figures from counts in {@link Figure} order. */
    static VisitCoverageFigures figures(long[] v) {
        long visited = v[Figure.VISITED.ordinal()];
        long late = v[Figure.SATISFIED_LATE.ordinal()];
        long denominator = v[Figure.DENOMINATOR.ordinal()];
        return new VisitCoverageFigures(
                denominator,
                v[Figure.EXCLUDED.ordinal()],
                visited,
                late,
                v[Figure.PARTIALLY_VISITED.ordinal()],
                v[Figure.ATTEMPTED_ONLY.ordinal()],
                v[Figure.NOT_VISITED.ordinal()],
                v[Figure.OVERDUE.ordinal()],
                VisitCoverageDefinitions.rate(visited + late, denominator),
                VisitCoverageDefinitions.rate(visited, denominator));
    }

    static VisitCoverageFigures sum(Iterable<VisitCoverageFigures> rows) {
        long[] v = new long[Figure.values().length];
        for (VisitCoverageFigures f : rows) {
            v[Figure.DENOMINATOR.ordinal()] += f.denominator();
            v[Figure.EXCLUDED.ordinal()] += f.excluded();
            v[Figure.VISITED.ordinal()] += f.visited();
            v[Figure.SATISFIED_LATE.ordinal()] += f.satisfiedLate();
            v[Figure.PARTIALLY_VISITED.ordinal()] += f.partiallyVisited();
            v[Figure.ATTEMPTED_ONLY.ordinal()] += f.attemptedOnly();
            v[Figure.NOT_VISITED.ordinal()] += f.notVisited();
            v[Figure.OVERDUE.ordinal()] += f.overdue();
        }
        return figures(v);
    }

    // ---- plumbing --------------------------------------------------------------------------------------------------

    private static LocalDate today() {
        return BeijingTime.today();
    }

    private List<Object[]> rows(String sql, Where where, LocalDate today) {
        Query query = where.bind(em.createNativeQuery(sql));
        if (sql.contains(":today")) {
            query.setParameter("today", today);
        }
        return list(query);
    }

    private Object single(String sql, Where where, LocalDate today) {
        Query query = where.bind(em.createNativeQuery(sql));
        if (sql.contains(":today")) {
            query.setParameter("today", today);
        }
        return query.getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return query.getResultList();
    }

    private static LocalDate day(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
