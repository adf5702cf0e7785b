package com.gridwork.cobuild.project;

import com.gridwork.access.AreaScope;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildMilestoneInput;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectDetail;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.media.ImageTypes;
import com.gridwork.common.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * A claimed project's milestones, planned and reported by the claiming unit's liaison: the first one starts the
 * project (CLAIMED → IN_PROGRESS); a report names the day it was done and carries evidence photos (JPEG, PNG or
 * WebP, at most 5 MB each, 9 per milestone).
 */
@ApplicationScoped
public class CoBuildMilestoneService {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PHOTOS = 9;
    static final int MAX_MILESTONES = 30;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectViews views;

    @Inject
    AreaScope scope;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    public record PhotoContent(String contentType, byte[] data) {}

    /** Report fields of a milestone, read from the multipart form. */
    public record Report(String doneOn, String report, Path file, long size) {}

    @Transactional
    public CoBuildProjectDetail add(long projectId, CoBuildMilestoneInput input) {
        CoBuildProject p = access.find(projectId);
        if (p.status == CoBuildProjectStatus.CLAIMED) {
            p.status = access.require(p, CoBuildProjectAction.START);
        } else if (p.status == CoBuildProjectStatus.IN_PROGRESS) {
            requireUnit(p);
        } else {
            throw ApiProblem.conflict("cobuild.milestone.project-not-running", p.status.name());
        }
        Violations violations = Violations.of(validator.validate(input));
        if (input.dueOn() != null && input.dueOn().isBefore(BeijingTime.today())) {
            violations.add("dueOn", "cobuild.milestone.due-on.past");
        }
        violations.throwIfAny();
        if (CoBuildMilestone.count("projectId", p.id) >= MAX_MILESTONES) {
            throw ApiProblem.conflict("cobuild.milestone.limit", MAX_MILESTONES);
        }
        CoBuildMilestone m = new CoBuildMilestone();
        m.projectId = p.id;
        m.title = input.title().strip();
        m.dueOn = input.dueOn();
        m.persist();
        p.touch();
        em.flush();
        return views.detail(p);
    }

    /** Reports a milestone done, with its first evidence photo. */
    @Transactional
    public CoBuildProjectDetail report(long milestoneId, Report input) {
        CoBuildMilestone m = milestone(milestoneId);
        CoBuildProject p = running(m);
        if (m.doneOn != null) {
            throw ApiProblem.conflict("cobuild.milestone.done.already", m.id);
        }
        Violations violations = Violations.of(Set.of());
        LocalDate today = BeijingTime.today();
        LocalDate doneOn = doneOn(input.doneOn(), violations);
        if (doneOn != null && doneOn.isAfter(today)) {
            violations.add("doneOn", "cobuild.milestone.done-on.future");
        } else if (doneOn != null && p.claimedAt != null && doneOn.isBefore(BeijingTime.dayOf(p.claimedAt))) {
            violations.add("doneOn", "cobuild.milestone.done-on.before-claim");
        }
        String report = input.report() == null ? null : input.report().strip();
        if (report == null || report.isEmpty()) {
            violations.add("report", "cobuild.milestone.report.required");
        } else if (report.codePointCount(0, report.length()) > 2000) {
            violations.add("report", "cobuild.milestone.report.too-long", 2000);
        }
        ImageTypes.Photo photo = null;
        if (input.file() == null) {
            violations.add("file", "cobuild.milestone.photo.missing");
        } else {
            photo = violations.check(
                    () -> ImageTypes.read(input.file(), input.size(), MAX_BYTES, "cobuild.milestone.photo"));
        }
        violations.throwIfAny();
        m.doneOn = doneOn;
        m.report = report;
        m.reportedById = scope.caller().staffId();
        m.touch();
        save(m, photo);
        p.touch();
        em.flush();
        return views.detail(p);
    }

    private static LocalDate doneOn(String text, Violations violations) {
        if (text == null || text.isBlank()) {
            violations.add("doneOn", "cobuild.milestone.done-on.required");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add("doneOn", "cobuild.milestone.done-on.format");
            return null;
        }
    }

    /** A further evidence photo of a milestone. */
    @Transactional
    public CoBuildProjectDetail addPhoto(long milestoneId, Path file, long size) {
        CoBuildMilestone m = milestone(milestoneId);
        CoBuildProject p = running(m);
        if (CoBuildMilestonePhoto.count("milestoneId", m.id) >= MAX_PHOTOS) {
            throw ApiProblem.conflict("cobuild.milestone.photo.limit", MAX_PHOTOS);
        }
        save(m, ImageTypes.read(file, size, MAX_BYTES, "cobuild.milestone.photo"));
        m.touch();
        p.touch();
        em.flush();
        return views.detail(p);
    }

    @Transactional
    public PhotoContent photo(long milestoneId, long photoId) {
        CoBuildMilestone m = milestone(milestoneId);
        CoBuildMilestonePhoto photo = CoBuildMilestonePhoto.findById(photoId);
        if (photo == null || !photo.milestoneId.equals(m.id)) {
            throw ApiProblem.notFound("cobuild.milestone.photo.not-found", photoId);
        }
        return new PhotoContent(photo.contentType, photo.data);
    }

    /** The milestone if the caller sees its project; else 404. */
    private CoBuildMilestone milestone(long id) {
        CoBuildMilestone m = CoBuildMilestone.findById(id);
        if (m == null || access.visible(m.projectId).isEmpty()) {
            throw ApiProblem.notFound("cobuild.milestone.not-found", id);
        }
        return m;
    }

    /** The milestone's project, in progress and the caller's unit's (409 / 403 otherwise). */
    private CoBuildProject running(CoBuildMilestone m) {
        CoBuildProject p = em.find(CoBuildProject.class, m.projectId);
        if (p.status != CoBuildProjectStatus.IN_PROGRESS) {
            throw ApiProblem.conflict("cobuild.milestone.project-not-running", p.status.name());
        }
        requireUnit(p);
        return p;
    }

    private void requireUnit(CoBuildProject p) {
        if (!access.actors(p).contains(ProjectLifecycle.Actor.UNIT)) {
            throw ApiProblem.forbidden("cobuild.project.not-yours");
        }
    }

    private void save(CoBuildMilestone m, ImageTypes.Photo upload) {
        CoBuildMilestonePhoto photo = new CoBuildMilestonePhoto();
        photo.milestoneId = m.id;
        photo.contentType = upload.contentType();
        photo.sizeBytes = upload.data().length;
        photo.data = upload.data();
        photo.uploadedById = scope.caller().staffId();
        photo.uploadedAt = Instant.now();
        photo.persist();
    }
}
