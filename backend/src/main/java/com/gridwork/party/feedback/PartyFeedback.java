package com.gridwork.party.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The community's rating and comment on one confirmed report (反馈单). The form's figures are not stored: they are
 * computed from the hours ledger, the post claims and the wish claims whenever the form is read.
 */
@Entity
@Table(name = "party_feedback")
public class PartyFeedback extends PanacheEntityBase {
    @Id
    @Column(name = "report_id")
    public Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PartyFeedbackRating rating;

    @Column(length = 1000)
    public String comment;

    @Column(name = "rated_by_id", nullable = false)
    public Long ratedById;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
