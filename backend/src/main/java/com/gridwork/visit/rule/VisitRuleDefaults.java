package com.gridwork.visit.rule;

import com.gridwork.common.time.BeijingTime;
import com.gridwork.visit.VisitMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The two rules every sub-district starts with (issue 15): every household by its grid worker each half-year, and
 * every paired household by its helper each month. Created the first time a sub-district's rules are read or its
 * obligations generated; after that they are ordinary rules the sub-district may change or switch off.
 */
@ApplicationScoped
public class VisitRuleDefaults {
    /** Stored names (data, in Chinese like the code lists' names). */
    static final String GRID_HALF_YEAR_NAME = "网格员半年全覆盖走访";

    static final String PAIRED_MONTHLY_NAME = "结对帮扶每月走访";

    @Inject
    EntityManager em;

    /**
     * Makes sure the sub-district has both default rules, once: parallel callers queue on the sub-district's area row
     * and the later one finds the rules the first made.
     */
    @Transactional
    public void ensure(long subDistrictId) {
        if (defaultsPresent(subDistrictId) == DefaultVisitRule.values().length) {
            return;
        }
        List<?> area = em.createNativeQuery(
                        "SELECT path FROM area WHERE id = :id AND level = 'SUB_DISTRICT' FOR UPDATE")
                .setParameter("id", subDistrictId)
                .getResultList();
        if (area.isEmpty()) {
            throw new IllegalArgumentException("not a sub-district: " + subDistrictId);
        }
        String path = (String) area.get(0);
        // a locking read sees what a caller that held the lock before has committed
        @SuppressWarnings("unchecked")
        List<Object[]> existing = em.createNativeQuery(
                        "SELECT name, default_rule FROM visit_rule WHERE sub_district_id = :id FOR UPDATE")
                .setParameter("id", subDistrictId)
                .getResultList();
        Set<String> names = new HashSet<>();
        Set<String> present = new HashSet<>();
        for (Object[] row : existing) {
            names.add((String) row[0]);
            if (row[1] != null) {
                present.add((String) row[1]);
            }
        }
        LocalDate today = BeijingTime.today();
        for (DefaultVisitRule kind : DefaultVisitRule.values()) {
            if (!present.contains(kind.name())) {
                VisitRule rule = build(kind, subDistrictId, path, today);
                rule.name = freeName(rule.name, names);
                names.add(rule.name);
                rule.persist();
            }
        }
        em.flush();
    }

    private long defaultsPresent(long subDistrictId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM visit_rule WHERE sub_district_id = :id"
                                + " AND default_rule IS NOT NULL")
                        .setParameter("id", subDistrictId)
                        .getSingleResult())
                .longValue();
    }

    /** The default as the issue describes it, its first period the one running today. */
    static VisitRule build(DefaultVisitRule kind, long subDistrictId, String areaPath, LocalDate today) {
        VisitRule rule = new VisitRule();
        rule.subDistrictId = subDistrictId;
        rule.areaPath = areaPath;
        rule.defaultRule = kind;
        rule.visitsRequired = 1;
        switch (kind) {
            case GRID_HALF_YEAR -> {
                rule.name = GRID_HALF_YEAR_NAME;
                rule.target = VisitTarget.ALL_HOUSEHOLDS;
                rule.responsible = VisitResponsible.GRID_WORKER;
                rule.periodKind = PeriodKind.HALF_YEAR;
                rule.modes = EnumSet.of(VisitMode.IN_HOME, VisitMode.AT_DOOR);
            }
            case PAIRED_MONTHLY -> {
                rule.name = PAIRED_MONTHLY_NAME;
                rule.target = VisitTarget.PAIRED;
                rule.responsible = VisitResponsible.HELPER;
                rule.periodKind = PeriodKind.MONTH;
                rule.modes = EnumSet.allOf(VisitMode.class);
            }
        }
        // the calendar period running today, whole: the rule's anchor is its first day
        rule.anchorDate = VisitPeriods.containing(
                        new VisitPeriods.Schedule(rule.periodKind, null, LocalDate.of(1970, 1, 1)), today)
                .orElseThrow()
                .startsOn();
        return rule;
    }

    /** The default's name, or with a number when the sub-district already has a rule of its own by that name. */
    private static String freeName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + "（" + n + "）";
        }
        return candidate;
    }
}
