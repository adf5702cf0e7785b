package com.gridwork.cobuild.project;

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

/** An evidence photo of a milestone; its type is recognised from the content, as for visit photos. */
@Entity
@Table(name = "cobuild_milestone_photo")
public class CoBuildMilestonePhoto extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "milestone_id", nullable = false, updatable = false)
    public Long milestoneId;

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
}
