package com.gridwork.visit.obligation;

import com.gridwork.calendar.WorkingCalendar;
import com.gridwork.visit.rule.VisitPeriod;
import com.gridwork.visit.rule.VisitPeriods;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitRule;
import com.gridwork.visit.rule.VisitTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Creates a rule's period and its obligations when the period starts, once: the denominator is fixed then
 * (visit_period.household_count) and never grows; households that start to qualify later join the next period.
 * One set-based INSERT ... SELECT per rule and period, whatever the number of households.
 */
@ApplicationScoped
public class ObligationGenerator {
    /**
     * "The grid's worker", per grid of a sub-district (path pattern {@code :subPath}): the lowest-id enabled staff
     * account of role grid-worker whose scope includes the grid. A grid without one has no row.
     */
    public static final String GRID_WORKERS_SQL = "SELECT g.id AS grid_id, MIN(s.id) AS staff_id FROM area g"
            + " JOIN area sa_area ON g.path LIKE CONCAT(sa_area.path, '%')"
            + " JOIN staff_area sa ON sa.area_id = sa_area.id"
            + " JOIN staff s ON s.id = sa.staff_id"
            + " WHERE g.level = 'GRID' AND g.path LIKE :subPath AND s.role = 'grid-worker' AND s.enabled = TRUE"
            + " GROUP BY g.id";

    private static final String COLUMNS = "INSERT INTO visit_obligation (period_id, rule_id, household_id, grid_id,"
            + " area_path, responsible_staff_id, pairing_id, pairing_type_code, starts_on, ends_on, due_on,"
            + " visits_required, completed_days, attempt_days, status, version, created_at, updated_at) ";

    /** The household carries one of the rule's codes: a household tag, or an active resident's care-group tag. */
    static final String CARRIES_RULE_CODE = "(EXISTS (SELECT 1 FROM household_tag ht JOIN visit_rule_code hc"
            + " ON hc.code = ht.code WHERE hc.rule_id = %1$s AND ht.household_id = %2$s)"
            + " OR EXISTS (SELECT 1 FROM resident cr JOIN resident_tag rt ON rt.resident_id = cr.id"
            + " JOIN visit_rule_code rc ON rc.code = rt.code WHERE rc.rule_id = %1$s AND cr.household_id = %2$s"
            + " AND cr.status = 'ACTIVE'))";

    /** What a generation did: the period, and whether this call created it (false: it existed already). */
    public record Generated(long periodId, LocalDate startsOn, int householdCount, boolean created) {}

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    /**
     * The obligations of the rule's period containing {@code today}, created unless that period exists already;
     * empty for a rule switched off or not started yet. Joins the caller's transaction (a rule just created may be
     * generated in the transaction that created it). Parallel callers queue on the rule's row; on an engine where
     * they do not, the second insert of the period fails on uq_visit_period and rolls back, creating nothing twice.
     */
    @Transactional
    public Optional<Generated> generate(long ruleId, LocalDate today) {
        List<?> locked = em.createNativeQuery("SELECT id FROM visit_rule WHERE id = :id AND active = TRUE FOR UPDATE")
                .setParameter("id", ruleId)
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        VisitRule rule = em.find(VisitRule.class, ruleId);
        em.refresh(rule);
        Optional<VisitPeriods.Period> running = VisitPeriods.containing(rule, today);
        if (running.isEmpty()) {
            return Optional.empty();
        }
        VisitPeriods.Period period = running.get();
        // a locking read: sees the period a generator that held the rule's lock before us committed
        List<?> existing = em.createNativeQuery("SELECT id, household_count FROM visit_period"
                        + " WHERE rule_id = :rule AND starts_on = :startsOn FOR UPDATE")
                .setParameter("rule", ruleId)
                .setParameter("startsOn", period.startsOn())
                .getResultList();
        if (!existing.isEmpty()) {
            Object[] row = (Object[]) existing.get(0);
            return Optional.of(new Generated(
                    ((Number) row[0]).longValue(), period.startsOn(), ((Number) row[1]).intValue(), false));
        }
        VisitPeriod p = new VisitPeriod();
        p.ruleId = ruleId;
        p.startsOn = period.startsOn();
        p.endsOn = period.endsOn();
        p.dueOn = VisitPeriods.dueOn(period, calendar.workingDays(rule.subDistrictId));
        p.generatedAt = Instant.now();
        p.persist();
        em.flush();
        p.householdCount = insertObligations(rule, p);
        em.flush();
        return Optional.of(new Generated(p.id, p.startsOn, p.householdCount, true));
    }

    private int insertObligations(VisitRule rule, VisitPeriod p) {
        boolean helper = rule.responsible == VisitResponsible.HELPER;
        String fixed = " :period, :rule, %s, h.grid_id, h.area_path, %s, %s, %s, :startsOn, :endsOn, :dueOn,"
                + " :required, 0, 0, 'OPEN', 0, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)";
        String workers = " LEFT JOIN (" + GRID_WORKERS_SQL + ") w ON w.grid_id = h.grid_id";
        String sql;
        if (rule.target == VisitTarget.PAIRED) {
            sql = COLUMNS + "SELECT"
                    + fixed.formatted(
                            "p.household_id", helper ? "p.helper_staff_id" : "w.staff_id", "p.id", "p.type_code")
                    + " FROM pairing p JOIN household h ON h.id = p.household_id"
                    + (helper ? "" : workers)
                    + " WHERE p.status = 'ACTIVE' AND h.status = 'ACTIVE' AND h.area_path LIKE :subPath"
                    + (rule.codes.isEmpty()
                            ? ""
                            : " AND p.type_code IN (SELECT c.code FROM visit_rule_code c WHERE c.rule_id = :rule)");
        } else {
            // a HELPER rule over households: the helper of the household's earliest active pairing
            String responsible = helper
                    ? "(SELECT hp.helper_staff_id FROM pairing hp WHERE hp.household_id = h.id AND hp.status = 'ACTIVE'"
                            + " ORDER BY hp.id LIMIT 1)"
                    : "w.staff_id";
            sql = COLUMNS + "SELECT" + fixed.formatted("h.id", responsible, "NULL", "NULL")
                    + " FROM household h" + (helper ? "" : workers)
                    + " WHERE h.status = 'ACTIVE' AND h.area_path LIKE :subPath"
                    + (rule.target == VisitTarget.CARE_TAGGED
                            ? " AND " + CARRIES_RULE_CODE.formatted(":rule", "h.id")
                            : "");
        }
        var query = em.createNativeQuery(sql)
                .setParameter("period", p.id)
                .setParameter("rule", rule.id)
                .setParameter("startsOn", p.startsOn)
                .setParameter("endsOn", p.endsOn)
                .setParameter("dueOn", p.dueOn)
                .setParameter("required", rule.visitsRequired)
                .setParameter("subPath", rule.areaPath + "%");
        return query.executeUpdate();
    }
}
