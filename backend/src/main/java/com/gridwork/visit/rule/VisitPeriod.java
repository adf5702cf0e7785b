package com.gridwork.visit.rule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of a rule whose obligations exist, written once when it starts: the denominator is fixed then
 * ({@link #householdCount}). {@link #dueOn} is the period's last working day in the sub-district's calendar.
 */
@Entity
@Table(name = "visit_period")
public class VisitPeriod extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rule_id", nullable = false, updatable = false)
    public Long ruleId;

    @Column(name = "starts_on", nullable = false, updatable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    public LocalDate endsOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    public LocalDate dueOn;

    @Column(name = "generated_at", nullable = false, updatable = false)
    public Instant generatedAt;

    @Column(name = "household_count", nullable = false)
    public int householdCount;
}
