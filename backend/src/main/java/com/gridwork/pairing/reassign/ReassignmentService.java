package com.gridwork.pairing.reassign;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.pairing.HelperKind;
import com.gridwork.pairing.Pairing;
import com.gridwork.pairing.reassign.ReassignmentDtos.PairingReassignmentView;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentCreate;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentDetail;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentHelper;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentHousehold;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentParty;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentPreview;
import com.gridwork.pairing.reassign.ReassignmentDtos.ReassignmentRow;
import com.gridwork.pairing.reassign.ReassignmentDtos.RowKind;
import com.gridwork.registry.household.Household;
import com.gridwork.staff.Staff;
import com.gridwork.visit.obligation.ObligationState;
import com.gridwork.visit.obligation.ObligationStatus;
import com.gridwork.volunteer.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk reassignment (批量转交): every active pairing of one helper, in an area and the caller's scope, ends
 * (REASSIGNED) and continues with another helper; its open obligations (any period, overdue ones too) move to the
 * continuing pairing and its helper, and on request so do the open grid-worker obligations the helper answers for
 * there. Obligations move, they do not end: the denominator is unchanged. All in one transaction, with the pairings
 * and obligations locked first, so a concurrent end, visit or second reassignment either happens before (and is
 * seen) or after (and finds the moved rows); nothing is moved twice or lost.
 */
@ApplicationScoped
public class ReassignmentService {
    static final int PREVIEW_ROWS = 50;
    private static final Map<String, String> SORTS = Map.of("doneAt", "r.doneAt", "pairingsMoved", "r.pairingsMoved");

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** A helper resolved: its kind and ids, the account that answers for obligations, and its name. */
    record Party(HelperKind kind, Long staffId, Long volunteerId, Long accountId, String name) {
        ReassignmentParty view() {
            return new ReassignmentParty(kind, staffId, volunteerId, name);
        }
    }

    /** A checked request. */
    record Plan(Party from, Party to, Area area, boolean includeGridObligations, String reason) {}

    // ---- preview ---------------------------------------------------------------------------------------------------

    @Transactional
    public ReassignmentPreview preview(ReassignmentCreate input) {
        Plan plan = check(input);
        Where pairings = pairingWhere(plan);
        int pairingCount = count("SELECT COUNT(*) FROM pairing p WHERE " + pairings.conditions(), pairings);
        Where obligations = pairingObligationWhere(pairings);
        int obligationCount =
                count("SELECT COUNT(*) FROM visit_obligation o WHERE " + obligations.conditions(), obligations);
        Where grid = plan.includeGridObligations() ? gridObligationWhere(plan) : null;
        int gridCount =
                grid == null ? 0 : count("SELECT COUNT(*) FROM visit_obligation o WHERE " + grid.conditions(), grid);

        List<ReassignmentRow> rows = new ArrayList<>(pairingRows(pairings, false, PREVIEW_ROWS));
        if (rows.size() < PREVIEW_ROWS) {
            rows.addAll(obligationRows(obligations, RowKind.PAIRING_OBLIGATION, PREVIEW_ROWS - rows.size()));
        }
        if (grid != null && rows.size() < PREVIEW_ROWS) {
            rows.addAll(obligationRows(grid, RowKind.GRID_OBLIGATION, PREVIEW_ROWS - rows.size()));
        }
        long total = (long) pairingCount + obligationCount + gridCount;
        return new ReassignmentPreview(pairingCount, obligationCount, gridCount, total, total == 0, rows);
    }

    // ---- the reassignment ------------------------------------------------------------------------------------------

    @Transactional
    public PairingReassignmentView reassign(ReassignmentCreate input) {
        Plan plan = check(input);
        Caller caller = scope.caller();
        LocalDate today = BeijingTime.today();
        Instant now = Instant.now();

        // Lock first: the pairings as they are now. A locking read sees the latest committed rows, not the
        // transaction's snapshot, so one ended or moved a moment ago is no longer among them; they are read and
        // written natively for that reason (Hibernate's "for update of" is not MariaDB's, and a plain entity load
        // would read the snapshot).
        Where pairingWhere = pairingWhere(plan);
        List<Locked> pairings = lockPairings(pairingWhere);
        List<Long> pairingIds = pairings.stream().map(Locked::id).toList();
        List<Object[]> obligations = pairingIds.isEmpty()
                ? List.of()
                : lockObligations(
                        "o.status = 'OPEN' AND o.pairing_id IN (:pairingIds)", Map.of("pairingIds", pairingIds));
        List<Object[]> gridObligations = List.of();
        if (plan.includeGridObligations()) {
            Where grid = gridObligationWhere(plan);
            gridObligations = lockObligations(grid.conditions(), grid.params());
        }

        PairingReassignment r = new PairingReassignment();
        r.areaId = plan.area() == null ? null : plan.area().id;
        r.areaPath = plan.area() == null ? scopePath(caller) : plan.area().path;
        r.gridId = plan.area() != null && plan.area().level == AreaLevel.GRID ? plan.area().id : null;
        r.fromKind = plan.from().kind();
        r.fromStaffId = plan.from().staffId();
        r.fromVolunteerId = plan.from().volunteerId();
        r.fromName = plan.from().name();
        r.toKind = plan.to().kind();
        r.toStaffId = plan.to().staffId();
        r.toVolunteerId = plan.to().volunteerId();
        r.toName = plan.to().name();
        r.includeGridObligations = plan.includeGridObligations();
        r.reason = plan.reason();
        r.doneById = caller.staffId();
        r.doneAt = now;
        r.pairingsMoved = pairings.size();
        r.obligationsMoved = obligations.size();
        r.gridObligationsMoved = gridObligations.size();
        r.persist();

        Map<Long, Long> continuedBy = new LinkedHashMap<>();
        if (!pairingIds.isEmpty()) {
            // the ended rows leave the one-active-pairing key before their continuations take it
            em.createNativeQuery("UPDATE pairing SET status = 'ENDED', end_reason = 'REASSIGNED', end_note = :note,"
                            + " valid_to = GREATEST(valid_from, :today), ended_by_id = :by, ended_at = :now,"
                            + " version = version + 1, updated_at = :now WHERE id IN (:ids)")
                    .setParameter("note", plan.reason())
                    .setParameter("today", today)
                    .setParameter("by", caller.staffId())
                    .setParameter("now", now)
                    .setParameter("ids", pairingIds)
                    .executeUpdate();
        }
        for (Locked old : pairings) {
            Pairing next = new Pairing();
            next.household = em.getReference(Household.class, old.householdId());
            next.residentId = old.residentId();
            next.gridId = old.gridId();
            next.areaPath = old.areaPath();
            next.typeCode = old.typeCode();
            next.helperKind = plan.to().kind();
            next.helperStaffId = plan.to().accountId();
            next.helperVolunteerId = plan.to().volunteerId();
            next.helperName = plan.to().name();
            next.validFrom = old.validFrom().isAfter(today) ? old.validFrom() : today;
            // a planned end still ahead carries over to the continuation
            next.validTo = old.validTo() != null && old.validTo().isAfter(next.validFrom) ? old.validTo() : null;
            next.notes = old.notes();
            next.reassignedFromId = old.id();
            next.createdById = caller.staffId();
            next.persist();
            continuedBy.put(old.id(), next.id);
        }
        em.flush();
        if (!continuedBy.isEmpty()) {
            em.createNativeQuery("UPDATE pairing SET reassignment_id = :r WHERE id IN (:ids)")
                    .setParameter("r", r.id)
                    .setParameter("ids", List.copyOf(continuedBy.values()))
                    .executeUpdate();
        }
        for (Object[] o : obligations) {
            move(r.id, id(o[0]), id(o[1]), continuedBy.get(id(o[1])), id(o[2]), plan.to());
        }
        for (Object[] o : gridObligations) {
            move(r.id, id(o[0]), null, null, id(o[2]), plan.to());
        }
        return views(List.of(r)).get(0);
    }

    private void move(
            long reassignmentId, long obligationId, Long fromPairing, Long toPairing, Long fromStaff, Party to) {
        em.createNativeQuery("INSERT INTO visit_obligation_move (reassignment_id, obligation_id, from_pairing_id,"
                        + " to_pairing_id, from_staff_id, to_staff_id) VALUES (:r, :o, :fp, :tp, :fs, :ts)")
                .setParameter("r", reassignmentId)
                .setParameter("o", obligationId)
                .setParameter("fp", fromPairing)
                .setParameter("tp", toPairing)
                .setParameter("fs", fromStaff)
                .setParameter("ts", to.accountId())
                .executeUpdate();
        em.createNativeQuery("UPDATE visit_obligation SET responsible_staff_id = :ts,"
                        + " pairing_id = COALESCE(:tp, pairing_id), version = version + 1,"
                        + " updated_at = CURRENT_TIMESTAMP(6) WHERE id = :o")
                .setParameter("ts", to.accountId())
                .setParameter("tp", toPairing)
                .setParameter("o", obligationId)
                .executeUpdate();
    }

    /** An active pairing as locked: what its continuation copies. */
    private record Locked(
            long id,
            long householdId,
            Long residentId,
            long gridId,
            String areaPath,
            String typeCode,
            LocalDate validFrom,
            LocalDate validTo,
            String notes) {}

    @SuppressWarnings("unchecked")
    private List<Locked> lockPairings(Where pairings) {
        List<Object[]> rows = pairings.bind(em.createNativeQuery("SELECT p.id, p.household_id, p.resident_id,"
                        + " p.grid_id, p.area_path, p.type_code, p.valid_from, p.valid_to, p.notes FROM pairing p WHERE "
                        + pairings.conditions() + " ORDER BY p.id FOR UPDATE"))
                .getResultList();
        return rows.stream()
                .map(o -> new Locked(
                        id(o[0]),
                        id(o[1]),
                        id(o[2]),
                        id(o[3]),
                        (String) o[4],
                        (String) o[5],
                        day(o[6]),
                        day(o[7]),
                        (String) o[8]))
                .toList();
    }

    /** Locks the obligations matching the condition (alias o): id, pairing, responsible person, in id order. */
    @SuppressWarnings("unchecked")
    private List<Object[]> lockObligations(String condition, Map<String, ?> params) {
        Query q =
                em.createNativeQuery("SELECT o.id, o.pairing_id, o.responsible_staff_id FROM visit_obligation o WHERE "
                        + condition + " ORDER BY o.id FOR UPDATE");
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    // ---- the conditions, shared by the preview and the reassignment ------------------------------------------------

    /** The active pairings of {@code from} in the area and the caller's scope (native SQL, alias p). */
    private Where pairingWhere(Plan plan) {
        Where w = new Where()
                .and("p.status = 'ACTIVE'")
                .and("p.helper_kind = :fromKind", "fromKind", plan.from().kind().name());
        w = plan.from().kind() == HelperKind.STAFF
                ? w.and(
                        "p.helper_staff_id = :fromStaff",
                        "fromStaff",
                        plan.from().staffId())
                : w.and(
                        "p.helper_volunteer_id = :fromVolunteer",
                        "fromVolunteer",
                        plan.from().volunteerId());
        var filter = scope.filter("p.area_path");
        return w.and(filter.sql(), filter.params())
                .and("p.area_path like :areaPath", "areaPath", plan.area(), a -> a.path + "%");
    }

    /** The open obligations of those pairings (alias o). */
    private static Where pairingObligationWhere(Where pairings) {
        return new Where()
                .and("o.status = 'OPEN'")
                .and(
                        "o.pairing_id IN (SELECT p.id FROM pairing p WHERE " + pairings.conditions() + ")",
                        pairings.params());
    }

    /** The open obligations without a pairing that {@code from}'s account answers for in the area and scope (alias o). */
    private Where gridObligationWhere(Plan plan) {
        var filter = scope.filter("o.area_path");
        return new Where()
                .and("o.status = 'OPEN'")
                .and("o.pairing_id IS NULL")
                // a helper without an account answers for nothing: no row matches a null
                .and(
                        "o.responsible_staff_id = :fromAccount",
                        Map.of(
                                "fromAccount",
                                plan.from().accountId() == null
                                        ? -1L
                                        : plan.from().accountId()))
                .and(filter.sql(), filter.params())
                .and("o.area_path like :gridAreaPath", "gridAreaPath", plan.area(), a -> a.path + "%");
    }

    private int count(String sql, Where where) {
        return ((Number) where.bind(em.createNativeQuery(sql)).getSingleResult()).intValue();
    }

    // ---- rows ------------------------------------------------------------------------------------------------------

    private static final String HOUSEHOLD_COLUMNS = "h.id, h.address, g.id, g.name";

    @SuppressWarnings("unchecked")
    private List<ReassignmentRow> pairingRows(Where pairings, boolean continuations, int limit) {
        String sql = "SELECT p.id, " + HOUSEHOLD_COLUMNS + ", p.type_code, p.reassigned_from_id FROM pairing p"
                + " JOIN household h ON h.id = p.household_id JOIN area g ON g.id = p.grid_id WHERE "
                + pairings.conditions() + " ORDER BY p.id";
        List<Object[]> rows =
                pairings.bind(em.createNativeQuery(sql)).setMaxResults(limit).getResultList();
        return rows.stream()
                .map(o -> continuations
                        // a continuation names the pairing that ended (as the preview did) and itself
                        ? new ReassignmentRow(
                                RowKind.PAIRING,
                                id(o[6]),
                                household(o, 1),
                                (String) o[5],
                                null,
                                null,
                                null,
                                null,
                                id(o[0]))
                        : new ReassignmentRow(
                                RowKind.PAIRING,
                                id(o[0]),
                                household(o, 1),
                                (String) o[5],
                                null,
                                null,
                                null,
                                null,
                                null))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<ReassignmentRow> obligationRows(Where obligations, RowKind kind, int limit) {
        String sql = "SELECT o.id, " + HOUSEHOLD_COLUMNS + ", o.pairing_type_code, vr.name, o.starts_on, o.due_on,"
                + " o.status FROM visit_obligation o JOIN household h ON h.id = o.household_id"
                + " JOIN area g ON g.id = o.grid_id JOIN visit_rule vr ON vr.id = o.rule_id WHERE "
                + obligations.conditions() + " ORDER BY o.due_on, o.id";
        List<Object[]> rows =
                obligations.bind(em.createNativeQuery(sql)).setMaxResults(limit).getResultList();
        LocalDate today = BeijingTime.today();
        return rows.stream().map(o -> obligationRow(kind, o, null, today)).toList();
    }

    private static ReassignmentRow obligationRow(RowKind kind, Object[] o, Long newPairingId, LocalDate today) {
        LocalDate dueOn = day(o[8]);
        return new ReassignmentRow(
                kind,
                id(o[0]),
                household(o, 1),
                (String) o[5],
                (String) o[6],
                day(o[7]),
                dueOn,
                ObligationState.of(ObligationStatus.valueOf((String) o[9]), dueOn, today),
                newPairingId);
    }

    private static ReassignmentHousehold household(Object[] o, int at) {
        return new ReassignmentHousehold(id(o[at]), (String) o[at + 1], id(o[at + 2]), (String) o[at + 3]);
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    // ---- history ---------------------------------------------------------------------------------------------------

    @Transactional
    public PageResult<PairingReassignmentView> list(Long areaId, PageParams page) {
        Where w = new Where();
        var filter = scope.filter("r.areaPath");
        w.and(filter.jpql(), filter.params());
        if (areaId != null) {
            Area area = scope.find(Area.class, areaId);
            w.and("r.areaPath like :areaPath", "areaPath", area.path + "%");
        }
        var sort = page.toSort(SORTS, io.quarkus.panache.common.Sort.descending("r.doneAt"), "r.id");
        var query = PairingReassignment.<PairingReassignment>find(
                        "from PairingReassignment r where " + w.conditions(), sort, w.params())
                .page(page.page, page.size);
        List<PairingReassignment> items = query.list();
        long total = page.total(items.size(), query::count);
        return new PageResult<>(views(items), page.page, page.size, total);
    }

    @Transactional
    public ReassignmentDetail get(long id) {
        PairingReassignment r = scope.find(PairingReassignment.class, id);
        Where pairings = new Where().and("p.reassignment_id = :reassignment", "reassignment", r.id);
        List<ReassignmentRow> moved = new ArrayList<>(pairingRows(pairings, true, Integer.MAX_VALUE));
        moved.addAll(movedObligations(r.id));
        return new ReassignmentDetail(views(List.of(r)).get(0), moved);
    }

    @SuppressWarnings("unchecked")
    private List<ReassignmentRow> movedObligations(long reassignmentId) {
        String sql = "SELECT o.id, " + HOUSEHOLD_COLUMNS + ", o.pairing_type_code, vr.name, o.starts_on, o.due_on,"
                + " o.status, m.from_pairing_id, m.to_pairing_id FROM visit_obligation_move m"
                + " JOIN visit_obligation o ON o.id = m.obligation_id JOIN household h ON h.id = o.household_id"
                + " JOIN area g ON g.id = o.grid_id JOIN visit_rule vr ON vr.id = o.rule_id"
                + " WHERE m.reassignment_id = :r ORDER BY m.from_pairing_id IS NULL, o.due_on, o.id";
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter("r", reassignmentId).getResultList();
        LocalDate today = BeijingTime.today();
        return rows.stream()
                .map(o -> obligationRow(
                        o[10] == null ? RowKind.GRID_OBLIGATION : RowKind.PAIRING_OBLIGATION, o, id(o[11]), today))
                .toList();
    }

    private List<PairingReassignmentView> views(List<PairingReassignment> items) {
        Set<Long> staffIds = items.stream().map(r -> r.doneById).collect(Collectors.toSet());
        Set<Long> areaIds =
                items.stream().map(r -> r.areaId).filter(a -> a != null).collect(Collectors.toSet());
        Map<Long, String> staffNames = names(Staff.<Staff>list("id in ?1", staffIds), s -> s.id, s -> s.displayName);
        Map<Long, String> areaNames =
                areaIds.isEmpty() ? Map.of() : names(Area.<Area>list("id in ?1", areaIds), a -> a.id, a -> a.name);
        return items.stream()
                .map(r -> new PairingReassignmentView(
                        r.id,
                        r.areaId,
                        r.areaId == null ? null : areaNames.get(r.areaId),
                        new ReassignmentParty(r.fromKind, r.fromStaffId, r.fromVolunteerId, r.fromName),
                        new ReassignmentParty(r.toKind, r.toStaffId, r.toVolunteerId, r.toName),
                        r.gridId,
                        r.includeGridObligations,
                        r.reason,
                        r.pairingsMoved,
                        r.obligationsMoved,
                        r.gridObligationsMoved,
                        (long) r.pairingsMoved + r.obligationsMoved + r.gridObligationsMoved,
                        r.pairingsMoved + r.obligationsMoved + r.gridObligationsMoved == 0,
                        r.doneById,
                        staffNames.get(r.doneById),
                        r.doneAt))
                .toList();
    }

    private static <T> Map<Long, String> names(List<T> rows, Function<T, Long> id, Function<T, String> name) {
        Map<Long, String> map = new HashMap<>();
        rows.forEach(t -> map.put(id.apply(t), name.apply(t)));
        return map;
    }

    // ---- checks ----------------------------------------------------------------------------------------------------

    /** Every violation at once: the body's, the helpers', the area's. */
    private Plan check(ReassignmentCreate input) {
        Violations v = Violations.of(validator.validate(input));
        Area area = v.check(() -> scope.findForField(Area.class, input.areaId(), "areaId", "access.area.not-found"));
        Party from = input.from() == null || v.has("from") ? null : v.check(() -> from(input.from()));
        Party to = input.to() == null || v.has("to") ? null : v.check(() -> to(input.to()));
        if (from != null
                && to != null
                && from.kind() == to.kind()
                && Objects.equals(from.staffId(), to.staffId())
                && Objects.equals(from.volunteerId(), to.volunteerId())) {
            v.add("to", "pairing-reassignment.same-helper");
        }
        v.throwIfAny();
        return new Plan(
                from, to, area, input.includeGridObligations(), input.reason().strip());
    }

    /**
     * The helper whose pairings move: one the caller can see, in its scope or paired with a household in it (a
     * helper of another community whose pairings here are the caller's to move); else a 400, as for an id that
     * does not exist.
     */
    private Party from(ReassignmentHelper helper) {
        return switch (helper.kind()) {
            case STAFF -> {
                Staff s = helper.staffId() == null ? null : Staff.findById(helper.staffId());
                if (helper.staffId() == null) {
                    throw ApiProblem.invalidField("from.staffId", "pairing-reassignment.helper.required");
                }
                if (s == null || !(inScope(s) || pairedInScope("p.helper_staff_id", s.id))) {
                    throw ApiProblem.invalidField(
                            "from.staffId", "pairing-reassignment.helper.not-found", helper.staffId());
                }
                yield new Party(HelperKind.STAFF, s.id, null, s.id, s.displayName);
            }
            case VOLUNTEER -> {
                if (helper.volunteerId() == null) {
                    throw ApiProblem.invalidField("from.volunteerId", "pairing-reassignment.helper.required");
                }
                Volunteer vol = Volunteer.findById(helper.volunteerId());
                if (vol == null || !(scope.covers(vol) || pairedInScope("p.helper_volunteer_id", vol.id))) {
                    throw ApiProblem.invalidField(
                            "from.volunteerId", "pairing-reassignment.helper.not-found", helper.volunteerId());
                }
                yield new Party(HelperKind.VOLUNTEER, null, vol.id, vol.staffId, vol.name);
            }
            default ->
                throw ApiProblem.invalidField("from.kind", "pairing-reassignment.kind.unsupported", helper.kind());
        };
    }

    /** The helper who takes over: in the caller's scope, enabled, with an account to answer for obligations. */
    private Party to(ReassignmentHelper helper) {
        return switch (helper.kind()) {
            case STAFF -> {
                if (helper.staffId() == null) {
                    throw ApiProblem.invalidField("to.staffId", "pairing-reassignment.helper.required");
                }
                Staff s = Staff.findById(helper.staffId());
                if (s == null || s.serviceAccount || !inScope(s)) {
                    throw ApiProblem.invalidField(
                            "to.staffId", "pairing-reassignment.helper.not-found", helper.staffId());
                }
                if (!s.enabled) {
                    throw ApiProblem.invalidField("to.staffId", "pairing-reassignment.helper.disabled");
                }
                if (s.role == StaffRole.VOLUNTEER) {
                    // a volunteer takes pairings over as a volunteer (its profile), as the pairings themselves say
                    throw ApiProblem.invalidField("to.staffId", "pairing-reassignment.helper.volunteer-account");
                }
                yield new Party(HelperKind.STAFF, s.id, null, s.id, s.displayName);
            }
            case VOLUNTEER -> {
                if (helper.volunteerId() == null) {
                    throw ApiProblem.invalidField("to.volunteerId", "pairing-reassignment.helper.required");
                }
                Volunteer vol = scope.findForField(
                        Volunteer.class,
                        helper.volunteerId(),
                        "to.volunteerId",
                        "pairing-reassignment.helper.not-found");
                Staff account = vol.staffId == null ? null : Staff.findById(vol.staffId);
                if (account == null || !account.enabled) {
                    throw ApiProblem.invalidField("to.volunteerId", "pairing-reassignment.helper.no-account");
                }
                yield new Party(HelperKind.VOLUNTEER, null, vol.id, account.id, vol.name);
            }
            default -> throw ApiProblem.invalidField("to.kind", "pairing-reassignment.kind.unsupported", helper.kind());
        };
    }

    private boolean inScope(Staff s) {
        return scope.coversAny(s.areas.stream().map(a -> a.path).toList());
    }

    private boolean pairedInScope(String helperColumn, long helperId) {
        var filter = scope.filter("p.area_path");
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM pairing p WHERE p.status = 'ACTIVE' AND " + helperColumn
                + " = :helper AND " + filter.sql());
        filter.bind(q).setParameter("helper", helperId);
        return ((Number) q.getSingleResult()).longValue() > 0;
    }

    /** The common ancestor of the caller's scope areas (the whole platform: the root). */
    static String scopePath(Caller caller) {
        if (caller.wholePlatform() || caller.areas().isEmpty()) {
            return "/";
        }
        String common = caller.areas().get(0).path();
        for (Caller.ScopedArea a : caller.areas()) {
            while (!a.path().startsWith(common)) {
                common = common.substring(0, common.lastIndexOf('/', common.length() - 2) + 1);
            }
        }
        return common;
    }
}
