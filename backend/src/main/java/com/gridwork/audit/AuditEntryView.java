package com.gridwork.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "AuditEntryView")
public record AuditEntryView(
        long id,
        Instant at,
        String actorUsername,

        @Schema(
                description =
                        "Who acted, as people read it: their display name (the username once the account is gone)")
        String actorName,

        AuditEntry.Action action,
        @Schema(nullable = true) String subjectType,
        @Schema(nullable = true) Long subjectId,
        @Schema(nullable = true) String subjectLabel,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) String detail) {}
