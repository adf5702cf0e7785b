package com.gridwork.visit;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.pairing.HelperKind;
import com.gridwork.registry.household.Household;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A visit to a household (走访). {@link #visitedAt} is the time the device reports and {@link #receivedAt} the
 * server's; {@link #visitedOn} is visitedAt's day in Beijing time, so two visits on one day count once. A location
 * comes with its accuracy, or the visit says why it has none ({@link #locationMissingReason}).
 */
@Entity
@Table(name = "visit")
@NotFoundMessage("visit.not-found")
public class Visit extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", updatable = false)
    public Household household;

    @Column(name = "household_id", insertable = false, updatable = false)
    public Long householdId;

    @Column(name = "grid_id", nullable = false, updatable = false)
    public Long gridId;

    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(name = "visitor_staff_id", nullable = false, updatable = false)
    public Long visitorStaffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "visitor_kind", nullable = false, length = 16, updatable = false)
    public HelperKind visitorKind;

    @Column(name = "pairing_id", updatable = false)
    public Long pairingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VisitMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VisitOutcome outcome;

    @Column(name = "visited_at", nullable = false)
    public Instant visitedAt;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    /** The time the device says it recorded the visit (header Device-Recorded-At); shown only, never a rule's input. */
    @Column(name = "device_recorded_at", updatable = false)
    public Instant deviceRecordedAt;

    @Column(precision = 9, scale = 6)
    public BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    public BigDecimal longitude;

    @Column(name = "accuracy_meters")
    public Integer accuracyMeters;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_missing_reason", length = 16)
    public LocationMissingReason locationMissingReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "living_conditions", length = 16)
    public LivingConditions livingConditions;

    @Column(length = 2000)
    public String notes;

    @Column(name = "client_ref", length = 64, updatable = false)
    public String clientRef;

    /** The household's residents the visitor saw. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_member", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "resident_id")
    public Set<Long> memberIds = new LinkedHashSet<>();

    /** Needs observed: codes of the VISIT_NEED list. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_need", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "code", length = 32)
    public Set<String> needs = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_answer", joinColumns = @JoinColumn(name = "visit_id"))
    @AttributeOverride(name = "questionId", column = @Column(name = "question_id"))
    @AttributeOverride(name = "questionText", column = @Column(name = "question_text", length = 200))
    @AttributeOverride(name = "answer", column = @Column(name = "answer", length = 500))
    public List<Answer> answers = new ArrayList<>();

    /** An answer to one of the sub-district's questions, with the question's text as it was asked. */
    @Embeddable
    public static class Answer {
        public Long questionId;
        public String questionText;
        public String answer;

        public Answer() {}

        public Answer(Long questionId, String questionText, String answer) {
            this.questionId = questionId;
            this.questionText = questionText;
            this.answer = answer;
        }
    }

    @Override
    public String areaPath() {
        return areaPath;
    }

    /** The visitor sees its own visit wherever the household lies (a helper outside any area scope). */
    @Override
    public boolean answeredBy(long staffId) {
        return visitorStaffId == staffId;
    }
}
