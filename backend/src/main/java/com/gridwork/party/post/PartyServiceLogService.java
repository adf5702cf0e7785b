package com.gridwork.party.post;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Permission;
import com.gridwork.area.Area;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.media.ImageTypes;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyMemberSelf;
import com.gridwork.party.post.PartyPostDtos.PartyPostReason;
import com.gridwork.party.post.PartyPostDtos.PartyServiceLogCreate;
import com.gridwork.party.post.PartyPostDtos.PartyServiceLogView;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.hours.HoursService;
import com.gridwork.volunteer.hours.HoursSource;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Service logged on posts: the member logs it on an ACTIVE claim of theirs, with photos; staff whose scope holds the
 * post (its grid's worker, the community's staff) verify it, which writes one CONFIRMED entry of source POST_SERVICE
 * into the hours ledger in the same transaction, or reject it with a reason. A log is decided once.
 */
@ApplicationScoped
public class PartyServiceLogService {
    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    static final int MAX_PHOTOS = 9;
    /** The ledger's description holds 500 characters. */
    private static final int LEDGER_DESCRIPTION = 500;

    @Inject
    AreaScope scope;

    @Inject
    PartyMemberSelf member;

    @Inject
    PartyPostViews views;

    @Inject
    HoursService hours;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    public record PhotoContent(String contentType, byte[] data) {}

    /** The member logs service on an ACTIVE claim of theirs (claimId of someone else's: a 400 naming it). */
    @Transactional
    public PartyServiceLogView create(PartyServiceLogCreate input) {
        member.requireActive();
        Volunteer self = member.profile().orElseThrow();
        Violations violations = Violations.of(validator.validate(input));
        PartyPostClaim claim = input.claimId() == null
                ? null
                : PartyPostClaim.<PartyPostClaim>findByIdOptional(input.claimId())
                        .filter(c -> c.volunteerId.equals(self.id))
                        .orElse(null);
        if (input.claimId() != null && claim == null) {
            violations.add("claimId", "party.service.claim.not-found", input.claimId());
        }
        LocalDate date = input.serviceDate();
        if (date != null && date.isAfter(BeijingTime.today()) && !violations.has("serviceDate")) {
            violations.add("serviceDate", "party.service.date-future");
        }
        if (date != null
                && claim != null
                && date.isBefore(BeijingTime.dayOf(claim.claimedAt))
                && !violations.has("serviceDate")) {
            violations.add("serviceDate", "party.service.date-before-claim");
        }
        violations.throwIfAny();
        if (claim.status != PartyPostClaimStatus.ACTIVE) {
            throw ApiProblem.conflict("party.post.claim.not-active");
        }
        PartyServiceLog log = new PartyServiceLog();
        log.claimId = claim.id;
        log.postId = claim.postId;
        log.volunteerId = self.id;
        log.areaPath = claim.areaPath;
        log.serviceDate = date;
        log.minutes = input.minutes();
        log.description = Text.strip(input.description());
        log.status = PartyServiceLogStatus.SUBMITTED;
        log.createdAt = Instant.now();
        log.persist();
        em.flush();
        return views.log(log);
    }

    /** A photo of the member's own SUBMITTED log (JPEG, PNG or WebP by content, 5 MB, 9 per log). */
    @Transactional
    public PartyServiceLogView addPhoto(long logId, Path file, long size) {
        PartyServiceLog log = own(logId);
        if (log.status != PartyServiceLogStatus.SUBMITTED) {
            throw ApiProblem.conflict("party.service.already-decided");
        }
        if (PartyServicePhoto.count("logId", log.id) >= MAX_PHOTOS) {
            throw ApiProblem.conflict("party.service.photo.limit", MAX_PHOTOS);
        }
        ImageTypes.Photo upload = ImageTypes.read(file, size, MAX_PHOTO_BYTES, "party.service.photo");
        PartyServicePhoto photo = new PartyServicePhoto();
        photo.logId = log.id;
        photo.contentType = upload.contentType();
        photo.sizeBytes = upload.data().length;
        photo.data = upload.data();
        photo.uploadedById = scope.caller().staffId();
        photo.uploadedAt = Instant.now();
        photo.persist();
        em.flush();
        return views.log(log);
    }

    /** A photo's bytes, for staff whose scope holds the log and for the member who logged it. */
    @Transactional
    public PhotoContent photo(long logId, long photoId) {
        PartyServiceLog log = readable(logId);
        PartyServicePhoto photo = PartyServicePhoto.findById(photoId);
        if (photo == null || !photo.logId.equals(log.id)) {
            throw ApiProblem.notFound("party.service.photo.not-found", photoId);
        }
        return new PhotoContent(photo.contentType, photo.data);
    }

    /**
     * Verifies a SUBMITTED log: one CONFIRMED POST_SERVICE entry in the member's ledger (the ledger's month lock
     * refuses with 409), its id kept on the log. The log's row is locked first, so of two verifications one writes
     * the entry and the other finds it decided (409).
     */
    @Transactional
    public PartyServiceLogView verify(long logId) {
        PartyServiceLog log = decidable(logId);
        PartyPost post = em.find(PartyPost.class, log.postId);
        Area community = post.community;
        String submittedBy = em.createQuery(
                        "select s.username from Staff s, Volunteer v where v.id = :v and s.id = v.staffId",
                        String.class)
                .setParameter("v", log.volunteerId)
                .getResultStream()
                .findFirst()
                .orElse(scope.caller().username());
        log.hoursEntryId = hours.appendConfirmed(new HoursService.ConfirmedInput(
                log.volunteerId,
                HoursSource.POST_SERVICE,
                log.serviceDate,
                log.minutes,
                community.id,
                community.path,
                ledgerDescription(post.title, log.description),
                submittedBy,
                log.createdAt));
        decide(log, PartyServiceLogStatus.VERIFIED, null);
        return views.log(log);
    }

    /** Rejects a SUBMITTED log with a reason; nothing enters the ledger. */
    @Transactional
    public PartyServiceLogView reject(long logId, PartyPostReason input) {
        Violations.of(validator.validate(input)).throwIfAny();
        PartyServiceLog log = decidable(logId);
        decide(log, PartyServiceLogStatus.REJECTED, Text.strip(input.reason()));
        return views.log(log);
    }

    public record Criteria(PartyServiceLogStatus status, Long areaId, LocalDate from, LocalDate to) {}

    /** Logs in the caller's scope (the verification queue: ?status=SUBMITTED), oldest service first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PartyServiceLogView> list(Criteria c, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filter("l.areaPath");
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and("l.areaPath like :path", "path", c.areaId(), id -> scope.find(Area.class, id).path + "%")
                .and("l.status = :status", "status", c.status())
                .and("l.serviceDate >= :from", "from", c.from())
                .and("l.serviceDate <= :to", "to", c.to());
        List<PartyServiceLog> items = PartyServiceLog.<PartyServiceLog>find(
                        "from PartyServiceLog l " + where.clause(),
                        Sort.by("l.serviceDate").and("l.id"),
                        where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(), () -> PartyServiceLog.count("from PartyServiceLog l " + where.clause(), where.params()));
        return new PageResult<>(views.logs(items), page.page, page.size, total);
    }

    /** The calling member's logs, newest service first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyServiceLogView> mine() {
        Volunteer self = member.profile().orElseThrow(() -> ApiProblem.forbidden("party.member.not-reported"));
        return views.logs(PartyServiceLog.list("volunteerId = ?1 order by serviceDate desc, id desc", self.id));
    }

    private PartyServiceLog own(long logId) {
        Volunteer self = member.profile().orElseThrow(() -> ApiProblem.forbidden("party.member.not-reported"));
        return scope.findWhere(PartyServiceLog.class, logId, l -> l.volunteerId.equals(self.id));
    }

    private PartyServiceLog readable(long logId) {
        Long self = member.profile().map(v -> v.id).orElse(null);
        boolean verifier = scope.caller().may(Permission.PARTY_SERVICE_VERIFY);
        return scope.findWhere(
                PartyServiceLog.class,
                logId,
                l -> l.volunteerId.equals(self) || (verifier && scope.caller().covers(l.areaPath)));
    }

    /** A log in the caller's scope, locked, still SUBMITTED (409 otherwise). */
    private PartyServiceLog decidable(long logId) {
        PartyServiceLog log = scope.find(PartyServiceLog.class, logId);
        // a locking read: the status as committed now (a parallel decision is seen here, not the first snapshot)
        String status = (String) em.createNativeQuery("select status from party_service_log where id = :id for update")
                .setParameter("id", log.id)
                .getSingleResult();
        if (PartyServiceLogStatus.valueOf(status) != PartyServiceLogStatus.SUBMITTED) {
            throw ApiProblem.conflict("party.service.already-decided");
        }
        return log;
    }

    private void decide(PartyServiceLog log, PartyServiceLogStatus to, String reason) {
        log.status = to;
        log.rejectReason = reason;
        log.decidedById = scope.caller().staffId();
        log.decidedAt = Instant.now();
        em.flush();
    }

    /** What the ledger shows: the post's title and the member's words, cut to the ledger's length. */
    static String ledgerDescription(String title, String description) {
        String text = title + "：" + description;
        return text.codePointCount(0, text.length()) <= LEDGER_DESCRIPTION
                ? text
                : text.substring(0, text.offsetByCodePoints(0, LEDGER_DESCRIPTION - 1)) + "…";
    }
}
