package com.gridwork.registry.stats;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaLevel;
import com.gridwork.area.AreaPaths;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.household.Household;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Counts of active households and residents in the caller's scope (moved-out records are not counted). */
@ApplicationScoped
public class RegistryStatsService {
    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    EntityManager em;

    @Inject
    RegistryCounts counts;

    @Schema(name = "GridCount")
    public record GridCount(AreaRef grid, long households, long residents) {}

    @Schema(name = "CodeCount")
    public record CodeCount(String code, String name, long count) {}

    @Schema(name = "RegistryStats")
    public record RegistryStats(
            long households,
            long residents,
            List<GridCount> byGrid,

            @Schema(description = "Residents per care-group tag")
            List<CodeCount> byCareGroup,

            @Schema(description = "Households per household tag")
            List<CodeCount> byHouseholdTag,

            @Schema(description = "Residents per registration type")
            List<CodeCount> byRegistrationType) {}

    /**
     * The statistics of the caller's scope, or of {@code areaId} in it. Grids, communities and sub-districts are
     * summed from the per-grid rollup ({@link RegistryCounts}) after recomputing its stale grids; a building (or a
     * caller scoped to a building) is counted live, since the rollup has no finer unit than the grid.
     *
     * <p>Reads without a transaction: the rollup is refreshed in transactions of its own, and a transaction begun
     * before they committed would go on seeing its older snapshot; each autocommit read sees the latest counts.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RegistryStats stats(Long areaId, Locale locale) {
        Caller caller = scope.caller();
        Area target = areaId == null ? null : scope.find(Area.class, areaId);
        boolean building = target != null && target.level == AreaLevel.BUILDING
                || caller.areas().stream().anyMatch(a -> AreaPaths.level(a.path()) == AreaLevel.BUILDING);
        if (building) {
            return live(target, locale);
        }
        AreaScope.ScopeFilter filter = scope.filter("a.path");
        String areaPrefix = target == null ? null : target.path + "%";
        counts.refresh(counts.staleGrids(filter, areaPrefix));
        RegistryCounts.Rollup rollup = counts.read(filter, areaPrefix);
        Map<Long, Long> households = new HashMap<>();
        Map<Long, Long> residents = new HashMap<>();
        rollup.byGrid().forEach((grid, totals) -> {
            if (totals[0] > 0) {
                households.put(grid, totals[0]);
            }
            if (totals[1] > 0) {
                residents.put(grid, totals[1]);
            }
        });
        return result(
                households, residents, rollup.careGroups(), rollup.householdTags(), rollup.registrationTypes(), locale);
    }

    /**
     * The four grouped counts straight over households and residents, for a building or a caller scoped to one.
     * A record's area path is its building's (else its grid's), so the scope and the target match it by prefix.
     */
    private RegistryStats live(Area target, Locale locale) {
        AreaScope.ScopeFilter filter = scope.filter("x.areaPath");
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("active", RecordStatus.ACTIVE);
        String where = "x.status = :active and " + filter.jpql();
        if (target != null) {
            where += " and x.areaPath like :target";
            params.put("target", target.path + "%");
        }
        Map<Long, Long> householdsByGrid =
                grouped("select x.grid.id, count(x) from Household x where " + where + " group by x.grid.id", params);
        // Residents by grid and by registration type in one pass over the index (status, area_path,
        // registration_type): a resident's grid is read off its area path.
        Map<Long, Long> residentsByGrid = new HashMap<>();
        Map<String, Long> registration = new HashMap<>();
        TypedQuery<Object[]> residentCounts = em.createQuery(
                "select x.areaPath, x.registrationType, count(x) from Resident x where " + where
                        + " group by x.areaPath, x.registrationType",
                Object[].class);
        params.forEach(residentCounts::setParameter);
        for (Object[] row : residentCounts.getResultList()) {
            long count = (Long) row[2];
            residentsByGrid.merge(Household.gridOfPath((String) row[0]), count, Long::sum);
            registration.merge((String) row[1], count, Long::sum);
        }
        Map<String, Long> careGroups =
                grouped("select t, count(x) from Resident x join x.tags t where " + where + " group by t", params);
        Map<String, Long> householdTags =
                grouped("select t, count(x) from Household x join x.tags t where " + where + " group by t", params);
        return result(householdsByGrid, residentsByGrid, careGroups, householdTags, registration, locale);
    }

    /** The response: grids with households or residents by path, code lists named and ordered by the dictionary. */
    private RegistryStats result(
            Map<Long, Long> householdsByGrid,
            Map<Long, Long> residentsByGrid,
            Map<String, Long> careGroups,
            Map<String, Long> householdTags,
            Map<String, Long> registration,
            Locale locale) {
        Set<Long> gridIds = new HashSet<>(householdsByGrid.keySet());
        gridIds.addAll(residentsByGrid.keySet());
        Map<Long, Area> grids = gridIds.isEmpty()
                ? Map.of()
                : Area.<Area>list("from Area a join fetch a.parent where a.id in ?1", gridIds).stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        // the natural order of the area tree: community code, then grid code (a path holds ids, not that order)
        List<GridCount> byGrid = grids.values().stream()
                .sorted(Comparator.comparing((Area a) -> a.parent.code)
                        .thenComparing(a -> a.parent.id)
                        .thenComparing(a -> a.code))
                .map(g -> new GridCount(
                        AreaRef.of(g), householdsByGrid.getOrDefault(g.id, 0L), residentsByGrid.getOrDefault(g.id, 0L)))
                .toList();
        Long subDistrict = dictionary.subDistrictOfCaller();
        return new RegistryStats(
                householdsByGrid.values().stream().mapToLong(Long::longValue).sum(),
                residentsByGrid.values().stream().mapToLong(Long::longValue).sum(),
                byGrid,
                named(careGroups, DictionaryCategory.CARE_GROUP, subDistrict, locale),
                named(householdTags, DictionaryCategory.HOUSEHOLD_TAG, subDistrict, locale),
                named(registration, DictionaryCategory.REGISTRATION_TYPE, subDistrict, locale));
    }

    @SuppressWarnings("unchecked")
    private <K> Map<K, Long> grouped(String jpql, Map<String, Object> params) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().collect(Collectors.toMap(row -> (K) row[0], row -> (Long) row[1]));
    }

    /** In the code list's order, every listed code (zero counts included) and then any unlisted ones. */
    private List<CodeCount> named(
            Map<String, Long> counts, DictionaryCategory category, Long subDistrict, Locale locale) {
        Map<String, String> names = dictionary.names(category, subDistrict, locale);
        List<CodeCount> result = new ArrayList<>(names.entrySet().stream()
                .map(e -> new CodeCount(e.getKey(), e.getValue(), counts.getOrDefault(e.getKey(), 0L)))
                .toList());
        counts.forEach((code, count) -> {
            if (!names.containsKey(code)) {
                result.add(new CodeCount(code, code, count));
            }
        });
        return result;
    }
}
