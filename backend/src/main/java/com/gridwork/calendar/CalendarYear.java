package com.gridwork.calendar;

import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose holidays and adjusted working days have been entered; its version guards the whole year's list. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends VersionedEntity {
    @Id
    public int year;

    /** Where the dates come from, e.g. the State Council notice. */
    @Column(length = 200)
    public String source;
}
