package com.gridwork.registry.household;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaLevel;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.Text;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Counts;
import com.gridwork.common.persistence.Where;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.RegistryViews;
import com.gridwork.registry.household.HouseholdDtos.HouseholdCreate;
import com.gridwork.registry.household.HouseholdDtos.HouseholdDetail;
import com.gridwork.registry.household.HouseholdDtos.HouseholdEventView;
import com.gridwork.registry.household.HouseholdDtos.HouseholdMove;
import com.gridwork.registry.household.HouseholdDtos.HouseholdSummary;
import com.gridwork.registry.household.HouseholdDtos.HouseholdUpdate;
import com.gridwork.registry.household.HouseholdDtos.MoveOut;
import com.gridwork.registry.household.HouseholdDtos.Revealed;
import com.gridwork.registry.resident.Resident;
import com.gridwork.registry.stats.RegistryCounts;
import com.gridwork.staff.Staff;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static com.gridwork.common.Text.blankToNull;

@ApplicationScoped
public class HouseholdService {
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(
            Map.of("id", "h.id", "updatedAt", "h.updatedAt", "createdAt", "h.createdAt", "room", "h.roomNo"));

    @Inject
    Validator validator;

    @Inject
    AreaScope scope;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    DictionaryService dictionary;

    @Inject
    AuditService audit;

    @Inject
    RegistryCounts counts;

    @Inject
    EntityManager em;

    @Inject
    Event<HouseholdChanged> changed;

    /** Where a household is: resolved and checked against the caller's scope. */
    record Location(Area grid, Area building, String unitNo, String roomNo, String address, String addressKey) {}

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public PageResult<HouseholdSummary> list(
            Long areaId, Long buildingId, List<String> tags, RecordStatus status, String q, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filter("h.areaPath");
        // an area or building outside the scope is a 404, like any id in a path or list filter
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and("h.areaPath like :areaPath", "areaPath", areaId, id -> scope.find(Area.class, id).path + "%")
                .and("h.building.id = :buildingId", "buildingId", buildingId, id -> scope.find(Area.class, id).id)
                .and("h.status = :status", "status", status);
        for (int i = 0; tags != null && i < tags.size(); i++) {
            where.and(":tag" + i + " member of h.tags", "tag" + i, tags.get(i));
        }
        AddressMatch match = AddressMatch.of(AddressQuery.parse(q), q);
        if (match != null) {
            where.and(match.condition(), match.params());
        }
        Sort sort = page.toSort(SORTABLE, Sort.by("h.id"), "h.id");
        // Ranked by how well the address matched (exact first), then the requested order.
        StringBuilder order = new StringBuilder(match == null ? "" : match.rank() + ", ");
        for (Sort.Column column : sort.getColumns()) {
            order.append(column.getName())
                    .append(column.getDirection() == Sort.Direction.Descending ? " desc" : "")
                    .append(", ");
        }
        order.setLength(order.length() - 2);
        var query = Household.<Household>find(
                "from Household h left join fetch h.building b join fetch h.grid where " + where.conditions()
                        + " order by " + order,
                where.params());
        List<Household> items = query.page(page.page, page.size).list();
        long total = page.total(
                items.size(),
                () -> Counts.of(
                        em,
                        "select count(h) from Household h left join h.building b where " + where.conditions(),
                        where.params()));
        return new PageResult<>(summaries(items), page.page, page.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public HouseholdDetail get(long id) {
        return detail(visible(id));
    }

    @Transactional
    public HouseholdDetail create(HouseholdCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Location location = violations.has("gridId")
                ? null
                : violations.check(() ->
                        locate(input.gridId(), input.buildingId(), input.unitNo(), input.roomNo(), input.address()));
        if (location != null) {
            Long subDistrict = DictionaryService.subDistrictOfPath(location.grid().path);
            dictionary.checkCode(
                    violations, DictionaryCategory.HOUSING_TYPE, subDistrict, "housingType", input.housingType());
            dictionary.checkCodes(violations, DictionaryCategory.HOUSEHOLD_TAG, subDistrict, "tags", input.tags());
        }
        Household landlord = violations.check(() -> landlord(input.landlordHouseholdId(), null));
        violations.throwIfAny();
        Household h = new Household();
        place(h, location);
        h.housingType = input.housingType();
        h.tenureStart = input.tenureStart();
        setPhone(h, input.phone(), false);
        h.tags = new LinkedHashSet<>(input.tags() == null ? List.of() : input.tags());
        h.notes = blankToNull(input.notes());
        h.landlord = landlord;
        h.persist();
        em.flush();
        event(h, null, HouseholdEvent.Kind.CREATED, null, null, location.grid());
        counts.markStale(List.of(h.grid.id));
        return detail(h);
    }

    @Transactional
    public HouseholdDetail update(long id, String ifMatch, HouseholdUpdate input) {
        Household h = visible(id);
        ETags.require(ifMatch, h.version);
        Violations violations = Violations.of(validator.validate(input));
        Long subDistrict = DictionaryService.subDistrictOfPath(h.areaPath);
        dictionary.checkCode(
                violations, DictionaryCategory.HOUSING_TYPE, subDistrict, "housingType", input.housingType());
        dictionary.checkCodes(violations, DictionaryCategory.HOUSEHOLD_TAG, subDistrict, "tags", input.tags());
        if (input.headResidentId() != null
                && Resident.count(
                                "id = ?1 and household.id = ?2 and status = ?3",
                                input.headResidentId(),
                                h.id,
                                RecordStatus.ACTIVE)
                        == 0) {
            violations.add("headResidentId", "household.head.not-member");
        }
        Household landlord = violations.check(() -> landlord(input.landlordHouseholdId(), h.id));
        violations.throwIfAny();
        h.housingType = input.housingType();
        h.tenureStart = input.tenureStart();
        setPhone(h, input.phone(), input.clearPhone());
        h.tags.clear();
        if (input.tags() != null) {
            h.tags.addAll(input.tags());
        }
        h.notes = blankToNull(input.notes());
        h.landlord = landlord;
        h.headResidentId = input.headResidentId();
        h.touch();
        em.flush();
        event(h, null, HouseholdEvent.Kind.UPDATED, null, null, null);
        counts.markStale(List.of(h.grid.id));
        return detail(h);
    }

    /** Moves a household to another grid, building or address; its members (their area path) and history move with it. */
    @Transactional
    public HouseholdDetail move(long id, HouseholdMove input) {
        Household h = visible(id);
        Area from = h.grid;
        Location location = locate(input.gridId(), input.buildingId(), input.unitNo(), input.roomNo(), input.address());
        place(h, location);
        em.flush();
        em.createQuery("update Resident r set r.areaPath = :path where r.household.id = :id")
                .setParameter("path", h.areaPath)
                .setParameter("id", h.id)
                .executeUpdate();
        event(h, null, HouseholdEvent.Kind.MOVED, blankToNull(input.reason()), from, location.grid());
        // The household and its members leave one grid's counts and join the other's.
        counts.markStale(List.of(from.id, location.grid().id));
        return detail(h);
    }

    /** Marks the household and its current members as moved out; nothing is deleted. */
    @Transactional
    public HouseholdDetail moveOut(long id, MoveOut input) {
        Household h = visible(id);
        if (h.status == RecordStatus.MOVED_OUT) {
            throw ApiProblem.conflict("household.already-moved-out");
        }
        LocalDate date = input == null || input.date() == null ? LocalDate.now() : input.date();
        h.status = RecordStatus.MOVED_OUT;
        h.movedOutOn = date;
        for (Resident r : Resident.<Resident>list("household.id = ?1 and status = ?2", h.id, RecordStatus.ACTIVE)) {
            r.status = RecordStatus.MOVED_OUT;
            r.moveOutDate = date;
        }
        em.flush();
        event(h, null, HouseholdEvent.Kind.MOVED_OUT, input == null ? null : blankToNull(input.reason()), h.grid, null);
        counts.markStale(List.of(h.grid.id));
        return detail(h);
    }

    /** Undoes a move-out: the household and the members who left with it are active again. */
    @Transactional
    public HouseholdDetail restore(long id) {
        Household h = visible(id);
        if (h.status == RecordStatus.ACTIVE) {
            throw ApiProblem.conflict("household.not-moved-out");
        }
        for (Resident r : Resident.<Resident>list(
                "household.id = ?1 and status = ?2 and moveOutDate = ?3", h.id, RecordStatus.MOVED_OUT, h.movedOutOn)) {
            requireNoActiveTwin(r);
            r.status = RecordStatus.ACTIVE;
            r.moveOutDate = null;
        }
        h.status = RecordStatus.ACTIVE;
        h.movedOutOn = null;
        em.flush();
        event(h, null, HouseholdEvent.Kind.RESTORED, null, null, h.grid);
        counts.markStale(List.of(h.grid.id));
        return detail(h);
    }

    @Transactional
    public Revealed revealPhone(long id, String reason) {
        Household h = visible(id);
        if (h.phone == null) {
            throw ApiProblem.notFound("household.phone.none");
        }
        audit.record(
                AuditEntry.Action.REVEAL_PHONE,
                "HOUSEHOLD",
                h.id,
                RegistryViews.displayAddress(h),
                reason,
                null,
                h.areaPath);
        return new Revealed(HouseholdDtos.RevealField.PHONE, cipher.decrypt(h.phone.encrypted()));
    }

    /** The household if the caller's scope covers it; 404 otherwise. */
    public Household visible(long id) {
        return scope.find(Household.class, id);
    }

    Location locate(Long gridId, Long buildingId, String unitNo, String roomNo, String address) {
        Area grid = scope.findForField(Area.class, gridId, "gridId", "area.parent.not-found");
        if (grid.level != AreaLevel.GRID) {
            throw ApiProblem.invalidField("gridId", "household.grid.not-grid");
        }
        Area building = null;
        if (buildingId != null) {
            building = scope.findForField(Area.class, buildingId, "buildingId", "area.parent.not-found");
            if (building.level != AreaLevel.BUILDING || !Objects.equals(building.parentId(), grid.id)) {
                throw ApiProblem.invalidField("buildingId", "household.building.not-in-grid");
            }
        } else if (Text.isBlank(address)) {
            throw ApiProblem.invalidField("address", "household.address.required");
        }
        String unit = blankToNull(unitNo);
        String room = blankToNull(roomNo);
        String free = blankToNull(address);
        return new Location(
                grid,
                building,
                unit,
                room,
                free,
                Household.addressKey(grid.id, building == null ? null : building.id, unit, room, free));
    }

    private static void place(Household h, Location location) {
        h.grid = location.grid();
        h.building = location.building();
        h.unitNo = location.unitNo();
        h.roomNo = location.roomNo();
        h.address = location.address();
        h.addressKey = location.addressKey();
        h.areaPath = Household.areaPathOf(location.grid(), location.building());
        String[] keys = Household.searchKeys(
                location.building() == null ? null : location.building().name,
                location.unitNo(),
                location.roomNo(),
                location.address());
        h.addrBuilding = keys[0];
        h.addrUnit = keys[1];
        h.addrRoom = keys[2];
        h.addrText = keys[3];
    }

    /** A given number replaces the stored one; none keeps it, unless {@code clear} says to remove it. */
    private void setPhone(Household h, String phone, boolean clear) {
        String value = blankToNull(phone);
        if (value != null || clear) {
            h.phone = value == null ? null : cipher.sealPhone(value);
        }
    }

    private Household landlord(Long landlordId, Long selfId) {
        if (landlordId == null) {
            return null;
        }
        return scope.visible(Household.class, landlordId)
                .filter(landlord -> !landlordId.equals(selfId))
                .orElseThrow(() -> ApiProblem.invalidField("landlordHouseholdId", "household.not-found", landlordId));
    }

    /** A resident cannot come back while someone with the same ID number is active elsewhere. */
    public static void requireNoActiveTwin(Resident r) {
        if (Resident.count("idCard.hash = ?1 and status = ?2 and id <> ?3", r.idCard.hash(), RecordStatus.ACTIVE, r.id)
                > 0) {
            throw ApiProblem.conflict("resident.restore.active-elsewhere", r.name);
        }
    }

    public void event(Household h, Resident r, HouseholdEvent.Kind kind, String detail, Area from, Area to) {
        HouseholdEvent e = new HouseholdEvent();
        e.householdId = h.id;
        e.residentId = r == null ? null : r.id;
        e.kind = kind;
        e.detail = detail;
        e.fromAreaId = from == null ? null : from.id;
        e.toAreaId = to == null ? null : to.id;
        e.actor = scope.caller().username();
        e.at = Instant.now();
        e.persist();
        changed.fire(new HouseholdChanged(h.id));
    }

    /**
     * Summaries of a page of households in three queries whatever its size: member count and head (a grouped
     * projection, no resident entities), the tags, and the number of active households at each address.
     */
    List<HouseholdSummary> summaries(List<Household> households) {
        if (households.isEmpty()) {
            return List.of();
        }
        List<Long> ids = households.stream().map(h -> h.id).toList();
        Map<Long, Object[]> membersAndHead = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select h.id, count(r.id), head.id, head.name from Household h"
                                + " left join Resident r on r.household = h and r.status = :active"
                                + " left join Resident head on head.id = h.headResidentId"
                                + " where h.id in :ids group by h.id, head.id, head.name",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("active", RecordStatus.ACTIVE)
                .getResultList()) {
            membersAndHead.put((Long) row[0], row);
        }
        Map<Long, List<String>> tags = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select h.id, t from Household h join h.tags t where h.id in :ids order by h.id, t",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        List<String> keys =
                households.stream().map(h -> h.addressKey).distinct().toList();
        Map<String, Long> sameAddress = em
                .createQuery(
                        "select h.addressKey, count(h) from Household h where h.addressKey in :keys and h.status = :active group by h.addressKey",
                        Object[].class)
                .setParameter("keys", keys)
                .setParameter("active", RecordStatus.ACTIVE)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return households.stream()
                .map(h -> {
                    Object[] row = membersAndHead.get(h.id);
                    return RegistryViews.summary(
                            h,
                            tags.getOrDefault(h.id, List.of()),
                            (Long) row[2],
                            (String) row[3],
                            (Long) row[1],
                            h.status == RecordStatus.ACTIVE && sameAddress.getOrDefault(h.addressKey, 0L) > 1);
                })
                .toList();
    }

    HouseholdDetail detail(Household h) {
        HouseholdSummary summary = summaries(List.of(h)).get(0);
        List<Resident> members = Resident.list(
                "household.id = ?1 order by case when status = ?2 then 0 else 1 end, birthDate, id",
                h.id,
                RecordStatus.ACTIVE);
        List<Long> duplicates = h.status != RecordStatus.ACTIVE
                ? List.of()
                : Household.<Household>list(
                                "addressKey = ?1 and status = ?2 and id <> ?3 order by id",
                                h.addressKey,
                                RecordStatus.ACTIVE,
                                h.id)
                        .stream()
                        .filter(scope::covers)
                        .map(d -> d.id)
                        .toList();
        List<HouseholdEvent> events = HouseholdEvent.list("householdId = ?1 order by at desc, id desc", h.id);
        Set<Long> areaIds = new LinkedHashSet<>();
        Set<Long> residentIds = new LinkedHashSet<>();
        events.forEach(e -> {
            if (e.fromAreaId != null) {
                areaIds.add(e.fromAreaId);
            }
            if (e.toAreaId != null) {
                areaIds.add(e.toAreaId);
            }
            if (e.residentId != null) {
                residentIds.add(e.residentId);
            }
        });
        areaIds.addAll(h.grid.ancestorIds());
        // HashMaps: events without a resident or area look up null, which Map.of() would refuse.
        Map<Long, Area> areas = new HashMap<>();
        if (!areaIds.isEmpty()) {
            Area.<Area>list("id in ?1", areaIds).forEach(a -> areas.put(a.id, a));
        }
        Map<Long, String> names = new HashMap<>();
        if (!residentIds.isEmpty()) {
            Resident.<Resident>list("id in ?1", residentIds).forEach(r -> names.put(r.id, r.name));
        }
        Map<String, String> actorNames =
                Staff.displayNames(events.stream().map(e -> e.actor).toList());
        List<HouseholdEventView> history = new ArrayList<>();
        for (HouseholdEvent e : events) {
            history.add(new HouseholdEventView(
                    e.id,
                    e.kind,
                    e.detail,
                    e.residentId,
                    names.get(e.residentId),
                    ref(areas.get(e.fromAreaId)),
                    ref(areas.get(e.toAreaId)),
                    e.actor,
                    actorNames.getOrDefault(e.actor, e.actor),
                    e.at));
        }
        List<AreaRef> ancestors = h.grid.ancestorIds().stream()
                .map(areas::get)
                .filter(Objects::nonNull)
                .map(AreaRef::of)
                .toList();
        return new HouseholdDetail(
                summary,
                ancestors,
                h.tenureStart,
                h.notes,
                h.landlord == null ? null : h.landlord.id,
                h.movedOutOn,
                members.stream().map(RegistryViews::summary).toList(),
                duplicates,
                history,
                h.createdAt);
    }

    private static AreaRef ref(Area a) {
        return a == null ? null : AreaRef.of(a);
    }
}
