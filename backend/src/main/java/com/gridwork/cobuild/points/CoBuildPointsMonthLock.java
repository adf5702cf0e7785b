package com.gridwork.cobuild.points;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A month of a sub-district's points ledger closed for entries dated in it. */
@Entity
@Table(name = "cobuild_points_month_lock")
public class CoBuildPointsMonthLock extends PanacheEntityBase {
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "sub_district_id", nullable = false)
        public Long subDistrictId;

        /** The first day of the month. */
        @Column(name = "month_start", nullable = false)
        public LocalDate monthStart;

        public Key() {}

        public Key(Long subDistrictId, LocalDate monthStart) {
            this.subDistrictId = subDistrictId;
            this.monthStart = monthStart;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(subDistrictId, k.subDistrictId)
                    && Objects.equals(monthStart, k.monthStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subDistrictId, monthStart);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(name = "locked_by_id", nullable = false)
    public Long lockedById;

    @Column(name = "locked_at", nullable = false)
    public Instant lockedAt;
}
