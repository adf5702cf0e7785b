package com.gridwork.party;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.cobuild.unit.OrganisationType;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.volunteer.Volunteer;
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
 * An in-service party member's yearly report (报到) to a community. The person is their volunteer profile (one
 * person, one hours ledger); {@link #residentId} links the registry when they live in the sub-district. One live
 * report per member and year (a generated unique key).
 */
@Entity
@Table(name = "party_member_report")
@NotFoundMessage("party.report.not-found")
public class PartyMemberReport extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_year", nullable = false, updatable = false)
    public int reportYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", updatable = false)
    public Volunteer volunteer;

    @Column(name = "volunteer_id", insertable = false, updatable = false)
    public Long volunteerId;

    @Column(name = "resident_id")
    public Long residentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", updatable = false)
    public Area community;

    @Column(name = "community_id", insertable = false, updatable = false)
    public Long communityId;

    /** The community's path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(nullable = false, length = 100)
    public String employer;

    @Column(name = "employer_party_org", length = 100)
    public String employerPartyOrg;

    @Enumerated(EnumType.STRING)
    @Column(name = "employer_type", nullable = false, length = 24)
    public OrganisationType employerType;

    /** The employer when it is a registered co-building unit. */
    @Column(name = "unit_id")
    public Long unitId;

    @Column(length = 500)
    public String skills;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PartyReportStatus status = PartyReportStatus.SUBMITTED;

    @Column(name = "status_reason", length = 500)
    public String statusReason;

    /** Last year's report this one was prefilled from, or the report transferred out to this community. */
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
