package com.gridwork.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The visitor's reading of the household's living conditions. */
@Schema(name = "VisitLivingConditions")
public enum LivingConditions {
    GOOD,
    FAIR,
    POOR,
    CRITICAL
}
