package com.gridwork.wish;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.registry.household.Household;
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

import java.time.Instant;
import java.time.LocalDate;

/** A micro-wish (微心愿) of a registered household, entered by staff and published with the beneficiary masked. */
@Entity
@Table(name = "micro_wish")
@NotFoundMessage("micro-wish.not-found")
public class MicroWish extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", updatable = false)
    public Household household;

    @Column(name = "household_id", insertable = false, updatable = false)
    public Long householdId;

    /** The one person the wish is for; null when it is the household's (its head is named). */
    @Column(name = "resident_id")
    public Long residentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_id", updatable = false)
    public Area grid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", updatable = false)
    public Area community;

    @Column(name = "community_id", insertable = false, updatable = false)
    public Long communityId;

    /** The household's path (its building's or grid's). */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(name = "category_code", nullable = false, length = 32)
    public String categoryCode;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(length = 1000)
    public String description;

    @Column(name = "beneficiary_name", nullable = false, length = 64)
    public String beneficiaryName;

    @Column(name = "beneficiary_masked", nullable = false, length = 64)
    public String beneficiaryMasked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MicroWishStatus status = MicroWishStatus.PUBLISHED;

    @Column(name = "wish_deadline")
    public LocalDate wishDeadline;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** The Beijing day staff confirmed the wish realised. */
    @Column(name = "realised_on")
    public LocalDate realisedOn;

    @Column(name = "confirmed_by_id")
    public Long confirmedById;

    @Column(name = "taken_down_reason", length = 500)
    public String takenDownReason;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    public Long createdById;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
