package com.gridwork.issue;

import com.gridwork.staff.Staff;
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

import java.time.Instant;

/** One entry on an issue's timeline; written once, never changed. A null actor is the system (the overdue job). */
@Entity
@Table(name = "issue_event")
public class IssueEvent extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "IssueEventType")
    public enum Type {
        RECEIVED,
        EDITED,
        ACCEPTED,
        REJECTED,
        ASSIGNED,
        STARTED,
        RESOLVED,
        CLOSED,
        REOPENED,
        ESCALATED,
        TRANSFERRED,
        COMMENTED,
        EXTENSION_REQUESTED,
        EXTENSION_APPROVED,
        EXTENSION_REJECTED,
        PHOTO_ADDED,
        PHOTO_REMOVED,
        OVERDUE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "issue_id", nullable = false)
    public Long issueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Type type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public IssueStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    public IssueStatus toStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public Staff actor;

    @Column(nullable = false)
    public Instant at;

    /** The time the device says it recorded this step (header Device-Recorded-At); shown only, never a rule's input. */
    @Column(name = "device_recorded_at", updatable = false)
    public Instant deviceRecordedAt;

    @Column(length = 1000)
    public String comment;

    /** What the event is about, for display: the new handler's name, the satisfaction, the extension's days. */
    @Column(length = 500)
    public String detail;
}
