package com.gridwork.issue;

import com.gridwork.common.i18n.Localizable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where an issue stands. The allowed moves between them live in {@link IssueWorkflow}. */
@Schema(name = "IssueStatus")
public enum IssueStatus implements Localizable {
    RECEIVED,
    ACCEPTED,
    REJECTED,
    ASSIGNED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    /** The states in which the deadline clock runs. */
    public static final Set<IssueStatus> OPEN = EnumSet.of(RECEIVED, ACCEPTED, ASSIGNED, IN_PROGRESS);

    /** {@link #OPEN} as an SQL list for native queries: {@code 'RECEIVED','ACCEPTED',...}. */
    public static final String OPEN_SQL =
            OPEN.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    @Override
    public String messageKey() {
        return "issue.status." + name();
    }
}
