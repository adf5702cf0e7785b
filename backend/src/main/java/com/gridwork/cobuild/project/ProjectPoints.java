package com.gridwork.cobuild.project;

import com.gridwork.cobuild.points.CoBuildPointsKind;
import com.gridwork.cobuild.points.CoBuildPointsLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * The points an accepted project earns its unit, appended to the unit's ledger in the acceptance's transaction:
 * PROJECT_COMPLETED, and TIMELY_CLAIM_BONUS when a paired unit claimed it in time. The ledger's unique key
 * (project_id, kind) keeps a project from earning a kind twice.
 */
@ApplicationScoped
public class ProjectPoints {
    @Inject
    CoBuildPointsLedger ledger;

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

    /** Through the ledger's one writer, which refuses an entry dated in a locked month (409). */
    void append(CoBuildProject p, CoBuildPointsKind kind, int points, LocalDate earnedOn, long staffId) {
        ledger.append(new CoBuildPointsLedger.NewEntry(p.unitId, kind, points, earnedOn, p.id, null, null, staffId));
    }
}
