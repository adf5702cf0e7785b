package com.gridwork.visit.household;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.common.i18n.LocalName;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.issue.category.IssueCategory;
import com.gridwork.pairing.HelperReach;
import com.gridwork.pairing.Pairing;
import com.gridwork.pairing.PairingStatus;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.RegistryViews;
import com.gridwork.registry.household.AddressQuery;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.resident.Resident;
import com.gridwork.staff.Staff;
import com.gridwork.visit.Visit;
import com.gridwork.visit.VisitQuestion;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdCard;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdIssueCategory;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdMember;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdObligation;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdPairing;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdQuestion;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdStaffRef;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdSummary;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdTag;
import com.gridwork.visit.household.VisitHouseholdDtos.VisitHouseholdVisit;
import com.gridwork.visit.obligation.ObligationState;
import com.gridwork.visit.obligation.ObligationStatus;
import com.gridwork.visit.obligation.VisitObligation;
import com.gridwork.visit.rule.VisitRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The visitor's read model: the households the caller may visit ({@link HelperReach}: a helper its actively paired
 * households only, staff those of its scope) and one household's card with everything the visit form needs. A helper
 * sees nothing else of the registry: no ID numbers, no phone numbers, only the obligations it answers for.
 */
@ApplicationScoped
public class VisitHouseholdService {
    private static final int RECENT_VISITS = 5;

    @Inject
    HelperReach reach;

    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, no flush, no commit round trip
    public PageResult<VisitHouseholdSummary> list(String q, PageParams page, Locale locale) {
        if (page.sort != null && !page.sort.isBlank()) {
            page.sortTerms(Map.of("address", "address")); // the one order there is; anything else is a 400
        }
        HelperReach.Filter reachable = reach.filter("h.id", "h.area_path");
        Map<String, Object> params = new HashMap<>(reachable.params());
        String where = " from household h where h.status = 'ACTIVE' and " + reachable.sql() + search(q, params);
        Query pageQuery = em.createNativeQuery("select h.id" + where + " order by h.area_path, h.id")
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size);
        params.forEach(pageQuery::setParameter);
        List<Long> ids = longs(pageQuery.getResultList());
        long total = page.total(ids.size(), () -> {
            Query count = em.createNativeQuery("select count(*)" + where);
            params.forEach(count::setParameter);
            return ((Number) count.getSingleResult()).longValue();
        });
        return new PageResult<>(summaries(ids, locale), page.page, page.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitHouseholdCard card(long id, Locale locale) {
        Household h = reach.find(id);
        Caller caller = scope.caller();
        long subDistrictId = DictionaryService.subDistrictOfPath(h.areaPath);
        Map<String, String> careNames = careNames(subDistrictId, locale);
        List<Resident> residents =
                Resident.<Resident>list("household.id = ?1 and status = ?2 order by id", h.id, RecordStatus.ACTIVE);
        boolean phones = caller.may(Permission.REGISTRY_READ);
        List<VisitHouseholdMember> members = residents.stream()
                .map(r -> new VisitHouseholdMember(
                        r.id,
                        r.name,
                        r.gender,
                        RegistryViews.age(r.birthDate),
                        r.id.equals(h.headResidentId),
                        tags(r.tags, careNames),
                        phones && r.phone != null ? r.phone.masked() : null))
                .toList();
        Set<String> carried = new LinkedHashSet<>(h.tags);
        residents.forEach(r -> carried.addAll(r.tags));
        String headName = residents.stream()
                .filter(r -> r.id.equals(h.headResidentId))
                .map(r -> r.name)
                .findFirst()
                .orElse(null);

        List<VisitObligation> open = openObligations(List.of(h.id));
        Map<Long, String> ruleNames =
                VisitRule.<VisitRule>list(
                                "id in ?1", open.stream().map(o -> o.ruleId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(r -> r.id, r -> r.name));
        List<Visit> visits = Visit.<Visit>find("householdId = ?1 order by visitedAt desc, id desc", h.id)
                .page(0, RECENT_VISITS)
                .list();
        Set<Long> staffIds = new LinkedHashSet<>();
        open.forEach(o -> {
            if (o.responsibleStaffId != null) {
                staffIds.add(o.responsibleStaffId);
            }
        });
        visits.forEach(v -> staffIds.add(v.visitorStaffId));
        Map<Long, String> names = staffNames(staffIds);
        LocalDate today = BeijingTime.today();
        List<VisitHouseholdObligation> obligations = open.stream()
                .map(o -> new VisitHouseholdObligation(
                        o.id,
                        o.ruleId,
                        ruleNames.get(o.ruleId),
                        o.periodId,
                        o.startsOn,
                        o.endsOn,
                        o.dueOn,
                        ObligationState.of(o.status, o.dueOn, today),
                        o.responsibleStaffId == null ? null : ref(o.responsibleStaffId, names),
                        o.pairingId,
                        o.pairingTypeCode,
                        o.visitsRequired,
                        o.completedDays,
                        o.attemptDays))
                .toList();
        List<VisitHouseholdVisit> recent = visits.stream()
                .map(v -> new VisitHouseholdVisit(
                        v.id, v.visitedAt, v.visitedOn, ref(v.visitorStaffId, names), v.mode, v.outcome))
                .toList();
        List<VisitHouseholdQuestion> questions = VisitQuestion.<VisitQuestion>list(
                        "subDistrictId = ?1 and active = true order by sortOrder, id", subDistrictId)
                .stream()
                .map(qn -> new VisitHouseholdQuestion(qn.id, qn.text, qn.kind, options(qn.options)))
                .toList();
        List<VisitHouseholdTag> needs = dictionary.items(DictionaryCategory.VISIT_NEED, subDistrictId).stream()
                .map(i -> new VisitHouseholdTag(i.code, LocalName.of(locale, i.name, i.nameEn)))
                .toList();
        List<VisitHouseholdIssueCategory> categories = IssueCategory.<IssueCategory>list(
                        "(subDistrictId is null or subDistrictId = ?1) and active = true order by sortOrder, code, id",
                        subDistrictId)
                .stream()
                .map(c ->
                        new VisitHouseholdIssueCategory(c.id, LocalName.of(locale, c.name, c.nameEn), c.timeLimitDays))
                .toList();
        return new VisitHouseholdCard(
                h.id,
                RegistryViews.displayAddress(h),
                h.grid.id,
                h.grid.name,
                headName,
                tags(carried, careNames),
                members,
                pairings(List.of(h.id), locale).getOrDefault(h.id, List.of()),
                obligations,
                recent,
                questions,
                needs,
                categories);
    }

    /**
     * The search condition for {@code q}: the registry's address search columns ({@link AddressQuery}: building,
     * unit and room as typed, or a free address) or any part of the head's name (its name parts).
     */
    private static String search(String q, Map<String, Object> params) {
        AddressQuery query = AddressQuery.parse(q);
        if (query == null) {
            return "";
        }
        String address;
        if (query.structured()) {
            params.put("qText", query.text());
            List<String> parts = new ArrayList<>();
            if (query.building() != null) {
                parts.add("h.addr_building = :qBuilding");
                params.put("qBuilding", query.building());
            }
            if (query.unit() != null) {
                parts.add("h.addr_unit = :qUnit");
                params.put("qUnit", query.unit());
            }
            if (query.room() != null) {
                parts.add("h.addr_room like :qRoom");
                params.put("qRoom", Like.prefix(query.room()));
            }
            address = "h.addr_text = :qText or (" + String.join(" and ", parts) + ")";
        } else {
            params.put("qTextPart", Like.contains(query.text()));
            params.put("qBuildingName", Like.contains(q.strip()));
            address = "h.addr_text like :qTextPart"
                    + " or exists (select 1 from area b where b.id = h.building_id and b.name like :qBuildingName)";
        }
        params.put("qName", Like.prefix(q.strip()));
        return " and (" + address + " or exists (select 1 from resident_name_part np"
                + " where np.resident_id = h.head_resident_id and np.part like :qName))";
    }

    private List<VisitHouseholdSummary> summaries(List<Long> ids, Locale locale) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Household> households = Household.<Household>list(
                        "select h from Household h join fetch h.grid left join fetch h.building where h.id in ?1", ids)
                .stream()
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
        Map<Long, Set<String>> carried = new HashMap<>();
        households.values().forEach(h -> carried.put(h.id, new LinkedHashSet<>(h.tags)));
        for (Object[] row : rows(
                "select r.household_id, t.code from resident r join resident_tag t on t.resident_id = r.id"
                        + " where r.household_id in (:ids) and r.status = 'ACTIVE' order by t.code",
                Map.of("ids", ids))) {
            carried.get(((Number) row[0]).longValue()).add((String) row[1]);
        }
        Map<Long, String> heads = new HashMap<>();
        List<Long> headIds = households.values().stream()
                .map(h -> h.headResidentId)
                .filter(Objects::nonNull)
                .toList();
        if (!headIds.isEmpty()) {
            Resident.<Resident>list("id in ?1", headIds).forEach(r -> heads.put(r.id, r.name));
        }
        Map<Long, List<VisitObligation>> open =
                openObligations(ids).stream().collect(Collectors.groupingBy(o -> o.householdId));
        Map<Long, LocalDate> lastVisits = new HashMap<>();
        for (Object[] row : rows(
                "select v.household_id, max(v.visited_on) from visit v where v.household_id in (:ids)"
                        + " group by v.household_id",
                Map.of("ids", ids))) {
            lastVisits.put(((Number) row[0]).longValue(), toDate(row[1]));
        }
        Map<Long, List<VisitHouseholdPairing>> pairings = pairings(ids, locale);
        Map<Long, Map<String, String>> careNames = new HashMap<>(); // by sub-district: one list per page, mostly
        LocalDate today = BeijingTime.today();
        List<VisitHouseholdSummary> result = new ArrayList<>();
        for (Long id : ids) {
            Household h = households.get(id);
            Map<String, String> names = careNames.computeIfAbsent(
                    DictionaryService.subDistrictOfPath(h.areaPath), sub -> careNames(sub, locale));
            List<VisitObligation> own = open.getOrDefault(id, List.of());
            LocalDate nextDue = own.isEmpty() ? null : own.get(0).dueOn;
            result.add(new VisitHouseholdSummary(
                    h.id,
                    RegistryViews.displayAddress(h),
                    h.grid.id,
                    h.grid.name,
                    h.headResidentId == null ? null : heads.get(h.headResidentId),
                    tags(carried.get(id), names),
                    pairings.getOrDefault(id, List.of()),
                    own.size(),
                    nextDue,
                    nextDue == null ? null : ObligationState.of(ObligationStatus.OPEN, nextDue, today),
                    lastVisits.get(id)));
        }
        return result;
    }

    /**
     * The open obligations of these households the caller sees, nearest due first: staff all of them, a helper only
     * those it answers for (a grid worker's obligations are not the helper's business).
     */
    private List<VisitObligation> openObligations(Collection<Long> householdIds) {
        Caller caller = scope.caller();
        boolean staff = caller.may(Permission.VISITS_RECORD) || caller.may(Permission.VISITS_READ);
        String own = staff ? "" : " and responsibleStaffId = ?3";
        Object[] params = staff
                ? new Object[] {householdIds, ObligationStatus.OPEN}
                : new Object[] {householdIds, ObligationStatus.OPEN, caller.staffId()};
        return VisitObligation.<VisitObligation>list(
                "householdId in ?1 and status = ?2" + own + " order by dueOn, id", params);
    }

    /** The caller's active pairings with these households, by household. */
    private Map<Long, List<VisitHouseholdPairing>> pairings(Collection<Long> householdIds, Locale locale) {
        List<Pairing> mine = Pairing.<Pairing>list(
                "householdId in ?1 and helperStaffId = ?2 and status = ?3 order by id",
                householdIds,
                scope.caller().staffId(),
                PairingStatus.ACTIVE);
        Map<Long, String> residentNames = new HashMap<>();
        List<Long> residentIds =
                mine.stream().map(p -> p.residentId).filter(Objects::nonNull).toList();
        if (!residentIds.isEmpty()) {
            Resident.<Resident>list("id in ?1", residentIds).forEach(r -> residentNames.put(r.id, r.name));
        }
        Map<Long, List<VisitHouseholdPairing>> result = new LinkedHashMap<>();
        Map<String, String> typeNames = mine.isEmpty()
                ? Map.of()
                : dictionary.names(
                        DictionaryCategory.PAIRING_TYPE,
                        DictionaryService.subDistrictOfPath(mine.get(0).areaPath),
                        locale);
        for (Pairing p : mine) {
            result.computeIfAbsent(p.householdId, k -> new ArrayList<>())
                    .add(new VisitHouseholdPairing(
                            p.id,
                            p.typeCode,
                            typeNames.getOrDefault(p.typeCode, p.typeCode),
                            p.residentId,
                            p.residentId == null ? null : residentNames.get(p.residentId),
                            p.validFrom));
        }
        return result;
    }

    /** Names of the care codes: household tags and care groups of the sub-district's lists. */
    private Map<String, String> careNames(long subDistrictId, Locale locale) {
        Map<String, String> names =
                new HashMap<>(dictionary.names(DictionaryCategory.HOUSEHOLD_TAG, subDistrictId, locale));
        names.putAll(dictionary.names(DictionaryCategory.CARE_GROUP, subDistrictId, locale));
        return names;
    }

    private static List<VisitHouseholdTag> tags(Collection<String> codes, Map<String, String> names) {
        return codes.stream()
                .distinct()
                .sorted(Comparator.naturalOrder())
                .map(c -> new VisitHouseholdTag(c, names.getOrDefault(c, c)))
                .toList();
    }

    private static List<String> options(String options) {
        if (options == null || options.isBlank()) {
            return List.of();
        }
        return options.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<Long, String> staffNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Staff.<Staff>list("id in ?1", ids).forEach(s -> names.put(s.id, s.displayName));
        }
        return names;
    }

    private static VisitHouseholdStaffRef ref(long id, Map<Long, String> names) {
        return new VisitHouseholdStaffRef(id, names.getOrDefault(id, ""));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static List<Long> longs(List<?> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
