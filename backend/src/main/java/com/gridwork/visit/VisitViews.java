package com.gridwork.visit;

import com.gridwork.common.time.BeijingTime;
import com.gridwork.registry.RegistryViews;
import com.gridwork.registry.household.Household;
import com.gridwork.staff.Staff;
import com.gridwork.visit.VisitDtos.AnswerView;
import com.gridwork.visit.VisitDtos.CountedView;
import com.gridwork.visit.VisitDtos.HouseholdRef;
import com.gridwork.visit.VisitDtos.IssueView;
import com.gridwork.visit.VisitDtos.LocationView;
import com.gridwork.visit.VisitDtos.PersonRef;
import com.gridwork.visit.VisitDtos.PhotoView;
import com.gridwork.visit.VisitDtos.VisitDetail;
import com.gridwork.visit.VisitDtos.VisitSummary;
import com.gridwork.visit.obligation.ObligationState;
import com.gridwork.visit.obligation.VisitObligation;
import com.gridwork.visit.rule.VisitRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Visit entities → the visits API's DTOs. */
@ApplicationScoped
public class VisitViews {
    @Inject
    EntityManager em;

    @Inject
    VisitCounter counter;

    public VisitDetail detail(Visit v) {
        Household h = v.household;
        Staff visitor = Staff.findById(v.visitorStaffId);
        List<PersonRef> members = v.memberIds.isEmpty()
                ? List.of()
                : em
                        .createQuery(
                                "select r.id, r.name from Resident r where r.id in :ids order by r.id", Object[].class)
                        .setParameter("ids", v.memberIds)
                        .getResultList()
                        .stream()
                        .map(r -> new PersonRef((Long) r[0], (String) r[1]))
                        .toList();
        List<PhotoView> photos = em.createQuery(
                        "select new com.gridwork.visit.VisitDtos$PhotoView(p.id, p.contentType, p.sizeBytes, p.uploadedAt)"
                                + " from VisitPhoto p where p.visitId = :v order by p.id",
                        PhotoView.class)
                .setParameter("v", v.id)
                .getResultList();
        List<IssueView> issues = em.createQuery(
                        "select new com.gridwork.visit.VisitDtos$IssueView(i.id, i.status, c.name, i.description)"
                                + " from Issue i join i.category c where i.visitId = :v order by i.id",
                        IssueView.class)
                .setParameter("v", v.id)
                .getResultList();
        return new VisitDetail(
                v.id,
                household(h),
                new PersonRef(v.visitorStaffId, visitor.displayName),
                v.visitorKind,
                v.pairingId,
                v.mode,
                v.outcome,
                v.visitedAt,
                v.visitedOn,
                v.receivedAt,
                v.deviceRecordedAt,
                v.latitude == null ? null : new LocationView(v.latitude, v.longitude, v.accuracyMeters),
                v.locationMissingReason,
                members,
                v.livingConditions,
                List.copyOf(v.needs),
                v.answers.stream()
                        .map(a -> new AnswerView(a.questionId, a.questionText, a.answer))
                        .toList(),
                v.notes,
                photos,
                issues,
                counted(v),
                v.clientRef,
                v.version);
    }

    /** The obligations the visit counted for ({@link VisitCounting#counted}), and their state today. */
    private List<CountedView> counted(Visit v) {
        if (v.outcome != VisitOutcome.COMPLETED) {
            return List.of();
        }
        List<VisitObligation> candidates = VisitObligation.list(
                "householdId = ?1 and startsOn <= ?2 order by startsOn, id", v.householdId, v.visitedOn);
        if (candidates.isEmpty()) {
            return List.of();
        }
        boolean gridWorker =
                counter.gridWorkers(v.household, Set.of(v.visitorStaffId)).contains(v.visitorStaffId);
        VisitCounting.VisitFacts facts = VisitCounter.facts(v, gridWorker);
        LocalDate today = BeijingTime.today();
        Map<Long, VisitRule> rules = new HashMap<>();
        return candidates.stream()
                .filter(o -> VisitCounting.counted(
                        facts,
                        VisitCounter.facts(o, rules.computeIfAbsent(o.ruleId, id -> em.find(VisitRule.class, id))),
                        o.satisfiedOn,
                        o.notApplicableOn))
                .map(o -> new CountedView(o.id, rules.get(o.ruleId).name, ObligationState.of(o.status, o.dueOn, today)))
                .toList();
    }

    static HouseholdRef household(Household h) {
        return new HouseholdRef(h.id, RegistryViews.displayAddress(h), h.grid.id, h.grid.name);
    }

    /** The visit log's rows for these visit ids, in their order. */
    public List<VisitSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Visit> visits = Visit.<Visit>list(
                        "select v from Visit v join fetch v.household h join fetch h.grid left join fetch h.building"
                                + " where v.id in ?1",
                        ids)
                .stream()
                .collect(Collectors.toMap(v -> v.id, v -> v));
        Map<Long, String> names = names(
                "select s.id, s.displayName from Staff s where s.id in :ids",
                visits.values().stream().map(v -> v.visitorStaffId).collect(Collectors.toSet()));
        Map<Long, Long> photos =
                counts("select p.visitId, count(p) from VisitPhoto p where p.visitId in :ids group by p.visitId", ids);
        Map<Long, Long> issues =
                counts("select i.visitId, count(i) from Issue i where i.visitId in :ids group by i.visitId", ids);
        return ids.stream()
                .map(visits::get)
                .map(v -> new VisitSummary(
                        v.id,
                        household(v.household),
                        new PersonRef(v.visitorStaffId, names.get(v.visitorStaffId)),
                        v.visitorKind,
                        v.mode,
                        v.outcome,
                        v.visitedAt,
                        v.visitedOn,
                        v.receivedAt,
                        v.latitude != null,
                        photos.getOrDefault(v.id, 0L).intValue(),
                        issues.getOrDefault(v.id, 0L).intValue()))
                .toList();
    }

    private Map<Long, String> names(String jpql, Set<Long> ids) {
        Map<Long, String> result = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> result.put((Long) r[0], (String) r[1]));
        return result;
    }

    private Map<Long, Long> counts(String jpql, List<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> result.put((Long) r[0], (Long) r[1]));
        return result;
    }
}
