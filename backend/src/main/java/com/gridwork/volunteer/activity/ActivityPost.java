package com.gridwork.volunteer.activity;

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

/**
 * A post (岗位) of a session with its capacity. {@link #acceptedCount} is raised only by a conditional UPDATE
 * ({@code accepted_count < capacity}) so that capacity holds under parallel sign-ups; never set it from Java.
 */
@Entity
@Table(name = "volunteer_post")
public class ActivityPost extends VersionedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    public ActivitySession session;

    @Column(name = "session_id", insertable = false, updatable = false)
    public Long sessionId;

    @Column(nullable = false, length = 64)
    public String name;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "accepted_count", nullable = false, insertable = false, updatable = false)
    public int acceptedCount;
}
