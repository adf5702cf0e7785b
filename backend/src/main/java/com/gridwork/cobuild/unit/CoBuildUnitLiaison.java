package com.gridwork.cobuild.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A unit-liaison sign-in account (a staff row of the role unit-liaison) and the one unit it acts for. */
@Entity
@Table(name = "cobuild_unit_liaison")
public class CoBuildUnitLiaison extends PanacheEntityBase {
    @Id
    @Column(name = "staff_id")
    public Long staffId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
    }

    /** The sign-in accounts acting for a unit (for its notices). */
    public static List<Long> accountsOf(long unitId) {
        return getEntityManager()
                .createQuery(
                        "select l.staffId from CoBuildUnitLiaison l where l.unitId = :unit order by l.staffId",
                        Long.class)
                .setParameter("unit", unitId)
                .getResultList();
    }
}
