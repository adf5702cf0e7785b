package com.gridwork.pairing;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Constraints;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.pairing.PairingDtos.PairingCreate;
import com.gridwork.pairing.PairingDtos.PairingEnd;
import com.gridwork.pairing.PairingDtos.PairingHelperInput;
import com.gridwork.pairing.PairingDtos.PairingHousehold;
import com.gridwork.pairing.PairingDtos.PairingView;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.RegistryViews;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.resident.Resident;
import com.gridwork.staff.Staff;
import com.gridwork.visit.obligation.ObligationEnding;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.VolunteerStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static com.gridwork.common.Text.blankToNull;

/**
 * Pairings (结对帮扶): a helper (a staff member or a volunteer) paired with a household or one resident of it, for a
 * pairing type. Staff who read pairings see those of their areas; managers pair and end. One active pairing per
 * household, person and type (the database's uq_pairing_live decides, also between parallel requests).
 */
@ApplicationScoped
public class PairingService {
    private static final Map<String, String> SORTABLE = Map.of(
            "validFrom", "p.validFrom",
            "validTo", "p.validTo",
            "helperName", "p.helperName",
            "typeCode", "p.typeCode",
            "createdAt", "p.createdAt");
    private static final String FETCH =
            "from Pairing p join fetch p.household h join fetch h.grid g left join fetch h.building b ";

    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    ObligationEnding obligations;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** List filters; every one optional, all combined. */
    public record Criteria(
            Long areaId,
            Long helperStaffId,
            Long helperVolunteerId,
            String typeCode,
            PairingStatus status,
            Long householdId,
            String q) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PairingView> search(Criteria c, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filter("p.areaPath");
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and("p.areaPath like :areaPath", "areaPath", c.areaId(), id -> scope.find(Area.class, id).path + "%")
                .and(
                        "p.householdId = :householdId",
                        "householdId",
                        c.householdId(),
                        id -> scope.find(Household.class, id).id)
                .and("p.helperStaffId = :helperStaffId", "helperStaffId", c.helperStaffId())
                .and("p.helperVolunteerId = :helperVolunteerId", "helperVolunteerId", c.helperVolunteerId())
                .and("p.typeCode = :typeCode", "typeCode", blankToNull(c.typeCode()))
                .and("p.status = :status", "status", c.status() == null ? PairingStatus.ACTIVE : c.status())
                .and(
                        "(p.helperName like :q or h.addrText like :q or b.name like :q)",
                        "q",
                        blankToNull(c.q()),
                        Like::contains);
        Sort sort = page.toSort(
                SORTABLE, Sort.by("p.validFrom", Sort.Direction.Descending).and("p.id"), "p.id");
        List<Pairing> items = Pairing.<Pairing>find(FETCH + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> where.bind(em.createQuery(
                                "select count(p) from Pairing p join p.household h left join h.building b "
                                        + where.clause(),
                                Long.class))
                        .getSingleResult());
        return new PageResult<>(views(items), page.page, page.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PairingView get(long id) {
        return view(scope.find(Pairing.class, id));
    }

    /** A household's pairings, active and ended, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PairingView> ofHousehold(long householdId) {
        Household h = scope.find(Household.class, householdId);
        return views(
                Pairing.<Pairing>find(FETCH + "where p.householdId = ?1", Sort.descending("p.validFrom", "p.id"), h.id)
                        .list());
    }

    @Transactional
    public PairingView create(PairingCreate input) {
        Caller caller = scope.caller();
        Violations violations = Violations.of(validator.validate(input));
        Household h = violations.check(() ->
                scope.findForField(Household.class, input.householdId(), "householdId", "pairing.household.not-found"));
        if (h != null && h.status != RecordStatus.ACTIVE) {
            violations.add("householdId", "pairing.household.moved-out");
            h = null;
        }
        Resident resident = null;
        if (input.residentId() != null && h != null) {
            resident = Resident.findById(input.residentId());
            if (resident == null
                    || !Objects.equals(resident.household.id, h.id)
                    || resident.status != RecordStatus.ACTIVE) {
                violations.add("residentId", "pairing.resident.not-in-household", input.residentId());
                resident = null;
            }
        }
        Long subDistrict =
                h != null ? DictionaryService.subDistrictOfPath(h.areaPath) : dictionary.subDistrictOfCaller();
        dictionary.checkCode(violations, DictionaryCategory.PAIRING_TYPE, subDistrict, "typeCode", input.typeCode());
        Helper helper = input.helper() == null ? null : helper(input.helper(), violations);
        LocalDate today = BeijingTime.today();
        if (input.validFrom() != null && input.validFrom().isBefore(today.minusYears(1))) {
            violations.add("validFrom", "pairing.valid-from.too-old");
        }
        if (input.validFrom() != null
                && input.validTo() != null
                && input.validTo().isBefore(input.validFrom())) {
            violations.add("validTo", "pairing.valid-to.before-from");
        }
        violations.throwIfAny();

        Long residentId = resident == null ? null : resident.id;
        Live existing = live(h.id, residentId, input.typeCode());
        if (existing != null) {
            throw duplicate(existing);
        }
        Pairing p = new Pairing();
        p.household = h;
        p.householdId = h.id;
        p.residentId = residentId;
        p.gridId = h.grid.id;
        p.areaPath = h.areaPath;
        p.typeCode = input.typeCode();
        p.helperKind = input.helper().kind();
        p.helperStaffId = helper.staffId();
        p.helperVolunteerId = helper.volunteerId();
        p.helperName = helper.name();
        p.validFrom = input.validFrom();
        p.validTo = input.validTo();
        p.notes = blankToNull(input.notes());
        p.createdById = caller.staffId();
        try {
            p.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (!liveKeyTaken(e)) {
                throw e;
            }
            // a parallel request paired the same household, person and type first: name its pairing, read in a
            // transaction of its own (this one is spoilt by the failed insert, and its snapshot predates the other)
            long household = h.id;
            String type = input.typeCode();
            throw duplicate(QuarkusTransaction.requiringNew().call(() -> live(household, residentId, type)));
        }
        return view(p);
    }

    /** Ends an active pairing; its open obligations of running periods end with it (not applicable). */
    @Transactional
    public PairingView end(long id, String ifMatch, PairingEnd input) {
        Caller caller = scope.caller();
        // managing needs the area: a helper's own pairings elsewhere are only theirs to read
        Pairing p = scope.findWhere(Pairing.class, id, r -> caller.covers(r.areaPath));
        ETags.require(ifMatch, p.version);
        if (p.status == PairingStatus.ENDED) {
            throw ApiProblem.conflict("pairing.end.already", p.id);
        }
        Violations violations = Violations.of(validator.validate(input));
        if (input.reason() == PairingEndReason.REASSIGNED) {
            violations.add("reason", "pairing.end.reason.reassigned");
        }
        LocalDate today = BeijingTime.today();
        LocalDate endedOn = input.endedOn() == null ? today : input.endedOn();
        if (endedOn.isBefore(p.validFrom)) {
            violations.add("endedOn", "pairing.end.before-start", p.validFrom);
        } else if (endedOn.isAfter(today) && endedOn.isAfter(p.validFrom)) {
            // a pairing that has not started yet ends on its first day
            violations.add("endedOn", "pairing.end.in-future");
        }
        violations.throwIfAny();
        p.status = PairingStatus.ENDED;
        p.validTo = endedOn;
        p.endReason = input.reason();
        p.endNote = blankToNull(input.note());
        p.endedById = caller.staffId();
        p.endedAt = Instant.now();
        obligations.endForPairing(p.id, endedOn);
        em.flush();
        return view(p);
    }

    /** Who helps, as the pairing records it. */
    private record Helper(Long staffId, Long volunteerId, String name) {}

    private Helper helper(PairingHelperInput input, Violations violations) {
        if (input.kind() == null) {
            return null;
        }
        switch (input.kind()) {
            case STAFF -> {
                if (input.staffId() == null) {
                    violations.add("helper.staffId", "pairing.helper.required");
                    return null;
                }
                Staff s = Staff.findById(input.staffId());
                if (s == null
                        || !s.enabled
                        || s.serviceAccount
                        || !scope.coversAny(s.areas.stream().map(a -> a.path).toList())) {
                    violations.add("helper.staffId", "pairing.helper.staff.not-found", input.staffId());
                    return null;
                }
                if (s.role == StaffRole.VOLUNTEER) {
                    violations.add("helper.staffId", "pairing.helper.staff.volunteer");
                    return null;
                }
                return new Helper(s.id, null, s.displayName);
            }
            case VOLUNTEER -> {
                if (input.volunteerId() == null) {
                    violations.add("helper.volunteerId", "pairing.helper.required");
                    return null;
                }
                Volunteer v = violations.check(() -> scope.findForField(
                        Volunteer.class,
                        input.volunteerId(),
                        "helper.volunteerId",
                        "pairing.helper.volunteer.not-found"));
                if (v != null && v.status != VolunteerStatus.ACTIVE) {
                    violations.add("helper.volunteerId", "pairing.helper.volunteer.inactive");
                    return null;
                }
                return v == null ? null : new Helper(v.staffId, v.id, v.name);
            }
            default -> {
                // party members and units come with issue 16
                violations.add("helper.kind", "pairing.helper.kind.unavailable", input.kind());
                return null;
            }
        }
    }

    /** The active pairing of a live key. */
    private record Live(long id, String helperName) {}

    /** The active pairing with this live key, if any. */
    private Live live(long householdId, Long residentId, String typeCode) {
        var query = em.createQuery(
                        "select p.id, p.helperName from Pairing p where p.householdId = :household"
                                + " and p.typeCode = :type and p.status = :status and "
                                + (residentId == null ? "p.residentId is null" : "p.residentId = :resident"),
                        Object[].class)
                .setParameter("household", householdId)
                .setParameter("type", typeCode)
                .setParameter("status", PairingStatus.ACTIVE);
        if (residentId != null) {
            query.setParameter("resident", residentId);
        }
        return query.setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new Live((Long) row[0], (String) row[1]))
                .orElse(null);
    }

    private static boolean liveKeyTaken(Throwable e) {
        return Constraints.violated(e, "uq_pairing_live");
    }

    private static ApiProblem duplicate(Live existing) {
        // null: the other request's pairing ended again in between; the conflict stands
        return existing == null
                ? ApiProblem.conflict("pairing.duplicate.unknown")
                : ApiProblem.duplicate(existing.id(), "pairing.duplicate", existing.id(), existing.helperName());
    }

    // ---- views -----------------------------------------------------------------------------------------------------

    PairingView view(Pairing p) {
        return views(List.of(p)).get(0);
    }

    List<PairingView> views(List<Pairing> items) {
        Map<Long, String> residents = residentNames(
                items.stream().map(p -> p.residentId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return items.stream()
                .map(p -> new PairingView(
                        p.id,
                        household(p.household),
                        p.residentId,
                        p.residentId == null ? null : residents.get(p.residentId),
                        p.typeCode,
                        p.helperKind,
                        p.helperStaffId,
                        p.helperVolunteerId,
                        p.helperName,
                        p.status,
                        p.validFrom,
                        p.validTo,
                        p.endReason,
                        p.endNote,
                        p.reassignedFromId,
                        p.notes,
                        p.version))
                .toList();
    }

    static PairingHousehold household(Household h) {
        return new PairingHousehold(h.id, RegistryViews.displayAddress(h), h.grid.id, h.grid.name);
    }

    private static Map<Long, String> residentNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Resident.<Resident>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r.name, (a, b) -> a));
    }
}
