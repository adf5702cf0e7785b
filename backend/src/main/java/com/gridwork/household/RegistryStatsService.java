package com.gridwork.household;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of active households and residents in the caller's scope (moved-out records are not counted). */
@ApplicationScoped
public class RegistryStatsService {
    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    EntityManager em;

    @Schema(name = "GridCount")
    public record GridCount(AreaRef grid, long households, long residents) {
    }

    @Schema(name = "CodeCount")
    public record CodeCount(String code, String name, long count) {
    }

    @Schema(name = "RegistryStats")
    public record RegistryStats(long households, long residents, List<GridCount> byGrid,
                                @Schema(description = "Residents per care-group tag") List<CodeCount> byCareGroup,
                                @Schema(description = "Households per household tag") List<CodeCount> byHouseholdTag,
                                @Schema(description = "Residents per registration type") List<CodeCount> byRegistrationType) {
    }

    @Transactional
    public RegistryStats stats(Long areaId) {
        AreaScope.ScopeFilter filter = scope.filter("x.areaPath");
        String where = filter.jpql() + " and x.status = :active";
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("active", RecordStatus.ACTIVE);
        if (areaId != null) {
            where += " and x.areaPath like :areaPath";
            params.put("areaPath", scope.visibleArea(areaId).path + "%");
        }
        Map<Long, Long> householdsByGrid = grouped("select x.grid.id, count(x) from Household x where " + where + " group by x.grid.id", params);
        // Residents by grid and by registration type in one pass over the index (status, area_path,
        // registration_type): a resident's area path is its household's grid path, so no join is needed.
        Map<Long, Long> residentsByGrid = new HashMap<>();
        Map<String, Long> registration = new HashMap<>();
        TypedQuery<Object[]> residentCounts = em.createQuery("select x.areaPath, x.registrationType, count(x) from Resident x where "
                + where + " group by x.areaPath, x.registrationType", Object[].class);
        params.forEach(residentCounts::setParameter);
        for (Object[] row : residentCounts.getResultList()) {
            long count = (Long) row[2];
            residentsByGrid.merge(lastId((String) row[0]), count, Long::sum);
            registration.merge((String) row[1], count, Long::sum);
        }
        Map<String, Long> careGroups = grouped("select t, count(x) from Resident x join x.tags t where " + where + " group by t", params);
        Map<String, Long> householdTags = grouped("select t, count(x) from Household x join x.tags t where " + where + " group by t", params);

        java.util.Set<Long> gridIds = new java.util.HashSet<>(householdsByGrid.keySet());
        gridIds.addAll(residentsByGrid.keySet());
        Map<Long, Area> grids = gridIds.isEmpty() ? Map.of()
                : Area.<Area>list("id in ?1", gridIds).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<GridCount> byGrid = grids.values().stream().sorted(Comparator.comparing((Area a) -> a.path))
                .map(g -> new GridCount(AreaRef.of(g), householdsByGrid.getOrDefault(g.id, 0L), residentsByGrid.getOrDefault(g.id, 0L)))
                .toList();
        Long subDistrict = dictionary.subDistrictOfCaller();
        return new RegistryStats(
                householdsByGrid.values().stream().mapToLong(Long::longValue).sum(),
                residentsByGrid.values().stream().mapToLong(Long::longValue).sum(),
                byGrid,
                named(careGroups, DictionaryCategory.CARE_GROUP, subDistrict),
                named(householdTags, DictionaryCategory.HOUSEHOLD_TAG, subDistrict),
                named(registration, DictionaryCategory.REGISTRATION_TYPE, subDistrict));
    }

    /** The id of the area a materialised path ends with ("/1/5/23/" → 23). */
    private static Long lastId(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return Long.valueOf(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    @SuppressWarnings("unchecked")
    private <K> Map<K, Long> grouped(String jpql, Map<String, Object> params) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().collect(Collectors.toMap(row -> (K) row[0], row -> (Long) row[1]));
    }

    /** In the code list's order, every listed code (zero counts included) and then any unlisted ones. */
    private List<CodeCount> named(Map<String, Long> counts, DictionaryCategory category, Long subDistrict) {
        Map<String, String> names = dictionary.names(category, subDistrict);
        List<CodeCount> result = new java.util.ArrayList<>(names.entrySet().stream()
                .map(e -> new CodeCount(e.getKey(), e.getValue(), counts.getOrDefault(e.getKey(), 0L))).toList());
        counts.forEach((code, count) -> {
            if (!names.containsKey(code)) {
                result.add(new CodeCount(code, code, count));
            }
        });
        return result;
    }
}
