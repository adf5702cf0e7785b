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

/** A request for more working days; the deadline moves only when a manager approves it. */
@Entity
@Table(name = "issue_extension")
public class IssueExtension extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "IssueExtensionStatus")
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "issue_id", nullable = false)
    public Long issueId;

    @Column(nullable = false)
    public int days;

    @Column(nullable = false, length = 500)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status = Status.PENDING;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requested_by_id")
    public Staff requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    public Staff decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_comment", length = 500)
    public String decisionComment;

    @Column(name = "previous_due_at")
    public Instant previousDueAt;

    @Column(name = "new_due_at")
    public Instant newDueAt;
}
