package com.gridwork.issue;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.common.Text;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.DeviceTime;
import com.gridwork.common.http.ETags;
import com.gridwork.common.media.ImageTypes;
import com.gridwork.issue.IssueDtos.Action;
import com.gridwork.issue.IssueDtos.IssueCreate;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.issue.IssueDtos.IssueUpdate;
import com.gridwork.issue.IssueDtos.LocationInput;
import com.gridwork.issue.IssueDtos.ReporterInput;
import com.gridwork.issue.category.IssueCategory;
import com.gridwork.issue.photo.IssuePhoto;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.resident.Resident;
import com.gridwork.staff.Staff;
import com.gridwork.talkday.TalkDay;
import com.gridwork.upload.PhotoUpload;
import com.gridwork.upload.PhotoUploadService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.gridwork.common.Text.blankToNull;

/**
 * Taking an issue in, at a talk day or any day, and correcting it before work starts: the reporter (a resident of
 * the registry or a visitor), the place, the category and the receiver, each checked against the caller's scope,
 * every violation reported at once.
 */
@ApplicationScoped
public class IssueIntake {
    /** Clocks of phones and PCs drift; a receipt time a little ahead of ours is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** No issue this platform takes in was raised before 2000 (Beijing time); an earlier receipt time is a typo. */
    static final Instant EARLIEST_RECEIPT =
            LocalDate.of(2000, 1, 1).atStartOfDay(IssueDeadlines.ZONE).toInstant();

    @Inject
    AreaScope scope;

    @Inject
    IssueService issues;

    @Inject
    IssueDeadlines deadlines;

    @Inject
    IssueTimeline timeline;

    @Inject
    IssueViews views;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Event<IssueHappened> happened;

    @Inject
    PhotoUploadService photoUploads;

    @Inject
    DeviceTime deviceTime;

    /** Where an issue is, resolved and checked against the caller's scope. */
    private record Place(Area community, Area grid, Area building, Long householdId, String address) {
        String path() {
            return (building != null ? building : grid != null ? grid : community).path;
        }
    }

    @Transactional
    public IssueDetail create(IssueCreate input) {
        Caller caller = scope.caller();
        Violations violations = Violations.of(validator.validate(input));
        Intake intake = checkReporterAndPlace(input.reporter(), input.location(), violations);
        IssueCategory category = intake == null || violations.has("categoryId")
                ? null
                : violations.check(
                        () -> category(input.categoryId(), intake.place().path(), "categoryId"));
        TalkDay talkDay = input.talkDayId() == null
                ? null
                : violations.check(() ->
                        scope.findOrAboveForField(TalkDay.class, input.talkDayId(), "talkDayId", "talk-day.not-found"));
        if (talkDay != null
                && intake != null
                && !talkDay.community.id.equals(intake.place().community().id)) {
            violations.add("talkDayId", "issue.talk-day.other-community");
        }
        Instant now = Instant.now();
        Instant receivedAt = input.receivedAt() == null ? now : input.receivedAt();
        if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add("receivedAt", "issue.received-at.future");
        } else if (receivedAt.isBefore(EARLIEST_RECEIPT)) {
            violations.add("receivedAt", "issue.received-at.too-early");
        } else if (talkDay != null
                && receivedAt.atZone(IssueDeadlines.ZONE).toLocalDate().isBefore(talkDay.date)) {
            violations.add("receivedAt", "issue.received-at.before-talk-day");
        }
        Staff receiver = input.receivedById() == null || intake == null
                ? null
                : violations.check(() ->
                        issues.colleague(input.receivedById(), intake.place().community(), "receivedById"));
        List<PhotoUpload> uploads =
                photoUploads.check(input.photoUploadIds(), "photoUploadIds", IssueWorkflow.MAX_PHOTOS, violations);
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
        issue.deviceRecordedAt = deviceTime.recordedAt();
        deadlines.setFor(issue);
        issue.persist();
        em.flush();
        Staff uploader = Staff.findById(caller.staffId());
        for (ImageTypes.Photo photo : photoUploads.take(uploads)) {
            IssuePhoto.store(issue.id, photo, uploader, now);
        }
        timeline.write(issue, IssueEvent.Type.RECEIVED, null, IssueStatus.RECEIVED, null, receiver.displayName);
        happened.fire(new IssueHappened(IssueHappened.What.TAKEN_IN, issue, caller.staffId(), null));
        return views.detail(issue);
    }

    /** Corrects what was taken in, before the work starts; a new category recomputes the deadline. */
    @Transactional
    public IssueDetail update(long id, String ifMatch, IssueUpdate input) {
        Issue issue = issues.visible(id);
        ETags.require(ifMatch, issue.version);
        // editing is never a volunteer team leader's step: no teams needed
        IssueWorkflow.require(Action.EDIT, issue, scope.caller(), ActingFor.NOBODY);
        Violations violations = Violations.of(validator.validate(input));
        Intake intake = checkReporterAndPlace(input.reporter(), input.location(), violations);
        IssueCategory category = intake == null || violations.has("categoryId")
                ? null
                : violations.check(
                        () -> category(input.categoryId(), intake.place().path(), "categoryId"));
        if (intake != null
                && issue.talkDay != null
                && !issue.talkDay.community.id.equals(intake.place().community().id)) {
            violations.add("location", "issue.talk-day.other-community");
        }
        violations.throwIfAny();
        applyReporterAndPlace(issue, input.reporter(), intake);
        boolean newLimit = !category.id.equals(issue.category.id);
        issue.category = category;
        issue.description = Text.strip(input.description());
        issue.urgency = input.urgency();
        if (newLimit) {
            deadlines.setFor(issue);
        }
        issue.touch();
        em.flush();
        timeline.write(issue, IssueEvent.Type.EDITED, null, null, null, newLimit ? category.name : null);
        return views.detail(issue);
    }

    /** A problem found on a visit (走访): where, what, who reported it and who answers for it. */
    public record VisitFinding(
            long visitId,
            Household household,
            long categoryId,
            String description,
            IssueUrgency urgency,
            Resident reporter,
            String reporterName,
            Staff receiver,
            Instant receivedAt,
            String note) {}

    /**
     * Takes in a visit's finding (channel VISIT) inside the visit's transaction: the household is the place (the
     * visit checked the caller may reach it, which for a helper is not the area scope), the category is checked as
     * for any issue, the receiver is its first-responsible person. Returns the new issue.
     */
    public Issue fromVisit(VisitFinding finding, String categoryField) {
        Household h = finding.household();
        Place place = new Place(h.grid.parent, h.grid, h.building, h.id, null);
        Issue issue = new Issue();
        issue.community = place.community();
        issue.grid = place.grid();
        issue.building = place.building();
        issue.householdId = h.id;
        issue.areaPath = place.path();
        if (finding.reporter() != null) {
            issue.residentId = finding.reporter().id;
            issue.reporterName = finding.reporter().name;
            issue.reporterPhone = finding.reporter().phone;
        } else {
            issue.reporterName = finding.reporterName();
        }
        issue.category = category(finding.categoryId(), place.path(), categoryField);
        issue.description = Text.strip(finding.description());
        issue.urgency = finding.urgency();
        issue.channel = IssueChannel.VISIT;
        issue.visitId = finding.visitId();
        issue.status = IssueStatus.RECEIVED;
        issue.receivedBy = finding.receiver();
        issue.firstResponsible = finding.receiver();
        issue.receivedAt = finding.receivedAt();
        issue.deviceRecordedAt = deviceTime.recordedAt();
        deadlines.setFor(issue);
        issue.persist();
        em.flush();
        timeline.write(
                issue,
                IssueEvent.Type.RECEIVED,
                null,
                IssueStatus.RECEIVED,
                finding.note(),
                finding.receiver().displayName);
        happened.fire(new IssueHappened(
                IssueHappened.What.TAKEN_IN, issue, scope.caller().staffId(), null));
        return issue;
    }

    /** 400 on {@code field} unless the category is usable where the area path lies (see {@link #category}). */
    public void checkCategory(long id, String areaPath, String field) {
        category(id, areaPath, field);
    }

    /** An active category in force where the issue is: a platform default or one of that sub-district's own. */
    private IssueCategory category(long id, String areaPath, String field) {
        IssueCategory category = IssueCategory.findById(id);
        boolean usable = category != null
                && category.active
                && (category.subDistrictId == null || areaPath.startsWith("/" + category.subDistrictId + "/"));
        if (!usable) {
            throw ApiProblem.invalidField(field, "issue.category.unknown");
        }
        return category;
    }

    /** Who raised the issue (a resident of the registry, or null for a visitor) and where, both checked. */
    private record Intake(Resident resident, Place place) {}

    /**
     * Checks the reporter and the place, collecting what is wrong; null when the place cannot be settled (the rest
     * of the form is still checked, and whatever depends on the place is skipped).
     */
    private Intake checkReporterAndPlace(ReporterInput reporter, LocationInput location, Violations violations) {
        Resident resident = null;
        if (reporter != null && reporter.residentId() != null) {
            resident = violations.check(() -> scope.findForField(
                    Resident.class, reporter.residentId(), "reporter.residentId", "issue.reporter.not-found"));
        } else if (reporter != null && Text.isBlank(reporter.name()) && !violations.has("reporter.name")) {
            violations.add("reporter.name", "issue.reporter.name.required");
        }
        if (reporter != null
                && !Text.isBlank(reporter.phone())
                && !violations.has("reporter.phone")
                && !Phones.isValid(reporter.phone())) {
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
            Household h = scope.findForField(
                    Household.class, householdId, "location.householdId", "issue.location.household.not-found");
            return new Place(h.grid.parent, h.grid, h.building, h.id, freeAddress);
        }
        if (areaId == null) {
            throw ApiProblem.invalidField("location.areaId", "issue.location.required");
        }
        Area area = scope.findForField(Area.class, areaId, "location.areaId", "issue.location.area.not-found");
        return switch (area.level) {
            case COMMUNITY -> new Place(area, null, null, null, freeAddress);
            case GRID -> new Place(area.parent, area, null, null, freeAddress);
            case BUILDING -> new Place(area.parent.parent, area.parent, area, null, freeAddress);
            case SUB_DISTRICT -> throw ApiProblem.invalidField("location.areaId", "issue.location.too-wide");
        };
    }
}
