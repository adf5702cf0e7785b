package com.gridwork.cobuild.list;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A resource a unit offers to its sub-district's communities (资源清单). */
@Entity
@Table(name = "cobuild_resource")
@NotFoundMessage("cobuild.resource.not-found")
public class CoBuildResource extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    public Long unitId;

    /** The unit's sub-district path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(name = "field_code", nullable = false, length = 32)
    public String fieldCode;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(length = 2000)
    public String description;

    @Column(length = 200)
    public String quantity;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    @Column(name = "available_to")
    public LocalDate availableTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CoBuildResourceStatus status = CoBuildResourceStatus.AVAILABLE;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    public Long createdById;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
