package com.gridwork.partybuilding;

import com.gridwork.access.AreaScope;
import com.gridwork.access.AreaScope.ScopeFilter;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.agreement.CoBuildAgreementStatus;
import com.gridwork.cobuild.unit.OrganisationType;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.i18n.LocalName;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.partybuilding.PartyBuildingDefinitions.Figure;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStats;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsCoBuild;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsCount;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsDefinition;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsMembers;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsPosts;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsUnitRatio;
import com.gridwork.partybuilding.PartyBuildingDtos.PartyBuildingStatsWishes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The party-building and co-building statistics of an area and a period, each figure as {@link
 * PartyBuildingDefinitions} defines it: a few grouped statements over the tables, each limited by the rows'
 * copied area path (no joins to the area tree), without a transaction.
 */
@ApplicationScoped
public class PartyBuildingStatsService {
    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    /** The area(s) read: the paths the rows must lie under (null: the whole platform) and the one area, if one. */
    record Target(List<String> paths, Area area) {
        /** The scope mechanism's condition on a path column, its parameters named :scope0, :scope1, ... */
        private ScopeFilter filter(String column) {
            return ScopeFilter.of(paths == null, paths == null ? List.of() : paths, column, false);
        }

        String on(String column) {
            return filter(column).sql();
        }

        void bind(Map<String, Object> params) {
            params.putAll(filter("area_path").params());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, no flush, no commit round trip
    public PartyBuildingStats stats(LocalDate from, LocalDate to, Long areaId, Locale locale) {
        LocalDate today = BeijingTime.today();
        LocalDate first = from != null ? from : today.withDayOfYear(1);
        LocalDate last = to != null ? to : today.withDayOfYear(today.lengthOfYear());
        String[] problem = PartyBuildingDefinitions.periodProblem(first, last);
        if (problem != null) {
            throw ApiProblem.invalidField(problem[0], problem[1], PartyBuildingDefinitions.MAX_DAYS);
        }
        Target target = target(areaId);
        Map<String, Object> params = PartyBuildingQueries.parameters(first, last, today);
        target.bind(params);

        PartyBuildingStatsMembers members = members(target, params, locale);
        PartyBuildingStatsPosts posts = posts(target, params);
        PartyBuildingStatsWishes wishes = wishes(target, params);
        PartyBuildingStatsCoBuild coBuild = coBuild(target, params, locale);

        String memberLine = messages.get(
                locale,
                "party-building.report-line.members",
                Long.toString(members.membersReported()),
                Long.toString(posts.claimsMade()),
                Long.toString(wishes.wishesRealised()));
        String coBuildLine = messages.get(
                locale,
                "party-building.report-line.co-building",
                Long.toString(coBuild.unitsPaired()),
                Long.toString(coBuild.communitiesPaired()),
                Long.toString(coBuild.projectsSigned()),
                Long.toString(coBuild.projectsCompleted()));
        List<PartyBuildingStatsDefinition> definitions = Arrays.stream(Figure.values())
                .map(f -> new PartyBuildingStatsDefinition(f.field(), f.name(locale), f.definition(locale)))
                .toList();
        Area area = target.area();
        return new PartyBuildingStats(
                first,
                last,
                area == null ? null : area.id,
                area == null ? null : area.name,
                Instant.now(),
                members,
                posts,
                wishes,
                coBuild,
                memberLine,
                coBuildLine,
                definitions);
    }

    private PartyBuildingStatsMembers members(Target target, Map<String, Object> params, Locale locale) {
        long reported = num(single(PartyBuildingQueries.membersReported(target::on), params));
        Map<String, Long> byType = codes(PartyBuildingQueries.membersByEmployerType(target::on), params);
        long activeNow = num(single(PartyBuildingQueries.membersActiveNow(target::on), params));
        Map<String, Long> byCategory = codes(PartyBuildingQueries.membersByPostCategory(target::on), params);
        List<PartyBuildingStatsCount> employerTypes = Arrays.stream(OrganisationType.values())
                .map(t -> count(t.name(), "party-building.employer-type.", byType, locale))
                .toList();
        return new PartyBuildingStatsMembers(
                reported, activeNow, employerTypes, categories(byCategory, locale), unitRatios(target, params));
    }

    private List<PartyBuildingStatsUnitRatio> unitRatios(Target target, Map<String, Object> params) {
        Map<Long, Long> reportedByUnit = new HashMap<>();
        for (Object[] r : rows(PartyBuildingQueries.membersByUnit(target::on), params)) {
            reportedByUnit.put(num(r[0]), num(r[1]));
        }
        Map<Long, Integer> unitReportTotals = new HashMap<>();
        for (Object[] r : rows(PartyBuildingQueries.unitReportTotals(target::on), params)) {
            unitReportTotals.put(num(r[0]), (int) num(r[1]));
        }
        Set<Long> ids = new LinkedHashSet<>(reportedByUnit.keySet());
        ids.addAll(unitReportTotals.keySet());
        List<Long> top = ids.stream()
                .sorted(Comparator.comparing((Long id) -> -reportedByUnit.getOrDefault(id, 0L))
                        .thenComparing(id -> id))
                .limit(PartyBuildingDefinitions.UNIT_ROWS)
                .toList();
        if (top.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> units = new HashMap<>();
        for (Object[] u : rows(PartyBuildingQueries.UNITS_BY_ID, Map.of("ids", top))) {
            units.put(num(u[0]), u);
        }
        return top.stream()
                .map(id -> {
                    long count = reportedByUnit.getOrDefault(id, 0L);
                    int total = (int) num(units.get(id)[2]);
                    return new PartyBuildingStatsUnitRatio(
                            id,
                            (String) units.get(id)[1],
                            count,
                            total,
                            PartyBuildingDefinitions.ratio(count, total),
                            unitReportTotals.get(id));
                })
                .toList();
    }

    private PartyBuildingStatsPosts posts(Target target, Map<String, Object> params) {
        Object[] p = row(PartyBuildingQueries.posts(target::on), params);
        long claims = num(single(PartyBuildingQueries.claimsMade(target::on), params));
        return new PartyBuildingStatsPosts(num(p[0]), num(p[1]), num(p[2]), num(p[3]), claims);
    }

    private PartyBuildingStatsWishes wishes(Target target, Map<String, Object> params) {
        Object[] w = row(PartyBuildingQueries.wishes(target::on), params);
        long claimed = num(single(PartyBuildingQueries.wishesClaimed(target::on), params));
        return new PartyBuildingStatsWishes(num(w[0]), claimed, num(w[1]), num(w[2]));
    }

    private PartyBuildingStatsCoBuild coBuild(Target target, Map<String, Object> params, Locale locale) {
        long units = num(single(PartyBuildingQueries.units(target::on), params));
        Object[] paired = row(PartyBuildingQueries.paired(target::on), params);
        Map<String, Long> agreements = codes(PartyBuildingQueries.agreementsByStatus(target::on), params);
        Map<String, Long> projects = codes(PartyBuildingQueries.projectsByStatus(target::on), params);
        Object[] done = row(PartyBuildingQueries.projectsSignedAndCompleted(target::on), params);
        long overdue = num(single(PartyBuildingQueries.overdueMilestones(target::on), params));
        List<PartyBuildingStatsCount> agreementCounts = Arrays.stream(CoBuildAgreementStatus.values())
                .map(s -> count(s.name(), "party-building.agreement-status.", agreements, locale))
                .toList();
        List<PartyBuildingStatsCount> projectCounts = PartyBuildingDefinitions.PROJECT_STATUSES.stream()
                .map(s -> count(s, "party-building.project-status.", projects, locale))
                .toList();
        return new PartyBuildingStatsCoBuild(
                units,
                num(paired[0]),
                num(paired[1]),
                agreementCounts,
                projectCounts,
                num(done[0]),
                num(done[1]),
                overdue);
    }

    private PartyBuildingStatsCount count(String code, String prefix, Map<String, Long> counts, Locale locale) {
        return new PartyBuildingStatsCount(code, messages.get(locale, prefix + code), counts.getOrDefault(code, 0L));
    }

    /** The post categories with members, named and ordered by the code list (the platform's item before a sub-district's). */
    private List<PartyBuildingStatsCount> categories(Map<String, Long> byCategory, Locale locale) {
        if (byCategory.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> items = new LinkedHashMap<>();
        for (Object[] r :
                rows(PartyBuildingQueries.POST_CATEGORY_NAMES, Map.of("codes", List.copyOf(byCategory.keySet())))) {
            items.putIfAbsent((String) r[0], r);
        }
        return byCategory.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> {
                            Object[] item = items.get(e.getKey());
                            return item == null ? Integer.MAX_VALUE : ((Number) item[3]).intValue();
                        })
                        .thenComparing(Map.Entry::getKey))
                .map(e -> {
                    Object[] item = items.get(e.getKey());
                    String name = item == null ? e.getKey() : LocalName.of(locale, (String) item[1], (String) item[2]);
                    return new PartyBuildingStatsCount(e.getKey(), name, e.getValue());
                })
                .toList();
    }

    /**
     * The area read: {@code areaId} (a sub-district, community or grid in the caller's scope; another is a 404, a
     * building a 400), else the caller's scope (its outermost areas), else (the whole platform) everything.
     */
    Target target(Long areaId) {
        if (areaId != null) {
            Area area = scope.find(Area.class, areaId);
            if (area.level == AreaLevel.BUILDING) {
                throw ApiProblem.invalidField("areaId", "party-building.area.level");
            }
            return new Target(List.of(area.path), area);
        }
        Caller caller = scope.caller();
        if (caller.wholePlatform()) {
            return new Target(null, null);
        }
        List<String> paths =
                caller.areas().stream().map(Caller.ScopedArea::path).distinct().toList();
        List<String> outer = paths.stream()
                .filter(p -> paths.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q)))
                .toList();
        Area area = outer.size() == 1
                ? em.find(
                        Area.class,
                        caller.areas().stream()
                                .filter(a -> a.path().equals(outer.get(0)))
                                .findFirst()
                                .orElseThrow()
                                .id())
                : null;
        return new Target(outer, area);
    }

    private Map<String, Long> codes(String sql, Map<String, Object> params) {
        Map<String, Long> out = new HashMap<>();
        for (Object[] r : rows(sql, params)) {
            out.put((String) r[0], num(r[1]));
        }
        return out;
    }

    private Object single(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        bindUsed(query, sql, params);
        return query.getSingleResult();
    }

    private Object[] row(String sql, Map<String, Object> params) {
        return (Object[]) single(sql, params);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        bindUsed(query, sql, params);
        return query.getResultList();
    }

    private static final Pattern NAMED = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    /** Binds the parameters this statement names (one map serves every statement). */
    private static void bindUsed(Query query, String sql, Map<String, Object> params) {
        Matcher names = NAMED.matcher(sql);
        Set<String> bound = new HashSet<>();
        while (names.find()) {
            if (bound.add(names.group(1))) {
                query.setParameter(names.group(1), params.get(names.group(1)));
            }
        }
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
