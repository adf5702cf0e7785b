package com.gridwork.pairing;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.registry.household.Household;
import jakarta.persistence.Column;
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

import java.time.Instant;
import java.time.LocalDate;

/**
 * A helper paired with a household, or with one resident of it (结对帮扶). History is kept as dated rows: a pairing is
 * never edited into another helper; it ends ({@link #validTo}, {@link #endReason}) and a new one continues it
 * ({@link #reassignedFromId}). The helper acts through a sign-in account ({@link #helperStaffId}): a staff member's
 * own, a volunteer's; {@link #helperRefId} names a party member or a unit once they exist.
 */
@Entity
@Table(name = "pairing")
@NotFoundMessage("pairing.not-found")
public class Pairing extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", updatable = false)
    public Household household;

    @Column(name = "household_id", insertable = false, updatable = false)
    public Long householdId;

    @Column(name = "resident_id", updatable = false)
    public Long residentId;

    /** The household's grid, copied (and moved with the household) for lists by grid. */
    @Column(name = "grid_id", nullable = false)
    public Long gridId;

    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    /** A code of the PAIRING_TYPE list. */
    @Column(name = "type_code", nullable = false, length = 32, updatable = false)
    public String typeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "helper_kind", nullable = false, length = 16, updatable = false)
    public HelperKind helperKind;

    /** The account the helper signs in with and visits under; null for a helper without one. */
    @Column(name = "helper_staff_id", updatable = false)
    public Long helperStaffId;

    @Column(name = "helper_volunteer_id", updatable = false)
    public Long helperVolunteerId;

    @Column(name = "helper_ref_id", updatable = false)
    public Long helperRefId;

    /** The helper's name when paired. */
    @Column(name = "helper_name", nullable = false, length = 64, updatable = false)
    public String helperName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PairingStatus status = PairingStatus.ACTIVE;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** The planned end while active (null: open-ended); the day it ended once ended. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 24)
    public PairingEndReason endReason;

    @Column(name = "end_note", length = 500)
    public String endNote;

    @Column(name = "ended_by_id")
    public Long endedById;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "reassigned_from_id", updatable = false)
    public Long reassignedFromId;

    @Column(length = 1000)
    public String notes;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    public Long createdById;

    @Override
    public String areaPath() {
        return areaPath;
    }

    /** The helper answers for the household while paired: it sees the pairing wherever it lies. */
    @Override
    public boolean answeredBy(long staffId) {
        return status == PairingStatus.ACTIVE && helperStaffId != null && helperStaffId == staffId;
    }
}
