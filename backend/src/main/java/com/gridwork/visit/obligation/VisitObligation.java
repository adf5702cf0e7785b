package com.gridwork.visit.obligation;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One household's obligation under a rule for a period (under a PAIRED rule, one per pairing). {@link #status} is
 * what happened; whether it is due or overdue today is {@link ObligationState}'s to say, the one function the API,
 * the screens and the reports share.
 */
@Entity
@Table(name = "visit_obligation")
@NotFoundMessage("visit-obligation.not-found")
public class VisitObligation extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "period_id", nullable = false, updatable = false)
    public Long periodId;

    @Column(name = "rule_id", nullable = false, updatable = false)
    public Long ruleId;

    @Column(name = "household_id", nullable = false, updatable = false)
    public Long householdId;

    @Column(name = "grid_id", nullable = false)
    public Long gridId;

    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    /** The grid's worker at period start or the pairing's helper account; null when nobody was (never dropped). */
    @Column(name = "responsible_staff_id")
    public Long responsibleStaffId;

    @Column(name = "pairing_id")
    public Long pairingId;

    @Column(name = "pairing_type_code", length = 32, updatable = false)
    public String pairingTypeCode;

    @Column(name = "starts_on", nullable = false, updatable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    public LocalDate endsOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    public LocalDate dueOn;

    @Column(name = "visits_required", nullable = false, updatable = false)
    public int visitsRequired;

    /** Distinct days with a completed visit that counts. */
    @Column(name = "completed_days", nullable = false)
    public int completedDays;

    /** Distinct days with attempts only (nobody home, refused, wrong address). */
    @Column(name = "attempt_days", nullable = false)
    public int attemptDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ObligationStatus status = ObligationStatus.OPEN;

    @Column(name = "satisfied_on")
    public LocalDate satisfiedOn;

    @Column(name = "last_visit_id")
    public Long lastVisitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_applicable_reason", length = 24)
    public NotApplicableReason notApplicableReason;

    @Column(name = "not_applicable_note", length = 500)
    public String notApplicableNote;

    @Column(name = "not_applicable_on")
    public LocalDate notApplicableOn;

    @Override
    public String areaPath() {
        return areaPath;
    }

    /** The responsible person answers for the obligation wherever it lies (a helper outside any scope). */
    @Override
    public boolean answeredBy(long staffId) {
        return responsibleStaffId != null && responsibleStaffId == staffId;
    }
}
