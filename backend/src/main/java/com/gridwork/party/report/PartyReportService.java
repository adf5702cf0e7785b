package com.gridwork.party.report;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitStatus;
import com.gridwork.cobuild.unit.OrganisationType;
import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Constraints;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyMemberReport;
import com.gridwork.party.PartyReportEnded;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.party.report.PartyReportDtos.PartyReportCreate;
import com.gridwork.party.report.PartyReportDtos.PartyReportDetail;
import com.gridwork.party.report.PartyReportDtos.PartyReportFields;
import com.gridwork.party.report.PartyReportDtos.PartyReportOwnCreate;
import com.gridwork.party.report.PartyReportDtos.PartyReportPersonInput;
import com.gridwork.party.report.PartyReportDtos.PartyReportPrefill;
import com.gridwork.party.report.PartyReportDtos.PartyReportReason;
import com.gridwork.party.report.PartyReportDtos.PartyReportTransfer;
import com.gridwork.party.report.PartyReportDtos.PartyReportUnit;
import com.gridwork.party.report.PartyReportDtos.PartyReportView;
import com.gridwork.party.report.PartyReportDtos.PartyReportVolunteer;
import com.gridwork.party.report.PartyReportLifecycle.Step;
import com.gridwork.registry.resident.Resident;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.VolunteerDtos.VolunteerCreate;
import com.gridwork.volunteer.VolunteerSelf;
import com.gridwork.volunteer.VolunteerService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static com.gridwork.common.Text.blankToNull;

/**
 * In-service party members' yearly reports (在职党员到社区报到). Staff of a community enter a report for a member (an
 * existing volunteer profile, or a new person registered as a volunteer of the community: one person, one profile),
 * or the member submits their own from a volunteer account; the community confirms or rejects it, and may withdraw it
 * or transfer it to another community of the sub-district. Readers see the reports of their communities (a grid
 * worker those of the community around the grid). One live report per member and year: the database's
 * uq_party_report_live decides, also between parallel requests. Every step that ends a live report fires
 * {@link PartyReportEnded}.
 */
@ApplicationScoped
public class PartyReportService {
    private static final Map<String, String> SORTABLE = Map.of(
            "year", "r.reportYear",
            "name", "v.name",
            "employer", "r.employer",
            "status", "r.status",
            "submittedAt", "r.submittedAt",
            "decidedAt", "r.decidedAt");
    private static final String FETCH = "from PartyMemberReport r join fetch r.volunteer v join fetch r.community c ";
    /** How far back a report's history is followed (a chain is a few years and transfers long). */
    private static final int HISTORY_LIMIT = 50;

    @Inject
    AreaScope scope;

    @Inject
    VolunteerSelf self;

    @Inject
    VolunteerService volunteers;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Event<PartyReportEnded> ended;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** List filters; every one optional, all combined. */
    public record Criteria(
            Integer year,
            Long areaId,
            PartyReportStatus status,
            OrganisationType employerType,
            Long unitId,
            String q) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PartyReportView> search(Criteria c, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filterWithAncestors("r.areaPath");
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and("r.reportYear = :year", "year", c.year())
                .and(
                        "r.areaPath like :areaPath",
                        "areaPath",
                        c.areaId(),
                        id -> ReportRules.communityPrefix(scope, id) + "%")
                .and("r.status = :status", "status", c.status())
                .and("r.employerType = :employerType", "employerType", c.employerType())
                .and("r.unitId = :unitId", "unitId", c.unitId(), id -> scope.findOrAbove(CoBuildUnit.class, id).id)
                .and(
                        "(v.name like :q or r.employer like :q or r.employerPartyOrg like :q)",
                        "q",
                        blankToNull(c.q()),
                        Like::contains);
        Sort sort = page.toSort(
                SORTABLE,
                Sort.by("r.reportYear", Sort.Direction.Descending)
                        .and("r.submittedAt", Sort.Direction.Descending)
                        .and("r.id"),
                "r.id");
        List<PartyMemberReport> items = PartyMemberReport.<PartyMemberReport>find(
                        FETCH + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> where.bind(em.createQuery(
                                "select count(r) from PartyMemberReport r join r.volunteer v " + where.clause(),
                                Long.class))
                        .getSingleResult());
        return new PageResult<>(views(items), page.page, page.size, total);
    }

    /** A report of the caller's communities (or the community around its grid), with its history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartyReportDetail get(long id) {
        return detail(scope.findOrAbove(PartyMemberReport.class, id));
    }

    /** Staff enter a member's report: SUBMITTED, to be confirmed. */
    @Transactional
    public PartyReportView create(PartyReportCreate input) {
        Caller caller = scope.caller();
        Violations violations = Violations.of(validator.validate(input));
        Area community = violations.check(() ->
                scope.findForField(Area.class, input.communityId(), "communityId", "party.report.community.not-found"));
        if (community != null && community.level != AreaLevel.COMMUNITY) {
            violations.add("communityId", "party.report.community.not-community", community.name);
            community = null;
        }
        Volunteer volunteer = null;
        if (input.volunteerId() != null) {
            volunteer = violations.check(() -> scope.findForField(
                    Volunteer.class, input.volunteerId(), "volunteerId", "party.report.volunteer.not-found"));
        } else if (input.person() == null) {
            violations.add("volunteerId", "party.report.person.required");
        } else {
            checkIdCard(violations, input.person().idCard());
        }
        Resident resident = null;
        if (input.residentId() != null) {
            resident = violations.check(() -> scope.findOrAboveForField(
                    Resident.class, input.residentId(), "residentId", "party.report.resident.not-found"));
        }
        CoBuildUnit unit = checkFields(violations, input, community);
        violations.throwIfAny();

        if (volunteer == null) {
            volunteer = personsProfile(community, input.person());
        }
        if (resident != null && !Objects.equals(resident.idCard.hash(), volunteer.idCard.hash())) {
            throw ApiProblem.invalidField("residentId", "party.report.resident.other-person", resident.id);
        }
        return view(persist(volunteer, community, input, unit, resident, caller.staffId()));
    }

    /** The member's own reports, newest year first; empty for a volunteer account without a profile. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyReportView> mine() {
        return self.profile()
                .map(v -> views(PartyMemberReport.<PartyMemberReport>find(
                                FETCH + "where r.volunteerId = ?1",
                                Sort.descending("r.reportYear", "r.submittedAt", "r.id"),
                                v.id)
                        .list()))
                .orElse(List.of());
    }

    /** The member submits their own report to a community of their sub-district. */
    @Transactional
    public PartyReportView submitMine(PartyReportOwnCreate input) {
        Caller caller = scope.caller();
        Volunteer volunteer = ownProfile();
        Violations violations = Violations.of(validator.validate(input));
        Area community = null;
        if (input.communityId() != null) {
            community = ReportRules.communityOfSubDistrict(
                    input.communityId(), ReportRules.subDistrictPath(volunteer.areaPath));
            if (community == null) {
                violations.add("communityId", "party.report.community.not-found", input.communityId());
            }
        }
        CoBuildUnit unit = checkFields(violations, input, community);
        violations.throwIfAny();
        return view(persist(volunteer, community, input, unit, null, caller.staffId()));
    }

    /**
     * The member's form for a year (this year when none is given): the values of their newest report of an earlier
     * year (or, failing that, of any year), the community they live in (or volunteer with) when no report names one,
     * and the choices.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartyReportPrefill prefill(Integer year) {
        Volunteer volunteer = ownProfile();
        int current = BeijingTime.today().getYear();
        int forYear = year == null ? current : year;
        if (forYear < current || forYear > current + 1) {
            throw ApiProblem.invalidField("year", "party.report.year.out-of-range", current, current + 1);
        }
        String subDistrict = ReportRules.subDistrictPath(volunteer.areaPath);
        List<PartyMemberReport> own = PartyMemberReport.<PartyMemberReport>find(
                        "volunteerId = ?1 and status <> ?2",
                        Sort.descending("reportYear", "submittedAt", "id"),
                        volunteer.id,
                        PartyReportStatus.REJECTED)
                .list();
        PartyMemberReport source =
                own.stream().filter(r -> r.reportYear < forYear).findFirst().orElse(own.isEmpty() ? null : own.get(0));
        Long existing = liveReportId(volunteer.id, forYear);
        List<Area> communities = Area.<Area>find(
                        "level = ?1 and path like ?2",
                        Sort.by("name").and("id"),
                        AreaLevel.COMMUNITY,
                        subDistrict + "%")
                .list();
        Long communityId = source != null && source.areaPath.startsWith(subDistrict) ? source.communityId : null;
        if (communityId == null) {
            communityId = homeCommunity(volunteer, subDistrict);
        }
        List<PartyReportUnit> units = CoBuildUnit.<CoBuildUnit>find(
                        "areaPath = ?1 and status = ?2",
                        Sort.by("name").and("id"),
                        subDistrict,
                        CoBuildUnitStatus.ACTIVE)
                .list()
                .stream()
                .map(u -> new PartyReportUnit(u.id, u.name))
                .toList();
        return new PartyReportPrefill(
                forYear,
                communityId,
                source == null ? null : source.employer,
                source == null ? null : source.employerPartyOrg,
                source == null ? null : source.employerType,
                source == null ? null : source.unitId,
                source == null ? null : source.skills,
                source == null ? null : source.id,
                existing,
                communities.stream().map(AreaRef::of).toList(),
                units);
    }

    /** Where the member lives (their resident's community, in the sub-district), else their volunteer community. */
    private static Long homeCommunity(Volunteer volunteer, String subDistrict) {
        if (volunteer.residentId != null) {
            Resident resident = Resident.findById(volunteer.residentId);
            if (resident != null && resident.areaPath.startsWith(subDistrict)) {
                String[] parts = resident.areaPath.split("/");
                if (parts.length > 2) {
                    return Long.valueOf(parts[2]);
                }
            }
        }
        return volunteer.communityId;
    }

    // ---- the community's steps -------------------------------------------------------------------------------------

    /** Confirms a submitted report: ACTIVE when its year is the current one, else CONFIRMED until January 1st. */
    @Transactional
    public PartyReportView confirm(long id, String ifMatch) {
        PartyMemberReport r = managed(id, ifMatch);
        r.status = ReportRules.step(r.status, r.reportYear, r.id, Step.CONFIRM);
        r.statusReason = null;
        r.decidedById = scope.caller().staffId();
        r.decidedAt = Instant.now();
        return saved(r);
    }

    @Transactional
    public PartyReportView reject(long id, String ifMatch, PartyReportReason input) {
        PartyMemberReport r = managed(id, ifMatch);
        Violations.of(validator.validate(input)).throwIfAny();
        PartyReportStatus from = r.status;
        r.status = ReportRules.step(r.status, r.reportYear, r.id, Step.REJECT);
        r.statusReason = input.reason().strip();
        r.decidedById = scope.caller().staffId();
        r.decidedAt = Instant.now();
        fireIfEnded(r, from);
        return saved(r);
    }

    @Transactional
    public PartyReportView withdraw(long id, String ifMatch, PartyReportReason input) {
        PartyMemberReport r = managed(id, ifMatch);
        Violations.of(validator.validate(input)).throwIfAny();
        PartyReportStatus from = r.status;
        r.status = ReportRules.step(r.status, r.reportYear, r.id, Step.WITHDRAW);
        end(r, input.reason());
        fireIfEnded(r, from);
        return saved(r);
    }

    /**
     * Transfers a confirmed or active report to another community of its sub-district: it ends TRANSFERRED_OUT, and a
     * new SUBMITTED report continuing it (previousId) waits for the target community's confirmation. Answers the
     * ended report (the caller need not see the target community).
     */
    @Transactional
    public PartyReportView transfer(long id, String ifMatch, PartyReportTransfer input) {
        PartyMemberReport r = managed(id, ifMatch);
        Violations violations = Violations.of(validator.validate(input));
        Area target = null;
        if (input.communityId() != null) {
            target = ReportRules.communityOfSubDistrict(input.communityId(), ReportRules.subDistrictPath(r.areaPath));
            if (target == null) {
                violations.add("communityId", "party.report.transfer.community", input.communityId());
            } else if (target.id.equals(r.communityId)) {
                violations.add("communityId", "party.report.transfer.same-community");
            }
        }
        violations.throwIfAny();
        PartyReportStatus from = r.status;
        r.status = ReportRules.step(r.status, r.reportYear, r.id, Step.TRANSFER);
        end(r, input.reason());
        fireIfEnded(r, from);
        em.flush(); // frees the live key for the report that continues it

        PartyMemberReport next = new PartyMemberReport();
        next.reportYear = r.reportYear;
        next.volunteer = r.volunteer;
        next.residentId = r.residentId;
        next.community = target;
        next.areaPath = target.path;
        next.employer = r.employer;
        next.employerPartyOrg = r.employerPartyOrg;
        next.employerType = r.employerType;
        next.unitId = r.unitId;
        next.skills = r.skills;
        next.previousId = r.id;
        next.submittedById = scope.caller().staffId();
        next.submittedAt = Instant.now();
        next.persist();
        return saved(r);
    }

    private PartyMemberReport managed(long id, String ifMatch) {
        PartyMemberReport r = scope.find(PartyMemberReport.class, id);
        ETags.checkIfPresent(ifMatch, r.version);
        return r;
    }

    private void end(PartyMemberReport r, String reason) {
        r.statusReason = reason.strip();
        r.endedById = scope.caller().staffId();
        r.endedAt = Instant.now();
    }

    private void fireIfEnded(PartyMemberReport r, PartyReportStatus from) {
        if (PartyReportLifecycle.ends(from, r.status)) {
            ended.fire(new PartyReportEnded(r.id, r.volunteerId, r.status));
        }
    }

    private PartyReportView saved(PartyMemberReport r) {
        r.touch();
        em.flush();
        return view(r);
    }

    // ---- creating --------------------------------------------------------------------------------------------------

    private Volunteer ownProfile() {
        return self.profile().orElseThrow(() -> ApiProblem.forbidden("party.report.own.no-profile"));
    }

    /** The checks both forms share: the year, and the employer's unit (of the community's sub-district). */
    private CoBuildUnit checkFields(Violations violations, PartyReportFields f, Area community) {
        ReportRules.checkYear(violations, f.year());
        return ReportRules.unit(em, violations, f.unitId(), community);
    }

    private void checkIdCard(Violations violations, String idCard) {
        if (idCard != null && !violations.has("person.idCard")) {
            IdCards.problem(IdCards.normalize(idCard))
                    .ifPresent(p -> violations.add(
                            "person.idCard",
                            "resident.id-card."
                                    + p.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
    }

    /**
     * The person's volunteer profile: the one their ID number is registered with (one person, one profile), else a
     * new one in the community, created by the volunteer feature's own rules.
     */
    private Volunteer personsProfile(Area community, PartyReportPersonInput person) {
        String hash = cipher.hash(IdCards.normalize(person.idCard()));
        Volunteer twin = Volunteer.find("idCard.hash", hash).firstResult();
        if (twin != null) {
            return twin;
        }
        long id = volunteers
                .create(new VolunteerCreate(
                        community.id,
                        person.name(),
                        person.idCard(),
                        blankToNull(person.phone()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .volunteer()
                .id();
        return Volunteer.findById(id);
    }

    /** Inserts a SUBMITTED report; a live one of the member and year is a 409 naming it. */
    private PartyMemberReport persist(
            Volunteer volunteer,
            Area community,
            PartyReportFields f,
            CoBuildUnit unit,
            Resident resident,
            long submittedBy) {
        int year = f.year();
        Long existing = liveReportId(volunteer.id, year);
        if (existing != null) {
            throw duplicate(existing);
        }
        PartyMemberReport r = new PartyMemberReport();
        r.reportYear = year;
        r.volunteer = volunteer;
        r.residentId = resident != null ? resident.id : residentOf(volunteer, community);
        r.community = community;
        r.areaPath = community.path;
        r.employer = f.employer().strip();
        r.employerPartyOrg = blankToNull(f.employerPartyOrg());
        r.employerType = f.employerType();
        r.unitId = unit == null ? null : unit.id;
        r.skills = blankToNull(f.skills());
        r.previousId = lastYears(volunteer.id, year);
        r.submittedById = submittedBy;
        r.submittedAt = Instant.now();
        try {
            r.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (!liveKeyTaken(e)) {
                throw e;
            }
            // a parallel request reported the same member for the same year first: name its report, read in a
            // transaction of its own (this one is spoilt by the failed insert)
            long volunteerId = volunteer.id;
            throw duplicate(QuarkusTransaction.requiringNew().call(() -> liveReportId(volunteerId, year)));
        }
        return r;
    }

    /** The registry's resident with the member's ID number, when they live in the community's sub-district. */
    private Long residentOf(Volunteer volunteer, Area community) {
        Resident resident =
                Resident.find("idCard.hash", volunteer.idCard.hash()).firstResult();
        return resident != null && resident.areaPath.startsWith(ReportRules.subDistrictPath(community.path))
                ? resident.id
                : null;
    }

    /** The member's confirmed report of the year before, which a new one continues. */
    private Long lastYears(long volunteerId, int year) {
        return em.createQuery(
                        "select r.id from PartyMemberReport r where r.volunteerId = :v and r.reportYear = :y"
                                + " and r.decidedAt is not null and r.status <> :rejected order by r.decidedAt desc",
                        Long.class)
                .setParameter("v", volunteerId)
                .setParameter("y", year - 1)
                .setParameter("rejected", PartyReportStatus.REJECTED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Long liveReportId(long volunteerId, int year) {
        return em.createQuery(
                        "select r.id from PartyMemberReport r where r.volunteerId = :v and r.reportYear = :y"
                                + " and r.status in :live",
                        Long.class)
                .setParameter("v", volunteerId)
                .setParameter("y", year)
                .setParameter("live", PartyReportStatus.LIVE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static ApiProblem duplicate(Long existing) {
        // null: the other request's report ended again in between; the conflict stands
        return existing == null
                ? ApiProblem.conflict("party.report.duplicate.unknown")
                : ApiProblem.duplicate(existing, "party.report.duplicate", existing);
    }

    private static boolean liveKeyTaken(Throwable e) {
        return Constraints.violated(e, "uq_party_report_live");
    }

    // ---- views -----------------------------------------------------------------------------------------------------

    PartyReportDetail detail(PartyMemberReport r) {
        List<PartyMemberReport> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long previous = r.previousId;
        while (previous != null && seen.add(previous) && chain.size() < HISTORY_LIMIT) {
            PartyMemberReport p = PartyMemberReport.findById(previous);
            if (p == null) {
                break;
            }
            chain.add(p);
            previous = p.previousId;
        }
        List<AreaRef> targets = Area.<Area>find(
                        "level = ?1 and path like ?2 and id <> ?3",
                        Sort.by("name").and("id"),
                        AreaLevel.COMMUNITY,
                        ReportRules.subDistrictPath(r.areaPath) + "%",
                        r.communityId)
                .list()
                .stream()
                .map(AreaRef::of)
                .toList();
        return new PartyReportDetail(view(r), views(chain), targets);
    }

    PartyReportView view(PartyMemberReport r) {
        return views(List.of(r)).get(0);
    }

    List<PartyReportView> views(List<PartyMemberReport> items) {
        Map<Long, String> units = unitNames(
                items.stream().map(r -> r.unitId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return items.stream()
                .map(r -> new PartyReportView(
                        r.id,
                        r.reportYear,
                        new PartyReportVolunteer(r.volunteer.id, r.volunteer.name),
                        r.residentId,
                        AreaRef.of(r.community),
                        r.employer,
                        r.employerPartyOrg,
                        r.employerType,
                        r.unitId == null ? null : new PartyReportUnit(r.unitId, units.get(r.unitId)),
                        r.skills,
                        r.status,
                        r.statusReason,
                        r.previousId,
                        r.submittedAt,
                        r.decidedAt,
                        r.version))
                .toList();
    }

    static Map<Long, String> unitNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return CoBuildUnit.<CoBuildUnit>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u.name, (a, b) -> a, java.util.HashMap::new));
    }
}
