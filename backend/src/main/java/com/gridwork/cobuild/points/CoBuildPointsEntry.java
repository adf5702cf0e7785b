package com.gridwork.cobuild.points;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of a unit's append-only points ledger: never updated or deleted. A correction is a
 * {@link CoBuildPointsKind#REVERSAL} (points negated, {@link #reversesId} set). A project earns each kind once (a
 * unique key), so a project accepted twice in parallel awards once.
 */
@Entity
@Table(name = "cobuild_points_entry")
@NotFoundMessage("cobuild.points.not-found")
public class CoBuildPointsEntry extends PanacheEntityBase implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    public Long unitId;

    /** The unit's sub-district path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    public CoBuildPointsKind kind;

    @Column(nullable = false, updatable = false)
    public int points;

    /** Decides the ranking period the entry counts in. */
    @Column(name = "earned_on", nullable = false, updatable = false)
    public LocalDate earnedOn;

    @Column(name = "project_id", updatable = false)
    public Long projectId;

    @Column(name = "reverses_id", updatable = false)
    public Long reversesId;

    @Column(length = 500, updatable = false)
    public String reason;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    public Long createdById;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
    }

    @Override
    public String areaPath() {
        return areaPath;
    }
}
