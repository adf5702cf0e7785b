package com.gridwork.volunteer.activity;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.volunteer.team.VolunteerTeam;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A volunteer activity organised by a team in a community (optionally one of its grids). Its sessions
 * ({@link ActivitySession}) carry the times and posts; {@link #startsAt}/{@link #endsAt} span them.
 */
@Entity
@Table(name = "volunteer_activity")
@NotFoundMessage("volunteer-activity.not-found")
public class Activity extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public VolunteerTeam team;

    @Column(name = "team_id", insertable = false, updatable = false)
    public Long teamId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id")
    public Area community;

    @Column(name = "community_id", insertable = false, updatable = false)
    public Long communityId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_id")
    public Area grid;

    @Column(name = "grid_id", insertable = false, updatable = false)
    public Long gridId;

    /** The grid's path, else the community's. */
    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    @Column(nullable = false, length = 100)
    public String title;

    /** A VOLUNTEER_ACTIVITY_CATEGORY code. */
    @Column(name = "category_code", nullable = false, length = 32)
    public String categoryCode;

    @Column(length = 4000)
    public String description;

    @Column(nullable = false, length = 200)
    public String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "signup_mode", nullable = false, length = 16)
    public SignUpMode signUpMode;

    /** Eligibility: age on the session's day, inclusive; null for no bound. */
    @Column(name = "min_age")
    public Integer minAge;

    @Column(name = "max_age")
    public Integer maxAge;

    /** Eligibility: only current members of the organising team. */
    @Column(name = "members_only", nullable = false)
    public boolean membersOnly;

    /** Eligibility: at least one of these VOLUNTEER_SKILL codes; empty for anyone. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "volunteer_activity_skill", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "code", length = 32)
    public Set<String> skills = new LinkedHashSet<>();

    /** The registry households the activity serves. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "volunteer_activity_beneficiary", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "household_id")
    public Set<Long> beneficiaryHouseholdIds = new LinkedHashSet<>();

    @Column(name = "signup_deadline")
    public Instant signUpDeadline;

    @Column(name = "withdraw_deadline")
    public Instant withdrawDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ActivityStatus status = ActivityStatus.DRAFT;

    @Column(name = "cancel_reason", length = 500)
    public String cancelReason;

    /** The first session's start. */
    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    /** The last session's end. */
    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The username of the account that created it. */
    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
