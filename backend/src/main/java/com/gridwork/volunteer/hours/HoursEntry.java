package com.gridwork.volunteer.hours;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.volunteer.Volunteer;
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
import java.time.LocalDate;

/**
 * An entry of the append-only hours ledger. Its minutes, date and source never change; only its status moves once,
 * SUBMITTED to CONFIRMED or REJECTED. A correction is a {@link HoursSource#REVERSAL} entry (minutes negated,
 * {@link #reversesId} set) plus a new entry. The activity's community, team and category are copied so that
 * statistics read this one table.
 */
@Entity
@Table(name = "volunteer_hours_entry")
@NotFoundMessage("volunteer-hours.not-found")
public class HoursEntry extends PanacheEntityBase implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", updatable = false)
    public Volunteer volunteer;

    @Column(name = "volunteer_id", insertable = false, updatable = false)
    public Long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    public HoursSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public HoursStatus status = HoursStatus.SUBMITTED;

    @Column(name = "service_date", nullable = false, updatable = false)
    public LocalDate serviceDate;

    /** Negative only for a reversal. */
    @Column(nullable = false, updatable = false)
    public int minutes;

    @Column(name = "activity_id", updatable = false)
    public Long activityId;

    @Column(name = "session_id", updatable = false)
    public Long sessionId;

    @Column(name = "signup_id", updatable = false)
    public Long signUpId;

    @Column(name = "team_id", updatable = false)
    public Long teamId;

    @Column(name = "category_code", length = 32, updatable = false)
    public String categoryCode;

    /** The activity's community, else the volunteer's. */
    @Column(name = "community_id", nullable = false, updatable = false)
    public Long communityId;

    /** That community's path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    /** For a reversal: the entry it reverses. */
    @Column(name = "reverses_id", updatable = false)
    public Long reversesId;

    @Column(length = 500, updatable = false)
    public String description;

    /** A self-report's evidence (a description, a link). */
    @Column(length = 1000, updatable = false)
    public String evidence;

    @Column(name = "submitted_by", nullable = false, length = 64, updatable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "reject_reason", length = 500)
    public String rejectReason;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
