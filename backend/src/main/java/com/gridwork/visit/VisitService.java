package com.gridwork.visit;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.DeviceTime;
import com.gridwork.common.media.ImageTypes;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Constraints;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.pairing.HelperKind;
import com.gridwork.pairing.HelperReach;
import com.gridwork.pairing.Pairing;
import com.gridwork.pairing.PairingStatus;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.household.Household;
import com.gridwork.upload.PhotoUpload;
import com.gridwork.upload.PhotoUploadService;
import com.gridwork.visit.VisitDtos.AnswerInput;
import com.gridwork.visit.VisitDtos.FindingInput;
import com.gridwork.visit.VisitDtos.VisitCreate;
import com.gridwork.visit.VisitDtos.VisitDetail;
import com.gridwork.visit.VisitDtos.VisitSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recording visits (走访) and reading them: the checks of a visit, its findings raised as issues, and its counting into
 * the household's open obligations ({@link VisitCounter}), all in one transaction.
 */
@ApplicationScoped
public class VisitService {
    /** Device clocks drift: a visit a little ahead of the server's time is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** A visit is recorded within 30 days (the phone app keeps unsent visits offline meanwhile). */
    static final Duration MAX_AGE = Duration.ofDays(30);

    private static final Map<String, String> SORTS = Map.of(
            "visitedAt", "v.visited_at",
            "visitedOn", "v.visited_on",
            "receivedAt", "v.received_at");

    @Inject
    AreaScope scope;

    @Inject
    HelperReach reach;

    @Inject
    Validator validator;

    @Inject
    DictionaryService dictionary;

    @Inject
    VisitFindings findings;

    @Inject
    VisitCounter counter;

    @Inject
    VisitViews views;

    @Inject
    EntityManager em;

    @Inject
    PhotoUploadService photoUploads;

    @Inject
    DeviceTime deviceTime;

    /** A new visit, or the one this visitor already sent with the same clientRef ({@code replayed}). */
    public record Recorded(VisitDetail detail, boolean replayed) {}

    /** Thrown when a parallel request with the same clientRef won the race; the caller answers with that visit. */
    public static final class ClientRefTaken extends RuntimeException {
        ClientRefTaken() {
            super(null, null, false, false);
        }
    }

    @Transactional
    public Recorded record(VisitCreate input) {
        Caller caller = scope.caller();
        // Lock the household's open obligations first: a parallel visit to the same household waits here, so the
        // two cannot both count without seeing each other. Only a lock: nothing is read before the checks below.
        List<Long> open = input.householdId() == null ? List.of() : counter.lockOpen(input.householdId());
        Optional<Visit> earlier = byClientRef(caller, input.clientRef());
        if (earlier.isPresent()) {
            return new Recorded(views.detail(earlier.get()), true);
        }
        Violations violations = Violations.of(validator.validate(input));
        Household household = violations.check(() -> reach.findForField(input.householdId(), "householdId"));
        if (household != null && household.status != RecordStatus.ACTIVE) {
            violations.add("householdId", "visit.household.inactive");
        }
        Instant now = Instant.now();
        if (input.visitedAt() != null) {
            if (input.visitedAt().isAfter(now.plus(CLOCK_SKEW))) {
                violations.add("visitedAt", "visit.visited-at.future");
            } else if (input.visitedAt().isBefore(now.minus(MAX_AGE))) {
                violations.add("visitedAt", "visit.visited-at.too-old", MAX_AGE.toDays());
            }
        }
        checkLocation(input, violations);
        Map<Long, VisitQuestion> questions = Map.of();
        if (household != null) {
            checkMembers(input.memberIds(), household, violations);
            dictionary.checkCodes(
                    violations,
                    DictionaryCategory.VISIT_NEED,
                    DictionaryService.subDistrictOfPath(household.areaPath),
                    "needs",
                    input.needs());
            questions = questions(household);
            checkAnswers(input.answers(), questions, violations);
            findings.check(input.findings(), true, household, caller, violations);
        }
        List<PhotoUpload> uploads =
                photoUploads.check(input.photoUploadIds(), "photoUploadIds", VisitPhotoService.MAX_PHOTOS, violations);
        violations.throwIfAny();

        Visit visit = newVisit(input, household, caller, questions, now);
        try {
            visit.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (clientRefTaken(e)) {
                throw new ClientRefTaken();
            }
            throw e;
        }
        for (ImageTypes.Photo photo : photoUploads.take(uploads)) {
            VisitPhoto.store(visit.id, photo, caller.staffId(), now);
        }
        counter.count(visit, household, open);
        findings.raise(visit, true, household, caller, input.findings());
        em.flush();
        return new Recorded(views.detail(visit), false);
    }

    /** The visit a parallel request with the same clientRef saved (see {@link ClientRefTaken}). */
    @Transactional
    public VisitDetail replayed(String clientRef) {
        return byClientRef(scope.caller(), clientRef)
                .map(views::detail)
                .orElseThrow(() -> ApiProblem.conflict("visit.client-ref.race"));
    }

    @Transactional
    public VisitDetail get(long id) {
        return views.detail(visible(id));
    }

    /** A finding raised after the visit, by its visitor or a manager in scope. */
    @Transactional
    public VisitDetail raiseIssue(long id, FindingInput input) {
        Visit visit = visible(id);
        Caller caller = scope.caller();
        // a finding is an issue like any other: the visitor, or any staff recording visits where the household lies
        if (visit.visitorStaffId != caller.staffId()
                && !(caller.may(Permission.VISITS_RECORD) && caller.covers(visit.areaPath))) {
            throw ApiProblem.forbidden("visit.not-yours");
        }
        Violations violations = Violations.of(validator.validate(input));
        Household household = visit.household;
        List<FindingInput> list = List.of(input);
        findings.check(list, false, household, caller, violations);
        violations.throwIfAny();
        findings.raise(visit, false, household, caller, list);
        visit.touch();
        em.flush();
        return views.detail(visit);
    }

    /** The visit if the caller reads visits where it lies, or made it; else 404. */
    Visit visible(long id) {
        Caller caller = scope.caller();
        return scope.findWhere(
                Visit.class,
                id,
                v -> v.visitorStaffId == caller.staffId()
                        || caller.may(Permission.VISITS_READ) && caller.covers(v.areaPath));
    }

    /** Changing a visit afterwards (photos, issues) is for its visitor, or staff managing visits where it lies. */
    static void requireVisitorOrManager(Visit visit, Caller caller) {
        boolean manager = caller.may(Permission.VISIT_OBLIGATIONS_MANAGE) && caller.covers(visit.areaPath);
        if (visit.visitorStaffId != caller.staffId() && !manager) {
            throw ApiProblem.forbidden("visit.not-yours");
        }
    }

    /** The visit log's filters. */
    public record Criteria(
            Long householdId,
            Long areaId,
            Long visitorStaffId,
            VisitOutcome outcome,
            VisitMode mode,
            LocalDate from,
            LocalDate to) {}

    /**
     * The visit log: staff reading visits see those in their scope; a helper its own visits to the households it is
     * paired with. Filtering by area is a prefix of the path, so the query runs on ix_visit_path (area_path,
     * visited_on, id).
     */
    @Transactional
    public PageResult<VisitSummary> list(Criteria c, PageParams page) {
        Caller caller = scope.caller();
        if (c.from() != null && c.to() != null && c.to().isBefore(c.from())) {
            throw ApiProblem.invalidField("to", "visit.list.reversed");
        }
        Where where = new Where();
        if (caller.may(Permission.VISITS_READ)) {
            AreaScope.ScopeFilter area = scope.filter("v.area_path");
            where.and(area.sql(), area.params());
        } else {
            HelperReach.Filter helper = reach.filter("v.household_id", "v.area_path");
            where.and(helper.sql(), helper.params()).and("v.visitor_staff_id = :me", Map.of("me", caller.staffId()));
        }
        if (c.householdId() != null) {
            reach.find(c.householdId());
        }
        String areaPath = c.areaId() == null ? null : scope.findOrAbove(Area.class, c.areaId()).path;
        where.and("v.household_id = :household", "household", c.householdId())
                .and("v.area_path like :areaPath", "areaPath", areaPath, p -> p + "%")
                .and("v.visitor_staff_id = :visitor", "visitor", c.visitorStaffId())
                .and("v.outcome = :outcome", "outcome", c.outcome(), Enum::name)
                .and("v.mode = :mode", "mode", c.mode(), Enum::name)
                .and("v.visited_on >= :from", "from", c.from())
                .and("v.visited_on <= :to", "to", c.to());
        String order = page.sort == null || page.sort.isBlank()
                ? "v.visited_on desc, v.id desc"
                : page.sortTerms(SORTS).stream()
                                .map(t -> t.path() + (t.descending() ? " desc" : ""))
                                .reduce((a, b) -> a + ", " + b)
                                .orElseThrow()
                        + ", v.id desc";
        @SuppressWarnings("unchecked")
        List<Long> ids = ((List<Number>) where.bind(em.createNativeQuery(
                                "select v.id from visit v where " + where.conditions() + " order by " + order))
                        .setFirstResult(page.page * page.size)
                        .setMaxResults(page.size)
                        .getResultList())
                .stream().map(Number::longValue).toList();
        long total = page.total(
                ids.size(),
                () -> ((Number) where.bind(em.createNativeQuery(
                                        "select count(*) from visit v where " + where.conditions()))
                                .getSingleResult())
                        .longValue());
        return new PageResult<>(views.summaries(ids), page.page, page.size, total);
    }

    private static boolean clientRefTaken(PersistenceException e) {
        return Constraints.violated(e, "uq_visit_client_ref");
    }

    private Optional<Visit> byClientRef(Caller caller, String clientRef) {
        if (Text.isBlank(clientRef)) {
            return Optional.empty();
        }
        return Visit.<Visit>find("visitorStaffId = ?1 and clientRef = ?2", caller.staffId(), Text.strip(clientRef))
                .firstResultOptional();
    }

    private static void checkLocation(VisitCreate input, Violations violations) {
        boolean located = input.location() != null;
        LocationMissingReason reason = input.locationMissingReason();
        if (located == (reason != null)) {
            violations.add("location", "visit.location.exactly-one");
            return;
        }
        boolean remote = input.mode() == VisitMode.PHONE || input.mode() == VisitMode.VIDEO;
        if (remote && (located || reason != LocationMissingReason.NOT_ON_SITE)) {
            violations.add("locationMissingReason", "visit.location.remote");
        } else if (!remote && input.mode() != null && reason == LocationMissingReason.NOT_ON_SITE) {
            violations.add("locationMissingReason", "visit.location.on-site");
        }
    }

    private static void checkMembers(List<Long> memberIds, Household household, Violations violations) {
        if (memberIds == null || memberIds.isEmpty()) {
            return;
        }
        Set<Long> residents = new HashSet<>(Household.getEntityManager()
                .createQuery("select r.id from Resident r where r.household.id = :h and r.status = :active", Long.class)
                .setParameter("h", household.id)
                .setParameter("active", RecordStatus.ACTIVE)
                .getResultList());
        for (int i = 0; i < memberIds.size(); i++) {
            Long id = memberIds.get(i);
            if (id == null || !residents.contains(id)) {
                violations.add("memberIds[" + i + "]", "visit.member.not-resident", id);
            }
        }
    }

    /** The active questions of the household's sub-district. */
    private static Map<Long, VisitQuestion> questions(Household household) {
        Map<Long, VisitQuestion> byId = new LinkedHashMap<>();
        VisitQuestion.<VisitQuestion>list(
                        "subDistrictId = ?1 and active = true", DictionaryService.subDistrictOfPath(household.areaPath))
                .forEach(q -> byId.put(q.id, q));
        return byId;
    }

    private static void checkAnswers(List<AnswerInput> answers, Map<Long, VisitQuestion> questions, Violations v) {
        if (answers == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput a = answers.get(i);
            String field = "answers[" + i + "]";
            if (a == null || v.has(field)) {
                if (a == null) {
                    v.add(field, "visit.answer.required");
                }
                continue;
            }
            VisitQuestion q = questions.get(a.questionId());
            if (q == null) {
                v.add(field + ".questionId", "visit.answer.question.unknown", a.questionId());
            } else if (!seen.add(q.id)) {
                v.add(field + ".questionId", "visit.answer.question.twice", a.questionId());
            } else if (Text.isBlank(a.answer())) {
                v.add(field + ".answer", "visit.answer.required");
            } else if (!VisitAnswers.fits(q, a.answer().strip())) {
                v.add(
                        field + ".answer",
                        "visit.answer." + q.kind.name().toLowerCase().replace('_', '-'));
            }
        }
    }

    private Visit newVisit(
            VisitCreate input, Household household, Caller caller, Map<Long, VisitQuestion> questions, Instant now) {
        Visit v = new Visit();
        v.household = household;
        v.householdId = household.id;
        v.gridId = household.grid.id;
        v.areaPath = household.areaPath;
        v.visitorStaffId = caller.staffId();
        v.visitorKind = caller.role() == StaffRole.VOLUNTEER ? HelperKind.VOLUNTEER : HelperKind.STAFF;
        v.pairingId = Pairing.<Pairing>find(
                        "householdId = ?1 and helperStaffId = ?2 and status = ?3 order by id",
                        household.id,
                        caller.staffId(),
                        PairingStatus.ACTIVE)
                .firstResultOptional()
                .map(p -> p.id)
                .orElse(null);
        v.mode = input.mode();
        v.outcome = input.outcome();
        v.visitedAt = input.visitedAt();
        v.visitedOn = BeijingTime.dayOf(input.visitedAt());
        v.receivedAt = now;
        v.deviceRecordedAt = deviceTime.recordedAt();
        if (input.location() != null) {
            v.latitude = input.location().latitude().setScale(6, RoundingMode.HALF_UP);
            v.longitude = input.location().longitude().setScale(6, RoundingMode.HALF_UP);
            v.accuracyMeters = input.location().accuracyMeters();
        }
        v.locationMissingReason = input.locationMissingReason();
        v.livingConditions = input.livingConditions();
        v.notes = Text.blankToNull(input.notes());
        v.clientRef = Text.blankToNull(input.clientRef());
        if (input.memberIds() != null) {
            v.memberIds.addAll(input.memberIds());
        }
        if (input.needs() != null) {
            v.needs.addAll(input.needs());
        }
        if (input.answers() != null) {
            for (AnswerInput a : input.answers()) {
                VisitQuestion q = questions.get(a.questionId());
                v.answers.add(new Visit.Answer(
                        q.id, q.text, VisitAnswers.normalized(q, a.answer().strip())));
            }
        }
        return v;
    }
}
