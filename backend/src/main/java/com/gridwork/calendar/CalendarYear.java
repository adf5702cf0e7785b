package com.gridwork.calendar;

import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A year whose holidays and adjusted working days have been entered, for the platform default (no sub-district) or
 * as a sub-district's own version of the year; its version guards the whole year's list.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends VersionedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Null for a year of the platform default, which every sub-district without its own entry follows. */
    @Column(name = "sub_district_id")
    public Long subDistrictId;

    @Column(nullable = false)
    public int year;

    /** Where the dates come from, e.g. the State Council notice. */
    @Column(length = 200)
    public String source;

    /** The year as entered for this sub-district (null: for the platform default), or null when it has no entry. */
    static CalendarYear entered(Long subDistrictId, int year) {
        return subDistrictId == null
                ? CalendarYear.<CalendarYear>find("subDistrictId is null and year = ?1", year)
                        .firstResult()
                : CalendarYear.<CalendarYear>find("subDistrictId = ?1 and year = ?2", subDistrictId, year)
                        .firstResult();
    }
}
