package com.gridwork.volunteer;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaLevel;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.Text;
import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.household.HouseholdDtos.RevealField;
import com.gridwork.registry.household.HouseholdDtos.RevealRequest;
import com.gridwork.registry.household.HouseholdDtos.Revealed;
import com.gridwork.registry.resident.Resident;
import com.gridwork.registry.resident.ResidentQuery;
import com.gridwork.staff.Staff;
import com.gridwork.staff.StaffDtos.StaffCreated;
import com.gridwork.staff.StaffService;
import com.gridwork.volunteer.VolunteerDtos.VolunteerAccount;
import com.gridwork.volunteer.VolunteerDtos.VolunteerAccountCreate;
import com.gridwork.volunteer.VolunteerDtos.VolunteerAccountRef;
import com.gridwork.volunteer.VolunteerDtos.VolunteerCreate;
import com.gridwork.volunteer.VolunteerDtos.VolunteerDetail;
import com.gridwork.volunteer.VolunteerDtos.VolunteerFields;
import com.gridwork.volunteer.VolunteerDtos.VolunteerStatusChange;
import com.gridwork.volunteer.VolunteerDtos.VolunteerSummary;
import com.gridwork.volunteer.VolunteerDtos.VolunteerTeamMembership;
import com.gridwork.volunteer.VolunteerDtos.VolunteerUpdate;
import com.gridwork.volunteer.hours.StarLevels;
import com.gridwork.volunteer.team.TeamMembership;
import com.gridwork.volunteer.team.VolunteerTeam;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.gridwork.common.Text.blankToNull;

/**
 * Volunteer profiles (志愿者). A volunteer registers with a community; the people who work there read the profiles
 * (a grid worker those of the community around their grid), community staff and street-admins manage them. A
 * volunteer's own account reads only its own profile.
 */
@ApplicationScoped
public class VolunteerService {
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of(
            "name", "v.name",
            "registeredOn", "v.registeredOn",
            "confirmedHours", "v.confirmedMinutes",
            "createdAt", "v.createdAt",
            "updatedAt", "v.updatedAt"));

    @Inject
    AreaScope scope;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    DictionaryService dictionary;

    @Inject
    AuditService audit;

    @Inject
    StaffService staff;

    @Inject
    VolunteerStars stars;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** List filters; every one optional, all combined. */
    public record Criteria(
            String q, String skill, Long teamId, Integer star, Long communityId, VolunteerStatus status) {}

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public PageResult<VolunteerSummary> search(Criteria c, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filterWithAncestors("v.areaPath");
        Where where = new Where().and(filter.jpql(), filter.params());
        ResidentQuery text = ResidentQuery.parse(c.q());
        if (text != null) {
            switch (text.kind()) {
                case ID_CARD -> where.and("v.idCard.hash = :qHash", "qHash", cipher.hash(text.value()));
                case PHONE -> where.and("v.phone.hash = :qHash", "qHash", cipher.hash(text.value()));
                // full pinyin or initials from the beginning: lijing, lij, lj → 李静
                case PINYIN ->
                    where.and("(v.namePinyin like :q or v.nameInitials like :q)", "q", Like.prefix(text.value()));
                case NAME ->
                    where.and(
                            "v.id in (select p.id from Volunteer p join p.nameParts np where np like :q)",
                            "q",
                            Like.prefix(text.value()));
            }
        }
        where.and(
                        "v.areaPath like :communityPath",
                        "communityPath",
                        c.communityId(),
                        id -> scope.findOrAbove(Area.class, id).path + "%")
                .and(":skill member of v.skills", "skill", blankToNull(c.skill()))
                .and(
                        "exists (select 1 from TeamMembership m where m.volunteer = v and m.team.id = :teamId"
                                + " and m.leftOn is null)",
                        "teamId",
                        c.teamId(),
                        id -> scope.findOrAbove(VolunteerTeam.class, id).id)
                .and("v.status = :status", "status", c.status());
        VolunteerStars.InForce levels = stars.load();
        if (c.star() != null) {
            starCondition(where, levels, c.star());
        }
        Sort sort = page.toSort(SORTABLE, Sort.by("v.name").and("v.id"), "v.id");
        List<Volunteer> items = Volunteer.<Volunteer>find(
                        "from Volunteer v join fetch v.community " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total =
                page.total(items.size(), () -> Volunteer.count("from Volunteer v " + where.clause(), where.params()));
        Map<Long, List<String>> skills = skillsOf(items.stream().map(v -> v.id).toList());
        return new PageResult<>(
                items.stream()
                        .map(v -> summary(v, skills.getOrDefault(v.id, List.of()), levels))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    /**
     * The star filter: the confirmed minutes that give that star, under the thresholds of each volunteer's
     * sub-district (its own rows, else the defaults), as one condition.
     */
    private static void starCondition(Where where, VolunteerStars.InForce levels, int star) {
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        List<String> own = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Long, StarLevels> e : levels.bySubDistrict().entrySet()) {
            String path = "starPath" + i;
            params.put(path, "/" + e.getKey() + "/%");
            own.add("v.areaPath like :" + path);
            StarLevels.MinuteRange range = minutesOf(e.getValue(), star);
            if (range != null) {
                alternatives.add("(v.areaPath like :" + path + " and " + range(range, "star" + i, params) + ")");
            }
            i++;
        }
        StarLevels.MinuteRange range = minutesOf(levels.defaults(), star);
        if (range != null) {
            String outside = own.isEmpty() ? "" : "not (" + String.join(" or ", own) + ") and ";
            alternatives.add("(" + outside + range(range, "starDefault", params) + ")");
        }
        where.and(alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")", params);
    }

    /** The minutes of one star as a condition; star 0 has no lower bound (a reversal may leave a total below 0). */
    private static String range(StarLevels.MinuteRange range, String name, Map<String, Object> params) {
        StringBuilder condition = new StringBuilder();
        if (range.from() != Long.MIN_VALUE) {
            params.put(name + "From", range.from());
            condition.append("v.confirmedMinutes >= :").append(name).append("From");
        }
        if (range.to().isPresent()) {
            params.put(name + "To", range.to().get());
            condition
                    .append(condition.isEmpty() ? "" : " and ")
                    .append("v.confirmedMinutes < :")
                    .append(name)
                    .append("To");
        }
        return condition.isEmpty() ? "1 = 1" : condition.toString();
    }

    /** The minutes that hold exactly this star under these thresholds; null for a star they do not have. */
    private static StarLevels.MinuteRange minutesOf(StarLevels levels, int star) {
        return star <= levels.minHours().size() ? levels.range(star) : null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VolunteerDetail get(long id) {
        return detail(readable(id));
    }

    /** The caller's own profile; 404 when the account belongs to no volunteer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VolunteerDetail mine() {
        return detail(own().orElseThrow(() -> ApiProblem.notFound("volunteer.self.none")));
    }

    @Transactional
    public VolunteerDetail create(VolunteerCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Area community = violations.check(() ->
                scope.findForField(Area.class, input.communityId(), "communityId", "volunteer.community.not-found"));
        if (community != null && community.level != AreaLevel.COMMUNITY) {
            violations.add("communityId", "volunteer.community.not-community");
            community = null;
        }
        check(violations, input, community == null ? null : community.path, true);
        violations.throwIfAny();
        Volunteer v = new Volunteer();
        v.community = community;
        v.areaPath = community.path;
        v.registeredOn = input.registeredOn() == null ? LocalDate.now() : input.registeredOn();
        apply(v, input, true);
        v.persist();
        em.flush();
        return detail(v);
    }

    @Transactional
    public VolunteerDetail update(long id, String ifMatch, VolunteerUpdate input) {
        Volunteer v = managed(id);
        ETags.require(ifMatch, v.version);
        boolean withIdCard = !Text.isBlank(input.idCard());
        Violations violations = Violations.of(validator.validate(input));
        check(violations, input, v.areaPath, withIdCard);
        violations.throwIfAny();
        apply(v, input, withIdCard);
        v.touch();
        em.flush();
        return detail(v);
    }

    /**
     * Active, suspended (with a reason) or left (with a reason): leaving ends the volunteer's current team
     * memberships on that day, with the same reason.
     */
    @Transactional
    public VolunteerDetail changeStatus(long id, String ifMatch, VolunteerStatusChange input) {
        Volunteer v = managed(id);
        ETags.checkIfPresent(ifMatch, v.version);
        Violations violations = Violations.of(validator.validate(input));
        String reason = blankToNull(input.reason());
        if (input.status() != null && input.status() != VolunteerStatus.ACTIVE && reason == null) {
            violations.add("reason", "volunteer.status.reason-required");
        }
        violations.throwIfAny();
        if (input.status() == v.status) {
            throw ApiProblem.conflict("volunteer.status.unchanged", input.status());
        }
        v.status = input.status();
        v.statusReason = reason;
        if (v.status == VolunteerStatus.LEFT) {
            List<TeamMembership> current = TeamMembership.list("volunteer = ?1 and leftOn is null", v);
            for (TeamMembership m : current) {
                m.leftOn = LocalDate.now();
                m.leftReason = reason;
            }
        }
        v.touch();
        em.flush();
        return detail(v);
    }

    @Transactional
    public Revealed reveal(long id, RevealRequest request) {
        Volunteer v = managed(id);
        SealedValue sealed = request.field() == RevealField.ID_CARD ? v.idCard : v.phone;
        if (sealed == null) {
            throw ApiProblem.notFound("volunteer.phone.none");
        }
        AuditEntry.Action action = request.field() == RevealField.ID_CARD
                ? AuditEntry.Action.REVEAL_ID_CARD
                : AuditEntry.Action.REVEAL_PHONE;
        audit.record(action, "VOLUNTEER", v.id, v.name, request.reason().strip(), null, v.areaPath);
        return new Revealed(request.field(), cipher.decrypt(sealed.encrypted()));
    }

    /**
     * A sign-in for the volunteer: a Keycloak user with the realm role volunteer and a staff row of that role scoped
     * to the volunteer's community (staff administration's own provisioning), linked by volunteer.staff_id. 409 when
     * the volunteer has one already.
     */
    @Transactional
    public VolunteerAccount createAccount(long id, VolunteerAccountCreate input) {
        Volunteer v = managed(id);
        Violations.of(validator.validate(input)).throwIfAny();
        if (v.staffId != null) {
            throw ApiProblem.duplicate(v.staffId, "volunteer.account.exists");
        }
        StaffCreated created = staff.provision(
                input.username().strip(), v.name, null, StaffRole.VOLUNTEER, new LinkedHashSet<>(Set.of(v.community)));
        v.staffId = created.staff().id();
        v.touch();
        em.flush();
        return new VolunteerAccount(created.staff().id(), created.staff().username(), created.temporaryPassword());
    }

    /** A volunteer the caller may read: in its areas or the community above them; a volunteer only itself. */
    Volunteer readable(long id) {
        Caller caller = scope.caller();
        if (caller.may(Permission.VOLUNTEERS_READ)) {
            return scope.findOrAbove(Volunteer.class, id);
        }
        return own().filter(v -> v.id == id).orElseThrow(() -> ApiProblem.notFound("volunteer.not-found", id));
    }

    /** A volunteer the caller may change: in its scope (community staff: their community's). */
    Volunteer managed(long id) {
        return scope.find(Volunteer.class, id);
    }

    /** The volunteer profile linked to the caller's account, if any. */
    public Optional<Volunteer> own() {
        long staffId = scope.caller().staffId();
        return Volunteer.<Volunteer>find("staffId", staffId).firstResultOptional();
    }

    /** The form's own rules: the ID number, and the codes of the community's sub-district. */
    private void check(Violations violations, VolunteerFields f, String areaPath, boolean withIdCard) {
        if (withIdCard && !violations.has("idCard")) {
            IdCards.problem(IdCards.normalize(f.idCard()))
                    .ifPresent(p -> violations.add(
                            "idCard",
                            "resident.id-card."
                                    + p.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        if (areaPath == null) {
            return;
        }
        Long subDistrict = DictionaryService.subDistrictOfPath(areaPath);
        dictionary.checkCodes(violations, DictionaryCategory.VOLUNTEER_SKILL, subDistrict, "skills", f.skills());
        dictionary.checkCode(
                violations,
                DictionaryCategory.POLITICAL_STATUS,
                subDistrict,
                "politicalStatus",
                blankToNull(f.politicalStatus()));
    }

    /**
     * Applies a checked form. One person, one profile: an ID number registered for another volunteer is a 409 naming
     * them (their id only when the caller may see them). The registry's resident with the same number, when they live
     * in the volunteer's sub-district, becomes the profile's link.
     */
    private void apply(Volunteer v, VolunteerFields f, boolean withIdCard) {
        if (withIdCard) {
            String id = IdCards.normalize(f.idCard());
            SealedValue sealed = cipher.sealIdCard(id);
            Volunteer twin = Volunteer.find("idCard.hash", sealed.hash()).firstResult();
            if (twin != null && !twin.id.equals(v.id)) {
                boolean visible = scope.caller().coversOrIsAbove(twin.areaPath);
                throw ApiProblem.duplicateField(
                        visible ? twin.id : null,
                        "idCard",
                        visible ? "volunteer.id-card.taken" : "volunteer.id-card.taken-elsewhere",
                        twin.name);
            }
            v.idCard = sealed;
            v.birthDate = IdCards.birthDate(id);
            v.gender = IdCards.gender(id);
            Resident resident = Resident.find("idCard.hash", sealed.hash()).firstResult();
            String subDistrict = "/" + DictionaryService.subDistrictOfPath(v.areaPath) + "/";
            v.residentId = resident != null && resident.areaPath.startsWith(subDistrict) ? resident.id : null;
        }
        v.rename(Text.strip(f.name()));
        String phone = blankToNull(f.phone());
        if (phone != null || f.clearPhone()) {
            v.phone = phone == null ? null : cipher.sealPhone(phone);
        }
        v.skills.clear();
        v.skills.addAll(f.skills() == null ? List.of() : f.skills());
        v.politicalStatus = blankToNull(f.politicalStatus());
        v.availability = blankToNull(f.availability());
        v.nationalNumber = blankToNull(f.nationalNumber());
        v.insuranceUntil = f.insuranceUntil();
    }

    private Map<Long, List<String>> skillsOf(List<Long> ids) {
        Map<Long, List<String>> skills = new HashMap<>();
        if (ids.isEmpty()) {
            return skills;
        }
        em.createQuery("select v.id, s from Volunteer v join v.skills s where v.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> skills.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((String) row[1]));
        return skills;
    }

    VolunteerSummary summary(Volunteer v, List<String> skills, VolunteerStars.InForce levels) {
        return new VolunteerSummary(
                v.id,
                v.name,
                v.gender,
                v.birthDate,
                Period.between(v.birthDate, LocalDate.now()).getYears(),
                v.idCard.masked(),
                v.phone == null ? null : v.phone.masked(),
                AreaRef.of(v.community),
                List.copyOf(skills),
                v.status,
                levels.star(v),
                VolunteerStars.hours(v.confirmedMinutes),
                v.staffId != null,
                v.version);
    }

    VolunteerDetail detail(Volunteer v) {
        List<TeamMembership> memberships = TeamMembership.<TeamMembership>find(
                        "from TeamMembership m join fetch m.team where m.volunteer = ?1"
                                + " order by case when m.leftOn is null then 0 else 1 end, m.joinedOn desc, m.id desc",
                        v)
                .list();
        Staff account = v.staffId == null ? null : Staff.findById(v.staffId);
        Resident resident = v.residentId == null ? null : Resident.findById(v.residentId);
        boolean linked = resident != null && scope.covers(resident);
        return new VolunteerDetail(
                summary(v, List.copyOf(v.skills), stars.load()),
                v.politicalStatus,
                v.availability,
                v.nationalNumber,
                v.insuranceUntil,
                v.statusReason,
                v.registeredOn,
                linked ? resident.id : null,
                linked ? resident.household.id : null,
                account == null ? null : new VolunteerAccountRef(account.id, account.username, account.enabled),
                memberships.stream()
                        .map(m -> new VolunteerTeamMembership(
                                m.id, m.team.id, m.team.name, m.role, m.joinedOn, m.leftOn, m.leftReason))
                        .toList(),
                v.createdAt,
                v.updatedAt);
    }
}
