package com.gridwork.volunteer.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A locked month of a sub-district's ledger: its entries change only through reversals dated in an open month. */
@Entity
@Table(name = "volunteer_hours_month_lock")
public class HoursMonthLock extends PanacheEntityBase {
    /** The sub-district and the month ({@code YYYY-MM}). */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "sub_district_id", nullable = false)
        public Long subDistrictId;

        @Column(name = "month", nullable = false, length = 7)
        public String month;

        public Key() {}

        public Key(Long subDistrictId, String month) {
            this.subDistrictId = subDistrictId;
            this.month = month;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(subDistrictId, k.subDistrictId)
                    && Objects.equals(month, k.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subDistrictId, month);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(name = "locked_by", nullable = false, length = 64)
    public String lockedBy;

    @Column(name = "locked_at", nullable = false)
    public Instant lockedAt;
}
