package com.gridwork.cobuild.unit;

import com.gridwork.access.AreaScope;
import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaLevel;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.cobuild.agreement.CoBuildAgreement;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitCreate;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitFields;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitLiaisonAccount;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitLiaisonCreate;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitLiaisonView;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitOption;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitRevealed;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitUpdate;
import com.gridwork.cobuild.unit.CoBuildUnitDtos.CoBuildUnitView;
import com.gridwork.common.Text;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.staff.Staff;
import com.gridwork.staff.StaffDtos.StaffCreated;
import com.gridwork.staff.StaffService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.gridwork.common.Text.blankToNull;

/**
 * Co-building units (共驻共建单位) of a sub-district and their liaison sign-in accounts. Everyone who reads units reads
 * those of the sub-district around their areas; a street-admin registers and edits them; a liaison reads only its own
 * unit ({@link LiaisonSelf}), any other is a 404. The contact's phone is sealed, shown masked, revealed with a reason.
 */
@ApplicationScoped
public class CoBuildUnitService {
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of(
            "name", "u.name",
            "partyMemberTotal", "u.partyMemberTotal",
            "createdAt", "u.createdAt",
            "updatedAt", "u.updatedAt"));

    @Inject
    AreaScope scope;

    @Inject
    LiaisonSelf liaison;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditService audit;

    @Inject
    StaffService staff;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** The list filters of GET /api/cobuild-units. */
    public record Criteria(Long subDistrictId, CoBuildUnitStatus status, OrganisationType unitType, String q) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CoBuildUnitView> list(Criteria c, PageParams page) {
        Where where = readableWhere()
                .and(
                        "u.subDistrictId = :subDistrictId",
                        "subDistrictId",
                        c.subDistrictId(),
                        id -> scope.findOrAbove(Area.class, id).id)
                .and("u.status = :status", "status", c.status())
                .and("u.unitType = :unitType", "unitType", c.unitType())
                .and(
                        "(u.name like :q or u.partyOrgName like :q or u.contactName like :q)",
                        "q",
                        blankToNull(c.q()),
                        Like::contains);
        Sort sort = page.toSort(SORTABLE, Sort.by("u.name").and("u.id"), "u.id");
        List<CoBuildUnit> items = CoBuildUnit.<CoBuildUnit>find(
                        "from CoBuildUnit u join fetch u.subDistrict " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(), () -> CoBuildUnit.count("from CoBuildUnit u " + where.clause(), where.params()));
        Map<Long, Long> liaisons = liaisonCounts(items.stream().map(u -> u.id).toList());
        return new PageResult<>(
                items.stream()
                        .map(u -> view(u, liaisons.getOrDefault(u.id, 0L)))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoBuildUnitView get(long id) {
        return view(readable(id));
    }

    /** The unit the calling liaison acts for; 404 for any other caller, and for a liaison linked to no unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CoBuildUnitView mine() {
        long id = liaison.unitId().orElseThrow(() -> ApiProblem.notFound("cobuild.unit.mine.none"));
        return view(CoBuildUnit.findById(id));
    }

    /**
     * The active units an issue or a project of this area may be given to (those of its sub-district), those paired
     * with the community first, then by name. A liaison is offered its own unit only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoBuildUnitOption> options(long communityId) {
        Area community = scope.findOrAbove(Area.class, communityId);
        Set<Long> paired = new HashSet<>(CoBuildAgreement.pairedUnitIds(community.id));
        Where where = readableWhere()
                .and("u.status = :active", "active", CoBuildUnitStatus.ACTIVE)
                .and(":path like concat(u.areaPath, '%')", "path", community.path);
        return CoBuildUnit.<CoBuildUnit>find("from CoBuildUnit u " + where.clause(), where.params()).stream()
                .map(u -> new CoBuildUnitOption(u.id, u.name, u.unitType, paired.contains(u.id)))
                .sorted(Comparator.comparing((CoBuildUnitOption o) -> !o.paired())
                        .thenComparing(CoBuildUnitOption::name)
                        .thenComparing(CoBuildUnitOption::id))
                .toList();
    }

    @Transactional
    public CoBuildUnitView create(CoBuildUnitCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Area subDistrict = violations.check(() -> scope.findForField(
                Area.class, input.subDistrictId(), "subDistrictId", "cobuild.unit.sub-district.not-found"));
        if (subDistrict != null && subDistrict.level != AreaLevel.SUB_DISTRICT) {
            violations.add("subDistrictId", "cobuild.unit.sub-district.not-found");
            subDistrict = null;
        }
        violations.throwIfAny();
        requireUniqueName(subDistrict.id, input.name(), null);
        CoBuildUnit u = new CoBuildUnit();
        u.subDistrict = subDistrict;
        u.areaPath = subDistrict.path;
        fill(u, input);
        u.contactPhone = blankToNull(input.contactPhone()) == null ? null : cipher.sealPhone(input.contactPhone());
        u.persist();
        em.flush();
        return view(u);
    }

    @Transactional
    public CoBuildUnitView update(long id, String ifMatch, CoBuildUnitUpdate input) {
        CoBuildUnit u = scope.find(CoBuildUnit.class, id);
        ETags.require(ifMatch, u.version);
        Violations violations = Violations.of(validator.validate(input));
        if (input.status() == CoBuildUnitStatus.INACTIVE && blankToNull(input.statusReason()) == null) {
            violations.add("statusReason", "cobuild.unit.reason.required");
        }
        violations.throwIfAny();
        requireUniqueName(u.subDistrictId, input.name(), u.id);
        fill(u, input);
        String phone = blankToNull(input.contactPhone());
        if (phone != null || input.clearContactPhone()) {
            u.contactPhone = phone == null ? null : cipher.sealPhone(phone);
        }
        u.status = input.status();
        u.statusReason = input.status() == CoBuildUnitStatus.INACTIVE ? Text.strip(input.statusReason()) : null;
        u.touch();
        em.flush();
        return view(u);
    }

    /** The contact's phone in plain text, audited with the reason; 404 when none is on record. */
    @Transactional
    public CoBuildUnitRevealed reveal(long id, String reason) {
        CoBuildUnit u = readable(id);
        if (u.contactPhone == null) {
            throw ApiProblem.notFound("cobuild.unit.phone.none");
        }
        audit.record(AuditEntry.Action.REVEAL_PHONE, "COBUILD_UNIT", u.id, u.name, reason.strip(), null, u.areaPath);
        return new CoBuildUnitRevealed(cipher.decrypt(u.contactPhone.encrypted()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoBuildUnitLiaisonView> liaisons(long id) {
        CoBuildUnit u = scope.find(CoBuildUnit.class, id);
        return em.createQuery(
                        "select new " + CoBuildUnitLiaisonView.class.getName()
                                + "(s.id, s.username, s.displayName, s.enabled, l.createdAt)"
                                + " from CoBuildUnitLiaison l, Staff s where s.id = l.staffId and l.unitId = :unit"
                                + " order by s.enabled desc, s.displayName, s.id",
                        CoBuildUnitLiaisonView.class)
                .setParameter("unit", u.id)
                .getResultList();
    }

    /**
     * A liaison sign-in for the unit: a Keycloak user with the realm role unit-liaison and a staff row of that role
     * scoped to the unit's sub-district (the provisioning of staff administration and volunteers' accounts), linked
     * to the unit. 409 when the unit is inactive or the user name is taken.
     */
    @Transactional
    public CoBuildUnitLiaisonAccount createLiaison(long id, CoBuildUnitLiaisonCreate input) {
        CoBuildUnit u = scope.find(CoBuildUnit.class, id);
        Violations.of(validator.validate(input)).throwIfAny();
        if (u.status != CoBuildUnitStatus.ACTIVE) {
            throw ApiProblem.conflict("cobuild.unit.inactive");
        }
        StaffCreated created = staff.provision(
                input.username().strip(),
                input.displayName(),
                null,
                StaffRole.UNIT_LIAISON,
                new LinkedHashSet<>(Set.of(u.subDistrict)));
        CoBuildUnitLiaison link = new CoBuildUnitLiaison();
        link.staffId = created.staff().id();
        link.unitId = u.id;
        link.persist();
        em.flush();
        return new CoBuildUnitLiaisonAccount(
                created.staff().id(), created.staff().username(), created.temporaryPassword());
    }

    /** Disables a liaison's sign-in (it stays on record as the unit's); another unit's liaison is a 404. */
    @Transactional
    public CoBuildUnitLiaisonView disableLiaison(long id, long staffId) {
        CoBuildUnit u = scope.find(CoBuildUnit.class, id);
        CoBuildUnitLiaison link = CoBuildUnitLiaison.findById(staffId);
        if (link == null || !link.unitId.equals(u.id)) {
            throw ApiProblem.notFound("cobuild.unit.liaison.not-found", staffId);
        }
        Staff account = Staff.findById(staffId);
        if (account.enabled) {
            staff.disable(account);
        }
        return new CoBuildUnitLiaisonView(
                account.id, account.username, account.displayName, account.enabled, link.createdAt);
    }

    /** A unit the caller may read: of the sub-district around its areas; a liaison only its own (else 404). */
    CoBuildUnit readable(long id) {
        if (liaison.isLiaison()) {
            if (!liaison.actsFor(id)) {
                throw ApiProblem.notFound("cobuild.unit.not-found", id);
            }
            return CoBuildUnit.findById(id);
        }
        return scope.findOrAbove(CoBuildUnit.class, id);
    }

    /** The units the caller may read, as a condition on {@code u}. */
    private Where readableWhere() {
        if (liaison.isLiaison()) {
            return liaison.unitId()
                    .map(own -> new Where().and("u.id = :own", "own", own))
                    .orElseGet(() -> new Where().and("1 = 0"));
        }
        AreaScope.ScopeFilter filter = scope.filterWithAncestors("u.areaPath");
        return new Where().and(filter.jpql(), filter.params());
    }

    /** One name per sub-district: a second is a 409 naming the unit that holds it. */
    private static void requireUniqueName(long subDistrictId, String name, Long self) {
        CoBuildUnit existing = CoBuildUnit.<CoBuildUnit>find(
                        "subDistrictId = ?1 and name = ?2", subDistrictId, Text.strip(name))
                .firstResult();
        if (existing != null && !existing.id.equals(self)) {
            throw ApiProblem.duplicateField(existing.id, "name", "cobuild.unit.name.taken", existing.name);
        }
    }

    private static void fill(CoBuildUnit u, CoBuildUnitFields f) {
        u.name = Text.strip(f.name());
        u.unitType = f.unitType();
        u.partyOrgName = blankToNull(f.partyOrgName());
        u.partyMemberTotal = f.partyMemberTotal();
        u.contactName = blankToNull(f.contactName());
        u.address = blankToNull(f.address());
    }

    /** Enabled liaison accounts by unit, in one query. */
    private Map<Long, Long> liaisonCounts(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select l.unitId, count(l) from CoBuildUnitLiaison l, Staff s where s.id = l.staffId"
                                + " and s.enabled = true and l.unitId in :units group by l.unitId",
                        Object[].class)
                .setParameter("units", unitIds)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private CoBuildUnitView view(CoBuildUnit u) {
        return view(u, liaisonCounts(List.of(u.id)).getOrDefault(u.id, 0L));
    }

    private static CoBuildUnitView view(CoBuildUnit u, long liaisons) {
        return new CoBuildUnitView(
                u.id,
                AreaRef.of(u.subDistrict),
                u.name,
                u.unitType,
                u.partyOrgName,
                u.partyMemberTotal,
                u.contactName,
                u.contactPhone == null ? null : u.contactPhone.masked(),
                u.address,
                u.status,
                u.statusReason,
                (int) liaisons,
                u.createdAt,
                u.updatedAt,
                u.version);
    }
}
