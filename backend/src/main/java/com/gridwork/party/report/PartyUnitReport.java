package com.gridwork.party.report;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.party.PartyReportStatus;
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

/**
 * A unit's party organisation reporting to a community for a year (单位报到), with its party members in total at the
 * time: the same lifecycle as a member's report ({@link PartyReportLifecycle}), one live report per unit, community
 * and year (a generated unique key).
 */
@Entity
@Table(name = "party_unit_report")
@NotFoundMessage("party.unit-report.not-found")
public class PartyUnitReport extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_year", nullable = false, updatable = false)
    public int reportYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    public CoBuildUnit unit;

    @Column(name = "unit_id", insertable = false, updatable = false)
    public Long unitId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", updatable = false)
    public Area community;

    @Column(name = "community_id", insertable = false, updatable = false)
    public Long communityId;

    /** The community's path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(name = "party_org_name", nullable = false, length = 100)
    public String partyOrgName;

    @Column(name = "party_member_total", nullable = false)
    public int partyMemberTotal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PartyReportStatus status = PartyReportStatus.SUBMITTED;

    @Column(name = "status_reason", length = 500)
    public String statusReason;

    @Column(name = "previous_id", updatable = false)
    public Long previousId;

    @Column(name = "submitted_by_id", nullable = false, updatable = false)
    public Long submittedById;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "decided_by_id")
    public Long decidedById;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "ended_by_id")
    public Long endedById;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
