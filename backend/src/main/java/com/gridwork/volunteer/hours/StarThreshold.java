package com.gridwork.volunteer.hours;

import com.gridwork.access.NotFoundMessage;
import com.gridwork.access.SubDistrictOwned;
import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The confirmed hours from which a volunteer holds a star (星级志愿者, 1 to 5): the platform defaults
 * (sub-district null) unless the volunteer's sub-district has its own five.
 */
@Entity
@Table(name = "volunteer_star_level")
@NotFoundMessage("volunteer-star.not-found")
public class StarThreshold extends VersionedEntity implements SubDistrictOwned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sub_district_id")
    public Long subDistrictId;

    @Column(nullable = false)
    public int star;

    @Column(name = "min_hours", nullable = false)
    public int minHours;

    @Override
    public Long subDistrictId() {
        return subDistrictId;
    }
}
