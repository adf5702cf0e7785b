package com.gridwork.cobuild.project;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A co-building project of a community (项目清单): the needs it addresses and the resources it uses (the chain of the
 * three lists), its claim by a unit, and its acceptance. Its lifecycle is {@link ProjectLifecycle}'s.
 */
@Entity
@Table(name = "cobuild_project")
@NotFoundMessage("cobuild.project.not-found")
public class CoBuildProject extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "community_id", nullable = false, updatable = false)
    public Long communityId;

    /** The community's path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(name = "field_code", nullable = false, length = 32)
    public String fieldCode;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(length = 2000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CoBuildProjectStatus status = CoBuildProjectStatus.DRAFT;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "approved_by_id")
    public Long approvedById;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** The last day (a working day) the paired units have the claim to themselves. */
    @Column(name = "claim_deadline")
    public LocalDate claimDeadline;

    @Column(name = "opened_to_all_at")
    public Instant openedToAllAt;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "claimed_in_time", nullable = false)
    public boolean claimedInTime;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "rework_count", nullable = false)
    public int reworkCount;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by_id")
    public Long acceptedById;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public CoBuildProjectSatisfaction satisfaction;

    @Column(name = "acceptance_note", length = 1000)
    public String acceptanceNote;

    /** Why it was rejected, sent back for rework (the last time) or cancelled. */
    @Column(name = "status_reason", length = 500)
    public String statusReason;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    public Long createdById;

    @ElementCollection
    @CollectionTable(name = "cobuild_project_need", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "need_id", nullable = false)
    public Set<Long> needIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "cobuild_project_resource", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "resource_id", nullable = false)
    public Set<Long> resourceIds = new LinkedHashSet<>();

    @Override
    public String areaPath() {
        return areaPath;
    }
}
