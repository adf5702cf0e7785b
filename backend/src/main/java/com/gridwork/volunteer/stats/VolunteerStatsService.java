package com.gridwork.volunteer.stats;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.LocalName;
import com.gridwork.common.i18n.Messages;
import com.gridwork.volunteer.stats.VolunteerStatsDefinitions.Figure;
import com.gridwork.volunteer.stats.VolunteerStatsDtos.VolunteerFigures;
import com.gridwork.volunteer.stats.VolunteerStatsDtos.VolunteerRanking;
import com.gridwork.volunteer.stats.VolunteerStatsDtos.VolunteerRankingEntry;
import com.gridwork.volunteer.stats.VolunteerStatsDtos.VolunteerStats;
import com.gridwork.volunteer.stats.VolunteerStatsDtos.VolunteerStatsDefinition;
import com.gridwork.volunteer.stats.VolunteerStatsDtos.VolunteerStatsRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

import static com.gridwork.volunteer.stats.VolunteerStatsDefinitions.CONFIRMED;
import static com.gridwork.volunteer.stats.VolunteerStatsDefinitions.HELD_ACTIVITY_STATUSES;
import static com.gridwork.volunteer.stats.VolunteerStatsDefinitions.hours;

/**
 * The volunteer-service statistics of an area and a period, each figure as {@link VolunteerStatsDefinitions} defines
 * it. Hours, services and active volunteers read the ledger alone (its rows carry their community, team and category);
 * activities read the activities with their sessions; teams and registered volunteers their own tables.
 */
@ApplicationScoped
public class VolunteerStatsService {
    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    /** The area(s) read: the paths the rows must lie under (null: the whole platform) and the one area, if one. */
    record Target(List<String> paths, Area area) {
        /** The condition on a path column, with parameters :path0, :path1, ... */
        String condition(String column) {
            if (paths == null) {
                return "1 = 1";
            }
            if (paths.isEmpty()) {
                return "1 = 0";
            }
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                terms.add(column + " like :path" + i);
            }
            return "(" + String.join(" or ", terms) + ")";
        }

        void bind(Map<String, Object> params) {
            if (paths != null) {
                for (int i = 0; i < paths.size(); i++) {
                    params.put("path" + i, paths.get(i) + "%");
                }
            }
        }
    }

    /** Sums over the ledger per (community, team, category): they add up into every breakdown. */
    private static final class Cell {
        long minutes;
        long services;
        long activities;

        void add(Cell o) {
            minutes += o.minutes;
            services += o.services;
            activities += o.activities;
        }
    }

    private record Key(Long communityId, Long teamId, String category) {}

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, no flush, no commit round trip
    public VolunteerStats stats(LocalDate from, LocalDate to, Long areaId, Locale locale) {
        checkPeriod(from, to);
        Target target = target(areaId);
        Map<String, Object> params = new HashMap<>();
        target.bind(params);
        params.put("from", from);
        params.put("to", to);
        params.put("start", VolunteerStatsDefinitions.start(from));
        params.put("end", VolunteerStatsDefinitions.end(to));
        params.put("confirmed", CONFIRMED);
        params.put("held", HELD_ACTIVITY_STATUSES);

        Map<Key, Cell> cells = new HashMap<>();
        String ledger = " from volunteer_hours_entry h where h.status = :confirmed and h.service_date >= :from"
                + " and h.service_date <= :to and " + target.condition("h.area_path");
        for (Object[] r : rows(
                "select h.community_id, h.team_id, h.category_code, sum(h.minutes), sum(sign(h.minutes))" + ledger
                        + " group by h.community_id, h.team_id, h.category_code",
                params)) {
            Cell c = cells.computeIfAbsent(new Key(id(r[0]), id(r[1]), (String) r[2]), k -> new Cell());
            c.minutes += num(r[3]);
            c.services += num(r[4]);
        }
        for (Object[] r : rows(
                "select a.community_id, a.team_id, a.category_code, count(*) from volunteer_activity a"
                        + " where a.status in (:held) and a.starts_at < :end and a.ends_at >= :start and "
                        + target.condition("a.area_path")
                        + " and exists (select 1 from volunteer_session s where s.activity_id = a.id"
                        + " and s.starts_at >= :start and s.starts_at < :end)"
                        + " group by a.community_id, a.team_id, a.category_code",
                params)) {
            cells.computeIfAbsent(new Key(id(r[0]), id(r[1]), (String) r[2]), k -> new Cell()).activities += num(r[3]);
        }
        // Active volunteers do not add up across cells (one volunteer serves several teams): one count per breakdown.
        long activeTotal = num(single(
                "select count(*) from (select h.volunteer_id" + ledger
                        + " group by h.volunteer_id having sum(h.minutes) > 0) x",
                params));
        Map<Object, Long> activeByCommunity = active("h.community_id", ledger, params);
        Map<Object, Long> activeByTeam = active("h.team_id", ledger, params);
        Map<Object, Long> activeByCategory = active("h.category_code", ledger, params);

        Map<Long, Long> teamsByArea = counts(
                "select t.area_id, count(*) from volunteer_team t where " + target.condition("t.area_path")
                        + " and (t.founded_on <= :to or (t.founded_on is null and t.created_at < :end))"
                        + " and (t.status = 'ACTIVE' or t.dissolved_on > :to) group by t.area_id",
                params);
        Map<Long, Long> registeredByCommunity = counts(
                "select v.community_id, count(*) from volunteer v where v.status = 'ACTIVE' and "
                        + "v.registered_on <= :to and " + target.condition("v.area_path") + " group by v.community_id",
                params);

        Cell totals = new Cell();
        cells.values().forEach(totals::add);
        long teams = teamsByArea.values().stream().mapToLong(Long::longValue).sum();
        long registered = registeredByCommunity.values().stream()
                .mapToLong(Long::longValue)
                .sum();
        VolunteerFigures total = figures(teams, registered, activeTotal, totals);

        List<VolunteerStatsRow> byCommunity = byCommunity(cells, activeByCommunity, teamsByArea, registeredByCommunity);
        List<VolunteerStatsRow> byTeam = byTeam(cells, activeByTeam);
        List<VolunteerStatsRow> byCategory = byCategory(cells, activeByCategory, locale);

        String reportLine = messages.get(
                locale,
                "volunteer.stats.report-line",
                Long.toString(total.teams()),
                Long.toString(total.registeredVolunteers()),
                Long.toString(total.activities()),
                total.hours().toPlainString());
        List<VolunteerStatsDefinition> definitions = Arrays.stream(Figure.values())
                .map(f -> new VolunteerStatsDefinition(
                        f.field(),
                        messages.get(locale, "volunteer.stats.figure." + f.field()),
                        messages.get(locale, f.messageKey())))
                .toList();
        Area area = target.area();
        return new VolunteerStats(
                from,
                to,
                area == null ? null : area.id,
                area == null ? null : area.name,
                Instant.now(),
                total,
                byCommunity,
                byTeam,
                byCategory,
                reportLine,
                definitions);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VolunteerRanking ranking(LocalDate from, LocalDate to, Long areaId, Integer limit) {
        checkPeriod(from, to);
        Integer size = VolunteerStatsDefinitions.rankingLimit(limit);
        if (size == null) {
            throw ApiProblem.invalidField(
                    "limit", "volunteer.stats.ranking.limit", VolunteerStatsDefinitions.RANKING_MAX);
        }
        Target target = target(areaId);
        Map<String, Object> params = new HashMap<>();
        target.bind(params);
        params.put("from", from);
        params.put("to", to);
        params.put("confirmed", CONFIRMED);
        params.put("size", size);
        List<Object[]> top = rows(
                "select h.volunteer_id, sum(h.minutes) m, sum(sign(h.minutes)) from volunteer_hours_entry h"
                        + " where h.status = :confirmed and h.service_date >= :from and h.service_date <= :to and "
                        + target.condition("h.area_path")
                        + " group by h.volunteer_id having sum(h.minutes) > 0"
                        + " order by m desc, h.volunteer_id limit :size",
                params);
        Map<Long, Object[]> people = new HashMap<>();
        if (!top.isEmpty()) {
            Map<String, Object> ids =
                    Map.of("ids", top.stream().map(r -> num(r[0])).toList());
            for (Object[] r : rows(
                    "select v.id, v.name, a.name from volunteer v join area a on a.id = v.community_id where v.id in (:ids)",
                    ids)) {
                people.put(num(r[0]), r);
            }
        }
        List<VolunteerRankingEntry> entries = new ArrayList<>();
        for (Object[] r : top) {
            Object[] person = people.get(num(r[0]));
            entries.add(new VolunteerRankingEntry(
                    entries.size() + 1,
                    num(r[0]),
                    (String) person[1],
                    (String) person[2],
                    hours(num(r[1])),
                    num(r[2])));
        }
        Area area = target.area();
        return new VolunteerRanking(from, to, area == null ? null : area.id, entries);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        String[] problem = VolunteerStatsDefinitions.periodProblem(from, to);
        if (problem != null) {
            throw ApiProblem.invalidField(problem[0], problem[1], VolunteerStatsDefinitions.MAX_DAYS);
        }
    }

    /**
     * The area read: {@code areaId} (a sub-district or community in scope, or the community around a grid worker's
     * grid), else the caller's scope with grids read as their communities, else (the whole platform) everything.
     */
    Target target(Long areaId) {
        Caller caller = scope.caller();
        if (areaId != null) {
            Area area = scope.findOrAbove(Area.class, areaId);
            if (!caller.covers(area.path) && area.level != AreaLevel.COMMUNITY) {
                // above the scope, and not the community of a grid in it: as if it did not exist
                throw ApiProblem.notFound(
                        Area.class.getAnnotation(NotFoundMessage.class).value(), areaId);
            }
            if (area.level != AreaLevel.SUB_DISTRICT && area.level != AreaLevel.COMMUNITY) {
                throw ApiProblem.invalidField("areaId", "volunteer.stats.area.level");
            }
            return new Target(List.of(area.path), area);
        }
        if (caller.wholePlatform()) {
            return new Target(null, null);
        }
        List<String> paths = caller.areas().stream()
                .map(a -> VolunteerStatsDefinitions.statsPath(a.path()))
                .distinct()
                .toList();
        // a path under another one adds nothing
        List<String> outer = paths.stream()
                .filter(p -> paths.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q)))
                .toList();
        Area area = null;
        if (outer.size() == 1) {
            String[] parts = outer.get(0).split("/");
            area = em.find(Area.class, Long.parseLong(parts[parts.length - 1]));
        }
        return new Target(outer, area);
    }

    private Map<Object, Long> active(String column, String ledger, Map<String, Object> params) {
        Map<Object, Long> out = new HashMap<>();
        for (Object[] r : rows(
                "select x.k, count(*) from (select " + column + " k, h.volunteer_id" + ledger + " and " + column
                        + " is not null group by " + column
                        + ", h.volunteer_id having sum(h.minutes) > 0) x group by x.k",
                params)) {
            out.put(r[0] instanceof Number n ? (Object) n.longValue() : r[0], num(r[1]));
        }
        return out;
    }

    private List<VolunteerStatsRow> byCommunity(
            Map<Key, Cell> cells, Map<Object, Long> active, Map<Long, Long> teams, Map<Long, Long> registered) {
        Map<Long, Cell> byArea = rollUp(cells, Key::communityId);
        List<Long> ids = new ArrayList<>(byArea.keySet());
        ids.addAll(active.keySet().stream().map(k -> (Long) k).toList());
        ids.addAll(teams.keySet());
        ids.addAll(registered.keySet());
        Map<Long, Area> areas =
                areas(ids.stream().filter(Objects::nonNull).distinct().toList());
        return areas.values().stream()
                .sorted(Comparator.comparing((Area a) -> a.level)
                        .thenComparing(a -> a.code)
                        .thenComparing(a -> a.id))
                .map(a -> new VolunteerStatsRow(
                        a.id,
                        null,
                        a.name,
                        figures(
                                teams.getOrDefault(a.id, 0L),
                                registered.getOrDefault(a.id, 0L),
                                active.getOrDefault(a.id, 0L),
                                byArea.getOrDefault(a.id, new Cell()))))
                .toList();
    }

    private List<VolunteerStatsRow> byTeam(Map<Key, Cell> cells, Map<Object, Long> active) {
        Map<Long, Cell> byTeam = rollUp(cells, Key::teamId);
        byTeam.remove(null); // ledger entries without an activity (self-reports, back-fills) belong to no team
        List<Long> top = byTeam.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Cell> e) -> -e.getValue().minutes)
                        .thenComparing(e -> -e.getValue().activities)
                        .thenComparing(Map.Entry::getKey))
                .limit(VolunteerStatsDefinitions.TEAM_ROWS)
                .map(Map.Entry::getKey)
                .toList();
        Map<Long, String> names = new HashMap<>();
        if (!top.isEmpty()) {
            for (Object[] r :
                    rows("select t.id, t.name from volunteer_team t where t.id in (:ids)", Map.of("ids", top))) {
                names.put(num(r[0]), (String) r[1]);
            }
        }
        return top.stream()
                .map(id -> new VolunteerStatsRow(
                        id, null, names.get(id), figures(null, null, active.getOrDefault(id, 0L), byTeam.get(id))))
                .toList();
    }

    private List<VolunteerStatsRow> byCategory(Map<Key, Cell> cells, Map<Object, Long> active, Locale locale) {
        Map<String, Cell> byCategory = rollUp(cells, Key::category);
        byCategory.remove(null);
        if (byCategory.isEmpty()) {
            return List.of();
        }
        // the platform's name first, a sub-district's own code after (sort order, then code)
        Map<String, Object[]> items = new LinkedHashMap<>();
        for (Object[] r : rows(
                "select d.code, d.name, d.name_en, d.sort_order from dictionary_item d"
                        + " where d.category = 'VOLUNTEER_ACTIVITY_CATEGORY' and d.code in (:codes)"
                        + " order by d.sub_district_id is not null, d.sort_order, d.code",
                Map.of("codes", List.copyOf(byCategory.keySet())))) {
            items.putIfAbsent((String) r[0], r);
        }
        return byCategory.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Cell> e) -> sortOrder(items.get(e.getKey())))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> {
                    Object[] item = items.get(e.getKey());
                    String name = item == null ? e.getKey() : LocalName.of(locale, (String) item[1], (String) item[2]);
                    return new VolunteerStatsRow(
                            null,
                            e.getKey(),
                            name,
                            figures(null, null, active.getOrDefault(e.getKey(), 0L), e.getValue()));
                })
                .toList();
    }

    private static int sortOrder(Object[] item) {
        return item == null ? Integer.MAX_VALUE : ((Number) item[3]).intValue();
    }

    private static VolunteerFigures figures(Long teams, Long registered, long active, Cell c) {
        return new VolunteerFigures(teams, registered, active, c.activities, c.services, hours(c.minutes));
    }

    private static <K> Map<K, Cell> rollUp(Map<Key, Cell> cells, Function<Key, K> by) {
        Map<K, Cell> out = new HashMap<>();
        cells.forEach((key, cell) ->
                out.computeIfAbsent(by.apply(key), k -> new Cell()).add(cell));
        return out;
    }

    private Map<Long, Area> areas(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Area.<Area>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    private Map<Long, Long> counts(String sql, Map<String, Object> params) {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] r : rows(sql, params)) {
            out.put(num(r[0]), num(r[1]));
        }
        return out;
    }

    private Object single(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        bindUsed(query, sql, params);
        return query.getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        bindUsed(query, sql, params);
        return query.getResultList();
    }

    /** Binds the parameters this statement names (one map serves several statements). */
    private static void bindUsed(Query query, String sql, Map<String, Object> params) {
        params.forEach((name, value) -> {
            if (sql.matches("(?s).*:" + name + "\\b.*")) {
                query.setParameter(name, value);
            }
        });
    }

    private static Long id(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
