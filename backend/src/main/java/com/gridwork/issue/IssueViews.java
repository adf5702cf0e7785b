package com.gridwork.issue;

import com.gridwork.registry.household.Household;
import com.gridwork.registry.RegistryViews;
import com.gridwork.issue.IssueDtos.IssueSummary;
import com.gridwork.issue.IssueDtos.StaffRef;
import com.gridwork.staff.Staff;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Entity → DTO mapping for issues; the reporter's phone only masked. */
final class IssueViews {
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(IssueDeadlines.ZONE);
    private static final int SUMMARY_LENGTH = 80;

    private IssueViews() {
    }

    static String number(Issue issue) {
        return "Q" + NUMBER_DATE.format(issue.receivedAt) + "-" + String.format("%06d", issue.id);
    }

    static StaffRef ref(Staff staff) {
        return staff == null ? null : new StaffRef(staff.id, staff.displayName);
    }

    /** The households of these issues by id, in one query, for their location text. */
    static Map<Long, Household> households(Collection<Issue> issues) {
        List<Long> ids = issues.stream().map(i -> i.householdId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Household.<Household>list("from Household h left join fetch h.building where h.id in ?1", ids).stream()
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
    }

    static String locationText(Issue issue, Household household) {
        if (household != null) {
            return RegistryViews.displayAddress(household);
        }
        StringBuilder text = new StringBuilder();
        if (issue.building != null) {
            text.append(issue.building.name);
        }
        if (issue.address != null) {
            text.append(text.isEmpty() ? "" : " ").append(issue.address);
        }
        if (text.isEmpty()) {
            text.append(issue.grid != null ? issue.grid.name : issue.community.name);
        }
        return text.toString();
    }

    static IssueSummary summary(Issue i, Household household, Instant now) {
        String summary = i.description.length() > SUMMARY_LENGTH ? i.description.substring(0, SUMMARY_LENGTH) + "…" : i.description;
        return new IssueSummary(i.id, number(i), i.category.id, i.category.name, summary, i.status, i.urgency, i.channel,
                i.warning(now), i.community.id, i.community.name, i.grid == null ? null : i.grid.id,
                i.grid == null ? null : i.grid.name, locationText(i, household), i.reporterName, ref(i.firstResponsible),
                ref(i.handler), i.receivedAt, i.dueAt, i.resolvedAt, i.closedAt, i.escalated,
                i.talkDay == null ? null : i.talkDay.id, i.version);
    }

    static List<IssueSummary> summaries(List<Issue> issues, Instant now) {
        Map<Long, Household> households = households(issues);
        return issues.stream().map(i -> summary(i, i.householdId == null ? null : households.get(i.householdId), now)).toList();
    }
}
