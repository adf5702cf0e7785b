package com.gridwork.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One exception to the weekday rule; it belongs to the calendar_year (of one owner) of its date. */
@Entity
@Table(name = "calendar_day")
@IdClass(CalendarDay.Key.class)
public class CalendarDay extends PanacheEntityBase {
    @Id
    @Column(name = "calendar_year_id")
    public long calendarYearId;

    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public CalendarDayKind kind;

    @Column(length = 64)
    public String name;

    /** The days of one entered year, in date order. */
    static List<CalendarDay> of(CalendarYear year) {
        return CalendarDay.list("calendarYearId = ?1 order by day", year.id);
    }

    public record Key(long calendarYearId, LocalDate day) implements Serializable {}
}
