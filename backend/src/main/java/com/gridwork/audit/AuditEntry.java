package com.gridwork.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * Who saw or took personal data, when and why, and who changed platform-wide settings (the working calendar) or
 * the API clients (third-party systems) and their access. Holds no personal data and no secret itself.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {
    @Schema(name = "AuditAction", description = "What an audit entry records")
    public enum Action {
        REVEAL_ID_CARD,
        REVEAL_PHONE,
        EXPORT,
        IMPORT,
        UPDATE_CALENDAR,
        API_CLIENT_CREATE,
        API_CLIENT_UPDATE,
        API_CLIENT_ROTATE_SECRET,
        API_CLIENT_DISABLE,
        API_CLIENT_ENABLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_staff_id")
    public Long actorStaffId;

    @Column(name = "actor_username", nullable = false, length = 64)
    public String actorUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Action action;

    @Column(name = "subject_type", length = 32)
    public String subjectType;

    @Column(name = "subject_id")
    public Long subjectId;

    @Column(name = "subject_label", length = 128)
    public String subjectLabel;

    @Column(length = 500)
    public String reason;

    @Column(length = 1000)
    public String detail;

    @Column(name = "area_path", length = 255)
    public String areaPath;
}
