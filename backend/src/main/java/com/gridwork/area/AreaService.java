package com.gridwork.area;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.CallerLoader;
import com.gridwork.access.Permission;
import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaDtos.AreaCreate;
import com.gridwork.area.AreaDtos.AreaDetail;
import com.gridwork.area.AreaDtos.AreaNode;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaDtos.AreaSummary;
import com.gridwork.area.AreaDtos.AreaUpdate;
import com.gridwork.area.AreaDtos.GridWorker;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static com.gridwork.common.Text.blankToNull;

@ApplicationScoped
public class AreaService {
    /** The levels each role that writes areas writes: street-admins every level, community staff inside their communities. */
    private static final Map<StaffRole, Set<AreaLevel>> WRITABLE_LEVELS = Map.of(
            StaffRole.STREET_ADMIN, EnumSet.allOf(AreaLevel.class),
            StaffRole.COMMUNITY_STAFF, EnumSet.of(AreaLevel.GRID, AreaLevel.BUILDING));

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of(
            "code", "code", "name", "name", "level", "level", "createdAt", "createdAt", "updatedAt", "updatedAt"));

    @Inject
    Event<BuildingRenamed> renamed;

    @Inject
    Validator validator;

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Inject
    CallerLoader callers;

    @Inject
    AreaStaff staff;

    /** The caller's part of the hierarchy down to grids, with the ancestors that connect it to the root. */
    @Transactional
    public List<AreaNode> tree() {
        Caller caller = scope.caller();
        AreaScope.ScopeFilter filter = scope.filter("a.path");
        Set<Long> contextIds = caller.areas().stream()
                .flatMap(a -> java.util.Arrays.stream(a.path().split("/")))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .collect(Collectors.toSet());
        String jpql = "select a from Area a left join fetch a.parent where a.level <> :building and (" + filter.jpql()
                + (contextIds.isEmpty() ? "" : " or a.id in :context") + ") order by a.code, a.id";
        var query = em.createQuery(jpql, Area.class).setParameter("building", AreaLevel.BUILDING);
        filter.bind(query);
        if (!contextIds.isEmpty()) {
            query.setParameter("context", contextIds);
        }
        List<Area> areas = query.getResultList();

        Map<Long, List<Area>> byParent = new HashMap<>();
        Set<Long> present = areas.stream().map(a -> a.id).collect(Collectors.toSet());
        List<Area> roots = new ArrayList<>();
        for (Area a : areas) {
            Long parentId = a.parentId();
            if (parentId == null || !present.contains(parentId)) {
                roots.add(a);
            } else {
                byParent.computeIfAbsent(parentId, k -> new ArrayList<>()).add(a);
            }
        }
        return roots.stream().map(r -> toNode(r, byParent, caller)).toList();
    }

    private AreaNode toNode(Area area, Map<Long, List<Area>> byParent, Caller caller) {
        List<AreaNode> children = byParent.getOrDefault(area.id, List.of()).stream()
                .map(child -> toNode(child, byParent, caller))
                .toList();
        return new AreaNode(area.id, area.level, area.code, area.name, caller.covers(area.path), children);
    }

    @Transactional
    public PageResult<AreaSummary> list(Long parentId, AreaLevel level, String q, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filter("path");
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and("parent.id = :parentId", "parentId", parentId, id -> scope.find(Area.class, id).id)
                .and("level = :level", "level", level)
                .and("(name like :q or code like :q)", "q", q, Like::contains);
        var query = Area.<Area>find(
                where.conditions(), page.toSort(SORTABLE, Sort.by("code").and("id")), where.params());
        long total = query.count();
        List<Area> items = query.page(page.page, page.size).list();
        Map<Long, Long> childCounts = childCounts(items.stream().map(a -> a.id).toList());
        return new PageResult<>(
                items.stream()
                        .map(a -> new AreaSummary(
                                a.id,
                                a.level,
                                a.code,
                                a.name,
                                a.parentId(),
                                childCounts.getOrDefault(a.id, 0L),
                                a.version))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    @Transactional
    public AreaDetail get(long id) {
        return toDetail(scope.find(Area.class, id));
    }

    @Transactional
    public AreaDetail create(AreaCreate input) {
        Caller caller = scope.caller();
        Violations violations = Violations.of(validator.validate(input));
        Area parent = null;
        if (input.level() == AreaLevel.SUB_DISTRICT) {
            if (input.parentId() != null) {
                violations.add("parentId", "area.parent.forbidden");
            }
            // A new sub-district lies outside every scope but the whole platform's.
            if (!caller.wholePlatform()) {
                throw ApiProblem.forbidden("access.area.write-denied", (input.level()));
            }
        } else if (input.level() != null) {
            parent = violations.check(() -> parent(input.level(), input.parentId()));
        }
        if (input.level() != null) {
            violations.check(
                    () -> requireBuildingFields(input.level(), input.address(), input.floors(), input.unitCount()));
        }
        violations.throwIfAny();
        requireWritable(caller, input.level(), parent == null ? null : parent.path);
        requireUnique(parent, null, input.code(), input.name());

        Area area = new Area();
        area.level = input.level();
        area.parent = parent;
        apply(
                area,
                input.code(),
                input.name(),
                input.description(),
                input.address(),
                input.floors(),
                input.unitCount());
        area.insert();
        em.flush();
        return toDetail(area);
    }

    @Transactional
    public AreaDetail update(long id, String ifMatch, AreaUpdate input) {
        Caller caller = scope.caller();
        Area area = scope.find(Area.class, id);
        requireWritable(caller, area.level, area.path);
        ETags.require(ifMatch, area.version);
        Violations violations = Violations.of(validator.validate(input));
        violations.check(() -> requireBuildingFields(area.level, input.address(), input.floors(), input.unitCount()));
        violations.throwIfAny();
        requireUnique(area.parent, area.id, input.code(), input.name());
        String oldName = area.name;
        apply(
                area,
                input.code(),
                input.name(),
                input.description(),
                input.address(),
                input.floors(),
                input.unitCount());
        em.flush();
        if (area.level == AreaLevel.BUILDING && !area.name.equals(oldName)) {
            renamed.fire(new BuildingRenamed(area.id, area.name));
        }
        callers.invalidate(); // callers scoped here carry the area's name and code
        return toDetail(area);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Caller caller = scope.caller();
        Area area = scope.find(Area.class, id);
        requireWritable(caller, area.level, area.path);
        ETags.checkIfPresent(ifMatch, area.version);
        long children = Area.count("parent.id", area.id);
        if (children > 0) {
            throw ApiProblem.conflict("area.delete.has-children", (area.level), area.name, children);
        }
        long scoped = staff.countScopedTo(area.id);
        if (scoped > 0) {
            throw ApiProblem.conflict("area.delete.has-staff", (area.level), area.name, scoped);
        }
        area.delete();
        em.flush();
    }

    /**
     * Who may change which level: a new sub-district (no parent) needs {@link Permission#SUB_DISTRICTS_CREATE}; any other
     * change {@link Permission#AREAS_WRITE}, a level the role writes ({@link #WRITABLE_LEVELS}) and a place in scope.
     * {@code path} is the area's own path for an update, its parent's for a create.
     */
    private void requireWritable(Caller caller, AreaLevel level, String path) {
        boolean allowed = path == null
                ? caller.may(Permission.SUB_DISTRICTS_CREATE)
                : caller.may(Permission.AREAS_WRITE)
                        && WRITABLE_LEVELS.getOrDefault(caller.role(), Set.of()).contains(level)
                        && caller.covers(path);
        if (!allowed) {
            throw ApiProblem.forbidden("access.area.write-denied", (level));
        }
    }

    /** The parent a new area of {@code level} names: in the caller's scope and of the level above. */
    private Area parent(AreaLevel level, Long parentId) {
        if (parentId == null) {
            throw ApiProblem.invalidField("parentId", "area.parent.required", level);
        }
        Area parent = scope.findForField(Area.class, parentId, "parentId", "area.parent.not-found");
        if (parent.level != level.parentLevel()) {
            throw ApiProblem.invalidField(
                    "parentId", "area.parent.wrong-level", level, level.parentLevel(), parent.level);
        }
        return parent;
    }

    private static void requireBuildingFields(AreaLevel level, String address, Integer floors, Integer unitCount) {
        if (level != AreaLevel.BUILDING && (address != null || floors != null || unitCount != null)) {
            String field = address != null ? "address" : floors != null ? "floors" : "unitCount";
            throw ApiProblem.invalidField(field, "area.building-fields.only-building");
        }
    }

    private void requireUnique(Area parent, Long selfId, String code, String name) {
        String parentCondition = parent == null ? "parent is null" : "parent.id = :parent";
        Map<String, Object> params = new HashMap<>();
        if (parent != null) {
            params.put("parent", parent.id);
        }
        params.put("self", selfId == null ? -1L : selfId);
        params.put("value", Text.strip(code));
        Area sameCode = Area.<Area>find(parentCondition + " and code = :value and id <> :self", params)
                .firstResult();
        if (sameCode != null) {
            throw ApiProblem.duplicateField(sameCode.id, "code", "area.code.taken", Text.strip(code));
        }
        params.put("value", Text.strip(name));
        Area sameName = Area.<Area>find(parentCondition + " and name = :value and id <> :self", params)
                .firstResult();
        if (sameName != null) {
            throw ApiProblem.duplicateField(sameName.id, "name", "area.name.taken", Text.strip(name));
        }
    }

    private static void apply(
            Area area,
            String code,
            String name,
            String description,
            String address,
            Integer floors,
            Integer unitCount) {
        area.code = Text.strip(code);
        area.name = Text.strip(name);
        area.description = blankToNull(description);
        area.address = blankToNull(address);
        area.floors = floors;
        area.unitCount = unitCount;
    }

    private AreaDetail toDetail(Area area) {
        List<Long> ancestorIds = area.ancestorIds();
        Map<Long, Area> ancestors = ancestorIds.isEmpty()
                ? Map.of()
                : Area.<Area>list("id in ?1", ancestorIds).stream().collect(Collectors.toMap(a -> a.id, a -> a));
        List<AreaRef> ancestorRefs = ancestorIds.stream()
                .map(ancestors::get)
                .filter(Objects::nonNull)
                .map(AreaRef::of)
                .toList();
        List<GridWorker> gridWorkers = area.level != AreaLevel.GRID ? List.of() : staff.gridWorkers(area.id);
        return new AreaDetail(
                area.id,
                area.level,
                area.code,
                area.name,
                area.parentId(),
                ancestorRefs,
                area.description,
                area.address,
                area.floors,
                area.unitCount,
                Area.count("parent.id", area.id),
                gridWorkers,
                area.version,
                area.createdAt,
                area.updatedAt);
    }

    private Map<Long, Long> childCounts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(
                        "select a.parent.id, count(a) from Area a where a.parent.id in :ids group by a.parent.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
