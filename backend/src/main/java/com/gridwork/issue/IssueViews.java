package com.gridwork.issue;

import com.gridwork.access.AreaScope;
import com.gridwork.issue.IssueDtos.Action;
import com.gridwork.issue.IssueDtos.EventView;
import com.gridwork.issue.IssueDtos.ExtensionView;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.issue.IssueDtos.IssueSummary;
import com.gridwork.issue.IssueDtos.LocationView;
import com.gridwork.issue.IssueDtos.PhotoView;
import com.gridwork.issue.IssueDtos.ReporterView;
import com.gridwork.issue.IssueDtos.StaffRef;
import com.gridwork.issue.IssueDtos.TeamRef;
import com.gridwork.issue.IssueDtos.UnitRef;
import com.gridwork.registry.RegistryViews;
import com.gridwork.registry.household.Household;
import com.gridwork.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entity → DTO mapping for issues; the reporter's phone only masked. A summary needs only the issue (and its
 * household); the detail reads the timeline, extensions and photos and asks the workflow what the caller may do.
 */
@ApplicationScoped
class IssueViews {
    private static final DateTimeFormatter NUMBER_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(IssueDeadlines.ZONE);
    private static final int SUMMARY_LENGTH = 80;

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    HandlerTeams teams;

    @Inject
    IssueHandlers handlers;

    static String number(Issue issue) {
        return "Q" + NUMBER_DATE.format(issue.receivedAt) + "-" + String.format("%06d", issue.id);
    }

    static StaffRef ref(Staff staff) {
        return staff == null ? null : new StaffRef(staff.id, staff.displayName);
    }

    /** The households of these issues by id, in one query, for their location text. */
    static Map<Long, Household> households(Collection<Issue> issues) {
        List<Long> ids = issues.stream()
                .map(i -> i.householdId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
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
        String summary = i.description.length() > SUMMARY_LENGTH
                ? i.description.substring(0, SUMMARY_LENGTH) + "…"
                : i.description;
        return new IssueSummary(
                i.id,
                number(i),
                i.category.id,
                i.category.name,
                i.category.nameEn,
                summary,
                i.status,
                i.urgency,
                i.channel,
                i.warning(now),
                i.community.id,
                i.community.name,
                i.grid == null ? null : i.grid.id,
                i.grid == null ? null : i.grid.name,
                locationText(i, household),
                i.reporterName,
                ref(i.firstResponsible),
                ref(i.handler),
                i.handlerTeam == null ? null : new TeamRef(i.handlerTeam.id, i.handlerTeam.name),
                i.handlerUnit == null ? null : new UnitRef(i.handlerUnit.id, i.handlerUnit.name),
                i.receivedAt,
                i.dueAt,
                i.resolvedAt,
                i.closedAt,
                i.escalated,
                i.talkDay == null ? null : i.talkDay.id,
                i.version);
    }

    static List<IssueSummary> summaries(List<Issue> issues, Instant now) {
        Map<Long, Household> households = households(issues);
        return issues.stream()
                .map(i -> summary(i, i.householdId == null ? null : households.get(i.householdId), now))
                .toList();
    }

    IssueDetail detail(Issue i) {
        Instant now = Instant.now();
        Household household = i.householdId == null ? null : Household.findById(i.householdId);
        List<EventView> events = IssueEvent.<IssueEvent>list(
                        "from IssueEvent e left join fetch e.actor where e.issueId = ?1 order by e.id", i.id)
                .stream()
                .map(e -> new EventView(
                        e.id,
                        e.type,
                        e.fromStatus,
                        e.toStatus,
                        ref(e.actor),
                        e.at,
                        e.deviceRecordedAt,
                        e.comment,
                        e.detail))
                .toList();
        List<IssueExtension> extensionRows = IssueExtension.list(
                "from IssueExtension x join fetch x.requestedBy left join fetch x.decidedBy"
                        + " where x.issueId = ?1 order by x.id",
                i.id);
        List<ExtensionView> extensions = extensionRows.stream()
                .map(x -> new ExtensionView(
                        x.id,
                        x.days,
                        x.reason,
                        x.status,
                        ref(x.requestedBy),
                        x.requestedAt,
                        ref(x.decidedBy),
                        x.decidedAt,
                        x.decisionComment,
                        x.previousDueAt,
                        x.newDueAt))
                .toList();
        List<PhotoView> photos = em.createQuery(
                        "select new " + PhotoView.class.getName()
                                + "(p.id, p.contentType, p.sizeBytes, new " + StaffRef.class.getName()
                                + "(s.id, s.displayName), p.uploadedAt) from IssuePhoto p join p.uploadedBy s where p.issueId = :id order by p.id",
                        PhotoView.class)
                .setParameter("id", i.id)
                .getResultList();
        boolean pending = extensionRows.stream().anyMatch(x -> x.status == IssueExtension.Status.PENDING);
        List<Action> allowed =
                IssueWorkflow.allowed(i, scope.caller(), handlers.actingFor(scope.caller()), pending, photos.size());
        String talkDayTitle = i.talkDay == null
                ? null
                : i.talkDay.date + " " + (i.talkDay.topic == null ? i.talkDay.place : i.talkDay.topic);
        return new IssueDetail(
                summary(i, household, now),
                i.description,
                new ReporterView(
                        i.residentId, i.reporterName, i.reporterPhone == null ? null : i.reporterPhone.masked()),
                new LocationView(
                        i.householdId,
                        household == null ? null : RegistryViews.displayAddress(household),
                        i.building == null ? null : i.building.id,
                        i.building == null ? null : i.building.name,
                        i.address),
                ref(i.receivedBy),
                i.handlerTeam == null
                        ? List.of()
                        : teams.leaders(List.of(i.handlerTeam.id)).getOrDefault(i.handlerTeam.id, List.of()),
                talkDayTitle,
                i.warnAt,
                i.acceptedAt,
                i.rejectionReason,
                i.satisfaction,
                i.reopenCount,
                i.category.timeLimitDays,
                events,
                extensions,
                photos,
                allowed,
                i.visitId,
                i.deviceRecordedAt);
    }
}
