package com.gridwork.volunteer.activity;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A session (场次) of an activity: its times, and posts ({@link ActivityPost}) with their capacities. */
@Entity
@Table(name = "volunteer_session")
@NotFoundMessage("volunteer-session.not-found")
public class ActivitySession extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    public Activity activity;

    @Column(name = "activity_id", insertable = false, updatable = false)
    public Long activityId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** Seeds the rotating check-in code; never leaves the server (64 hex characters, random per session). */
    @Column(name = "checkin_secret", nullable = false, length = 64)
    public String checkInSecret;

    @Override
    public String areaPath() {
        return activity.areaPath;
    }
}
