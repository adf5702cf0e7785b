package com.gridwork.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One exception to the weekday rule; it belongs to the calendar_year of its date. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {
    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public CalendarDayKind kind;

    @Column(length = 64)
    public String name;
}
