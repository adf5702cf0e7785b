package com.gridwork.issue;

import static com.gridwork.common.Text.blankToNull;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.Text;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Counts;
import com.gridwork.common.persistence.Like;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.household.HouseholdDtos;
import com.gridwork.registry.household.HouseholdDtos.Revealed;
import com.gridwork.registry.RegistryViews;
import com.gridwork.registry.resident.Resident;
import com.gridwork.issue.IssueDtos.Action;
import com.gridwork.issue.IssueDtos.Attention;
import com.gridwork.issue.IssueDtos.EventView;
import com.gridwork.issue.IssueDtos.ExtensionView;
import com.gridwork.issue.IssueDtos.IssueCreate;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.issue.IssueDtos.IssueSummary;
import com.gridwork.issue.IssueDtos.IssueUpdate;
import com.gridwork.issue.IssueDtos.LocationInput;
import com.gridwork.issue.IssueDtos.LocationView;
import com.gridwork.issue.IssueDtos.PhotoView;
import com.gridwork.issue.IssueDtos.ReporterInput;
import com.gridwork.issue.IssueDtos.ReporterView;
import com.gridwork.staff.Staff;
import com.gridwork.staff.StaffRole;
import com.gridwork.talkday.TalkDay;
import com.gridwork.talkday.TalkDayService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Intake, the workflow and the reads of issues; every rule about who may do what to an issue passes through here. */
@ApplicationScoped
public class IssueService {
    static final String LIST_FETCH = "from Issue i join fetch i.category join fetch i.community left join fetch i.grid"
            + " left join fetch i.building join fetch i.firstResponsible left join fetch i.handler left join fetch i.talkDay";
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of(
            "receivedAt", "i.receivedAt", "dueAt", "i.dueAt", "updatedAt", "i.updatedAt", "id", "i.id"));
    /** Clocks of phones and PCs drift; a receipt time a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** No issue this platform takes in was raised before 2000 (Beijing time); an earlier receipt time is a typo. */
    static final Instant EARLIEST_RECEIPT = LocalDate.of(2000, 1, 1).atStartOfDay(IssueDeadlines.ZONE).toInstant();
    private static final Set<StaffRole> RECEIVERS = EnumSet.of(StaffRole.STREET_ADMIN, StaffRole.COMMUNITY_STAFF, StaffRole.GRID_WORKER);
    private static final int ATTENTION_LIMIT = 50;

    @Inject
    AreaScope scope;

    @Inject
    IssueDeadlines deadlines;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    TalkDayService talkDays;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** Where an issue is, resolved and checked against the caller's scope. */
    private record Place(Area community, Area grid, Area building, Long householdId, String address) {
        String path() {
            return (building != null ? building : grid != null ? grid : community).path;
        }
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public PageResult<IssueSummary> list(IssueFilter f, PageParams page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        visibleTo(where, params);
        if (f.areaId() != null) {
            where.append(" and i.areaPath like :areaPath");
            params.put("areaPath", scope.visibleArea(f.areaId()).path + "%");
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            where.append(" and i.status in :statuses");
            params.put("statuses", f.statuses());
        }
        if (f.categoryId() != null) {
            where.append(" and i.category.id = :categoryId");
            params.put("categoryId", f.categoryId());
        }
        if (f.warning() != null) {
            Instant now = Instant.now();
            where.append(" and i.status in :open");
            params.put("open", IssueStatus.OPEN);
            switch (f.warning()) {
                case RED -> where.append(" and i.dueAt <= :now");
                case YELLOW -> where.append(" and i.warnAt <= :now and i.dueAt > :now");
                case NONE -> where.append(" and i.warnAt > :now");
            }
            params.put("now", now);
        }
        if (f.talkDayId() != null) {
            where.append(" and i.talkDay.id = :talkDayId");
            params.put("talkDayId", f.talkDayId());
        }
        if (f.handlerId() != null) {
            where.append(" and i.handlerId = :handlerId");
            params.put("handlerId", f.handlerId());
        }
        if (Boolean.TRUE.equals(f.involvingMe())) {
            where.append(" and (i.handlerId = :me or i.firstResponsibleId = :me)");
            params.put("me", scope.caller().staffId());
        }
        if (f.receivedFrom() != null) {
            where.append(" and i.receivedAt >= :from");
            params.put("from", f.receivedFrom().atStartOfDay(IssueDeadlines.ZONE).toInstant());
        }
        if (f.receivedTo() != null) {
            where.append(" and i.receivedAt < :to");
            params.put("to", f.receivedTo().plusDays(1).atStartOfDay(IssueDeadlines.ZONE).toInstant());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (i.description like :q or i.reporterName like :prefix or i.address like :q)");
            params.put("q", Like.contains(f.q()));
            params.put("prefix", Like.prefix(f.q()));
        }
        Sort sort = page.toSort(SORTABLE, Sort.by("i.receivedAt", Sort.Direction.Descending).and("i.id", Sort.Direction.Descending), "i.id");
        List<Issue> items = Issue.<Issue>find(LIST_FETCH + " where " + where, sort, params).page(page.page, page.size).list();
        long total = page.total(items.size(), () -> Counts.of(em, "select count(i) from Issue i where " + where, params));
        return new PageResult<>(IssueViews.summaries(items, Instant.now()), page.page, page.size, total);
    }

    /** The caller's own open issues (as handler or first-responsible person) that are overdue or due soon. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public Attention attention() {
        long me = scope.caller().staffId();
        Instant now = Instant.now();
        String mine = LIST_FETCH + " where (i.handlerId = ?1 or i.firstResponsibleId = ?1) and i.status in ?2";
        List<Issue> overdue = Issue.<Issue>find(mine + " and i.dueAt <= ?3 order by i.dueAt", me, IssueStatus.OPEN, now)
                .page(0, ATTENTION_LIMIT).list();
        List<Issue> dueSoon = Issue.<Issue>find(mine + " and i.warnAt <= ?3 and i.dueAt > ?3 order by i.dueAt", me, IssueStatus.OPEN, now)
                .page(0, ATTENTION_LIMIT).list();
        return new Attention(IssueViews.summaries(overdue, now), IssueViews.summaries(dueSoon, now));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public IssueDetail get(long id) {
        return detail(visible(id));
    }

    // ---- intake ------------------------------------------------------------------------------------------------

    @Transactional
    public IssueDetail create(IssueCreate input) {
        Caller caller = scope.caller();
        Violations violations = Violations.of(validator.validate(input));
        Intake intake = checkReporterAndPlace(input.reporter(), input.location(), violations);
        IssueCategory category = intake == null || violations.has("categoryId") ? null
                : violations.check(() -> category(input.categoryId(), intake.place().path()));
        TalkDay talkDay = input.talkDayId() == null ? null : talkDays.visible(input.talkDayId());
        if (talkDay != null && intake != null && !talkDay.community.id.equals(intake.place().community().id)) {
            violations.add("talkDayId", "issue.talk-day.other-community");
        }
        Instant now = Instant.now();
        Instant receivedAt = input.receivedAt() == null ? now : input.receivedAt();
        if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add("receivedAt", "issue.received-at.future");
        } else if (receivedAt.isBefore(EARLIEST_RECEIPT)) {
            violations.add("receivedAt", "issue.received-at.too-early");
        } else if (talkDay != null && receivedAt.atZone(IssueDeadlines.ZONE).toLocalDate().isBefore(talkDay.date)) {
            violations.add("receivedAt", "issue.received-at.before-talk-day");
        }
        Staff receiver = input.receivedById() == null || intake == null ? null
                : violations.check(() -> colleague(input.receivedById(), intake.place().community(), "receivedById"));
        violations.throwIfAny();
        Issue issue = new Issue();
        applyReporterAndPlace(issue, input.reporter(), intake);
        if (receiver == null) {
            receiver = Staff.findById(caller.staffId());
        }
        issue.category = category;
        issue.description = Text.strip(input.description());
        issue.urgency = input.urgency();
        issue.channel = talkDay != null ? IssueChannel.TALK_DAY : input.channel();
        issue.talkDay = talkDay;
        issue.status = IssueStatus.RECEIVED;
        issue.receivedBy = receiver;
        issue.firstResponsible = receiver;
        issue.receivedAt = receivedAt;
        setDeadline(issue);
        issue.persist();
        em.flush();
        event(issue, IssueEvent.Type.RECEIVED, null, IssueStatus.RECEIVED, null, receiver.displayName);
        return detail(issue);
    }

    /** Corrects what was taken in, before the work starts; a new category recomputes the deadline. */
    @Transactional
    public IssueDetail update(long id, String ifMatch, IssueUpdate input) {
        Issue issue = visible(id);
        ETags.require(ifMatch, issue.version);
        IssueWorkflow.require(Action.EDIT, issue, scope.caller());
        Violations violations = Violations.of(validator.validate(input));
        Intake intake = checkReporterAndPlace(input.reporter(), input.location(), violations);
        IssueCategory category = intake == null || violations.has("categoryId") ? null
                : violations.check(() -> category(input.categoryId(), intake.place().path()));
        if (intake != null && issue.talkDay != null && !issue.talkDay.community.id.equals(intake.place().community().id)) {
            violations.add("location", "issue.talk-day.other-community");
        }
        violations.throwIfAny();
        applyReporterAndPlace(issue, input.reporter(), intake);
        boolean newLimit = !category.id.equals(issue.category.id);
        issue.category = category;
        issue.description = Text.strip(input.description());
        issue.urgency = input.urgency();
        if (newLimit) {
            setDeadline(issue);
        }
        issue.touch();
        em.flush();
        event(issue, IssueEvent.Type.EDITED, null, null, null, newLimit ? category.name : null);
        return detail(issue);
    }

    // ---- workflow ----------------------------------------------------------------------------------------------

    @Transactional
    public IssueDetail accept(long id, String ifMatch, String comment) {
        Issue issue = acting(id, ifMatch, Action.ACCEPT);
        issue.acceptedAt = Instant.now();
        return moveTo(issue, IssueStatus.ACCEPTED, IssueEvent.Type.ACCEPTED, comment, null);
    }

    @Transactional
    public IssueDetail reject(long id, String ifMatch, String reason) {
        Issue issue = acting(id, ifMatch, Action.REJECT);
        issue.rejectionReason = Text.strip(reason);
        return moveTo(issue, IssueStatus.REJECTED, IssueEvent.Type.REJECTED, reason, null);
    }

    @Transactional
    public IssueDetail assign(long id, String ifMatch, long handlerId, String comment) {
        Issue issue = acting(id, ifMatch, Action.ASSIGN);
        Staff handler = colleague(handlerId, issue.community, "handlerId");
        issue.handler = handler;
        return moveTo(issue, IssueStatus.ASSIGNED, IssueEvent.Type.ASSIGNED, comment, handler.displayName);
    }

    @Transactional
    public IssueDetail start(long id, String ifMatch, String comment) {
        return moveTo(acting(id, ifMatch, Action.START), IssueStatus.IN_PROGRESS, IssueEvent.Type.STARTED, comment, null);
    }

    @Transactional
    public IssueDetail resolve(long id, String ifMatch, String comment) {
        Issue issue = acting(id, ifMatch, Action.RESOLVE);
        issue.resolvedAt = Instant.now();
        return moveTo(issue, IssueStatus.RESOLVED, IssueEvent.Type.RESOLVED, comment, null);
    }

    /** The resident's word: satisfied (or basically) closes the issue, unsatisfied sends it back to the handler. */
    @Transactional
    public IssueDetail feedback(long id, String ifMatch, Satisfaction satisfaction, String comment) {
        Issue issue = acting(id, ifMatch, Action.CLOSE);
        if (satisfaction == Satisfaction.UNSATISFIED) {
            issue.unsatisfiedCount++;
            issue.reopenCount++;
            // The resolution did not hold: the issue is open again on its original deadline.
            issue.resolvedAt = null;
            issue.overdueMarkedAt = null;
            return moveTo(issue, IssueStatus.IN_PROGRESS, IssueEvent.Type.REOPENED, comment, satisfaction.name());
        }
        issue.satisfaction = satisfaction;
        issue.closedAt = Instant.now();
        return moveTo(issue, IssueStatus.CLOSED, IssueEvent.Type.CLOSED, comment, satisfaction.name());
    }

    /** Hands the issue up to the sub-district: back to accepted, without a handler, for a street-admin to assign. */
    @Transactional
    public IssueDetail escalate(long id, String ifMatch, String reason) {
        Issue issue = acting(id, ifMatch, Action.ESCALATE);
        issue.escalated = true;
        issue.handler = null;
        return moveTo(issue, IssueStatus.ACCEPTED, IssueEvent.Type.ESCALATED, reason, null);
    }

    /** Formally hands first responsibility to someone else; the original receiver stays on record. */
    @Transactional
    public IssueDetail transfer(long id, String ifMatch, long toStaffId, String reason) {
        Issue issue = acting(id, ifMatch, Action.TRANSFER);
        Staff to = colleague(toStaffId, issue.community, "toStaffId");
        if (to.id.equals(issue.firstResponsible.id)) {
            throw ApiProblem.invalidField("toStaffId", "issue.transfer.same-person");
        }
        String detail = issue.firstResponsible.displayName + " → " + to.displayName;
        issue.firstResponsible = to;
        issue.touch();
        return record(issue, IssueEvent.Type.TRANSFERRED, reason, detail);
    }

    @Transactional
    public IssueDetail comment(long id, String comment) {
        Issue issue = acting(id, null, Action.COMMENT);
        return record(issue, IssueEvent.Type.COMMENTED, comment, null);
    }

    @Transactional
    public IssueDetail requestExtension(long id, String ifMatch, int days, String reason) {
        Issue issue = acting(id, ifMatch, Action.REQUEST_EXTENSION);
        if (pendingExtension(issue.id) != null) {
            throw ApiProblem.conflict("issue.extension.pending");
        }
        IssueExtension extension = new IssueExtension();
        extension.issueId = issue.id;
        extension.days = days;
        extension.reason = Text.strip(reason);
        extension.requestedBy = Staff.findById(scope.caller().staffId());
        extension.requestedAt = Instant.now();
        extension.persist();
        issue.touch();
        return record(issue, IssueEvent.Type.EXTENSION_REQUESTED, reason, Integer.toString(days));
    }

    /** Approving moves the deadline by the requested working days after the current last day; both are recorded. */
    @Transactional
    public IssueDetail decideExtension(long id, long extensionId, String ifMatch, boolean approve, String comment) {
        Issue issue = acting(id, ifMatch, Action.DECIDE_EXTENSION);
        IssueExtension extension = IssueExtension.findById(extensionId);
        if (extension == null || !extension.issueId.equals(issue.id)) {
            throw ApiProblem.notFound("issue.extension.not-found", extensionId);
        }
        if (extension.status != IssueExtension.Status.PENDING) {
            throw ApiProblem.conflict("issue.extension.decided");
        }
        extension.status = approve ? IssueExtension.Status.APPROVED : IssueExtension.Status.REJECTED;
        extension.decidedBy = Staff.findById(scope.caller().staffId());
        extension.decidedAt = Instant.now();
        extension.decisionComment = blankToNull(comment);
        if (approve) {
            extension.previousDueAt = issue.dueAt;
            issue.dueAt = deadlines.extended(subDistrictOf(issue), issue.dueAt, extension.days);
            issue.warnAt = IssueDeadlines.warnAt(issue.receivedAt, issue.dueAt);
            extension.newDueAt = issue.dueAt;
            if (issue.dueAt.isAfter(Instant.now())) {
                issue.overdueMarkedAt = null;
            }
        }
        issue.touch();
        return record(issue, approve ? IssueEvent.Type.EXTENSION_APPROVED : IssueEvent.Type.EXTENSION_REJECTED,
                comment, Integer.toString(extension.days));
    }

    /** The reporter's phone number in plaintext; audited with the reason. */
    @Transactional
    public Revealed revealReporterPhone(long id, String reason) {
        Issue issue = visible(id);
        if (scope.caller().is(StaffRole.VIEWER)) {
            throw ApiProblem.forbidden("issue.action.forbidden", IssueWorkflow.actionKey(Action.COMMENT));
        }
        if (issue.reporterPhone == null) {
            throw ApiProblem.conflict("issue.reporter.no-phone");
        }
        audit.record(AuditEntry.Action.REVEAL_PHONE, "ISSUE", issue.id, IssueViews.number(issue), reason, null, issue.areaPath);
        return new Revealed(HouseholdDtos.RevealField.PHONE, cipher.decrypt(issue.reporterPhone.encrypted()));
    }

    // ---- shared pieces (also used by the photo service) ------------------------------------------------------------

    /** The issue if the caller may see it: in their scope, or theirs to handle or answer for; otherwise 404. */
    Issue visible(long id) {
        Issue issue = Issue.findById(id);
        Caller caller = scope.caller();
        if (issue == null || !(caller.covers(issue.areaPath) || issue.firstResponsible.id == caller.staffId()
                || (issue.handler != null && issue.handler.id == caller.staffId()))) {
            throw ApiProblem.notFound("issue.not-found", id);
        }
        return issue;
    }

    /** Loads a visible issue for an action: If-Match (when sent), the state and the person are checked. */
    Issue acting(long id, String ifMatch, Action action) {
        Issue issue = visible(id);
        ETags.checkIfPresent(ifMatch, issue.version);
        IssueWorkflow.require(action, issue, scope.caller());
        return issue;
    }

    IssueDetail record(Issue issue, IssueEvent.Type type, String comment, String detail) {
        em.flush();
        event(issue, type, null, null, comment, detail);
        return detail(issue);
    }

    /** Adds the JPQL condition "the caller may see issue i" (scope, or handler / first-responsible person). */
    void visibleTo(StringBuilder where, Map<String, Object> params) {
        AreaScope.ScopeFilter filter = scope.filter("i.areaPath");
        where.append("(").append(filter.jpql()).append(" or i.handlerId = :viewer or i.firstResponsibleId = :viewer)");
        params.putAll(filter.params());
        params.put("viewer", scope.caller().staffId());
    }

    private IssueDetail moveTo(Issue issue, IssueStatus to, IssueEvent.Type type, String comment, String detail) {
        IssueStatus from = issue.status;
        issue.status = to;
        issue.touch();
        em.flush();
        event(issue, type, from, to, comment, detail);
        return detail(issue);
    }

    private void event(Issue issue, IssueEvent.Type type, IssueStatus from, IssueStatus to, String comment, String detail) {
        IssueEvent event = new IssueEvent();
        event.issueId = issue.id;
        event.type = type;
        event.fromStatus = from;
        event.toStatus = to;
        event.actor = Staff.findById(scope.caller().staffId());
        event.at = Instant.now();
        event.comment = blankToNull(comment);
        event.detail = detail;
        event.persist();
    }

    private void setDeadline(Issue issue) {
        issue.dueAt = deadlines.dueAt(subDistrictOf(issue), issue.receivedAt, issue.category.timeLimitDays);
        issue.warnAt = IssueDeadlines.warnAt(issue.receivedAt, issue.dueAt);
        issue.overdueMarkedAt = null;
    }

    /** Whose working calendar counts the issue's deadlines. */
    private static Long subDistrictOf(Issue issue) {
        return DictionaryService.subDistrictOfPath(issue.areaPath);
    }

    /** An active category in force where the issue is: a platform default or one of that sub-district's own. */
    private IssueCategory category(long id, String areaPath) {
        IssueCategory category = IssueCategory.findById(id);
        boolean usable = category != null && category.active
                && (category.subDistrictId == null || areaPath.startsWith("/" + category.subDistrictId + "/"));
        if (!usable) {
            throw ApiProblem.invalidField("categoryId", "issue.category.unknown");
        }
        return category;
    }

    /**
     * A staff member who may receive, handle or answer for an issue of this community: a person (not an API
     * client), an enabled street-admin, community staff member or grid worker whose scope covers the community or
     * lies inside it (a street-admin without areas covers the whole platform).
     */
    private Staff colleague(long staffId, Area community, String field) {
        Staff staff = Staff.findById(staffId);
        boolean fits = staff != null && staff.enabled && !staff.serviceAccount && RECEIVERS.contains(staff.role)
                && ((staff.role == StaffRole.STREET_ADMIN && staff.areas.isEmpty())
                || staff.areas.stream().anyMatch(a -> community.path.startsWith(a.path) || a.path.startsWith(community.path)));
        if (!fits) {
            throw ApiProblem.invalidField(field, "issue.staff.not-in-community");
        }
        return staff;
    }

    /** Who raised the issue (a resident of the registry, or null for a visitor) and where, both checked. */
    private record Intake(Resident resident, Place place) {
    }

    /**
     * Checks the reporter and the place, collecting what is wrong; null when the place cannot be settled (the rest
     * of the form is still checked, and whatever depends on the place is skipped).
     */
    private Intake checkReporterAndPlace(ReporterInput reporter, LocationInput location, Violations violations) {
        Resident resident = null;
        if (reporter != null && reporter.residentId() != null) {
            resident = Resident.findById(reporter.residentId());
            if (resident == null || !scope.caller().covers(resident.areaPath)) {
                violations.add("reporter.residentId", "issue.reporter.not-found");
                resident = null;
            }
        } else if (reporter != null && Text.isBlank(reporter.name()) && !violations.has("reporter.name")) {
            violations.add("reporter.name", "issue.reporter.name.required");
        }
        if (reporter != null && !Text.isBlank(reporter.phone()) && !violations.has("reporter.phone") && !Phones.isValid(reporter.phone())) {
            violations.add("reporter.phone", "issue.reporter.phone.invalid");
        }
        if (location == null || violations.has("location")) {
            return null;
        }
        Long householdId = location.householdId();
        if (householdId == null && location.areaId() == null && resident != null) {
            householdId = resident.household.id;
        }
        Long household = householdId;
        Place place = violations.check(() -> place(household, location.areaId(), location.address()));
        return place == null ? null : new Intake(resident, place);
    }

    private void applyReporterAndPlace(Issue issue, ReporterInput reporter, Intake intake) {
        Place place = intake.place();
        Resident resident = intake.resident();
        issue.community = place.community();
        issue.grid = place.grid();
        issue.building = place.building();
        issue.householdId = place.householdId();
        issue.address = place.address();
        issue.areaPath = place.path();
        boolean noPhone = Text.isBlank(reporter.phone());
        if (resident != null) {
            issue.residentId = resident.id;
            issue.reporterName = resident.name;
            issue.reporterPhone = noPhone ? resident.phone : cipher.sealPhone(reporter.phone());
        } else {
            // Clients only ever see the phone masked: on a correction, a blank phone keeps a visitor's number.
            boolean keep = issue.id != null && issue.residentId == null && !Boolean.TRUE.equals(reporter.clearPhone());
            issue.reporterPhone = noPhone ? (keep ? issue.reporterPhone : null) : cipher.sealPhone(reporter.phone());
            issue.residentId = null;
            issue.reporterName = Text.strip(reporter.name());
        }
    }

    private Place place(Long householdId, Long areaId, String address) {
        String freeAddress = blankToNull(address);
        if (householdId != null) {
            Household h = Household.findById(householdId);
            if (h == null || !scope.caller().covers(h.areaPath)) {
                throw ApiProblem.invalidField("location.householdId", "issue.location.household.not-found");
            }
            return new Place(h.grid.parent, h.grid, h.building, h.id, freeAddress);
        }
        if (areaId == null) {
            throw ApiProblem.invalidField("location.areaId", "issue.location.required");
        }
        Area area = Area.findById(areaId);
        if (area == null || !scope.caller().covers(area.path)) {
            throw ApiProblem.invalidField("location.areaId", "issue.location.area.not-found");
        }
        return switch (area.level) {
            case COMMUNITY -> new Place(area, null, null, null, freeAddress);
            case GRID -> new Place(area.parent, area, null, null, freeAddress);
            case BUILDING -> new Place(area.parent.parent, area.parent, area, null, freeAddress);
            case SUB_DISTRICT -> throw ApiProblem.invalidField("location.areaId", "issue.location.too-wide");
        };
    }

    // ---- detail ------------------------------------------------------------------------------------------------

    IssueDetail detail(Issue i) {
        Instant now = Instant.now();
        Household household = i.householdId == null ? null : Household.findById(i.householdId);
        List<EventView> events = IssueEvent.<IssueEvent>list("from IssueEvent e left join fetch e.actor where e.issueId = ?1 order by e.id", i.id)
                .stream().map(e -> new EventView(e.id, e.type, e.fromStatus, e.toStatus, IssueViews.ref(e.actor), e.at, e.comment, e.detail))
                .toList();
        List<IssueExtension> extensionRows = IssueExtension.list("from IssueExtension x join fetch x.requestedBy left join fetch x.decidedBy"
                + " where x.issueId = ?1 order by x.id", i.id);
        List<ExtensionView> extensions = extensionRows.stream().map(x -> new ExtensionView(x.id, x.days, x.reason, x.status,
                IssueViews.ref(x.requestedBy), x.requestedAt, IssueViews.ref(x.decidedBy), x.decidedAt, x.decisionComment,
                x.previousDueAt, x.newDueAt)).toList();
        List<PhotoView> photos = em.createQuery("select new " + PhotoView.class.getName()
                        + "(p.id, p.contentType, p.sizeBytes, new " + IssueDtos.StaffRef.class.getName()
                        + "(s.id, s.displayName), p.uploadedAt) from IssuePhoto p join p.uploadedBy s where p.issueId = :id order by p.id",
                PhotoView.class).setParameter("id", i.id).getResultList();
        boolean pending = extensionRows.stream().anyMatch(x -> x.status == IssueExtension.Status.PENDING);
        List<Action> allowed = IssueWorkflow.allowed(i, scope.caller(), pending, photos.size());
        String talkDayTitle = i.talkDay == null ? null : i.talkDay.date + " " + (i.talkDay.topic == null ? i.talkDay.place : i.talkDay.topic);
        return new IssueDetail(IssueViews.summary(i, household, now), i.description,
                new ReporterView(i.residentId, i.reporterName, i.reporterPhone == null ? null : i.reporterPhone.masked()),
                new LocationView(i.householdId, household == null ? null : RegistryViews.displayAddress(household),
                        i.building == null ? null : i.building.id, i.building == null ? null : i.building.name, i.address),
                IssueViews.ref(i.receivedBy), talkDayTitle, i.warnAt, i.acceptedAt, i.rejectionReason, i.satisfaction,
                i.reopenCount, i.category.timeLimitDays, events, extensions, photos, allowed);
    }

    IssueExtension pendingExtension(long issueId) {
        return IssueExtension.find("issueId = ?1 and status = ?2", issueId, IssueExtension.Status.PENDING).firstResult();
    }


    /** The list filters of GET /api/issues. */
    public record IssueFilter(Long areaId, List<IssueStatus> statuses, Long categoryId, Warning warning, Long talkDayId,
                              Long handlerId, Boolean involvingMe, String q, LocalDate receivedFrom, LocalDate receivedTo) {
    }
}
