package com.gridwork.cobuild.project;

import com.gridwork.area.Area;
import com.gridwork.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/** Rows of the needs and resources lists (built by another part) and clock moves, straight in the database. */
@ApplicationScoped
public class ProjectTestData {
    @Inject
    EntityManager em;

    /** An OPEN need of a community. */
    @Transactional
    public long need(long communityId) {
        Area community = Area.findById(communityId);
        em.createNativeQuery("insert into cobuild_need (community_id, area_path, field_code, title, source, status,"
                        + " created_by_id, version, created_at, updated_at) values (:c, :p, 'ELDERLY_CARE', '助老需求',"
                        + " 'RESIDENT_SURVEY', 'OPEN', :by, 0, :now, :now)")
                .setParameter("c", communityId)
                .setParameter("p", community.path)
                .setParameter("by", anyStaff())
                .setParameter("now", Instant.now())
                .executeUpdate();
        return ((Number)
                        em.createNativeQuery("select max(id) from cobuild_need").getSingleResult())
                .longValue();
    }

    /** An AVAILABLE resource offered by a unit. */
    @Transactional
    public long resource(long unitId) {
        String path = (String) em.createNativeQuery("select area_path from cobuild_unit where id = :u")
                .setParameter("u", unitId)
                .getSingleResult();
        em.createNativeQuery("insert into cobuild_resource (unit_id, area_path, field_code, title, status,"
                        + " created_by_id, version, created_at, updated_at) values (:u, :p, 'ELDERLY_CARE', '活动室',"
                        + " 'AVAILABLE', :by, 0, :now, :now)")
                .setParameter("u", unitId)
                .setParameter("p", path)
                .setParameter("by", anyStaff())
                .setParameter("now", Instant.now())
                .executeUpdate();
        return ((Number) em.createNativeQuery("select max(id) from cobuild_resource")
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public String needStatus(long needId) {
        return (String) em.createNativeQuery("select status from cobuild_need where id = :id")
                .setParameter("id", needId)
                .getSingleResult();
    }

    /** Moves a project's claim deadline (the clock's stand-in). */
    @Transactional
    public void claimDeadline(long projectId, LocalDate deadline) {
        em.createNativeQuery("update cobuild_project set claim_deadline = :d where id = :id")
                .setParameter("d", deadline)
                .setParameter("id", projectId)
                .executeUpdate();
    }

    /** Moves a milestone's due day (into the past, for an overdue one). */
    @Transactional
    public void dueOn(long milestoneId, LocalDate dueOn) {
        em.createNativeQuery("update cobuild_milestone set due_on = :d where id = :id")
                .setParameter("d", dueOn)
                .setParameter("id", milestoneId)
                .executeUpdate();
    }

    @Transactional
    public long points(long projectId, String kind) {
        return ((Number) em.createNativeQuery(
                                "select coalesce(sum(points), 0) from cobuild_points_entry where project_id = :p and kind = :k")
                        .setParameter("p", projectId)
                        .setParameter("k", kind)
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public long entries(long projectId) {
        return ((Number) em.createNativeQuery("select count(*) from cobuild_points_entry where project_id = :p")
                        .setParameter("p", projectId)
                        .getSingleResult())
                .longValue();
    }

    private static long anyStaff() {
        return Staff.<Staff>find("order by id").firstResult().id;
    }
}
