package com.gridwork.upload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A photo uploaded ahead of the record that will hold it: its uploader's only, until it expires. Using it copies it
 * into the record's photos and drops its bytes here; the row stays until it expires, so that a second use is told
 * apart from an unknown id.
 */
@Entity
@Table(name = "photo_upload")
public class PhotoUpload extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "uploader_id", nullable = false, updatable = false)
    public Long uploaderId;

    @Column(name = "content_type", nullable = false, length = 32, updatable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] data;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    /** When a visit or an issue took it; null while it waits. */
    @Column(name = "used_at")
    public Instant usedAt;
}
