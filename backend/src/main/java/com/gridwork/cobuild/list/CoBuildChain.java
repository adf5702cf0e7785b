package com.gridwork.cobuild.list;

import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedChainProject;
import com.gridwork.cobuild.list.CoBuildListDtos.CoBuildNeedChainResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chain of the three lists read with SQL (the project entities belong to the projects part): for each need the
 * projects addressing it (cobuild_project_need) with their status, and the resources each uses
 * (cobuild_project_resource).
 */
@ApplicationScoped
public class CoBuildChain {
    @Inject
    EntityManager em;

    /** Need id → its projects, oldest first; needs without a project map to an empty list. */
    public Map<Long, List<CoBuildNeedChainProject>> ofNeeds(Collection<Long> needIds) {
        Map<Long, List<CoBuildNeedChainProject>> chains = new HashMap<>();
        needIds.forEach(id -> chains.put(id, new ArrayList<>()));
        if (needIds.isEmpty()) {
            return chains;
        }
        List<Object[]> rows = rows(
                "select pn.need_id, p.id, p.title, p.status, p.unit_id, u.name from cobuild_project_need pn"
                        + " join cobuild_project p on p.id = pn.project_id"
                        + " left join cobuild_unit u on u.id = p.unit_id"
                        + " where pn.need_id in (:ids) order by p.id",
                needIds);
        Map<Long, List<CoBuildNeedChainResource>> resources =
                resourcesOf(rows.stream().map(r -> id(r[1])).distinct().toList());
        for (Object[] r : rows) {
            long projectId = id(r[1]);
            chains.get(id(r[0]))
                    .add(new CoBuildNeedChainProject(
                            projectId,
                            (String) r[2],
                            (String) r[3],
                            r[4] == null ? null : id(r[4]),
                            (String) r[5],
                            resources.getOrDefault(projectId, List.of())));
        }
        return chains;
    }

    /** Resource id → how many projects use it. */
    public Map<Long, Integer> projectCounts(Collection<Long> resourceIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!resourceIds.isEmpty()) {
            rows(
                            "select resource_id, count(*) from cobuild_project_resource where resource_id in (:ids)"
                                    + " group by resource_id",
                            resourceIds)
                    .forEach(r -> counts.put(id(r[0]), ((Number) r[1]).intValue()));
        }
        return counts;
    }

    private Map<Long, List<CoBuildNeedChainResource>> resourcesOf(List<Long> projectIds) {
        Map<Long, List<CoBuildNeedChainResource>> byProject = new LinkedHashMap<>();
        if (projectIds.isEmpty()) {
            return byProject;
        }
        for (Object[] r : rows(
                "select pr.project_id, r.id, r.title, r.unit_id, u.name, r.status from cobuild_project_resource pr"
                        + " join cobuild_resource r on r.id = pr.resource_id"
                        + " join cobuild_unit u on u.id = r.unit_id"
                        + " where pr.project_id in (:ids) order by r.id",
                projectIds)) {
            byProject
                    .computeIfAbsent(id(r[0]), k -> new ArrayList<>())
                    .add(new CoBuildNeedChainResource(
                            id(r[1]), (String) r[2], id(r[3]), (String) r[4], CoBuildResourceStatus.valueOf((String)
                                    r[5])));
        }
        return byProject;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
