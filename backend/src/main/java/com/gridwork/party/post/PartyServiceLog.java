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
import java.time.LocalDate;

/** Service a member logged on a claimed post; verified once into the hours ledger ({@link #hoursEntryId}). */
@Entity
@Table(name = "party_service_log")
@NotFoundMessage("party.service.not-found")
public class PartyServiceLog extends PanacheEntityBase implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "claim_id", nullable = false, updatable = false)
    public Long claimId;

    @Column(name = "post_id", nullable = false, updatable = false)
    public Long postId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public Long volunteerId;

    /** The post's area path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(name = "service_date", nullable = false, updatable = false)
    public LocalDate serviceDate;

    @Column(nullable = false, updatable = false)
    public int minutes;

    @Column(nullable = false, length = 1000, updatable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PartyServiceLogStatus status = PartyServiceLogStatus.SUBMITTED;

    @Column(name = "decided_by_id")
    public Long decidedById;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "reject_reason", length = 500)
    public String rejectReason;

    @Column(name = "hours_entry_id")
    public Long hoursEntryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
