package com.gridwork.wish;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.media.ImageTypes;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Constraints;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.wish.MicroWishDtos.MicroWishClaimView;
import com.gridwork.wish.MicroWishDtos.MicroWishPublicView;
import com.gridwork.wish.MicroWishDtos.MicroWishReason;
import com.gridwork.wish.MicroWishDtos.MicroWishView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Claims of wishes: claiming (one live claim per wish, also between parallel requests: the wish row is locked and
 * the live key is unique), reporting fulfilled with a photo, staff confirming it realised, cancelling (the wish
 * reopens); the open wishes a claimant reaches and its own claims.
 */
@ApplicationScoped
public class MicroWishClaimService {
    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    @Inject
    AreaScope scope;

    @Inject
    MicroWishClaimant claimant;

    @Inject
    MicroWishViews views;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    public record PhotoContent(String contentType, byte[] data) {}

    @Transactional
    public MicroWishClaimView claim(long wishId) {
        // Lock the wish as the transaction's first statement: parallel claims queue here, and each then reads the
        // wish as the one before it left it. (Native: Hibernate's MySQL "for update of" does not parse on MariaDB.)
        em.createNativeQuery("SELECT id FROM micro_wish WHERE id = :id FOR UPDATE")
                .setParameter("id", wishId)
                .getResultList();
        // an account linked to no profile or unit reaches no wish: the same 404 as a wish out of reach
        Optional<MicroWishClaimant.Who> reach = claimant.who();
        MicroWish w = Optional.ofNullable(em.find(MicroWish.class, wishId))
                .filter(x ->
                        reach.map(r -> r.communities().contains(x.communityId)).orElse(false))
                .orElseThrow(() -> ApiProblem.notFound("micro-wish.not-found", wishId));
        MicroWishClaimant.Who who = reach.orElseThrow();
        if (w.status != MicroWishStatus.PUBLISHED) {
            throw ApiProblem.conflict("micro-wish.not-open", w.status.name());
        }
        MicroWishClaim c = new MicroWishClaim();
        c.wish = w;
        c.wishId = w.id;
        c.claimantKind = who.kind();
        c.volunteerId = who.volunteerId();
        c.unitId = who.unitId();
        c.claimantName = who.name();
        c.claimedById = scope.caller().staffId();
        c.status = MicroWishClaimStatus.ACTIVE;
        c.claimedAt = Instant.now();
        try {
            c.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (liveClaimTaken(e)) {
                throw ApiProblem.conflict("micro-wish.not-open", MicroWishStatus.CLAIMED.name());
            }
            throw e;
        }
        w.status = MicroWishStatus.CLAIMED;
        w.touch();
        em.flush();
        return views.claimView(c);
    }

    /** The claimant reports its ACTIVE claim fulfilled, with a photo and a note; staff then confirm. */
    @Transactional
    public MicroWishClaimView fulfil(long claimId, Path file, long size, String note) {
        MicroWishClaim c = own(claimId);
        Violations violations = Violations.of(Set.of());
        ImageTypes.Photo photo = file == null
                ? null
                : violations.check(() -> ImageTypes.read(file, size, MAX_PHOTO_BYTES, "micro-wish.photo"));
        if (file == null) {
            violations.add("file", "micro-wish.photo.missing");
        }
        if (Text.isBlank(note)) {
            violations.add("note", "micro-wish.note.required");
        } else if (note.strip().codePointCount(0, note.strip().length()) > 1000) {
            violations.add("note", "micro-wish.note.too-long", 1000);
        }
        violations.throwIfAny();
        if (c.status != MicroWishClaimStatus.ACTIVE) {
            throw ApiProblem.conflict("micro-wish.claim.not-active", c.status.name());
        }
        Instant now = Instant.now();
        MicroWishPhoto p = new MicroWishPhoto();
        p.claimId = c.id;
        p.contentType = photo.contentType();
        p.sizeBytes = photo.data().length;
        p.data = photo.data();
        p.uploadedById = scope.caller().staffId();
        p.uploadedAt = now;
        p.persist();
        c.status = MicroWishClaimStatus.FULFILLED;
        c.fulfilledAt = now;
        c.fulfilNote = note.strip();
        c.wish.status = MicroWishStatus.FULFILLED;
        c.wish.touch();
        em.flush();
        return views.claimView(c);
    }

    /** Staff where the wish lies confirm a fulfilled claim: the wish is realised today (Beijing). */
    @Transactional
    public MicroWishView confirm(long claimId) {
        MicroWishClaim c = staffs(claimId);
        if (c.status != MicroWishClaimStatus.FULFILLED) {
            throw ApiProblem.conflict("micro-wish.claim.not-fulfilled", c.status.name());
        }
        c.status = MicroWishClaimStatus.REALISED;
        c.endedAt = Instant.now();
        MicroWish w = c.wish;
        w.status = MicroWishStatus.REALISED;
        w.realisedOn = BeijingTime.today();
        w.confirmedById = scope.caller().staffId();
        w.touch();
        em.flush();
        return views.view(w);
    }

    /** The claimant, or staff where the wish lies, cancel a live claim with a reason: the wish reopens. */
    @Transactional
    public MicroWishClaimView cancel(long claimId, MicroWishReason input) {
        MicroWishClaim c = claimant.isClaimantRole() ? own(claimId) : staffs(claimId);
        Violations.of(validator.validate(input)).throwIfAny();
        if (!c.status.live()) {
            throw ApiProblem.conflict("micro-wish.claim.ended", c.status.name());
        }
        c.status = MicroWishClaimStatus.CANCELLED;
        c.endedAt = Instant.now();
        c.cancelReason = Text.strip(input.reason());
        em.flush(); // free the live key before the wish reopens
        c.wish.status = MicroWishStatus.PUBLISHED;
        c.wish.touch();
        em.flush();
        return views.claimView(c);
    }

    /** The published wishes the claimant reaches, newest first (an unlinked account reaches none). */
    @Transactional
    public PageResult<MicroWishPublicView> open(String categoryCode, PageParams page) {
        List<Long> communities =
                claimant.who().map(w -> List.copyOf(w.communities())).orElse(List.of());
        if (communities.isEmpty()) {
            return new PageResult<>(List.of(), page.page, page.size, 0);
        }
        String where =
                "status = ?1 and communityId in ?2" + (Text.isBlank(categoryCode) ? "" : " and categoryCode = ?3");
        Object[] params = Text.isBlank(categoryCode)
                ? new Object[] {MicroWishStatus.PUBLISHED, communities}
                : new Object[] {MicroWishStatus.PUBLISHED, communities, categoryCode.strip()};
        var query = MicroWish.<MicroWish>find(where + " order by publishedAt desc, id desc", params);
        List<MicroWishPublicView> items = query.page(page.page, page.size).list().stream()
                .map(views::publicView)
                .toList();
        return new PageResult<>(items, page.page, page.size, page.total(items.size(), query::count));
    }

    /** The caller's own claims, newest first. */
    @Transactional
    public PageResult<MicroWishClaimView> mine(PageParams page) {
        MicroWishClaimant.Who who = claimant.who().orElse(null);
        if (who == null) {
            return new PageResult<>(List.of(), page.page, page.size, 0);
        }
        var query = who.kind() == MicroWishClaimantKind.UNIT
                ? MicroWishClaim.<MicroWishClaim>find("unitId = ?1 order by id desc", who.unitId())
                : MicroWishClaim.<MicroWishClaim>find(
                        "volunteerId = ?1 and unitId is null order by id desc", who.volunteerId());
        List<MicroWishClaimView> items = query.page(page.page, page.size).list().stream()
                .map(views::claimView)
                .toList();
        return new PageResult<>(items, page.page, page.size, page.total(items.size(), query::count));
    }

    /** The fulfilment photo: for its claimant, and for staff reading wishes where the wish lies. */
    @Transactional
    public PhotoContent photo(long claimId) {
        MicroWishClaim c = claimant.isClaimantRole() ? own(claimId) : readable(claimId);
        return MicroWishPhoto.<MicroWishPhoto>find("claimId = ?1 order by id desc", c.id)
                .firstResultOptional()
                .map(p -> new PhotoContent(p.contentType, p.data))
                .orElseThrow(() -> ApiProblem.notFound("micro-wish.photo.not-found", claimId));
    }

    /** A claim of the calling claimant; any other is a 404. */
    private MicroWishClaim own(long claimId) {
        Optional<MicroWishClaimant.Who> who = claimant.who();
        return scope.findWhere(
                MicroWishClaim.class, claimId, c -> who.map(w -> w.owns(c)).orElse(false));
    }

    /** A claim of a wish where the staff caller manages wishes; 404 outside the scope. */
    private MicroWishClaim staffs(long claimId) {
        Caller caller = scope.caller();
        if (!caller.may(Permission.MICRO_WISHES_MANAGE)) {
            throw ApiProblem.forbidden("micro-wish.staff-only");
        }
        return scope.find(MicroWishClaim.class, claimId);
    }

    private MicroWishClaim readable(long claimId) {
        return scope.find(MicroWishClaim.class, claimId);
    }

    private static boolean liveClaimTaken(PersistenceException e) {
        return Constraints.violated(e, "uq_wish_claim_live");
    }
}
