package com.gridwork.cobuild.project;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.cobuild.agreement.CoBuildAgreement;
import com.gridwork.cobuild.agreement.CoBuildAgreementStatus;
import com.gridwork.cobuild.project.ProjectLifecycle.Actor;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitStatus;
import com.gridwork.cobuild.unit.LiaisonSelf;
import com.gridwork.common.error.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees a project and who may act on it. Staff: projects where they read projects (their areas). A unit-liaison
 * account: only projects open to its unit (OPEN_PAIRED of a community it is paired with now, OPEN_ALL of its
 * sub-district) or claimed by it; anything else is the same 404 as a project that does not exist.
 */
@RequestScoped
public class ProjectAccess {
    @Inject
    AreaScope scope;

    @Inject
    LiaisonSelf liaison;

    @Inject
    EntityManager em;

    /** The project if the caller sees it; else 404. */
    public CoBuildProject find(long id) {
        if (!liaison.isLiaison()) {
            return scope.find(CoBuildProject.class, id);
        }
        return scope.findWhere(CoBuildProject.class, id, this::seenByLiaison);
    }

    /** The project if the caller sees it. */
    public Optional<CoBuildProject> visible(long id) {
        if (!liaison.isLiaison()) {
            return scope.visible(CoBuildProject.class, id);
        }
        return Optional.ofNullable(em.find(CoBuildProject.class, id)).filter(this::seenByLiaison);
    }

    /** The caller's unit, for a liaison; 403 for a liaison account linked to no unit. */
    public long unitId() {
        return liaison.unitId().orElseThrow(() -> ApiProblem.forbidden("cobuild.project.no-unit"));
    }

    private boolean seenByLiaison(CoBuildProject p) {
        Optional<Long> unit = liaison.unitId();
        return unit.isPresent() && (Objects.equals(p.unitId, unit.get()) || openTo(p, unit.get()));
    }

    /** Whether the project is open for claim to this unit now (whatever the unit's own status). */
    public boolean openTo(CoBuildProject p, long unitId) {
        if (p.status == CoBuildProjectStatus.OPEN_PAIRED) {
            return CoBuildAgreement.paired(unitId, p.communityId);
        }
        if (p.status == CoBuildProjectStatus.OPEN_ALL) {
            CoBuildUnit unit = em.find(CoBuildUnit.class, unitId);
            return unit != null && p.areaPath.startsWith(unit.areaPath);
        }
        return false;
    }

    /** The roles the caller holds towards this project (see {@link ProjectLifecycle.Actor}). */
    public Set<Actor> actors(CoBuildProject p) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (liaison.isLiaison()) {
            Optional<Long> unit = liaison.unitId();
            if (unit.isPresent()) {
                if (Objects.equals(p.unitId, unit.get())) {
                    actors.add(Actor.UNIT);
                }
                CoBuildUnit u = em.find(CoBuildUnit.class, unit.get());
                if (u != null && u.status == CoBuildUnitStatus.ACTIVE && openTo(p, unit.get())) {
                    actors.add(Actor.CLAIMANT);
                }
            }
            return actors;
        }
        Caller caller = scope.caller();
        if (caller.covers(p.areaPath)) {
            if (caller.may(Permission.COBUILD_PROJECTS_MANAGE)) {
                actors.add(Actor.MANAGER);
            }
            if (caller.may(Permission.COBUILD_PROJECTS_APPROVE)) {
                actors.add(Actor.APPROVER);
            }
        }
        return actors;
    }

    /**
     * 409 when the project's state does not allow the action, then 403 when the caller does not take it here;
     * answers the state it leads to.
     */
    public CoBuildProjectStatus require(CoBuildProject p, CoBuildProjectAction action) {
        CoBuildProjectStatus next = ProjectLifecycle.next(action, p.status);
        if (!actors(p).contains(ProjectLifecycle.actor(action))) {
            throw ApiProblem.forbidden(FORBIDDEN.getOrDefault(action, "cobuild.project.not-yours"));
        }
        return next;
    }

    private static final Map<CoBuildProjectAction, String> FORBIDDEN =
            Map.of(CoBuildProjectAction.CLAIM, "cobuild.project.claim.not-open-to-unit");

    /** The list condition on a project alias {@code p} for a liaison of {@code unitId}, with its parameters. */
    public static String liaisonCondition() {
        return "(p.unitId = :liaisonUnit"
                + " or (p.status = :openPaired and exists (select 1 from CoBuildAgreement a where a.unitId = :liaisonUnit"
                + " and a.communityId = p.communityId and a.status = :agreementActive))"
                + " or (p.status = :openAll and exists (select 1 from CoBuildUnit u where u.id = :liaisonUnit"
                + " and p.areaPath like concat(u.areaPath, '%'))))";
    }

    public static Map<String, Object> liaisonParams(long unitId) {
        return Map.of(
                "liaisonUnit", unitId,
                "openPaired", CoBuildProjectStatus.OPEN_PAIRED,
                "openAll", CoBuildProjectStatus.OPEN_ALL,
                "agreementActive", CoBuildAgreementStatus.ACTIVE);
    }
}
