package com.gridwork.wish;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A claim of a wish by a party member, a volunteer or a unit. The database keeps one live claim per wish: its
 * generated {@code live_key} is the wish's id while the claim is ACTIVE or FULFILLED, and unique.
 */
@Entity
@Table(name = "micro_wish_claim")
@NotFoundMessage("micro-wish.claim.not-found")
public class MicroWishClaim extends PanacheEntityBase implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "wish_id", updatable = false)
    public MicroWish wish;

    @Column(name = "wish_id", insertable = false, updatable = false)
    public Long wishId;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimant_kind", nullable = false, length = 16, updatable = false)
    public MicroWishClaimantKind claimantKind;

    @Column(name = "volunteer_id", updatable = false)
    public Long volunteerId;

    @Column(name = "unit_id", updatable = false)
    public Long unitId;

    @Column(name = "claimant_name", nullable = false, length = 100, updatable = false)
    public String claimantName;

    @Column(name = "claimed_by_id", nullable = false, updatable = false)
    public Long claimedById;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MicroWishClaimStatus status = MicroWishClaimStatus.ACTIVE;

    @Column(name = "claimed_at", nullable = false, updatable = false)
    public Instant claimedAt;

    @Column(name = "fulfilled_at")
    public Instant fulfilledAt;

    @Column(name = "fulfil_note", length = 1000)
    public String fulfilNote;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "cancel_reason", length = 500)
    public String cancelReason;

    @Version
    @Column(nullable = false)
    public long version;

    @Override
    public String areaPath() {
        return wish.areaPath;
    }
}
