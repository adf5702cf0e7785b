package com.gridwork.volunteer.hours;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.VolunteerSelf;
import com.gridwork.volunteer.VolunteerStars;
import com.gridwork.volunteer.activity.Activity;
import com.gridwork.volunteer.hours.HoursDtos.DecisionInput;
import com.gridwork.volunteer.hours.HoursDtos.DecisionResult;
import com.gridwork.volunteer.hours.HoursDtos.EntryInput;
import com.gridwork.volunteer.hours.HoursDtos.EntryView;
import com.gridwork.volunteer.hours.HoursDtos.Ledger;
import com.gridwork.volunteer.hours.HoursDtos.MonthLockInput;
import com.gridwork.volunteer.hours.HoursDtos.MonthLockView;
import com.gridwork.volunteer.hours.HoursDtos.ReversalInput;
import com.gridwork.volunteer.hours.HoursDtos.ReversalResult;
import com.gridwork.volunteer.hours.HoursDtos.SkipReason;
import com.gridwork.volunteer.hours.HoursDtos.Skipped;
import com.gridwork.volunteer.hours.HoursDtos.StarLevelsUpdate;
import com.gridwork.volunteer.hours.HoursDtos.StarLevelsView;
import com.gridwork.volunteer.hours.HoursDtos.Totals;
import com.gridwork.volunteer.hours.HoursDtos.VolunteerHoursQueueGroup;
import com.gridwork.volunteer.hours.LedgerRules.Decision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The hours ledger: entries are appended (back-fill, self-report, reversal; attendance entries come from check-out),
 * decided once, and never changed otherwise. Every change of a CONFIRMED amount moves {@code volunteer.confirmed_minutes}
 * in the same transaction, under a lock on the volunteer's row, so the running total always equals the ledger's sum.
 * Month locks are per sub-district (the first id of the entry's area path).
 */
@ApplicationScoped
public class HoursService {
    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    VolunteerSelf self;

    @Inject
    VolunteerStars stars;

    // ---- reads -----------------------------------------------------------------------------------------------------

    /** A volunteer's ledger, for staff whose scope covers the volunteer (404 otherwise). */
    @Transactional
    public Ledger ledger(long volunteerId, PageParams page) {
        return ledgerOf(scope.find(Volunteer.class, volunteerId), page);
    }

    /** The caller's own ledger, for a volunteer account. */
    @Transactional
    public Ledger myLedger(PageParams page) {
        return ledgerOf(own(), page);
    }

    private Ledger ledgerOf(Volunteer volunteer, PageParams page) {
        long total = HoursEntry.count("volunteerId", volunteer.id);
        List<EntryView> entries = entries(
                "e.volunteerId = :v", Map.of("v", volunteer.id), "e.serviceDate desc, e.id desc", page.page, page.size);
        return new HoursDtos.Ledger(
                volunteer.id, volunteer.name, totals(volunteer), entries, page.page, page.size, total);
    }

    private Totals totals(Volunteer volunteer) {
        Map<HoursStatus, Long> sums = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select e.status, sum(e.minutes) from HoursEntry e where e.volunteerId = :v group by e.status",
                        Object[].class)
                .setParameter("v", volunteer.id)
                .getResultList()) {
            sums.put((HoursStatus) row[0], ((Number) row[1]).longValue());
        }
        // the running total, kept with every decision: the same figure the star filter and the ranking read
        long confirmed = confirmedMinutes(volunteer.id);
        StarLevels levels = levels(subDistrictOf(volunteer.areaPath));
        return new Totals(
                confirmed,
                sums.getOrDefault(HoursStatus.SUBMITTED, 0L),
                sums.getOrDefault(HoursStatus.REJECTED, 0L),
                levels.star(confirmed),
                levels.nextThresholdHours(confirmed).orElse(null),
                levels.minHours());
    }

    private long confirmedMinutes(long volunteerId) {
        return ((Number) em.createNativeQuery("select confirmed_minutes from volunteer where id = :v")
                        .setParameter("v", volunteerId)
                        .getSingleResult())
                .longValue();
    }

    /**
     * The confirmation queue: volunteers with SUBMITTED entries in the caller's scope (by the entry's area), with
     * their count and minutes and the entries themselves, most minutes waiting first.
     */
    @Transactional
    public PageResult<VolunteerHoursQueueGroup> queue(
            Long communityId, Long activityId, HoursSource source, LocalDate from, LocalDate to, PageParams page) {
        Where where = queueWhere(communityId, activityId, source, from, to);
        long total = where.bind(em.createQuery(
                        "select count(distinct e.volunteerId) from HoursEntry e " + where.clause(), Long.class))
                .getSingleResult();
        List<Object[]> groups = where.bind(em.createQuery(
                                "select e.volunteerId, count(e), sum(e.minutes), min(e.serviceDate) from HoursEntry e "
                                        + where.clause()
                                        + " group by e.volunteerId order by min(e.serviceDate), e.volunteerId",
                                Object[].class)
                        .setFirstResult(page.page * page.size)
                        .setMaxResults(page.size))
                .getResultList();
        if (groups.isEmpty()) {
            return new PageResult<>(List.of(), page.page, page.size, total);
        }
        List<Long> volunteerIds =
                groups.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("vs", volunteerIds);
        Map<Long, List<EntryView>> entries = entries(
                        where.conditions() + " and e.volunteerId in :vs",
                        params,
                        "e.serviceDate, e.id",
                        0,
                        Integer.MAX_VALUE)
                .stream()
                .collect(Collectors.groupingBy(EntryView::volunteerId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Object[]> people = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select v.id, v.name, v.community.id, v.community.name from Volunteer v where v.id in :vs",
                        Object[].class)
                .setParameter("vs", volunteerIds)
                .getResultList()) {
            people.put(((Number) row[0]).longValue(), row);
        }
        List<VolunteerHoursQueueGroup> items = new ArrayList<>();
        for (Object[] group : groups) {
            long id = ((Number) group[0]).longValue();
            Object[] person = people.get(id);
            items.add(new VolunteerHoursQueueGroup(
                    id,
                    (String) person[1],
                    ((Number) person[2]).longValue(),
                    (String) person[3],
                    ((Number) group[1]).longValue(),
                    ((Number) group[2]).longValue(),
                    entries.getOrDefault(id, List.of())));
        }
        return new PageResult<>(items, page.page, page.size, total);
    }

    private Where queueWhere(Long communityId, Long activityId, HoursSource source, LocalDate from, LocalDate to) {
        Where where = new Where();
        AreaScope.ScopeFilter filter = scope.filter("e.areaPath");
        where.and("e.status = :submitted", "submitted", HoursStatus.SUBMITTED);
        where.and(filter.jpql(), filter.params());
        if (communityId != null) {
            // an area outside the scope is a 404, as for any id in a list's filter
            where.and("e.areaPath like :community", "community", scope.find(Area.class, communityId).path + "%");
        }
        if (activityId != null) {
            where.and("e.activityId = :activity", "activity", scope.find(Activity.class, activityId).id);
        }
        where.and("e.source = :source", "source", source);
        where.and("e.serviceDate >= :from", "from", from);
        where.and("e.serviceDate <= :to", "to", to);
        return where;
    }

    // ---- new entries -----------------------------------------------------------------------------------------------

    /** Staff enter hours for a volunteer in their scope: a SUBMITTED back-fill entry. */
    @Transactional
    public EntryView backfill(long volunteerId, EntryInput input) {
        Volunteer volunteer = scope.find(Volunteer.class, volunteerId);
        Violations violations = Violations.of(validator.validate(input));
        checkDate(violations, "serviceDate", input.serviceDate());
        violations.throwIfAny();
        requireOpen(subDistrictOf(volunteer.areaPath), input.serviceDate());
        return view(append(volunteer, HoursSource.BACKFILL, input, null));
    }

    /** A volunteer reports their own service, with evidence: a SUBMITTED self-report for staff to decide. */
    @Transactional
    public EntryView report(EntryInput input) {
        Volunteer volunteer = own();
        Violations violations = Violations.of(validator.validate(input));
        checkDate(violations, "serviceDate", input.serviceDate());
        if (Text.isBlank(input.evidence()) && !violations.has("evidence")) {
            violations.add("evidence", "volunteer.hours.evidence-required");
        }
        violations.throwIfAny();
        requireOpen(subDistrictOf(volunteer.areaPath), input.serviceDate());
        return view(append(volunteer, HoursSource.SELF_REPORT, input, null));
    }

    /**
     * Reverses a confirmed entry with a new CONFIRMED row of the negated minutes dated in an open month, and with a
     * correction appends the right hours as a new SUBMITTED entry, in one transaction.
     */
    @Transactional
    public ReversalResult reverse(long entryId, ReversalInput input) {
        HoursEntry original = scope.find(HoursEntry.class, entryId);
        Violations violations = Violations.of(validator.validate(input));
        LocalDate on = input.serviceDate() == null ? LedgerRules.today() : input.serviceDate();
        checkDate(violations, "serviceDate", on);
        if (input.correction() != null) {
            checkDate(violations, "correction.serviceDate", input.correction().serviceDate());
        }
        violations.throwIfAny();
        Volunteer volunteer = lockVolunteers(List.of(original.volunteerId)).get(0);
        // the status as committed now (a parallel decision is seen here), read under the volunteer's lock
        HoursStatus status = currentStatuses(List.of(original.id)).get(original.id);
        boolean reversed = reversalOf(original.id) != null;
        long subDistrict = subDistrictOf(original.areaPath);
        LedgerRules.requireReversible(
                original.source, status, reversed, on, lockedMonths(subDistrict, List.of(LedgerRules.month(on))));
        if (input.correction() != null) {
            requireOpen(subDistrictOf(volunteer.areaPath), input.correction().serviceDate());
        }

        HoursEntry reversal = new HoursEntry();
        copyPlace(original, reversal);
        reversal.volunteer = volunteer;
        reversal.source = HoursSource.REVERSAL;
        reversal.status = HoursStatus.CONFIRMED;
        reversal.serviceDate = on;
        reversal.minutes = LedgerRules.reversalMinutes(original.minutes);
        reversal.reversesId = original.id;
        reversal.description = input.reason().strip();
        reversal.submittedBy = scope.caller().username();
        reversal.submittedAt = Instant.now();
        reversal.decidedBy = reversal.submittedBy;
        reversal.decidedAt = reversal.submittedAt;
        reversal.persist();
        addConfirmed(original.volunteerId, reversal.minutes);

        HoursEntry correction = input.correction() == null
                ? null
                : append(volunteer, HoursSource.BACKFILL, input.correction(), original);
        em.flush();
        return new ReversalResult(view(reversal), correction == null ? null : view(correction));
    }

    /**
     * An entry another feature decided itself (verified service on a party post): the volunteer, the source, the day
     * and minutes, the community it counts for (its path), a description, and who submitted it when.
     */
    public record ConfirmedInput(
            long volunteerId,
            HoursSource source,
            LocalDate serviceDate,
            int minutes,
            long communityId,
            String communityPath,
            String description,
            String submittedBy,
            Instant submittedAt) {}

    /**
     * Appends a CONFIRMED entry that another feature decided, under the ledger's own rules: the volunteer's row is
     * locked and its running total moves in the same transaction, and the day's month must be open in the
     * community's sub-district (409 otherwise). The caller (staff deciding) is the one who confirmed it. Runs in the
     * caller's transaction, so the feature's own change and the entry commit together; returns the entry's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long appendConfirmed(ConfirmedInput input) {
        if (input.source() == HoursSource.REVERSAL
                || input.minutes() < 1
                || input.minutes() > LedgerRules.MAX_MINUTES
                || input.serviceDate().isAfter(LedgerRules.today())) {
            throw new IllegalArgumentException("not a confirmable entry: " + input.source() + " " + input.minutes()
                    + " minutes on " + input.serviceDate());
        }
        Volunteer volunteer = lockVolunteers(List.of(input.volunteerId())).get(0);
        requireOpen(subDistrictOf(input.communityPath()), input.serviceDate());
        HoursEntry entry = new HoursEntry();
        entry.volunteer = volunteer;
        entry.source = input.source();
        entry.status = HoursStatus.CONFIRMED;
        entry.serviceDate = input.serviceDate();
        entry.minutes = input.minutes();
        entry.communityId = input.communityId();
        entry.areaPath = input.communityPath();
        entry.description = Text.strip(input.description());
        entry.submittedBy = input.submittedBy();
        entry.submittedAt = input.submittedAt();
        entry.decidedBy = scope.caller().username();
        entry.decidedAt = Instant.now();
        entry.persist();
        addConfirmed(volunteer.id, entry.minutes);
        em.flush();
        return entry.id;
    }

    private HoursEntry append(Volunteer volunteer, HoursSource source, EntryInput input, HoursEntry corrected) {
        HoursEntry entry = new HoursEntry();
        if (corrected != null) {
            // a correction keeps the activity of the entry it replaces
            copyPlace(corrected, entry);
        } else {
            entry.communityId = volunteer.communityId;
            entry.areaPath = volunteer.areaPath;
        }
        entry.volunteer = volunteer;
        entry.source = source;
        entry.status = HoursStatus.SUBMITTED;
        entry.serviceDate = input.serviceDate();
        entry.minutes = input.minutes();
        entry.description = input.description().strip();
        entry.evidence = Text.blankToNull(input.evidence());
        entry.submittedBy = scope.caller().username();
        entry.submittedAt = Instant.now();
        entry.persist();
        em.flush();
        return entry;
    }

    private static void copyPlace(HoursEntry from, HoursEntry to) {
        to.activityId = from.activityId;
        to.sessionId = from.sessionId;
        to.signUpId = from.signUpId;
        to.teamId = from.teamId;
        to.categoryCode = from.categoryCode;
        to.communityId = from.communityId;
        to.areaPath = from.areaPath;
    }

    // ---- decisions -------------------------------------------------------------------------------------------------

    /**
     * Confirms or rejects submitted entries. Ids outside the caller's scope are a 400 naming each ({@code entryIds[i]});
     * entries already decided or dated in a locked month are reported as skipped. The volunteers' rows are locked
     * (in id order, so two bulk decisions cannot deadlock) before the entries are read again and decided.
     */
    @Transactional
    public DecisionResult decide(DecisionInput input) {
        Violations violations = Violations.of(validator.validate(input));
        if (input.decision() == Decision.REJECT && Text.isBlank(input.reason()) && !violations.has("reason")) {
            violations.add("reason", "volunteer.hours.reject-reason-required");
        }
        List<HoursEntry> entries = new ArrayList<>();
        List<Long> ids = input.entryIds() == null ? List.of() : input.entryIds();
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            HoursEntry entry = ids.get(i) == null
                    ? null
                    : violations.check(() -> scope.findForField(
                            HoursEntry.class,
                            ids.get(index),
                            "entryIds[" + index + "]",
                            "volunteer.hours.entry.invalid"));
            if (entry != null && entries.stream().noneMatch(e -> e.id.equals(entry.id))) {
                entries.add(entry);
            }
        }
        violations.throwIfAny();

        lockVolunteers(entries.stream().map(e -> e.volunteerId).toList());
        // the statuses as committed now, read under the volunteers' locks: a parallel decision is seen here
        Map<Long, HoursStatus> current =
                currentStatuses(entries.stream().map(e -> e.id).toList());
        Map<Long, List<String>> monthsBySubDistrict = entries.stream()
                .collect(Collectors.groupingBy(
                        e -> subDistrictOf(e.areaPath),
                        Collectors.mapping(e -> LedgerRules.month(e.serviceDate), Collectors.toList())));
        Map<Long, Set<String>> lockedBySubDistrict = new HashMap<>();
        monthsBySubDistrict.forEach((sub, months) -> lockedBySubDistrict.put(sub, lockedMonths(sub, months)));
        String by = scope.caller().username();
        Instant now = Instant.now();
        HoursStatus to = input.decision().to();
        String reason = input.decision() == Decision.REJECT ? input.reason().strip() : null;
        List<HoursEntry> decided = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (HoursEntry entry : entries) {
            HoursStatus status = current.get(entry.id);
            boolean locked = lockedBySubDistrict
                    .get(subDistrictOf(entry.areaPath))
                    .contains(LedgerRules.month(entry.serviceDate));
            if (LedgerRules.decisionRefusal(status, locked) != null) {
                skipped.add(new Skipped(
                        entry.id,
                        status,
                        status == HoursStatus.SUBMITTED ? SkipReason.MONTH_LOCKED : SkipReason.ALREADY_DECIDED));
                continue;
            }
            // the one change an entry ever takes, conditional on its status (its row is locked: it holds)
            int changed = em.createQuery("update HoursEntry e set e.status = :to, e.decidedBy = :by, e.decidedAt = :at,"
                            + " e.rejectReason = :reason, e.version = e.version + 1"
                            + " where e.id = :id and e.status = :submitted")
                    .setParameter("to", to)
                    .setParameter("by", by)
                    .setParameter("at", now)
                    .setParameter("reason", reason)
                    .setParameter("id", entry.id)
                    .setParameter("submitted", HoursStatus.SUBMITTED)
                    .executeUpdate();
            if (changed == 0) {
                // decided meanwhile: reported, never counted twice
                skipped.add(new Skipped(entry.id, status, SkipReason.ALREADY_DECIDED));
                continue;
            }
            addConfirmed(entry.volunteerId, LedgerRules.confirmedDelta(status, to, entry.minutes));
            decided.add(entry);
        }
        // a transaction sees its own updates: the decided entries as they are now
        decided.forEach(em::refresh);
        return new DecisionResult(views(decided), skipped);
    }

    // ---- month locks -----------------------------------------------------------------------------------------------

    /** The locked months of the sub-districts the caller works in (or one of them), newest first. */
    @Transactional
    public List<MonthLockView> monthLocks(Long subDistrictId) {
        Where where = new Where();
        if (subDistrictId != null) {
            where.and("l.key.subDistrictId = :s", "s", readableSubDistrict(subDistrictId).id);
        } else if (!scope.caller().wholePlatform()) {
            where.and("l.key.subDistrictId in :mine", "mine", callerSubDistricts());
        }
        List<HoursMonthLock> locks = where.bind(em.createQuery(
                        "select l from HoursMonthLock l " + where.clause() + " order by l.key.month desc",
                        HoursMonthLock.class))
                .getResultList();
        Map<Long, String> names = areaNames(
                locks.stream().map(l -> l.key.subDistrictId).distinct().toList());
        return locks.stream()
                .map(l -> new MonthLockView(
                        l.key.subDistrictId, names.get(l.key.subDistrictId), l.key.month, l.lockedBy, l.lockedAt))
                .toList();
    }

    /**
     * Locks a month of a sub-district in the caller's scope. Only a month that has ended can be locked; a locked
     * month stays locked (no unlock: corrections go through reversals dated in an open month). 409 if already locked.
     */
    @Transactional
    public MonthLockView lock(MonthLockInput input) {
        Violations violations = Violations.of(validator.validate(input));
        Area subDistrict = violations.check(() -> input.subDistrictId() == null
                ? null
                : scope.visible(Area.class, input.subDistrictId())
                        .filter(a -> a.level == AreaLevel.SUB_DISTRICT)
                        .orElseThrow(() -> ApiProblem.invalidField(
                                "subDistrictId", "volunteer.hours.sub-district.invalid", input.subDistrictId())));
        if (input.month() != null
                && !violations.has("month")
                && !YearMonth.parse(input.month()).isBefore(YearMonth.from(LedgerRules.today()))) {
            violations.add("month", "volunteer.hours.lock.not-ended", input.month());
        }
        violations.throwIfAny();
        // a locking read: a parallel lock of the same month waits here and then finds this one
        if (!lockedMonths(subDistrict.id, List.of(input.month())).isEmpty()) {
            throw ApiProblem.conflict("volunteer.hours.lock.exists", input.month());
        }
        HoursMonthLock lock = new HoursMonthLock();
        lock.key = new HoursMonthLock.Key(subDistrict.id, input.month());
        lock.lockedBy = scope.caller().username();
        lock.lockedAt = Instant.now();
        lock.persist();
        return new MonthLockView(subDistrict.id, subDistrict.name, lock.key.month, lock.lockedBy, lock.lockedAt);
    }

    // ---- star levels -----------------------------------------------------------------------------------------------

    @Transactional
    public StarLevelsView starLevels(long subDistrictId) {
        Area subDistrict = readableSubDistrict(subDistrictId);
        return starView(subDistrict.id);
    }

    /** Replaces a sub-district's own thresholds (If-Match once it has its own; "0" or none to start them). */
    @Transactional
    public StarLevelsView saveStarLevels(long subDistrictId, String ifMatch, StarLevelsUpdate input) {
        Area subDistrict = scope.visible(Area.class, subDistrictId)
                .filter(a -> a.level == AreaLevel.SUB_DISTRICT)
                .orElseThrow(() -> ApiProblem.notFound("volunteer.hours.sub-district.not-found", subDistrictId));
        Violations violations = Violations.of(validator.validate(input));
        if (input.minHours() != null && !violations.has("minHours")) {
            StarLevels.violations(input.minHours())
                    .forEach(v ->
                            violations.add(v.index() < 0 ? "minHours" : "minHours[" + v.index() + "]", v.messageKey()));
        }
        violations.throwIfAny();
        List<StarThreshold> own = StarThreshold.list("subDistrictId = ?1 order by star", subDistrict.id);
        ETags.checkIfPresent(ifMatch, revision(own));
        if (!own.isEmpty()) {
            ETags.require(ifMatch, revision(own));
        }
        Map<Integer, StarThreshold> byStar = own.stream().collect(Collectors.toMap(t -> t.star, t -> t));
        List<Integer> hours = input.minHours();
        for (int star = 1; star <= StarLevels.MAX_STAR; star++) {
            StarThreshold row = byStar.get(star);
            if (star > hours.size()) {
                if (row != null) {
                    row.delete();
                }
                continue;
            }
            if (row == null) {
                row = new StarThreshold();
                row.subDistrictId = subDistrict.id;
                row.star = star;
            }
            row.minHours = hours.get(star - 1);
            row.persist();
        }
        em.flush();
        return starView(subDistrict.id);
    }

    private StarLevelsView starView(long subDistrictId) {
        List<StarThreshold> own = StarThreshold.list("subDistrictId = ?1 order by star", subDistrictId);
        return new StarLevelsView(
                subDistrictId, own.isEmpty(), levels(subDistrictId).minHours(), revision(own));
    }

    /** The thresholds in force in a sub-district (one reading of the rows: {@link VolunteerStars}). */
    public StarLevels levels(long subDistrictId) {
        return stars.load().forSubDistrict(subDistrictId);
    }

    /** 0 for no own thresholds, else one more than the highest row version (any row's change moves it). */
    private static long revision(List<StarThreshold> own) {
        return own.isEmpty() ? 0 : own.stream().mapToLong(t -> t.version).max().orElse(0) + own.size();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** The caller's own volunteer profile; 403 for staff and for a volunteer account not linked to one. */
    private Volunteer own() {
        return self.profile().orElseThrow(() -> ApiProblem.forbidden("volunteer.hours.not-a-volunteer"));
    }

    /** Locks the volunteers' rows in id order (one order for every transaction: no deadlock between two). */
    private List<Volunteer> lockVolunteers(List<Long> volunteerIds) {
        List<Long> sorted = new ArrayList<>(new TreeSet<>(volunteerIds));
        if (sorted.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("select id from volunteer where id in (:ids) order by id for update")
                .setParameter("ids", sorted)
                .getResultList();
        return sorted.stream().map(id -> em.find(Volunteer.class, id)).toList();
    }

    /** Moves the running total; an UPDATE relative to the stored value, under the lock taken before. */
    private void addConfirmed(long volunteerId, long delta) {
        if (delta != 0) {
            em.createNativeQuery("update volunteer set confirmed_minutes = confirmed_minutes + :d where id = :v")
                    .setParameter("d", delta)
                    .setParameter("v", volunteerId)
                    .executeUpdate();
        }
    }

    /** Entries' statuses with a locking read: the latest committed ones, not the transaction's first snapshot. */
    private Map<Long, HoursStatus> currentStatuses(List<Long> ids) {
        Map<Long, HoursStatus> statuses = new HashMap<>();
        for (Object row : em.createNativeQuery(
                        "select concat(id, ':', status) from volunteer_hours_entry where id in (:ids) for update",
                        String.class)
                .setParameter("ids", ids)
                .getResultList()) {
            String[] parts = ((String) row).split(":");
            statuses.put(Long.valueOf(parts[0]), HoursStatus.valueOf(parts[1]));
        }
        return statuses;
    }

    private Long reversalOf(long entryId) {
        List<?> ids = em.createNativeQuery("select id from volunteer_hours_entry where reverses_id = :e for update")
                .setParameter("e", entryId)
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** 409 unless the month of {@code date} is open in the sub-district (a locking read, see below). */
    private void requireOpen(long subDistrictId, LocalDate date) {
        LedgerRules.requireOpen(date, lockedMonths(subDistrictId, List.of(LedgerRules.month(date))));
    }

    /**
     * Which of these months are locked, read with a lock: on MySQL and MariaDB a locking read of a missing key keeps
     * a parallel lock of that month waiting until this transaction ends.
     */
    private Set<String> lockedMonths(long subDistrictId, List<String> months) {
        return new HashSet<>(em.createNativeQuery(
                        "select month from volunteer_hours_month_lock where sub_district_id = :s and month in (:m) for update",
                        String.class)
                .setParameter("s", subDistrictId)
                .setParameter("m", months)
                .getResultList());
    }

    private static long subDistrictOf(String areaPath) {
        return DictionaryService.subDistrictOfPath(areaPath);
    }

    private List<Long> callerSubDistricts() {
        List<Long> ids = scope.caller().areas().stream()
                .map(a -> subDistrictOf(a.path()))
                .distinct()
                .toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** A sub-district the caller works in (their scope lies in it or is it); else 404. */
    private Area readableSubDistrict(long subDistrictId) {
        return scope.visibleOrAbove(Area.class, subDistrictId)
                .filter(a -> a.level == AreaLevel.SUB_DISTRICT)
                .orElseThrow(() -> ApiProblem.notFound("volunteer.hours.sub-district.not-found", subDistrictId));
    }

    private static void checkDate(Violations violations, String field, LocalDate date) {
        if (date != null && date.isAfter(LedgerRules.today()) && !violations.has(field)) {
            violations.add(field, "volunteer.hours.date-future");
        }
    }

    private EntryView view(HoursEntry entry) {
        return views(List.of(entry)).get(0);
    }

    /** Entries (a JPQL condition on {@code e}) as views, in {@code order}, one page of them. */
    private List<EntryView> entries(String condition, Map<String, ?> params, String order, int page, int size) {
        var query = em.createQuery(
                "select e from HoursEntry e where " + condition + " order by " + order, HoursEntry.class);
        params.forEach(query::setParameter);
        if (size != Integer.MAX_VALUE) {
            query.setFirstResult(page * size).setMaxResults(size);
        }
        return views(query.getResultList());
    }

    /** Views of entries, with the activity's title, the reversal that undid each, and whether its month is locked. */
    private List<EntryView> views(List<HoursEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Long> ids = entries.stream().map(e -> e.id).toList();
        Map<Long, Long> reversedBy = new HashMap<>();
        em.createQuery("select r.reversesId, r.id from HoursEntry r where r.reversesId in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> reversedBy.put((Long) r[0], (Long) r[1]));
        List<Long> activityIds = entries.stream()
                .map(e -> e.activityId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> titles = new HashMap<>();
        if (!activityIds.isEmpty()) {
            em.createQuery("select a.id, a.title from Activity a where a.id in :ids", Object[].class)
                    .setParameter("ids", activityIds)
                    .getResultList()
                    .forEach(r -> titles.put((Long) r[0], (String) r[1]));
        }
        Set<String> locked = new HashSet<>();
        em.createQuery(
                        "select l.key.subDistrictId, l.key.month from HoursMonthLock l where l.key.subDistrictId in :s",
                        Object[].class)
                .setParameter(
                        "s",
                        entries.stream()
                                .map(e -> subDistrictOf(e.areaPath))
                                .distinct()
                                .toList())
                .getResultList()
                .forEach(r -> locked.add(r[0] + "/" + r[1]));
        return entries.stream()
                .map(e -> new EntryView(
                        e.id,
                        e.volunteerId != null ? e.volunteerId : e.volunteer.id,
                        e.source,
                        e.status,
                        e.serviceDate,
                        e.minutes,
                        e.activityId,
                        e.activityId == null ? null : titles.get(e.activityId),
                        e.communityId,
                        e.description,
                        e.evidence,
                        e.reversesId,
                        reversedBy.get(e.id),
                        e.submittedBy,
                        e.submittedAt,
                        e.decidedBy,
                        e.decidedAt,
                        e.rejectReason,
                        locked.contains(subDistrictOf(e.areaPath) + "/" + LedgerRules.month(e.serviceDate))))
                .toList();
    }

    private Map<Long, String> areaNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a.id, a.name from Area a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }
}
