package com.gridwork.party.post;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A member's claim of a post; one ACTIVE claim per post and member (the table's generated live_key is unique). */
@Entity
@Table(name = "party_post_claim")
@NotFoundMessage("party.post.claim.not-found")
public class PartyPostClaim extends PanacheEntityBase implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "post_id", nullable = false, updatable = false)
    public Long postId;

    @Column(name = "report_id", nullable = false, updatable = false)
    public Long reportId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public Long volunteerId;

    /** The post's area path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PartyPostClaimStatus status = PartyPostClaimStatus.ACTIVE;

    @Column(name = "claimed_at", nullable = false, updatable = false)
    public Instant claimedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason", length = 500)
    public String endReason;

    @Column(name = "ended_by_id")
    public Long endedById;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
