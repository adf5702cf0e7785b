package com.gridwork.party.post;

import com.gridwork.access.AreaScope;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyMemberReport;
import com.gridwork.party.PartyMemberSelf;
import com.gridwork.party.PartyReportEnded;
import com.gridwork.party.post.PartyPostDtos.PartyPostClaimView;
import com.gridwork.party.post.PartyPostDtos.PartyPostReason;
import com.gridwork.volunteer.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.List;

/**
 * Claims of posts. Capacity holds under parallel claims: every change of a claim's liveness first locks the post's
 * row, then checks and moves {@code claim_count} in the same transaction; one live claim per post and member is
 * also a unique key of the table.
 */
@ApplicationScoped
public class PartyPostClaimService {
    @Inject
    AreaScope scope;

    @Inject
    PartyMemberSelf member;

    @Inject
    PartyPostService posts;

    @Inject
    PartyPostViews views;

    @Inject
    PartyPostLock lock;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /**
     * The calling member claims a post of the community their ACTIVE report is to (403 without one; 404 for a post
     * elsewhere); 409 when the post is not open, already held by them, or full.
     */
    @Transactional
    public PartyPostClaimView claim(long postId) {
        PartyMemberReport report = member.requireActive();
        PartyPost found = scope.findWhere(PartyPost.class, postId, p -> p.communityId.equals(report.communityId));
        PartyPostLock.Locked post = lock.post(found.id);
        boolean held = lock.holds(post.id(), report.volunteerId);
        String refusal = PartyPostRules.claimRefusal(
                post.status(),
                post.termFrom(),
                post.termTo(),
                BeijingTime.today(),
                held,
                post.claimCount(),
                post.capacity());
        if (refusal != null) {
            throw ApiProblem.conflict(refusal, post.capacity());
        }
        PartyPostClaim claim = new PartyPostClaim();
        claim.postId = post.id();
        claim.reportId = report.id;
        claim.volunteerId = report.volunteerId;
        claim.areaPath = found.areaPath;
        claim.status = PartyPostClaimStatus.ACTIVE;
        claim.claimedAt = Instant.now();
        claim.persist();
        lock.count(post.id(), 1);
        em.flush();
        return views.claim(claim);
    }

    /** The member gives up a claim of theirs, with a reason (404 for anyone else's; 409 unless ACTIVE). */
    @Transactional
    public PartyPostClaimView release(long claimId, PartyPostReason input) {
        Volunteer self = member.profile().orElseThrow(() -> ApiProblem.forbidden("party.member.not-reported"));
        PartyPostClaim claim = scope.findWhere(PartyPostClaim.class, claimId, c -> c.volunteerId.equals(self.id));
        return end(claim, PartyPostClaimStatus.RELEASED, reason(input));
    }

    /** The community takes a claim back, with a reason (staff whose scope holds the post). */
    @Transactional
    public PartyPostClaimView revoke(long claimId, PartyPostReason input) {
        PartyPostClaim claim = scope.find(PartyPostClaim.class, claimId);
        return end(claim, PartyPostClaimStatus.REVOKED, reason(input));
    }

    /** A post's claims, live first, newest first (readers of the post). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyPostClaimView> ofPost(long postId) {
        PartyPost post = posts.readable(postId);
        return views.claims(PartyPostClaim.list(
                "postId = ?1 order by case when status = ?2 then 0 else 1 end, claimedAt desc, id desc",
                post.id,
                PartyPostClaimStatus.ACTIVE));
    }

    /** The calling member's claims, live first, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyPostClaimView> mine() {
        Volunteer self = member.profile().orElseThrow(() -> ApiProblem.forbidden("party.member.not-reported"));
        return views.claims(PartyPostClaim.list(
                "volunteerId = ?1 order by case when status = ?2 then 0 else 1 end, claimedAt desc, id desc",
                self.id,
                PartyPostClaimStatus.ACTIVE));
    }

    /** A report stopped being live: its member's live claims end with it (in the same transaction). */
    void onReportEnded(@Observes PartyReportEnded ended) {
        List<PartyPostClaim> live = PartyPostClaim.list(
                "reportId = ?1 and status = ?2 order by postId", ended.reportId(), PartyPostClaimStatus.ACTIVE);
        for (PartyPostClaim claim : live) {
            endLocked(claim, PartyPostClaimStatus.ENDED, null, null);
        }
    }

    /** Ends every live claim of a post whose term is over (the clock, which locked the post already). */
    void endAllOf(PartyPost post) {
        int ended = em.createQuery("update PartyPostClaim c set c.status = :ended, c.endedAt = :now,"
                        + " c.version = c.version + 1 where c.postId = :post and c.status = :active")
                .setParameter("ended", PartyPostClaimStatus.ENDED)
                .setParameter("now", Instant.now())
                .setParameter("post", post.id)
                .setParameter("active", PartyPostClaimStatus.ACTIVE)
                .executeUpdate();
        if (ended > 0) {
            lock.count(post.id, -ended);
        }
    }

    private PartyPostClaimView end(PartyPostClaim claim, PartyPostClaimStatus to, String reason) {
        if (!endLocked(claim, to, reason, scope.caller().staffId())) {
            throw ApiProblem.conflict("party.post.claim.not-active");
        }
        em.refresh(claim);
        return views.claim(claim);
    }

    /** Ends a claim if it is still ACTIVE once its post is locked; false when it ended meanwhile. */
    private boolean endLocked(PartyPostClaim claim, PartyPostClaimStatus to, String reason, Long by) {
        lock.post(claim.postId);
        int changed = em.createQuery(
                        "update PartyPostClaim c set c.status = :to, c.endedAt = :now, c.endReason = :reason,"
                                + " c.endedById = :by, c.version = c.version + 1 where c.id = :id and c.status = :active")
                .setParameter("to", to)
                .setParameter("now", Instant.now())
                .setParameter("reason", reason)
                .setParameter("by", by)
                .setParameter("id", claim.id)
                .setParameter("active", PartyPostClaimStatus.ACTIVE)
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        lock.count(claim.postId, -1);
        return true;
    }

    private String reason(PartyPostReason input) {
        Violations.of(validator.validate(input)).throwIfAny();
        return Text.strip(input.reason());
    }
}
