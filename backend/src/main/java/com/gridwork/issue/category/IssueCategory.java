package com.gridwork.issue.category;

import com.gridwork.access.NotFoundMessage;
import com.gridwork.access.SubDistrictOwned;
import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of problem with its time limit in working days; platform defaults have no sub-district. */
@Entity
@Table(name = "issue_category")
@NotFoundMessage("issue.category.not-found")
public class IssueCategory extends VersionedEntity implements SubDistrictOwned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sub_district_id")
    public Long subDistrictId;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 64)
    public String name;

    /** The English name; null falls back to {@link #name}. */
    @Column(name = "name_en", length = 64)
    public String nameEn;

    @Column(name = "time_limit_days", nullable = false)
    public int timeLimitDays;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Override
    public Long subDistrictId() {
        return subDistrictId;
    }
}
