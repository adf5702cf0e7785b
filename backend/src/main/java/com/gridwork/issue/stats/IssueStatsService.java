package com.gridwork.issue.stats;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.LocalName;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.persistence.Where;
import com.gridwork.issue.IssueDeadlines;
import com.gridwork.issue.IssueStatus;
import com.gridwork.issue.Satisfaction;
import com.gridwork.issue.category.IssueCategory;
import com.gridwork.issue.stats.IssueStatsDtos.IssueMetrics;
import com.gridwork.issue.stats.IssueStatsDtos.IssueStats;
import com.gridwork.issue.stats.IssueStatsDtos.IssueStatsRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issue statistics with one set of definitions (see {@link IssueStatsDtos.IssueMetrics}). One scan whatever the
 * size: the issues received in the period (counted per category, community and grid, with their resolve times for
 * the percentile) and the deadline outcome of issues due in the period; cells are rolled up here into every breakdown.
 */
@ApplicationScoped
public class IssueStatsService {
    /** A year and a day: longer periods belong in a data warehouse, not in a request. */
    static final long MAX_DAYS = 366;

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    /** The counts of one (category, community, grid) cell; summed into every breakdown. */
    private static final class Cell {
        long received, accepted, rejected, resolved, closed, open, due, onTime, overdueOpen;
        long resolveSeconds, resolvedWithTime, satisfied, basic, unsatisfied;
        final Durations durations = new Durations();

        void add(Cell o) {
            received += o.received;
            accepted += o.accepted;
            rejected += o.rejected;
            resolved += o.resolved;
            closed += o.closed;
            open += o.open;
            due += o.due;
            onTime += o.onTime;
            overdueOpen += o.overdueOpen;
            resolveSeconds += o.resolveSeconds;
            resolvedWithTime += o.resolvedWithTime;
            satisfied += o.satisfied;
            basic += o.basic;
            unsatisfied += o.unsatisfied;
            durations.addAll(o.durations);
        }

        IssueMetrics metrics() {
            long feedback = satisfied + basic + unsatisfied;
            return new IssueMetrics(
                    received,
                    accepted,
                    rejected,
                    resolved,
                    closed,
                    open,
                    due,
                    onTime,
                    ratio(onTime, due),
                    overdueOpen,
                    resolvedWithTime == 0 ? null : round1(resolveSeconds / 3600.0 / resolvedWithTime),
                    durations.p90Hours(),
                    feedback,
                    satisfied,
                    basic,
                    unsatisfied,
                    ratio(satisfied + basic, feedback));
        }
    }

    private record Key(long categoryId, long communityId, Long gridId) {}

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public IssueStats stats(LocalDate from, LocalDate to, Long areaId, Locale locale) {
        if (from == null || to == null) {
            throw ApiProblem.invalidField(from == null ? "from" : "to", "issue.stats.period.required");
        }
        if (to.isBefore(from)) {
            throw ApiProblem.invalidField("to", "issue.stats.period.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiProblem.invalidField("to", "issue.stats.period.too-long", MAX_DAYS);
        }
        Area area = areaId == null ? null : scope.find(Area.class, areaId);
        Instant start = from.atStartOfDay(IssueDeadlines.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(IssueDeadlines.ZONE).toInstant();
        Instant now = Instant.now();

        AreaScope.ScopeFilter filter = scope.filter("i.area_path");
        Where where = new Where()
                .and(filter.sql(), filter.params())
                .and("i.area_path like :areaPath", "areaPath", area, a -> a.path + "%");
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("start", start);
        params.put("end", end);
        params.put("now", now);
        IssueDeadlines.DueWindow dueWindow = IssueDeadlines.dueWithin(from, to);
        params.put("dueAfter", dueWindow.after());
        params.put("dueUntil", dueWindow.until());

        Map<Key, Cell> cells = new HashMap<>();
        // One pass over the issues received in the period or due in it gives every count: the received cohort with
        // its resolve times, and the deadline outcome of the due cohort (two scans read the rows twice).
        // An issue is due in the period that contains its last day (IssueDeadlines.dueWithin).
        // Every issue due in the period counts once its deadline has passed (or it is resolved): late when it was
        // resolved after the deadline or is still open. Rejected issues have no deadline to meet.
        for (Object[] r : rows(
                "select i.category_id, i.community_id, i.grid_id, i.status, i.accepted_at is not null,"
                        + " i.satisfaction, i.unsatisfied_count,"
                        + " case when i.resolved_at is not null and i.status in ('RESOLVED','CLOSED')"
                        + " then timestampdiff(SECOND, i.received_at, i.resolved_at) end,"
                        + " i.received_at >= :start and i.received_at < :end,"
                        + " i.due_at > :dueAfter and i.due_at <= :dueUntil and i.status <> 'REJECTED' and (i.due_at <= :now or i.resolved_at is not null),"
                        + " i.resolved_at is not null and i.resolved_at <= i.due_at"
                        + " from issue i where ((i.received_at >= :start and i.received_at < :end) or (i.due_at > :dueAfter and i.due_at <= :dueUntil))"
                        + " and " + where.conditions(),
                params)) {
            boolean received = num(r[8]) == 1;
            boolean due = num(r[9]) == 1;
            if (!received && !due) {
                continue; // due in the period but not yet counted: no row of its own
            }
            Cell c = cells.computeIfAbsent(key(r), k -> new Cell());
            IssueStatus status = IssueStatus.valueOf((String) r[3]);
            if (received) {
                c.received++;
                c.accepted += num(r[4]);
                c.rejected += status == IssueStatus.REJECTED ? 1 : 0;
                c.resolved += status == IssueStatus.RESOLVED || status == IssueStatus.CLOSED ? 1 : 0;
                c.closed += status == IssueStatus.CLOSED ? 1 : 0;
                c.open += status.isOpen() ? 1 : 0;
                c.satisfied += Satisfaction.SATISFIED.name().equals(r[5]) ? 1 : 0;
                c.basic += Satisfaction.BASICALLY_SATISFIED.name().equals(r[5]) ? 1 : 0;
                c.unsatisfied += num(r[6]);
                if (r[7] != null) {
                    long seconds = num(r[7]);
                    c.resolveSeconds += seconds;
                    c.resolvedWithTime++;
                    c.durations.add(seconds);
                }
            }
            if (due) {
                c.due++;
                c.onTime += num(r[10]);
                c.overdueOpen += status.isOpen() ? 1 : 0;
            }
        }

        Cell totals = new Cell();
        cells.values().forEach(totals::add);
        Map<Long, Area> areas = areas(cells.keySet());
        List<Long> categoryIds =
                cells.keySet().stream().map(Key::categoryId).distinct().toList();
        Map<Long, IssueCategory> categories = categoryIds.isEmpty()
                ? Map.of()
                : IssueCategory.<IssueCategory>list("id in ?1", categoryIds).stream()
                        .collect(Collectors.toMap(c -> c.id, Function.identity()));

        List<IssueStatsRow> byCategory = rollUp(cells, Key::categoryId).entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Cell> e) -> categories.get(e.getKey()).sortOrder)
                        .thenComparing(e -> categories.get(e.getKey()).code)
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new IssueStatsRow(
                        e.getKey(),
                        LocalName.of(locale, categories.get(e.getKey()).name, categories.get(e.getKey()).nameEn),
                        null,
                        e.getValue().metrics()))
                .toList();
        // Areas in their natural order (by code, as the area tree lists them), not by name or id.
        Comparator<Long> byCode =
                Comparator.comparing((Long id) -> areas.get(id).code).thenComparing(id -> id);
        List<IssueStatsRow> byCommunity = rollUp(cells, Key::communityId).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(byCode))
                .map(e -> new IssueStatsRow(
                        e.getKey(),
                        areas.get(e.getKey()).name,
                        null,
                        e.getValue().metrics()))
                .toList();
        String noGrid = messages.get(locale, "issue.stats.no-grid");
        // a community's own issues (no grid) after its grids
        Comparator<Key> gridOrder =
                Comparator.comparing(Key::communityId, byCode).thenComparing(Key::gridId, Comparator.nullsLast(byCode));
        List<IssueStatsRow> byGrid = rollUp(cells, k -> new Key(0, k.communityId(), k.gridId())).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(gridOrder))
                .map(e -> new IssueStatsRow(
                        e.getKey().gridId(),
                        e.getKey().gridId() == null
                                ? noGrid
                                : areas.get(e.getKey().gridId()).name,
                        areas.get(e.getKey().communityId()).name,
                        e.getValue().metrics()))
                .toList();

        IssueMetrics t = totals.metrics();
        String reportLine = messages.get(
                locale,
                "issue.stats.report-line",
                from.toString(),
                to.toString(),
                t.accepted(),
                t.closed(),
                percent(t.onTimeRate(), locale),
                percent(t.satisfactionRate(), locale));
        return new IssueStats(
                from,
                to,
                area == null ? null : area.id,
                area == null ? null : area.name,
                now,
                t,
                byCategory,
                byCommunity,
                byGrid,
                reportLine);
    }

    private String percent(Double rate, Locale locale) {
        return rate == null
                ? messages.get(locale, "issue.stats.not-applicable")
                : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static <K> Map<K, Cell> rollUp(Map<Key, Cell> cells, Function<Key, K> by) {
        Map<K, Cell> out = new LinkedHashMap<>();
        cells.forEach((key, cell) ->
                out.computeIfAbsent(by.apply(key), k -> new Cell()).add(cell));
        return out;
    }

    private Map<Long, Area> areas(java.util.Set<Key> keys) {
        List<Long> ids = keys.stream()
                .flatMap(k -> java.util.stream.Stream.of(k.communityId(), k.gridId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Area.<Area>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Key key(Object[] r) {
        return new Key(num(r[0]), num(r[1]), r[2] == null ? null : num(r[2]));
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * Resolve times in seconds, unboxed: a district's year holds some 30,000, copied into every breakdown, and
     * sorting them as boxed Longs took a quarter of a district request.
     */
    static final class Durations {
        private long[] values = new long[4];
        private int size;

        void add(long seconds) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = seconds;
        }

        void addAll(Durations other) {
            if (size + other.size > values.length) {
                values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
            }
            System.arraycopy(other.values, 0, values, size, other.size);
            size += other.size;
        }

        /** Nearest-rank 90th percentile, in hours; null when there is none. */
        Double p90Hours() {
            if (size == 0) {
                return null;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(0.9 * size);
            return round1(sorted[rank - 1] / 3600.0);
        }
    }
}
