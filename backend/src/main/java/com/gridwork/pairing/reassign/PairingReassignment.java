package com.gridwork.pairing.reassign;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.pairing.HelperKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One bulk reassignment (批量转交): the active pairings of one helper in an area moved to another helper, with their
 * open obligations. Written once and never changed: it is history. The pairings it started carry its id
 * ({@code pairing.reassignment_id}); the obligations it moved are rows of {@code visit_obligation_move}.
 */
@Entity
@Table(name = "pairing_reassignment")
@NotFoundMessage("pairing-reassignment.not-found")
public class PairingReassignment extends PanacheEntityBase implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The area named in the request; null when the reassignment covered the caller's whole scope. */
    @Column(name = "area_id", updatable = false)
    public Long areaId;

    /** The area named, else the common ancestor of the caller's scope: who may read the record. */
    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_kind", nullable = false, length = 16, updatable = false)
    public HelperKind fromKind;

    @Column(name = "from_staff_id", updatable = false)
    public Long fromStaffId;

    @Column(name = "from_volunteer_id", updatable = false)
    public Long fromVolunteerId;

    @Column(name = "from_name", nullable = false, length = 64, updatable = false)
    public String fromName;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_kind", nullable = false, length = 16, updatable = false)
    public HelperKind toKind;

    @Column(name = "to_staff_id", updatable = false)
    public Long toStaffId;

    @Column(name = "to_volunteer_id", updatable = false)
    public Long toVolunteerId;

    @Column(name = "to_name", nullable = false, length = 64, updatable = false)
    public String toName;

    /** The grid that changed hands, when the area named is a grid. */
    @Column(name = "grid_id", updatable = false)
    public Long gridId;

    @Column(name = "include_grid_obligations", nullable = false, updatable = false)
    public boolean includeGridObligations;

    @Column(nullable = false, length = 500, updatable = false)
    public String reason;

    @Column(name = "pairings_moved", nullable = false)
    public int pairingsMoved;

    /** Open obligations of the moved pairings. */
    @Column(name = "obligations_moved", nullable = false)
    public int obligationsMoved;

    /** Open obligations of the grid's households the helper answered for as its worker (no pairing). */
    @Column(name = "grid_obligations_moved", nullable = false)
    public int gridObligationsMoved;

    @Column(name = "done_by_id", nullable = false, updatable = false)
    public Long doneById;

    @Column(name = "done_at", nullable = false, updatable = false)
    public Instant doneAt;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
