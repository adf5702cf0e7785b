package com.gridwork.visit.coverage;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.visit.coverage.VisitCoverageDtos.ProblemsRow;
import com.gridwork.visit.coverage.VisitCoverageDtos.ProblemsSolved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 一月一事, "one problem solved a month" of 十个一: per grid worker in the caller's scope, the issues they were first
 * responsible for that were closed in the month ({@link VisitCoverageDefinitions#PROBLEMS_SOLVED_DEFINITION}).
 */
@ApplicationScoped
public class ProblemsSolvedService {
    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProblemsSolved problemsSolved(String month, Long areaId, Locale locale) {
        YearMonth ym = month(month);
        Area area = areaId == null ? null : scope.find(Area.class, areaId);
        AreaScope.ScopeFilter scoped = scope.filter("a.path");
        Where where = new Where()
                .and(scoped.sql(), scoped.params())
                .and("a.path LIKE :areaPath", "areaPath", area == null ? null : area.path, p -> p + "%");
        // a worker whose scope lies in the area; their grids' names, in area order
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<String>> grids = new HashMap<>();
        for (Object[] r : list(where.bind(em.createNativeQuery("SELECT s.id, s.display_name, a.name FROM staff s"
                + " JOIN staff_area sa ON sa.staff_id = s.id JOIN area a ON a.id = sa.area_id"
                + " WHERE s.role = 'grid-worker' AND s.enabled = TRUE AND " + where.conditions()
                + " ORDER BY s.display_name, s.id, a.path")))) {
            long id = ((Number) r[0]).longValue();
            names.put(id, (String) r[1]);
            grids.computeIfAbsent(id, k -> new ArrayList<>()).add((String) r[2]);
        }
        Map<Long, Long> solved = new HashMap<>();
        if (!names.isEmpty()) {
            for (Object[] r : list(em.createNativeQuery("SELECT i.first_responsible_id, COUNT(*) FROM issue i"
                            + " WHERE i.first_responsible_id IN (:ids) AND i.status = 'CLOSED'"
                            + " AND i.closed_at >= :start AND i.closed_at < :end GROUP BY i.first_responsible_id")
                    .setParameter("ids", List.copyOf(names.keySet()))
                    .setParameter("start", VisitCoverageDefinitions.monthStart(ym))
                    .setParameter("end", VisitCoverageDefinitions.monthEnd(ym)))) {
                solved.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        List<ProblemsRow> rows = new ArrayList<>();
        names.forEach((id, name) -> {
            long n = solved.getOrDefault(id, 0L);
            rows.add(new ProblemsRow(id, name, String.join("、", grids.get(id)), n, n >= 1));
        });
        return new ProblemsSolved(
                ym.toString(),
                area == null ? null : area.id,
                rows.size(),
                rows.stream().filter(ProblemsRow::met).count(),
                rows.stream().mapToLong(ProblemsRow::solved).sum(),
                rows,
                messages.get(locale, "visit-coverage.definition.problemsSolved"));
    }

    /** The month asked for (YYYY-MM), this month in Beijing when absent; a 400 naming {@code month} otherwise. */
    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(BeijingTime.today());
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField("month", "visit-coverage.month.invalid");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return query.getResultList();
    }
}
