package com.gridwork.visit;

import com.gridwork.common.media.ImageTypes;
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

/** A photo taken on a visit; its type is recognised from the content, as for issue photos. */
@Entity
@Table(name = "visit_photo")
public class VisitPhoto extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "visit_id", nullable = false, updatable = false)
    public Long visitId;

    @Column(name = "content_type", nullable = false, length = 32, updatable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    public byte[] data;

    @Column(name = "uploaded_by_id", nullable = false, updatable = false)
    public Long uploadedById;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;

    /** Keeps a photo (its type already recognised from the content) on the visit. */
    static VisitPhoto store(long visitId, ImageTypes.Photo upload, long uploadedById, Instant at) {
        VisitPhoto photo = new VisitPhoto();
        photo.visitId = visitId;
        photo.contentType = upload.contentType();
        photo.sizeBytes = upload.data().length;
        photo.data = upload.data();
        photo.uploadedById = uploadedById;
        photo.uploadedAt = at;
        photo.persist();
        return photo;
    }
}
