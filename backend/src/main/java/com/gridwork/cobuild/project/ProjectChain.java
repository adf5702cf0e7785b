package com.gridwork.cobuild.project;

import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectNeed;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectRef;
import com.gridwork.cobuild.project.CoBuildProjectDtos.CoBuildProjectResource;
import com.gridwork.common.error.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chain of the three lists as a project sees it: the needs it addresses and the resources it uses, read from
 * the lists' tables with SQL, and the needs' status as projects move: OPEN → IN_PROJECT when a project links them,
 * MET when one addressing them is accepted, back to OPEN when the last live project addressing them ends.
 */
@ApplicationScoped
public class ProjectChain {
    /** The project statuses that keep a need IN_PROJECT (see {@link CoBuildProjectStatus#live}). */
    private static final List<String> LIVE = Arrays.stream(CoBuildProjectStatus.values())
            .filter(CoBuildProjectStatus::live)
            .map(Enum::name)
            .toList();

    @Inject
    EntityManager em;

    /** 400s on {@code needIds[i]}: not a need of this community, or already met or closed (unless linked already). */
    public void checkNeeds(List<Long> needIds, long communityId, Set<Long> linked, Violations violations) {
        if (needIds == null || needIds.isEmpty()) {
            return;
        }
        Map<Long, Object[]> rows =
                rows("select id, community_id, status from cobuild_need where id in (:ids)", needIds);
        for (int i = 0; i < needIds.size(); i++) {
            Long id = needIds.get(i);
            Object[] row = rows.get(id);
            String field = "needIds[" + i + "]";
            if (row == null || ((Number) row[1]).longValue() != communityId) {
                violations.add(field, "cobuild.project.need.not-found", id);
            } else if (!linked.contains(id) && !Set.of("OPEN", "IN_PROJECT").contains((String) row[2])) {
                violations.add(field, "cobuild.project.need.closed", id);
            }
        }
    }

    /** 400s on {@code resourceIds[i]}: not a resource of a unit of this sub-district, or withdrawn (unless linked). */
    public void checkResources(List<Long> resourceIds, String communityPath, Set<Long> linked, Violations violations) {
        if (resourceIds == null || resourceIds.isEmpty()) {
            return;
        }
        Map<Long, Object[]> rows =
                rows("select id, area_path, status from cobuild_resource where id in (:ids)", resourceIds);
        for (int i = 0; i < resourceIds.size(); i++) {
            Long id = resourceIds.get(i);
            Object[] row = rows.get(id);
            String field = "resourceIds[" + i + "]";
            if (row == null || !communityPath.startsWith((String) row[1])) {
                violations.add(field, "cobuild.project.resource.not-found", id);
            } else if (!linked.contains(id) && !"AVAILABLE".equals(row[2])) {
                violations.add(field, "cobuild.project.resource.withdrawn", id);
            }
        }
    }

    /** Needs a live project now addresses: OPEN → IN_PROJECT. */
    public void linked(Collection<Long> needIds) {
        update(
                "update cobuild_need set status = 'IN_PROJECT', version = version + 1, updated_at = :now"
                        + " where id in (:ids) and status = 'OPEN'",
                needIds,
                Map.of());
    }

    /** Needs {@code projectId} no longer addresses (or that it stopped addressing by ending): back to OPEN unless
     * another live project addresses them. */
    public void released(Collection<Long> needIds, long projectId) {
        update(
                "update cobuild_need set status = 'OPEN', version = version + 1, updated_at = :now"
                        + " where id in (:ids) and status = 'IN_PROJECT' and not exists (select 1 from"
                        + " cobuild_project_need pn join cobuild_project p on p.id = pn.project_id"
                        + " where pn.need_id = cobuild_need.id and p.id <> :project and p.status in (:live))",
                needIds,
                Map.of("project", projectId, "live", LIVE));
    }

    /** Needs of an accepted project: MET. */
    public void met(Collection<Long> needIds) {
        update(
                "update cobuild_need set status = 'MET', version = version + 1, updated_at = :now"
                        + " where id in (:ids) and status in ('OPEN', 'IN_PROJECT')",
                needIds,
                Map.of());
    }

    /** Needs of a community a draft may link (OPEN or IN_PROJECT), newest first, at most 200. */
    public List<Long> linkableNeeds(long communityId) {
        return ids(
                "select id from cobuild_need where community_id = :a and status in ('OPEN', 'IN_PROJECT')"
                        + " order by id desc limit 200",
                communityId);
    }

    /** AVAILABLE resources of units whose sub-district holds this community path, newest first, at most 200. */
    public List<Long> linkableResources(String communityPath) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from cobuild_resource where status = 'AVAILABLE'"
                        + " and :path like concat(area_path, '%') order by id desc limit 200")
                .setParameter("path", communityPath)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Long> ids(String sql, long param) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(sql).setParameter("a", param).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public List<CoBuildProjectNeed> needs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, title, field_code, status from cobuild_need where id in (:ids) order by id")
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream()
                .map(r -> new CoBuildProjectNeed(
                        ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    public List<CoBuildProjectResource> resources(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, r.title, r.field_code, u.id, u.name"
                        + " from cobuild_resource r join cobuild_unit u on u.id = r.unit_id"
                        + " where r.id in (:ids) order by r.id")
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream()
                .map(r -> new CoBuildProjectResource(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        new CoBuildProjectRef(((Number) r[3]).longValue(), (String) r[4])))
                .toList();
    }

    private Map<Long, Object[]> rows(String sql, List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        rows.forEach(r -> byId.put(((Number) r[0]).longValue(), r));
        return byId;
    }

    private void update(String sql, Collection<Long> ids, Map<String, Object> params) {
        if (ids.isEmpty()) {
            return;
        }
        var query = em.createNativeQuery(sql).setParameter("ids", ids).setParameter("now", Instant.now());
        params.forEach(query::setParameter);
        query.executeUpdate();
    }
}
