package com.gridwork.cobuild.unit;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.persistence.VersionedEntity;
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

/**
 * A co-building unit (共驻共建单位) of a sub-district: an agency or firm that pairs with its communities, offers
 * resources, claims projects and wishes, and may handle issues through its liaisons. Its contact phone is personal
 * data: sealed, masked, revealed with a reason.
 */
@Entity
@Table(name = "cobuild_unit")
@NotFoundMessage("cobuild.unit.not-found")
public class CoBuildUnit extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sub_district_id", updatable = false)
    public Area subDistrict;

    @Column(name = "sub_district_id", insertable = false, updatable = false)
    public Long subDistrictId;

    /** The sub-district's path. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 24)
    public OrganisationType unitType;

    @Column(name = "party_org_name", length = 100)
    public String partyOrgName;

    /** The unit's party members in total: the denominator of "members reported / members employed". */
    @Column(name = "party_member_total", nullable = false)
    public int partyMemberTotal;

    @Column(name = "contact_name", length = 64)
    public String contactName;

    /** Null when no phone is on record. */
    @Embedded
    @AttributeOverride(name = "encrypted", column = @Column(name = "contact_phone_enc", length = 255))
    @AttributeOverride(name = "hash", column = @Column(name = "contact_phone_hash", length = 64))
    @AttributeOverride(name = "masked", column = @Column(name = "contact_phone_masked", length = 32))
    public SealedValue contactPhone;

    @Column(length = 255)
    public String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CoBuildUnitStatus status = CoBuildUnitStatus.ACTIVE;

    @Column(name = "status_reason", length = 500)
    public String statusReason;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
