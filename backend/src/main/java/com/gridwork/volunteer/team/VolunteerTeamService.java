package com.gridwork.volunteer.team;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.VolunteerStatus;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamCreate;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamDetail;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamDissolve;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamMember;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamMemberAdd;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamMemberLeave;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamMemberRole;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamSummary;
import com.gridwork.volunteer.team.VolunteerTeamDtos.VolunteerTeamUpdate;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.common.Text.blankToNull;

/**
 * Volunteer teams (志愿服务队) of a community or of a sub-district, and their dated memberships. Everyone who reads
 * volunteers reads the teams of their areas and of the areas above (a community's staff see the sub-district's
 * teams); a team is managed by those whose scope holds its area.
 */
@ApplicationScoped
public class VolunteerTeamService {
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of(
            "name", "t.name", "foundedOn", "t.foundedOn", "createdAt", "t.createdAt", "updatedAt", "t.updatedAt"));

    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<VolunteerTeamSummary> list(
            String q, Long areaId, String typeCode, TeamStatus status, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filterWithAncestors("t.areaPath");
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and("t.name like :q", "q", blankToNull(q), Like::contains)
                .and(
                        "t.areaPath like :areaPath",
                        "areaPath",
                        areaId,
                        id -> scope.findOrAbove(Area.class, id).path + "%")
                .and("t.typeCode = :typeCode", "typeCode", blankToNull(typeCode))
                .and("t.status = :status", "status", status);
        Sort sort = page.toSort(SORTABLE, Sort.by("t.name").and("t.id"), "t.id");
        List<VolunteerTeam> items = VolunteerTeam.<VolunteerTeam>find(
                        "from VolunteerTeam t join fetch t.area " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(), () -> VolunteerTeam.count("from VolunteerTeam t " + where.clause(), where.params()));
        Map<Long, Current> current = current(items.stream().map(t -> t.id).toList());
        return new PageResult<>(
                items.stream()
                        .map(t -> summary(t, current.getOrDefault(t.id, Current.NONE)))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VolunteerTeamDetail get(long id) {
        return detail(scope.findOrAbove(VolunteerTeam.class, id));
    }

    @Transactional
    public VolunteerTeamDetail create(VolunteerTeamCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Area area = violations.check(
                () -> scope.findForField(Area.class, input.areaId(), "areaId", "volunteer-team.area.not-found"));
        if (area != null && area.level != AreaLevel.COMMUNITY && area.level != AreaLevel.SUB_DISTRICT) {
            violations.add("areaId", "volunteer-team.area.wrong-level");
            area = null;
        }
        if (area != null) {
            checkType(violations, area.path, input.typeCode());
        }
        violations.throwIfAny();
        VolunteerTeam t = new VolunteerTeam();
        t.area = area;
        t.areaPath = area.path;
        t.name = Text.strip(input.name());
        t.typeCode = input.typeCode();
        t.foundedOn = input.foundedOn();
        t.nationalNumber = blankToNull(input.nationalNumber());
        t.description = blankToNull(input.description());
        t.persist();
        em.flush();
        return detail(t);
    }

    @Transactional
    public VolunteerTeamDetail update(long id, String ifMatch, VolunteerTeamUpdate input) {
        VolunteerTeam t = scope.find(VolunteerTeam.class, id);
        ETags.require(ifMatch, t.version);
        Violations violations = Violations.of(validator.validate(input));
        checkType(violations, t.areaPath, input.typeCode());
        violations.throwIfAny();
        t.name = Text.strip(input.name());
        t.typeCode = input.typeCode();
        t.foundedOn = input.foundedOn();
        t.nationalNumber = blankToNull(input.nationalNumber());
        t.description = blankToNull(input.description());
        t.touch();
        em.flush();
        return detail(t);
    }

    /** Dissolves the team: every current membership ends that day with the same reason. 409 when dissolved. */
    @Transactional
    public VolunteerTeamDetail dissolve(long id, VolunteerTeamDissolve input) {
        VolunteerTeam t = scope.find(VolunteerTeam.class, id);
        Violations.of(validator.validate(input)).throwIfAny();
        if (t.status == TeamStatus.DISSOLVED) {
            throw ApiProblem.conflict("volunteer-team.dissolved");
        }
        LocalDate on = input.date() == null ? LocalDate.now() : input.date();
        String reason = Text.strip(input.reason());
        List<TeamMembership> current = TeamMembership.list("team = ?1 and leftOn is null", t);
        for (TeamMembership m : current) {
            if (on.isBefore(m.joinedOn)) {
                throw ApiProblem.invalidField("date", "volunteer-team.member.left-before-joined", m.joinedOn);
            }
            m.leftOn = on;
            m.leftReason = reason;
        }
        t.status = TeamStatus.DISSOLVED;
        t.dissolvedOn = on;
        t.dissolvedReason = reason;
        t.touch();
        em.flush();
        return detail(t);
    }

    /**
     * Adds a volunteer of the team's area (an active one, visible to the caller) with a role. One current membership
     * per person and team: a second is a 409 naming the current one.
     */
    @Transactional
    public VolunteerTeamDetail addMember(long id, VolunteerTeamMemberAdd input) {
        VolunteerTeam t = scope.find(VolunteerTeam.class, id);
        Violations violations = Violations.of(validator.validate(input));
        Volunteer v = violations.check(() ->
                scope.findOrAboveForField(Volunteer.class, input.volunteerId(), "volunteerId", "volunteer.not-found"));
        if (v != null && !v.areaPath.startsWith(t.areaPath)) {
            violations.add("volunteerId", "volunteer-team.member.outside-area");
        } else if (v != null && v.status != VolunteerStatus.ACTIVE) {
            violations.add("volunteerId", "volunteer-team.member.not-active");
        }
        violations.throwIfAny();
        if (t.status == TeamStatus.DISSOLVED) {
            throw ApiProblem.conflict("volunteer-team.dissolved");
        }
        TeamMembership existing = TeamMembership.<TeamMembership>find(
                        "team = ?1 and volunteer = ?2 and leftOn is null", t, v)
                .firstResult();
        if (existing != null) {
            throw ApiProblem.duplicateField(existing.id, "volunteerId", "volunteer-team.member.already", v.name);
        }
        TeamMembership m = new TeamMembership();
        m.team = t;
        m.volunteer = v;
        m.role = input.role();
        m.joinedOn = input.joinedOn() == null ? LocalDate.now() : input.joinedOn();
        m.persist();
        t.touch();
        em.flush();
        return detail(t);
    }

    @Transactional
    public VolunteerTeamDetail changeRole(long id, long membershipId, VolunteerTeamMemberRole input) {
        VolunteerTeam t = scope.find(VolunteerTeam.class, id);
        TeamMembership m = membership(t, membershipId);
        Violations.of(validator.validate(input)).throwIfAny();
        if (m.leftOn != null) {
            throw ApiProblem.conflict("volunteer-team.member.left");
        }
        m.role = input.role();
        t.touch();
        em.flush();
        return detail(t);
    }

    @Transactional
    public VolunteerTeamDetail leave(long id, long membershipId, VolunteerTeamMemberLeave input) {
        VolunteerTeam t = scope.find(VolunteerTeam.class, id);
        TeamMembership m = membership(t, membershipId);
        if (input != null) { // the body is optional: today, no reason
            Violations.of(validator.validate(input)).throwIfAny();
        }
        if (m.leftOn != null) {
            throw ApiProblem.conflict("volunteer-team.member.left");
        }
        LocalDate on = input == null || input.leftOn() == null ? LocalDate.now() : input.leftOn();
        if (on.isBefore(m.joinedOn)) {
            throw ApiProblem.invalidField("leftOn", "volunteer-team.member.left-before-joined", m.joinedOn);
        }
        m.leftOn = on;
        m.leftReason = input == null ? null : blankToNull(input.reason());
        t.touch();
        em.flush();
        return detail(t);
    }

    /** A membership of this team; 404 for another team's (its id says nothing about the caller's scope). */
    private static TeamMembership membership(VolunteerTeam t, long membershipId) {
        TeamMembership m = TeamMembership.findById(membershipId);
        if (m == null || !m.team.id.equals(t.id)) {
            throw ApiProblem.notFound("volunteer-team.member.not-found", membershipId);
        }
        return m;
    }

    private void checkType(Violations violations, String areaPath, String typeCode) {
        dictionary.checkCode(
                violations,
                DictionaryCategory.VOLUNTEER_TEAM_TYPE,
                DictionaryService.subDistrictOfPath(areaPath),
                "typeCode",
                typeCode);
    }

    /** Current members before those who left; leaders, deputies, members; then by joining. */
    private static final Comparator<TeamMembership> MEMBER_ORDER = Comparator.comparing(
                    (TeamMembership m) -> m.leftOn != null)
            .thenComparing(m -> m.role)
            .thenComparing(m -> m.joinedOn)
            .thenComparing(m -> m.id);

    /** A team's current members: how many, and the leader's name. */
    private record Current(long members, String leaderName) {
        static final Current NONE = new Current(0, null);
    }

    private Map<Long, Current> current(List<Long> teamIds) {
        Map<Long, Current> current = new HashMap<>();
        if (teamIds.isEmpty()) {
            return current;
        }
        em.createQuery(
                        "select m.team.id, m.role, m.volunteer.name from TeamMembership m"
                                + " where m.team.id in :ids and m.leftOn is null order by m.joinedOn, m.id",
                        Object[].class)
                .setParameter("ids", teamIds)
                .getResultList()
                .forEach(row -> {
                    Current c = current.getOrDefault((Long) row[0], Current.NONE);
                    String leader =
                            c.leaderName() == null && row[1] == TeamRole.LEADER ? (String) row[2] : c.leaderName();
                    current.put((Long) row[0], new Current(c.members() + 1, leader));
                });
        return current;
    }

    private static VolunteerTeamSummary summary(VolunteerTeam t, Current current) {
        return new VolunteerTeamSummary(
                t.id,
                AreaRef.of(t.area),
                t.name,
                t.typeCode,
                t.foundedOn,
                t.nationalNumber,
                t.status,
                current.members(),
                current.leaderName(),
                t.version);
    }

    private VolunteerTeamDetail detail(VolunteerTeam t) {
        List<TeamMembership> memberships = TeamMembership.<TeamMembership>find(
                        "from TeamMembership m join fetch m.volunteer where m.team = ?1", t)
                .list()
                .stream()
                .sorted(MEMBER_ORDER)
                .toList();
        Map<Long, Current> current = current(List.of(t.id));
        return new VolunteerTeamDetail(
                summary(t, current.getOrDefault(t.id, Current.NONE)),
                t.description,
                t.dissolvedOn,
                t.dissolvedReason,
                memberships.stream()
                        .map(m -> new VolunteerTeamMember(
                                m.id,
                                m.volunteer.id,
                                m.volunteer.name,
                                m.volunteer.phone == null ? null : m.volunteer.phone.masked(),
                                m.role,
                                m.joinedOn,
                                m.leftOn,
                                m.leftReason))
                        .toList(),
                t.createdAt,
                t.updatedAt);
    }
}
