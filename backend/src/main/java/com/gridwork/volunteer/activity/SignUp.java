package com.gridwork.volunteer.activity;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.volunteer.Volunteer;
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

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A volunteer's sign-up for a post of a session, and its attendance. While live (pending, accepted, waitlisted) a
 * volunteer holds at most one per session (the database's unique live key).
 */
@Entity
@Table(name = "volunteer_signup")
@NotFoundMessage("volunteer-signup.not-found")
public class SignUp extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    public Activity activity;

    @Column(name = "activity_id", insertable = false, updatable = false)
    public Long activityId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    public ActivitySession session;

    @Column(name = "session_id", insertable = false, updatable = false)
    public Long sessionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    public ActivityPost post;

    @Column(name = "post_id", insertable = false, updatable = false)
    public Long postId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id")
    public Volunteer volunteer;

    @Column(name = "volunteer_id", insertable = false, updatable = false)
    public Long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SignUpStatus status;

    /** Sign-up order, and so waitlist order (ties by id). */
    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    /** Why it was rejected or removed. */
    @Column(length = 500)
    public String reason;

    @Column(name = "decided_by", length = 64)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public AttendanceMark attendance;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "checked_out_at")
    public Instant checkedOutAt;

    /** Where the phone said it was, when it said (never required). */
    @Column(name = "check_in_lat", precision = 9, scale = 6)
    public BigDecimal checkInLatitude;

    @Column(name = "check_in_lng", precision = 9, scale = 6)
    public BigDecimal checkInLongitude;

    @Column(name = "check_out_lat", precision = 9, scale = 6)
    public BigDecimal checkOutLatitude;

    @Column(name = "check_out_lng", precision = 9, scale = 6)
    public BigDecimal checkOutLongitude;

    /** The organiser who marked the attendance by hand, when one did. */
    @Column(name = "marked_by", length = 64)
    public String markedBy;

    @Override
    public String areaPath() {
        return activity.areaPath;
    }
}
