package com.gridwork.cobuild.project;

import com.gridwork.cobuild.points.CoBuildPointsEntry;
import com.gridwork.cobuild.points.CoBuildPointsKind;
import com.gridwork.cobuild.unit.CoBuildUnit;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * The points an accepted project earns its unit, appended to the unit's ledger in the acceptance's transaction:
 * PROJECT_COMPLETED, and TIMELY_CLAIM_BONUS when a paired unit claimed it in time. The ledger's unique key
 * (project_id, kind) keeps a project from earning a kind twice.
 */
@ApplicationScoped
public class ProjectPoints {
    public void awardAcceptance(CoBuildProject p, LocalDate earnedOn, long staffId) {
        append(p, CoBuildPointsKind.PROJECT_COMPLETED, CoBuildPointsKind.PROJECT_COMPLETED_POINTS, earnedOn, staffId);
        if (p.claimedInTime) {
            append(
                    p,
                    CoBuildPointsKind.TIMELY_CLAIM_BONUS,
                    CoBuildPointsKind.TIMELY_CLAIM_BONUS_POINTS,
                    earnedOn,
                    staffId);
        }
    }

    /** The one place a project writes to the points ledger (the ledger's own service may take it over). */
    void append(CoBuildProject p, CoBuildPointsKind kind, int points, LocalDate earnedOn, long staffId) {
        CoBuildUnit unit = CoBuildUnit.findById(p.unitId);
        CoBuildPointsEntry e = new CoBuildPointsEntry();
        e.unitId = unit.id;
        e.areaPath = unit.areaPath;
        e.kind = kind;
        e.points = points;
        e.earnedOn = earnedOn;
        e.projectId = p.id;
        e.createdById = staffId;
        e.persist();
    }
}
