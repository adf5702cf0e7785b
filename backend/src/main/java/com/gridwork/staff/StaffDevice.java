package com.gridwork.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A device a staff account syncs its offline work from, as it reported itself at its last successful sync. */
@Entity
@Table(name = "staff_device")
public class StaffDevice extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "staff_id", nullable = false, updatable = false)
    public long staffId;

    /** Made on the device (a UUID), kept in its local database until the worker signs out there. */
    @Column(name = "device_id", nullable = false, length = 36, updatable = false)
    public String deviceId;

    @Column(nullable = false, length = 120)
    public String label;

    @Column(name = "user_agent", length = 255)
    public String userAgent;

    /** Outbox items the device still held when it last synced. */
    @Column(name = "unsent_count", nullable = false)
    public int unsentCount;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    public Instant firstSeenAt;

    @Column(name = "last_sync_at", nullable = false)
    public Instant lastSyncAt;
}
