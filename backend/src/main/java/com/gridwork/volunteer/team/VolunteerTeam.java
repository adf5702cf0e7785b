package com.gridwork.volunteer.team;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.common.persistence.VersionedEntity;
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

import java.time.LocalDate;

/** A volunteer team (志愿服务队) of a community or of the sub-district. */
@Entity
@Table(name = "volunteer_team")
@NotFoundMessage("volunteer-team.not-found")
public class VolunteerTeam extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** A community or a sub-district. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    @Column(name = "area_id", insertable = false, updatable = false)
    public Long areaId;

    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    @Column(nullable = false, length = 100)
    public String name;

    /** A VOLUNTEER_TEAM_TYPE code. */
    @Column(name = "type_code", nullable = false, length = 32)
    public String typeCode;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    /** The team's number in the national volunteer system, when known. */
    @Column(name = "national_number", length = 64)
    public String nationalNumber;

    @Column(length = 1000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TeamStatus status = TeamStatus.ACTIVE;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Column(name = "dissolved_reason", length = 500)
    public String dissolvedReason;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
