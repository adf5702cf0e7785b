package com.gridwork.registry.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One entry in a household's history (its members' moves included); written once, never changed. */
@Entity
@Table(name = "household_event")
public class HouseholdEvent extends PanacheEntityBase {
    @Schema(name = "HouseholdEventKind", description = "What happened to the household or one of its members")
    public enum Kind {
        CREATED,
        UPDATED,
        MOVED,
        MOVED_OUT,
        RESTORED,
        MEMBER_JOINED,
        MEMBER_LEFT,
        MEMBER_UPDATED,
        IMPORTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "household_id", nullable = false)
    public Long householdId;

    @Column(name = "resident_id")
    public Long residentId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Kind kind;

    @Column(length = 500)
    public String detail;

    @Column(name = "from_area_id")
    public Long fromAreaId;

    @Column(name = "to_area_id")
    public Long toAreaId;

    @Column(nullable = false, length = 64)
    public String actor;

    @Column(nullable = false)
    public Instant at;
}
