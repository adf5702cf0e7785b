package com.gridwork.issue;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Permission;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.Text;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.issue.IssueDtos.Action;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.issue.IssueHappened.What;
import com.gridwork.registry.household.HouseholdDtos;
import com.gridwork.registry.household.HouseholdDtos.Revealed;
import com.gridwork.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

import static com.gridwork.common.Text.blankToNull;

/**
 * The workflow steps on an issue: accept or reject, assign, start, resolve, the resident's answer, escalation,
 * transfer of first responsibility, comments, extensions, and revealing the reporter's phone. Each loads the issue
 * through {@link IssueService#acting}, which checks If-Match, the state and the person ({@link IssueWorkflow}).
 */
@ApplicationScoped
public class IssueActions {
    @Inject
    AreaScope scope;

    @Inject
    IssueService issues;

    @Inject
    IssueDeadlines deadlines;

    @Inject
    IssueTimeline timeline;

    @Inject
    IssueViews views;

    @Inject
    HandlerTeams teams;

    @Inject
    HandlerUnits units;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    Event<IssueHappened> happened;

    @Transactional
    public IssueDetail accept(long id, String ifMatch, String comment) {
        Issue issue = issues.acting(id, ifMatch, Action.ACCEPT);
        issue.acceptedAt = Instant.now();
        return move(issue, Action.ACCEPT, IssueEvent.Type.ACCEPTED, comment, null);
    }

    @Transactional
    public IssueDetail reject(long id, String ifMatch, String reason) {
        Issue issue = issues.acting(id, ifMatch, Action.REJECT);
        issue.rejectionReason = Text.strip(reason);
        return move(issue, Action.REJECT, IssueEvent.Type.REJECTED, reason, null);
    }

    /**
     * Gives the issue to a staff handler or (instead) to a volunteer team, whose leaders then take the handler's
     * steps, or to a co-building unit, whose liaisons do; exactly one of the three.
     */
    @Transactional
    public IssueDetail assign(
            long id, String ifMatch, Long handlerId, Long handlerTeamId, Long handlerUnitId, String comment) {
        long named = Stream.of(handlerId, handlerTeamId, handlerUnitId)
                .filter(Objects::nonNull)
                .count();
        if (named != 1) {
            // none: the staff handler is missing; several: name the first of the extra ones
            String field = named == 0
                    ? "handlerId"
                    : handlerTeamId != null && handlerId != null ? "handlerTeamId" : "handlerUnitId";
            throw ApiProblem.invalidField(field, "issue.assign.handler-or-team");
        }
        Issue issue = issues.acting(id, ifMatch, Action.ASSIGN);
        issue.handler = null;
        issue.handlerTeam = null;
        issue.handlerUnit = null;
        String to;
        if (handlerTeamId != null) {
            issue.handlerTeam = teams.forIssue(handlerTeamId, issue.community, "handlerTeamId");
            to = issue.handlerTeam.name;
        } else if (handlerUnitId != null) {
            issue.handlerUnit = units.forIssue(handlerUnitId, issue.community, "handlerUnitId");
            to = issue.handlerUnit.name;
        } else {
            issue.handler = issues.colleague(handlerId, issue.community, "handlerId");
            to = issue.handler.displayName;
        }
        IssueDetail detail = move(issue, Action.ASSIGN, IssueEvent.Type.ASSIGNED, comment, to);
        tell(What.ASSIGNED, issue, null);
        return detail;
    }

    @Transactional
    public IssueDetail start(long id, String ifMatch, String comment) {
        return move(issues.acting(id, ifMatch, Action.START), Action.START, IssueEvent.Type.STARTED, comment, null);
    }

    @Transactional
    public IssueDetail resolve(long id, String ifMatch, String comment) {
        Issue issue = issues.acting(id, ifMatch, Action.RESOLVE);
        issue.resolvedAt = Instant.now();
        return move(issue, Action.RESOLVE, IssueEvent.Type.RESOLVED, comment, null);
    }

    /** The resident's word: satisfied (or basically) closes the issue, unsatisfied sends it back to the handler. */
    @Transactional
    public IssueDetail feedback(long id, String ifMatch, Satisfaction satisfaction, String comment) {
        Issue issue = issues.acting(id, ifMatch, Action.CLOSE);
        if (satisfaction == Satisfaction.UNSATISFIED) {
            issue.unsatisfiedCount++;
            issue.reopenCount++;
            // The resolution did not hold: the issue is open again on its original deadline.
            issue.resolvedAt = null;
            issue.overdueMarkedAt = null;
            IssueDetail detail =
                    move(issue, Action.CLOSE, satisfaction, IssueEvent.Type.REOPENED, comment, satisfaction.name());
            tell(What.REOPENED, issue, null);
            return detail;
        }
        issue.satisfaction = satisfaction;
        issue.closedAt = Instant.now();
        return move(issue, Action.CLOSE, satisfaction, IssueEvent.Type.CLOSED, comment, satisfaction.name());
    }

    /** Hands the issue up to the sub-district: back to accepted, without a handler, for a street-admin to assign. */
    @Transactional
    public IssueDetail escalate(long id, String ifMatch, String reason) {
        Issue issue = issues.acting(id, ifMatch, Action.ESCALATE);
        issue.escalated = true;
        issue.handler = null;
        issue.handlerTeam = null;
        issue.handlerUnit = null;
        IssueDetail detail = move(issue, Action.ESCALATE, IssueEvent.Type.ESCALATED, reason, null);
        tell(What.ESCALATED, issue, null);
        return detail;
    }

    /** Formally hands first responsibility to someone else; the original receiver stays on record. */
    @Transactional
    public IssueDetail transfer(long id, String ifMatch, long toStaffId, String reason) {
        Issue issue = issues.acting(id, ifMatch, Action.TRANSFER);
        Staff to = issues.colleague(toStaffId, issue.community, "toStaffId");
        if (to.id.equals(issue.firstResponsible.id)) {
            throw ApiProblem.invalidField("toStaffId", "issue.transfer.same-person");
        }
        String detail = issue.firstResponsible.displayName + " → " + to.displayName;
        issue.firstResponsible = to;
        issue.touch();
        IssueDetail result = timeline.record(issue, IssueEvent.Type.TRANSFERRED, reason, detail);
        tell(What.TRANSFERRED, issue, to.id);
        return result;
    }

    @Transactional
    public IssueDetail comment(long id, String comment) {
        Issue issue = issues.acting(id, null, Action.COMMENT);
        return timeline.record(issue, IssueEvent.Type.COMMENTED, comment, null);
    }

    @Transactional
    public IssueDetail requestExtension(long id, String ifMatch, int days, String reason) {
        Issue issue = issues.acting(id, ifMatch, Action.REQUEST_EXTENSION);
        if (pendingExtension(issue.id) != null) {
            throw ApiProblem.conflict("issue.extension.pending");
        }
        IssueExtension extension = new IssueExtension();
        extension.issueId = issue.id;
        extension.days = days;
        extension.reason = Text.strip(reason);
        extension.requestedBy = Staff.findById(scope.caller().staffId());
        extension.requestedAt = Instant.now();
        extension.persist();
        issue.touch();
        return timeline.record(issue, IssueEvent.Type.EXTENSION_REQUESTED, reason, Integer.toString(days));
    }

    /** Approving moves the deadline by the requested working days after the current last day; both are recorded. */
    @Transactional
    public IssueDetail decideExtension(long id, long extensionId, String ifMatch, boolean approve, String comment) {
        Issue issue = issues.acting(id, ifMatch, Action.DECIDE_EXTENSION);
        IssueExtension extension = IssueExtension.findById(extensionId);
        if (extension == null || !extension.issueId.equals(issue.id)) {
            throw ApiProblem.notFound("issue.extension.not-found", extensionId);
        }
        if (extension.status != IssueExtension.Status.PENDING) {
            throw ApiProblem.conflict("issue.extension.decided");
        }
        extension.status = approve ? IssueExtension.Status.APPROVED : IssueExtension.Status.REJECTED;
        extension.decidedBy = Staff.findById(scope.caller().staffId());
        extension.decidedAt = Instant.now();
        extension.decisionComment = blankToNull(comment);
        if (approve) {
            extension.previousDueAt = issue.dueAt;
            deadlines.extend(issue, extension.days);
            extension.newDueAt = issue.dueAt;
        }
        issue.touch();
        IssueDetail detail = timeline.record(
                issue,
                approve ? IssueEvent.Type.EXTENSION_APPROVED : IssueEvent.Type.EXTENSION_REJECTED,
                comment,
                Integer.toString(extension.days));
        tell(approve ? What.EXTENSION_APPROVED : What.EXTENSION_REJECTED, issue, extension.requestedBy.id);
        return detail;
    }

    /** The reporter's phone number in plaintext; audited with the reason. */
    @Transactional
    public Revealed revealReporterPhone(long id, String reason) {
        Issue issue = issues.visible(id);
        if (!scope.caller().may(Permission.ISSUES_WRITE)) {
            throw ApiProblem.forbidden("issue.action.forbidden", IssueWorkflow.actionKey(Action.COMMENT));
        }
        if (issue.reporterPhone == null) {
            throw ApiProblem.conflict("issue.reporter.no-phone");
        }
        audit.record(
                AuditEntry.Action.REVEAL_PHONE,
                "ISSUE",
                issue.id,
                IssueViews.number(issue),
                reason,
                null,
                issue.areaPath);
        return new Revealed(HouseholdDtos.RevealField.PHONE, cipher.decrypt(issue.reporterPhone.encrypted()));
    }

    /** Tells whoever observes issues (notifications) what the caller just did, in this transaction. */
    private void tell(What what, Issue issue, Long personId) {
        happened.fire(new IssueHappened(what, issue, scope.caller().staffId(), personId));
    }

    /** Takes the action's move ({@link IssueWorkflow#next}) and writes it on the timeline. */
    private IssueDetail move(Issue issue, Action action, IssueEvent.Type type, String comment, String detail) {
        return move(issue, action, null, type, comment, detail);
    }

    private IssueDetail move(
            Issue issue,
            Action action,
            Satisfaction satisfaction,
            IssueEvent.Type type,
            String comment,
            String detail) {
        IssueStatus from = issue.status;
        IssueStatus to = IssueWorkflow.next(action, from, satisfaction);
        issue.status = to;
        issue.touch();
        em.flush();
        timeline.write(issue, type, from, to, comment, detail);
        return views.detail(issue);
    }

    private IssueExtension pendingExtension(long issueId) {
        return IssueExtension.find("issueId = ?1 and status = ?2", issueId, IssueExtension.Status.PENDING)
                .firstResult();
    }
}
