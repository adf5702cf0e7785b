package com.gridwork.issue.photo;

import com.gridwork.common.media.ImageTypes;
import com.gridwork.staff.Staff;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A photo of the problem, kept in the database with the issue so that backups and scope cover it. */
@Entity
@Table(name = "issue_photo")
public class IssuePhoto extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "issue_id", nullable = false)
    public Long issueId;

    @Column(name = "content_type", nullable = false, length = 32)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] data;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id")
    public Staff uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** Keeps a photo (its type already recognised from the content) on the issue. */
    public static IssuePhoto store(long issueId, ImageTypes.Photo upload, Staff uploadedBy, Instant at) {
        IssuePhoto photo = new IssuePhoto();
        photo.issueId = issueId;
        photo.contentType = upload.contentType();
        photo.sizeBytes = upload.data().length;
        photo.data = upload.data();
        photo.uploadedBy = uploadedBy;
        photo.uploadedAt = at;
        photo.persist();
        return photo;
    }
}
