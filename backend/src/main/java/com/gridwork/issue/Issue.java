package com.gridwork.issue;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.issue.category.IssueCategory;
import com.gridwork.staff.Staff;
import com.gridwork.talkday.TalkDay;
import com.gridwork.volunteer.team.VolunteerTeam;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** A problem a resident raised, from intake to the resident's word on its resolution. */
@Entity
@Table(name = "issue")
@NotFoundMessage("issue.not-found")
public class Issue extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public IssueCategory category;

    @Column(nullable = false, length = 2000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IssueUrgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IssueChannel channel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "talk_day_id")
    public TalkDay talkDay;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id")
    public Area community;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_id")
    public Area grid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "building_id")
    public Area building;

    @Column(name = "household_id")
    public Long householdId;

    @Column(length = 200)
    public String address;

    /** The path of the most specific known area (building, grid or community), for scope filters. */
    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "reporter_name", nullable = false, length = 64)
    public String reporterName;

    @Embedded
    @AttributeOverride(name = "encrypted", column = @Column(name = "reporter_phone_enc", length = 255))
    @AttributeOverride(name = "hash", column = @Column(name = "reporter_phone_hash", length = 64))
    @AttributeOverride(name = "masked", column = @Column(name = "reporter_phone_masked", length = 32))
    public SealedValue reporterPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IssueStatus status;

    @Column(nullable = false)
    public boolean escalated;

    /** Who took the issue in; never changes. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "received_by_id")
    public Staff receivedBy;

    /** 首问责任人: accountable until the issue is closed or responsibility is formally transferred. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_responsible_id")
    public Staff firstResponsible;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_id")
    public Staff handler;

    /**
     * A volunteer team given the issue instead of a staff handler (then {@link #handler} is null): its leaders take
     * the handler's steps; the first-responsible person stays accountable (deadlines, warnings, notices).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_team_id")
    public VolunteerTeam handlerTeam;

    @Column(name = "handler_team_id", insertable = false, updatable = false)
    public Long handlerTeamId;

    /**
     * A co-building unit given the issue instead of a staff handler or a team: its liaisons take the handler's steps;
     * the first-responsible person stays accountable.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_unit_id")
    public CoBuildUnit handlerUnit;

    @Column(name = "handler_unit_id", insertable = false, updatable = false)
    public Long handlerUnitId;

    /** The visit (走访) the issue was found on (channel VISIT), if any. */
    @Column(name = "visit_id", updatable = false)
    public Long visitId;

    /**
     * The foreign keys as plain columns, for list filters: a condition on the joined (fetched) staff row keeps the
     * database from walking the time index and stopping at a page.
     */
    @Column(name = "handler_id", insertable = false, updatable = false)
    public Long handlerId;

    @Column(name = "first_responsible_id", insertable = false, updatable = false)
    public Long firstResponsibleId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The time the device says it recorded the intake (header Device-Recorded-At); shown only, never a rule's input. */
    @Column(name = "device_recorded_at", updatable = false)
    public Instant deviceRecordedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "warn_at", nullable = false)
    public Instant warnAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    /** The latest resolution; a reopened issue gets a new one when it is resolved again. */
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "rejection_reason", length = 500)
    public String rejectionReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public Satisfaction satisfaction;

    @Column(name = "unsatisfied_count", nullable = false)
    public int unsatisfiedCount;

    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    @Column(name = "overdue_marked_at")
    public Instant overdueMarkedAt;

    /** When the scheduled check saw it turn yellow (70% of its time used) for its current deadline. */
    @Column(name = "due_soon_marked_at")
    public Instant dueSoonMarkedAt;

    @Override
    public String areaPath() {
        return areaPath;
    }

    /** Its first-responsible person and its handler see it wherever it lies (a transfer can take it out of their scope). */
    @Override
    public boolean answeredBy(long staffId) {
        return firstResponsible.id == staffId || (handler != null && handler.id == staffId);
    }

    public Warning warning(Instant now) {
        if (!status.isOpen()) {
            return Warning.NONE;
        }
        if (!now.isBefore(dueAt)) {
            return Warning.RED;
        }
        return now.isBefore(warnAt) ? Warning.NONE : Warning.YELLOW;
    }
}
