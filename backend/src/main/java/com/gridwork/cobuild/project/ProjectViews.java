package com.gridwork.cobuild.project;

import com.gridwork.area.Area;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildMilestoneView;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectDetail;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectRef;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectSummary;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.common.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Projects as the API shows them: names of their community and unit, milestone counts, overdue marks. */
@ApplicationScoped
public class ProjectViews {
    @Inject
    EntityManager em;

    @Inject
    ProjectChain chain;

    @Inject
    ProjectAccess access;

    private record MilestoneCounts(int total, int overdue) {}

    public List<CoBuildProjectSummary> summaries(List<CoBuildProject> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        Map<Long, String> areas = names(
                "select a.id, a.name from Area a where a.id in :ids",
                projects.stream().map(p -> p.communityId).collect(Collectors.toSet()));
        Map<Long, String> units = names(
                "select u.id, u.name from CoBuildUnit u where u.id in :ids",
                projects.stream().map(p -> p.unitId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, MilestoneCounts> counts =
                milestoneCounts(projects.stream().map(p -> p.id).toList());
        return projects.stream()
                .map(p -> {
                    MilestoneCounts c = counts.getOrDefault(p.id, new MilestoneCounts(0, 0));
                    return new CoBuildProjectSummary(
                            p.id,
                            new CoBuildProjectRef(p.communityId, areas.get(p.communityId)),
                            p.fieldCode,
                            p.title,
                            p.status,
                            p.plannedStart,
                            p.plannedEnd,
                            p.claimDeadline,
                            p.unitId == null ? null : new CoBuildProjectRef(p.unitId, units.get(p.unitId)),
                            p.claimedInTime,
                            c.total(),
                            c.overdue(),
                            p.reworkCount,
                            p.satisfaction,
                            p.version);
                })
                .toList();
    }

    public CoBuildProjectDetail detail(CoBuildProject p) {
        Area community = em.find(Area.class, p.communityId);
        CoBuildUnit unit = p.unitId == null ? null : em.find(CoBuildUnit.class, p.unitId);
        List<CoBuildMilestoneView> milestones = milestones(p.id);
        return new CoBuildProjectDetail(
                p.id,
                new CoBuildProjectRef(community.id, community.name),
                p.fieldCode,
                p.title,
                p.description,
                p.status,
                p.statusReason,
                p.plannedStart,
                p.plannedEnd,
                p.approvedAt,
                p.claimDeadline,
                p.openedToAllAt,
                unit == null ? null : new CoBuildProjectRef(unit.id, unit.name),
                p.claimedAt,
                p.claimedInTime,
                p.submittedAt,
                p.reworkCount,
                p.acceptedAt,
                p.satisfaction,
                p.acceptanceNote,
                chain.needs(p.needIds),
                chain.resources(p.resourceIds),
                milestones,
                (int) milestones.stream().filter(CoBuildMilestoneView::overdue).count(),
                ProjectLifecycle.allowed(p.status, access.actors(p)),
                p.createdAt,
                p.version);
    }

    private List<CoBuildMilestoneView> milestones(long projectId) {
        List<CoBuildMilestone> milestones = CoBuildMilestone.list("projectId = ?1 order by dueOn, id", projectId);
        Map<Long, List<Long>> photos = new HashMap<>();
        if (!milestones.isEmpty()) {
            em.createQuery(
                            "select p.milestoneId, p.id from CoBuildMilestonePhoto p where p.milestoneId in :ids"
                                    + " order by p.id",
                            Object[].class)
                    .setParameter("ids", milestones.stream().map(m -> m.id).toList())
                    .getResultList()
                    .forEach(r -> photos.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add((Long) r[1]));
        }
        LocalDate today = BeijingTime.today();
        return milestones.stream()
                .map(m -> new CoBuildMilestoneView(
                        m.id,
                        m.title,
                        m.dueOn,
                        m.doneOn,
                        m.report,
                        CoBuildMilestone.overdue(m.dueOn, m.doneOn, today),
                        photos.getOrDefault(m.id, List.of()),
                        m.version))
                .toList();
    }

    private Map<Long, MilestoneCounts> milestoneCounts(List<Long> projectIds) {
        Map<Long, MilestoneCounts> counts = new HashMap<>();
        em.createQuery(
                        "select m.projectId, count(m), sum(case when m.doneOn is null and m.dueOn < :today then 1"
                                + " else 0 end) from CoBuildMilestone m where m.projectId in :ids group by m.projectId",
                        Object[].class)
                .setParameter("ids", projectIds)
                .setParameter("today", BeijingTime.today())
                .getResultList()
                .forEach(r -> counts.put(
                        (Long) r[0], new MilestoneCounts(((Number) r[1]).intValue(), ((Number) r[2]).intValue())));
        return counts;
    }

    private Map<Long, String> names(String jpql, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(jpql, Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }
}
