package com.gridwork.cobuild.points;

import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.common.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The one way into a unit's points ledger, for every writer (adjustments and reversals here, project acceptance in
 * the projects part): it refuses an entry dated in a locked month of the unit's sub-district with a 409
 * ({@code cobuild.points.month-locked}) and appends the row. Entries are never changed afterwards. Runs in the
 * caller's transaction (one is required).
 */
@ApplicationScoped
public class CoBuildPointsLedger {
    @Inject
    EntityManager em;

    /** What to append: {@code projectId} for project points, {@code reversesId} for a reversal, else nulls. */
    public record NewEntry(
            long unitId,
            CoBuildPointsKind kind,
            int points,
            LocalDate earnedOn,
            Long projectId,
            Long reversesId,
            String reason,
            long createdById) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public CoBuildPointsEntry append(NewEntry e) {
        CoBuildUnit unit = em.find(CoBuildUnit.class, e.unitId());
        requireOpen(unit.subDistrictId, e.earnedOn());
        CoBuildPointsEntry entry = new CoBuildPointsEntry();
        entry.unitId = unit.id;
        entry.areaPath = unit.areaPath;
        entry.kind = e.kind();
        entry.points = e.points();
        entry.earnedOn = e.earnedOn();
        entry.projectId = e.projectId();
        entry.reversesId = e.reversesId();
        entry.reason = e.reason();
        entry.createdById = e.createdById();
        entry.persist();
        em.flush();
        return entry;
    }

    /**
     * 409 when the month of {@code day} is locked in the sub-district. A locking read: a parallel lock of that month
     * waits until this transaction ends (on MySQL and MariaDB a locking read of a missing key holds its gap).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireOpen(long subDistrictId, LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        boolean locked = !em.createNativeQuery("select month_start from cobuild_points_month_lock"
                        + " where sub_district_id = :s and month_start = :m for update")
                .setParameter("s", subDistrictId)
                .setParameter("m", month)
                .getResultList()
                .isEmpty();
        if (locked) {
            throw ApiProblem.conflict(
                    "cobuild.points.month-locked", YearMonth.from(month).toString());
        }
    }
}
