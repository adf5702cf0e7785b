package com.gridwork.wish;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.registry.RegistryViews;
import com.gridwork.wish.MicroWishDtos.MicroWishClaimSummary;
import com.gridwork.wish.MicroWishDtos.MicroWishClaimView;
import com.gridwork.wish.MicroWishDtos.MicroWishDelivery;
import com.gridwork.wish.MicroWishDtos.MicroWishHousehold;
import com.gridwork.wish.MicroWishDtos.MicroWishPublicView;
import com.gridwork.wish.MicroWishDtos.MicroWishSummary;
import com.gridwork.wish.MicroWishDtos.MicroWishView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Entity → DTO mapping of wishes and claims: staff see the beneficiary, claimants the masked name. */
@ApplicationScoped
public class MicroWishViews {
    @Inject
    EntityManager em;

    public MicroWishView view(MicroWish w) {
        List<MicroWishClaim> claims = MicroWishClaim.list("wishId = ?1 order by id desc", w.id);
        Set<Long> withPhoto = withPhoto(claims.stream().map(c -> c.id).toList());
        List<MicroWishClaimSummary> summaries =
                claims.stream().map(c -> summary(c, withPhoto.contains(c.id))).toList();
        MicroWishClaimSummary live =
                summaries.stream().filter(c -> c.status().live()).findFirst().orElse(null);
        return new MicroWishView(
                w.id,
                new MicroWishHousehold(
                        w.householdId, RegistryViews.displayAddress(w.household), AreaRef.of(w.household.grid)),
                AreaRef.of(w.community),
                w.residentId,
                w.categoryCode,
                w.title,
                w.description,
                w.beneficiaryName,
                w.beneficiaryMasked,
                w.status,
                w.wishDeadline,
                w.publishedAt,
                w.realisedOn,
                w.takenDownReason,
                live,
                summaries,
                w.version);
    }

    public MicroWishSummary summary(MicroWish w, String claimantName) {
        return new MicroWishSummary(
                w.id,
                AreaRef.of(w.community),
                AreaRef.of(w.grid),
                RegistryViews.displayAddress(w.household),
                w.categoryCode,
                w.title,
                w.beneficiaryName,
                w.status,
                w.wishDeadline,
                w.publishedAt,
                w.realisedOn,
                claimantName,
                w.version);
    }

    public MicroWishPublicView publicView(MicroWish w) {
        return new MicroWishPublicView(
                w.id,
                AreaRef.of(w.community),
                w.categoryCode,
                w.title,
                w.description,
                w.beneficiaryMasked,
                w.status,
                w.wishDeadline,
                w.publishedAt);
    }

    /** The claimant's view; the beneficiary and the address only while the claim is live. */
    public MicroWishClaimView claimView(MicroWishClaim c) {
        MicroWish w = c.wish;
        MicroWishDelivery delivery = c.status.live()
                ? new MicroWishDelivery(w.beneficiaryName, RegistryViews.displayAddress(w.household), w.grid.name)
                : null;
        return new MicroWishClaimView(
                c.id,
                publicView(w),
                c.claimantKind,
                c.claimantName,
                c.status,
                c.claimedAt,
                c.fulfilledAt,
                c.fulfilNote,
                !withPhoto(List.of(c.id)).isEmpty(),
                c.endedAt,
                c.cancelReason,
                delivery,
                c.version);
    }

    private static MicroWishClaimSummary summary(MicroWishClaim c, boolean hasPhoto) {
        return new MicroWishClaimSummary(
                c.id,
                c.claimantKind,
                c.volunteerId,
                c.unitId,
                c.claimantName,
                c.status,
                c.claimedAt,
                c.fulfilledAt,
                c.fulfilNote,
                hasPhoto,
                c.endedAt,
                c.cancelReason,
                c.version);
    }

    private Set<Long> withPhoto(List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                em.createQuery("select distinct p.claimId from MicroWishPhoto p where p.claimId in :ids", Long.class)
                        .setParameter("ids", claimIds)
                        .getResultList());
    }
}
