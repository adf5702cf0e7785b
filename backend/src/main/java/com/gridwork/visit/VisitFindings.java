package com.gridwork.visit;

import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.access.StaffRole;
import com.gridwork.common.error.Violations;
import com.gridwork.common.i18n.Messages;
import com.gridwork.issue.IssueIntake;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.resident.Resident;
import com.gridwork.staff.Staff;
import com.gridwork.visit.VisitDtos.FindingInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/**
 * The problems a visit finds become issues of the talk-day workflow (channel VISIT), linked back to the visit, with the
 * household as the place. A staff visitor who handles issues takes them in and is first responsible; a helper (a
 * volunteer account) cannot handle issues, so the grid's worker is (else the community's staff), and the issue's
 * timeline says whose visit it came from.
 */
@ApplicationScoped
public class VisitFindings {
    @Inject
    IssueIntake intake;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    /** The field of the i-th finding's category in the request: {@code findings[i].categoryId}, or {@code categoryId}. */
    static String categoryField(int i, boolean inVisit) {
        return inVisit ? "findings[" + i + "].categoryId" : "categoryId";
    }

    /** Checks the findings where the household lies, collecting violations on their category fields. */
    public void check(
            List<FindingInput> findings, boolean inVisit, Household household, Caller caller, Violations violations) {
        if (findings == null || findings.isEmpty()) {
            return;
        }
        for (int i = 0; i < findings.size(); i++) {
            FindingInput f = findings.get(i);
            String field = categoryField(i, inVisit);
            if (f != null && f.categoryId() != null && !violations.has(field)) {
                violations.check(() -> intake.checkCategory(f.categoryId(), household.areaPath, field));
            }
        }
        if (receiver(household, caller) == null) {
            violations.add("findings", "visit.finding.nobody-responsible");
        }
    }

    /** Takes every finding in as an issue of the visit; call after {@link #check} passed. */
    public void raise(Visit visit, boolean inVisit, Household household, Caller caller, List<FindingInput> findings) {
        if (findings == null || findings.isEmpty()) {
            return;
        }
        Staff receiver = receiver(household, caller);
        Resident head = household.headResidentId == null ? null : Resident.findById(household.headResidentId);
        if (head != null && head.status != RecordStatus.ACTIVE) {
            head = null;
        }
        boolean helper = !handlesIssues(caller);
        String note = helper
                ? messages.get(Messages.DEFAULT, "visit.finding.from-helper", caller.displayName(), visit.id)
                : messages.get(Messages.DEFAULT, "visit.finding.from-visit", visit.id);
        // a device clock a little ahead must not put the issue's receipt in the future
        Instant receivedAt = visit.visitedAt.isAfter(visit.receivedAt) ? visit.receivedAt : visit.visitedAt;
        for (int i = 0; i < findings.size(); i++) {
            FindingInput f = findings.get(i);
            intake.fromVisit(
                    new IssueIntake.VisitFinding(
                            visit.id,
                            household,
                            f.categoryId(),
                            f.description(),
                            f.urgency(),
                            head,
                            caller.displayName(),
                            receiver,
                            receivedAt,
                            note),
                    categoryField(i, inVisit));
        }
    }

    /** A staff visitor who may handle issues takes them in itself. */
    static boolean handlesIssues(Caller caller) {
        return caller.role() != StaffRole.VOLUNTEER && caller.may(Permission.ISSUES_WRITE);
    }

    /**
     * Who takes a finding in: the visitor when it handles issues; else the grid's worker (the enabled grid-worker
     * account whose scope includes the grid, lowest id), else the community's staff (lowest id); null when nobody.
     */
    Staff receiver(Household household, Caller caller) {
        if (handlesIssues(caller)) {
            return Staff.findById(caller.staffId());
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT s.id FROM staff s JOIN staff_area sa ON sa.staff_id = s.id JOIN area a ON a.id = sa.area_id"
                                + " WHERE s.enabled = TRUE AND s.service_account = FALSE AND s.role IN ('grid-worker', 'community-staff')"
                                + " AND :gridPath LIKE CONCAT(a.path, '%')"
                                + " ORDER BY CASE WHEN s.role = 'grid-worker' THEN 0 ELSE 1 END, s.id")
                .setParameter("gridPath", household.grid.path)
                .setMaxResults(1)
                .getResultList();
        return ids.isEmpty() ? null : Staff.findById(ids.get(0).longValue());
    }
}
