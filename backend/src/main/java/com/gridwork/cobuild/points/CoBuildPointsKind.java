package com.gridwork.cobuild.points;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a unit's points changed: a project it claimed was accepted, it claimed a project of a paired community before
 * the claim deadline, staff adjusted (with a reason), or an earlier entry was reversed.
 */
@Schema(name = "CoBuildPointsKind")
public enum CoBuildPointsKind {
    PROJECT_COMPLETED,
    TIMELY_CLAIM_BONUS,
    ADJUSTMENT,
    REVERSAL;

    /** Points a unit earns when a project it claimed is accepted. */
    public static final int PROJECT_COMPLETED_POINTS = 10;

    /** Bonus when that project was claimed in time by a unit paired with its community. */
    public static final int TIMELY_CLAIM_BONUS_POINTS = 5;
}
