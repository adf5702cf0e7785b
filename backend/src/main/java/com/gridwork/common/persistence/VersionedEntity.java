package com.gridwork.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;

/** A mutable record: its version is the ETag of the API and guards against lost updates. */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Marks the record as changed by an update, so that its version moves even when only a collection (tags)
     * changed, which Hibernate does not count as a change of the owner.
     */
    public void touch() {
        updatedAt = Instant.now();
    }

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now();
    }
}
