package com.gridwork.cobuild.agreement;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.cobuild.unit.CoBuildUnit;
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
import java.util.List;

/**
 * A pairing agreement between a co-building unit and a community (结对共建协议). "Paired units" of a community are
 * the units with an ACTIVE agreement with it ({@link #pairedUnitIds}): they get first claim on its projects.
 */
@Entity
@Table(name = "cobuild_agreement")
@NotFoundMessage("cobuild.agreement.not-found")
public class CoBuildAgreement extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Column(name = "term_from", nullable = false)
    public LocalDate termFrom;

    @Column(name = "term_to", nullable = false)
    public LocalDate termTo;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CoBuildAgreementStatus status = CoBuildAgreementStatus.PROPOSED;

    @Column(name = "end_reason", length = 500)
    public String endReason;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** The agreement this one renews. */
    @Column(name = "renews_id", updatable = false)
    public Long renewsId;

    @Column(length = 2000)
    public String content;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    public Long createdById;

    @Override
    public String areaPath() {
        return areaPath;
    }

    /** The units paired with a community now: those with an ACTIVE agreement with it. */
    public static List<Long> pairedUnitIds(long communityId) {
        return getEntityManager()
                .createQuery(
                        "select distinct a.unitId from CoBuildAgreement a where a.communityId = :community"
                                + " and a.status = :active order by a.unitId",
                        Long.class)
                .setParameter("community", communityId)
                .setParameter("active", CoBuildAgreementStatus.ACTIVE)
                .getResultList();
    }

    /** Whether a unit is paired with a community now. */
    public static boolean paired(long unitId, long communityId) {
        return count(
                        "unitId = ?1 and communityId = ?2 and status = ?3",
                        unitId,
                        communityId,
                        CoBuildAgreementStatus.ACTIVE)
                > 0;
    }
}
