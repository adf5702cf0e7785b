package com.gridwork.visit.rule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The two rules every sub-district starts with: every household by its grid worker each half-year; every paired household by its helper each month. */
@Schema(name = "DefaultVisitRule")
public enum DefaultVisitRule {
    GRID_HALF_YEAR,
    PAIRED_MONTHLY
}
