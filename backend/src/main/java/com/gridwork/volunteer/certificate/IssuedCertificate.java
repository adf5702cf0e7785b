package com.gridwork.volunteer.certificate;

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
 * A row of the certificate register: the number issued for a volunteer's certified period and content. Never
 * changed but for the print count of a reprint.
 */
@Entity
@Table(name = "volunteer_certificate")
public class IssuedCertificate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sub_district_id", nullable = false, updatable = false)
    public Long subDistrictId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(nullable = false, updatable = false)
    public int serial;

    @Column(nullable = false, length = 64, updatable = false)
    public String number;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public Long volunteerId;

    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(name = "period_from", nullable = false, updatable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    public LocalDate periodTo;

    @Column(name = "total_minutes", nullable = false, updatable = false)
    public long totalMinutes;

    @Column(name = "line_count", nullable = false, updatable = false)
    public int lineCount;

    @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
    public String contentHash;

    @Column(nullable = false, length = 200, updatable = false)
    public String issuer;

    @Column(name = "issued_on", nullable = false, updatable = false)
    public LocalDate issuedOn;

    @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    public Instant issuedAt;

    @Column(name = "print_count", nullable = false)
    public int printCount;

    @Column(name = "last_printed_at", nullable = false)
    public Instant lastPrintedAt;
}
