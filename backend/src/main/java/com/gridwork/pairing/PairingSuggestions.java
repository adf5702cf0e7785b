package com.gridwork.pairing;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.pairing.PairingDtos.PairingSuggestion;
import com.gridwork.pairing.PairingDtos.PairingSuggestionResident;
import com.gridwork.registry.household.Household;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.gridwork.common.Text.blankToNull;

/**
 * Suggested pairings (待结对): active households of the caller's areas that carry a care code (a household tag, or an
 * active resident's care-group tag) which some pairing type serves (pairing_type_care_code), and have no active
 * pairing of that type. One set-based query for the page (grid, then address) and one for its rows' details.
 */
@ApplicationScoped
public class PairingSuggestions {
    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    EntityManager em;

    /**
     * The condition on a pairing type {@code t.type_code} served for the household in {@code householdColumn}: in the
     * sub-district's PAIRING_TYPE list, the type asked for, and no active pairing of it for the household yet.
     */
    private static String served(String householdColumn, boolean oneType) {
        return (oneType ? "t.type_code = :typeCode AND " : "")
                + "EXISTS (SELECT 1 FROM dictionary_item d WHERE d.category = 'PAIRING_TYPE' AND d.code = t.type_code"
                + " AND d.active = TRUE AND (d.sub_district_id IS NULL OR d.sub_district_id = :subDistrict))"
                + " AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.household_id = " + householdColumn
                + " AND p.type_code = t.type_code AND p.status = 'ACTIVE')";
    }

    /** Households carrying a served code, as (household_id, care_code, type_code, resident_id, resident_name). */
    private static String carried(boolean oneType, String householdCondition) {
        return "SELECT ht.household_id AS household_id, ht.code AS care_code, t.type_code AS type_code,"
                + " NULL AS resident_id, NULL AS resident_name"
                + " FROM household_tag ht JOIN pairing_type_care_code t ON t.care_code = ht.code"
                + " WHERE " + householdCondition.replace("#", "ht.household_id") + " AND "
                + served("ht.household_id", oneType)
                + " UNION ALL SELECT r.household_id, rt.code, t.type_code, r.id, r.name"
                + " FROM resident_tag rt JOIN pairing_type_care_code t ON t.care_code = rt.code"
                + " JOIN resident r ON r.id = rt.resident_id AND r.status = 'ACTIVE'"
                + " WHERE " + householdCondition.replace("#", "r.household_id") + " AND "
                + served("r.household_id", oneType);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PageResult<PairingSuggestion> search(Long areaId, String typeCode, PageParams page) {
        String type = blankToNull(typeCode);
        AreaScope.ScopeFilter filter = scope.filter("h.area_path");
        Where where = new Where()
                .and("h.status = 'ACTIVE'")
                .and(filter.sql(), filter.params())
                .and("h.area_path LIKE :areaPath", "areaPath", areaId, id -> scope.find(Area.class, id).path + "%");
        Long subDistrict = subDistrict(areaId);
        String from = " FROM household h JOIN (SELECT DISTINCT c.household_id FROM (" + carried(type != null, "1 = 1")
                + ") c) s ON s.household_id = h.id JOIN area g ON g.id = h.grid_id"
                + " LEFT JOIN area b ON b.id = h.building_id WHERE " + where.conditions();
        List<Number> ids = bind(
                        where,
                        type,
                        subDistrict,
                        em.createNativeQuery("SELECT h.id" + from
                                + " ORDER BY g.name, g.id, COALESCE(b.name, h.addr_text), h.unit_no, h.room_no, h.id"))
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size)
                .getResultList();
        long total = page.total(
                ids.size(),
                () -> ((Number) bind(where, type, subDistrict, em.createNativeQuery("SELECT COUNT(*)" + from))
                                .getSingleResult())
                        .longValue());
        return new PageResult<>(
                details(ids.stream().map(Number::longValue).toList(), type, subDistrict), page.page, page.size, total);
    }

    private jakarta.persistence.Query bind(
            Where where, String type, Long subDistrict, jakarta.persistence.Query query) {
        where.bind(query);
        query.setParameter("subDistrict", subDistrict == null ? -1L : subDistrict);
        if (type != null) {
            query.setParameter("typeCode", type);
        }
        return query;
    }

    /** The sub-district whose PAIRING_TYPE list applies: the area asked for, else the caller's. */
    private Long subDistrict(Long areaId) {
        return areaId != null
                ? DictionaryService.subDistrictOfPath(scope.find(Area.class, areaId).path)
                : dictionary.subDistrictOfCaller();
    }

    @SuppressWarnings("unchecked")
    private List<PairingSuggestion> details(List<Long> ids, String type, Long subDistrict) {
        if (ids.isEmpty()) {
            return List.of();
        }
        jakarta.persistence.Query query = em.createNativeQuery(carried(type != null, "# IN (:ids)"))
                .setParameter("ids", ids)
                .setParameter("subDistrict", subDistrict == null ? -1L : subDistrict);
        if (type != null) {
            query.setParameter("typeCode", type);
        }
        Map<Long, Set<String>> care = new LinkedHashMap<>();
        Map<Long, Set<String>> types = new LinkedHashMap<>();
        Map<Long, Map<Long, String>> residents = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long household = ((Number) row[0]).longValue();
            care.computeIfAbsent(household, k -> new TreeSet<>()).add((String) row[1]);
            types.computeIfAbsent(household, k -> new TreeSet<>()).add((String) row[2]);
            if (row[3] != null) {
                residents
                        .computeIfAbsent(household, k -> new LinkedHashMap<>())
                        .put(((Number) row[3]).longValue(), (String) row[4]);
            }
        }
        Map<Long, Household> households = Household.<Household>find(
                        "from Household h join fetch h.grid left join fetch h.building where h.id in ?1", ids)
                .list()
                .stream()
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
        return ids.stream()
                .map(id -> new PairingSuggestion(
                        PairingService.household(households.get(id)),
                        List.copyOf(care.getOrDefault(id, Set.of())),
                        List.copyOf(types.getOrDefault(id, Set.of())),
                        residents.getOrDefault(id, Map.of()).entrySet().stream()
                                .map(e -> new PairingSuggestionResident(e.getKey(), e.getValue()))
                                .toList()))
                .toList();
    }
}
