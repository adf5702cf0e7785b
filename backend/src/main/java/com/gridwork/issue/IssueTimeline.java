package com.gridwork.issue;

import com.gridwork.access.AreaScope;
import com.gridwork.common.http.DeviceTime;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;

import static com.gridwork.common.Text.blankToNull;

/** Writes the events of an issue's timeline, for intake, the workflow and photos alike: who, when, what. */
@ApplicationScoped
public class IssueTimeline {
    @Inject
    AreaScope scope;

    @Inject
    IssueViews views;

    @Inject
    EntityManager em;

    @Inject
    DeviceTime deviceTime;

    /** Records a change that does not move the issue (a comment, a photo, an extension) and answers its detail. */
    public IssueDetail record(Issue issue, IssueEvent.Type type, String comment, String detail) {
        em.flush();
        write(issue, type, null, null, comment, detail);
        return views.detail(issue);
    }

    /** One event by the caller; flush the issue first, so that a new one has its id. */
    void write(Issue issue, IssueEvent.Type type, IssueStatus from, IssueStatus to, String comment, String detail) {
        IssueEvent event = new IssueEvent();
        event.issueId = issue.id;
        event.type = type;
        event.fromStatus = from;
        event.toStatus = to;
        event.actor = Staff.findById(scope.caller().staffId());
        event.at = Instant.now();
        event.deviceRecordedAt = deviceTime.recordedAt();
        event.comment = blankToNull(comment);
        event.detail = detail;
        event.persist();
    }
}
