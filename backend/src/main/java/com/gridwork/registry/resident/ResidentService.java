package com.gridwork.registry.resident;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.Text;
import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.Phones;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.persistence.Like;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.RegistryViews;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.household.HouseholdDtos;
import com.gridwork.registry.household.HouseholdDtos.MoveOut;
import com.gridwork.registry.household.HouseholdDtos.RevealRequest;
import com.gridwork.registry.household.HouseholdDtos.Revealed;
import com.gridwork.registry.household.HouseholdEvent;
import com.gridwork.registry.household.HouseholdService;
import com.gridwork.registry.resident.ResidentDtos.ResidentCreate;
import com.gridwork.registry.resident.ResidentDtos.ResidentDetail;
import com.gridwork.registry.resident.ResidentDtos.ResidentFields;
import com.gridwork.registry.resident.ResidentDtos.ResidentMove;
import com.gridwork.registry.resident.ResidentDtos.ResidentPage;
import com.gridwork.registry.resident.ResidentDtos.ResidentUpdate;
import com.gridwork.registry.stats.RegistryCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.gridwork.common.Text.blankToNull;

@ApplicationScoped
public class ResidentService {
    @Inject
    AreaScope scope;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    DictionaryService dictionary;

    @Inject
    AuditService audit;

    @Inject
    HouseholdService households;

    @Inject
    RegistryCounts counts;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** Search criteria; every one optional, all combined. */
    public record Criteria(
            String q,
            String idCard,
            String phone,
            Long areaId,
            Long buildingId,
            Long householdId,
            List<String> tags,
            String registrationType,
            RecordStatus status) {}

    /**
     * Residents in the caller's scope, ordered by name then id. {@code after} (a cursor from a previous page)
     * continues by keyset, so that deep pages cost what the first one does; otherwise {@code page} is used.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public ResidentPage search(Criteria c, PageParams page, String after) {
        AreaScope.ScopeFilter filter = scope.filter("r.areaPath");
        StringBuilder where = new StringBuilder(filter.jpql());
        Map<String, Object> params = new HashMap<>(filter.params());
        ResidentQuery text = ResidentQuery.parse(c.q());
        if (text != null) {
            switch (text.kind()) {
                case ID_CARD -> {
                    where.append(" and r.idCard.hash = :qHash");
                    params.put("qHash", cipher.hash(text.value()));
                }
                case PHONE -> {
                    where.append(" and r.phone.hash = :qHash");
                    params.put("qHash", cipher.hash(text.value()));
                }
                case PINYIN -> {
                    // full pinyin or initials from the beginning: zhangsan, zhangs, zs → 张三
                    where.append(" and (r.namePinyin like :q or r.nameInitials like :q)");
                    params.put("q", Like.prefix(text.value()));
                }
                case NAME -> {
                    boolean common = commonNamePart(text.value());
                    where.append(
                            common
                                    ? " and r.name like :q"
                                    : " and r.id in (select p.id from Resident p join p.nameParts np where np like :q)");
                    params.put("q", common ? Like.contains(text.value()) : Like.prefix(text.value()));
                }
            }
        }
        if (c.idCard() != null && !c.idCard().isBlank()) {
            where.append(" and r.idCard.hash = :idHash");
            params.put("idHash", cipher.hash(IdCards.normalize(c.idCard())));
        }
        if (c.phone() != null && !c.phone().isBlank()) {
            where.append(" and r.phone.hash = :phoneHash");
            params.put("phoneHash", cipher.hash(Phones.normalize(c.phone())));
        }
        if (c.areaId() != null) {
            where.append(" and r.areaPath like :areaPath");
            params.put("areaPath", scope.find(Area.class, c.areaId()).path + "%");
        }
        if (c.buildingId() != null) {
            scope.find(Area.class, c.buildingId());
            where.append(" and r.household.building.id = :buildingId");
            params.put("buildingId", c.buildingId());
        }
        if (c.householdId() != null) {
            households.visible(c.householdId());
            where.append(" and r.household.id = :householdId");
            params.put("householdId", c.householdId());
        }
        for (int i = 0; c.tags() != null && i < c.tags().size(); i++) {
            where.append(" and :tag").append(i).append(" member of r.tags");
            params.put("tag" + i, c.tags().get(i));
        }
        if (c.registrationType() != null && !c.registrationType().isBlank()) {
            where.append(" and r.registrationType = :registrationType");
            params.put("registrationType", c.registrationType());
        }
        if (c.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", c.status());
        }
        String orderBy = orderBy(page);
        boolean byName = orderBy.equals(NAME_ORDER);
        StringBuilder pageWhere = new StringBuilder(where);
        if (after != null && !after.isBlank()) {
            if (!byName) {
                throw ApiProblem.invalidField("after", "paging.cursor.name-order-only");
            }
            Cursor cursor = Cursor.decode(after);
            pageWhere.append(" and (r.name > :afterName or (r.name = :afterName and r.id > :afterId))");
            params.put("afterName", cursor.name());
            params.put("afterId", cursor.id());
        }
        TypedQuery<Resident> query = em.createQuery(
                "select r from Resident r join fetch r.household h join fetch h.grid left join fetch h.building where "
                        + pageWhere + " order by " + orderBy,
                Resident.class);
        params.forEach(query::setParameter);
        if (after == null || after.isBlank()) {
            query.setFirstResult(page.page * page.size);
        }
        List<Resident> items = query.setMaxResults(page.size).getResultList();
        // After a cursor the page's position is unknown, so only a count gives the total.
        boolean cursor = after != null && !after.isBlank();
        long total = cursor
                ? count(where.toString(), params)
                : page.total(items.size(), () -> count(where.toString(), params));
        String next = !byName || items.size() < page.size
                ? null
                : new Cursor(items.get(items.size() - 1).name, items.get(items.size() - 1).id).encode();
        return new ResidentPage(items.stream().map(RegistryViews::summary).toList(), page.page, page.size, total, next);
    }

    /** From this many residents whose name holds a text on, the name-ordered scan is the cheaper plan. */
    static final int COMMON_NAME_PART = 2000;

    /**
     * Whether many names hold this text (at most {@link #COMMON_NAME_PART} index entries read to tell). Few: the
     * matches come from resident_name_part (an index range) and are sorted by name, a few hundred rows at most. Many
     * (a single common character such as 华): a walk along the name index with LIKE '%…%' finds a page after about
     * size × residents ÷ matches entries, where a sort of tens of thousands of matches would cost a second at district
     * scale. Scoped to a grid, the database reads the grid's residents by area path either way.
     */
    private boolean commonNamePart(String text) {
        Number found = (Number)
                em.createNativeQuery("select count(*) from (select 1 from resident_name_part where part like :q limit "
                                + COMMON_NAME_PART + ") x")
                        .setParameter("q", Like.prefix(text))
                        .getSingleResult();
        return found.intValue() >= COMMON_NAME_PART;
    }

    private static final String NAME_ORDER = "r.name, r.id";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "r.name", "birthDate", "r.birthDate", "updatedAt", "r.updatedAt", "createdAt", "r.createdAt");

    /** ORDER BY for the request's sort (name by default); only the name order has a keyset cursor. */
    private static String orderBy(PageParams page) {
        if (page.sort == null || page.sort.isBlank() || page.sort.strip().equals("name")) {
            return NAME_ORDER;
        }
        StringBuilder order = new StringBuilder();
        for (PageParams.SortTerm term : page.sortTerms(SORTABLE)) {
            order.append(term.path()).append(term.descending() ? " desc" : "").append(", ");
        }
        return order.append("r.id").toString();
    }

    private long count(String where, Map<String, Object> params) {
        TypedQuery<Long> query = em.createQuery("select count(r) from Resident r where " + where, Long.class);
        params.forEach((k, v) -> {
            if (!k.startsWith("after")) {
                query.setParameter(k, v);
            }
        });
        return query.getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, so no flush and no commit round trip
    public ResidentDetail get(long id) {
        return RegistryViews.detail(visible(id));
    }

    @Transactional
    public ResidentDetail create(ResidentCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Household h = violations.check(
                () -> scope.findForField(Household.class, input.householdId(), "householdId", "household.not-found"));
        if (h != null && h.status != RecordStatus.ACTIVE) {
            violations.add("householdId", "resident.household.moved-out");
        }
        check(violations, input, h == null ? null : h.areaPath, true, null, null);
        violations.throwIfAny();
        Resident r = new Resident();
        r.household = h;
        r.areaPath = h.areaPath;
        apply(r, input, true);
        r.persist();
        em.flush();
        if (HEAD.equals(r.relation)) {
            h.headResidentId = r.id;
        }
        households.event(h, r, HouseholdEvent.Kind.MEMBER_JOINED, null, null, null);
        counts.markStale(List.of(h.grid.id));
        return RegistryViews.detail(r);
    }

    @Transactional
    public ResidentDetail update(long id, String ifMatch, ResidentUpdate input) {
        Resident r = visible(id);
        ETags.require(ifMatch, r.version);
        boolean withIdCard = !Text.isBlank(input.idCard());
        Violations violations = Violations.of(validator.validate(input));
        check(violations, input, r.areaPath, withIdCard, r.gender, r.birthDate);
        violations.throwIfAny();
        apply(r, input, withIdCard);
        if (HEAD.equals(r.relation)) {
            r.household.headResidentId = r.id;
        }
        r.touch();
        em.flush();
        households.event(r.household, r, HouseholdEvent.Kind.MEMBER_UPDATED, null, null, null);
        counts.markStale(List.of(r.household.grid.id));
        return RegistryViews.detail(r);
    }

    /** Moves a resident into another household; both households keep the event in their history. */
    @Transactional
    public ResidentDetail move(long id, ResidentMove input) {
        Resident r = visible(id);
        Household from = r.household;
        Violations violations = Violations.of(validator.validate(input));
        Household to = violations.check(
                () -> scope.findForField(Household.class, input.householdId(), "householdId", "household.not-found"));
        if (to != null && to.id.equals(from.id)) {
            violations.add("householdId", "resident.move.same-household");
        } else if (to != null && to.status != RecordStatus.ACTIVE) {
            violations.add("householdId", "resident.household.moved-out");
        }
        if (to != null) {
            dictionary.checkCode(
                    violations,
                    DictionaryCategory.RELATION,
                    DictionaryService.subDistrictOfPath(to.areaPath),
                    "relation",
                    input.relation());
        }
        violations.throwIfAny();
        if (r.id.equals(from.headResidentId)) {
            from.headResidentId = null;
        }
        r.household = to;
        r.areaPath = to.areaPath;
        r.relation = input.relation();
        r.status = RecordStatus.ACTIVE;
        r.moveOutDate = null;
        r.moveInDate = input.date() == null ? LocalDate.now() : input.date();
        if (HEAD.equals(r.relation)) {
            to.headResidentId = r.id;
        }
        em.flush();
        String reason = blankToNull(input.reason());
        households.event(from, r, HouseholdEvent.Kind.MEMBER_LEFT, reason, from.grid, to.grid);
        households.event(to, r, HouseholdEvent.Kind.MEMBER_JOINED, reason, from.grid, to.grid);
        counts.markStale(List.of(from.grid.id, to.grid.id));
        return RegistryViews.detail(r);
    }

    @Transactional
    public ResidentDetail moveOut(long id, MoveOut input) {
        Resident r = visible(id);
        if (r.status == RecordStatus.MOVED_OUT) {
            throw ApiProblem.conflict("resident.already-moved-out");
        }
        r.status = RecordStatus.MOVED_OUT;
        r.moveOutDate = input == null || input.date() == null ? LocalDate.now() : input.date();
        if (r.id.equals(r.household.headResidentId)) {
            r.household.headResidentId = null;
        }
        em.flush();
        households.event(
                r.household,
                r,
                HouseholdEvent.Kind.MEMBER_LEFT,
                input == null ? null : blankToNull(input.reason()),
                null,
                null);
        counts.markStale(List.of(r.household.grid.id));
        return RegistryViews.detail(r);
    }

    @Transactional
    public ResidentDetail restore(long id) {
        Resident r = visible(id);
        if (r.status == RecordStatus.ACTIVE) {
            throw ApiProblem.conflict("resident.not-moved-out");
        }
        if (r.household.status != RecordStatus.ACTIVE) {
            throw ApiProblem.conflict("resident.restore.household-moved-out");
        }
        HouseholdService.requireNoActiveTwin(r);
        r.status = RecordStatus.ACTIVE;
        r.moveOutDate = null;
        em.flush();
        households.event(r.household, r, HouseholdEvent.Kind.MEMBER_JOINED, null, null, null);
        counts.markStale(List.of(r.household.grid.id));
        return RegistryViews.detail(r);
    }

    /** The plaintext of one personal field, written to the audit log with the reason in the same transaction. */
    @Transactional
    public Revealed reveal(long id, RevealRequest request) {
        Resident r = visible(id);
        SealedValue sealed = request.field() == HouseholdDtos.RevealField.ID_CARD ? r.idCard : r.phone;
        String stored = sealed == null ? null : sealed.encrypted();
        if (stored == null) {
            throw ApiProblem.notFound("resident.phone.none");
        }
        AuditEntry.Action action = request.field() == HouseholdDtos.RevealField.ID_CARD
                ? AuditEntry.Action.REVEAL_ID_CARD
                : AuditEntry.Action.REVEAL_PHONE;
        audit.record(action, "RESIDENT", r.id, r.name, request.reason().strip(), null, r.areaPath);
        return new Revealed(request.field(), cipher.decrypt(stored));
    }

    Resident visible(long id) {
        return scope.find(Resident.class, id);
    }

    private static final String HEAD = "HEAD";

    /**
     * A form's own rules, collected with its Bean Validation results: the ID number's check digit and birth date, the
     * sex and birth date it encodes (or the stored ones, when the number is kept) against any given ones, and the
     * codes of the household's sub-district ({@code areaPath} null: the household is unknown, so are its lists).
     */
    private void check(
            Violations violations,
            ResidentFields f,
            String areaPath,
            boolean withIdCard,
            String gender,
            LocalDate birthDate) {
        if (withIdCard && !violations.has("idCard")) {
            String id = IdCards.normalize(f.idCard());
            Optional<IdCards.Problem> problem = IdCards.problem(id);
            if (problem.isPresent()) {
                violations.add(
                        "idCard",
                        "resident.id-card."
                                + problem.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                gender = null;
                birthDate = null;
            } else {
                gender = IdCards.gender(id);
                birthDate = IdCards.birthDate(id);
            }
        }
        if (gender != null && f.gender() != null && !f.gender().equals(gender)) {
            violations.add("gender", "resident.gender.mismatch");
        }
        if (birthDate != null && f.birthDate() != null && !f.birthDate().equals(birthDate)) {
            violations.add("birthDate", "resident.birth-date.mismatch");
        }
        if (areaPath == null) {
            return;
        }
        Long subDistrict = DictionaryService.subDistrictOfPath(areaPath);
        dictionary.checkCode(violations, DictionaryCategory.ETHNICITY, subDistrict, "ethnicity", f.ethnicity());
        dictionary.checkCode(violations, DictionaryCategory.RELATION, subDistrict, "relation", f.relation());
        dictionary.checkCode(
                violations,
                DictionaryCategory.REGISTRATION_TYPE,
                subDistrict,
                "registrationType",
                f.registrationType());
        dictionary.checkCode(
                violations,
                DictionaryCategory.POLITICAL_STATUS,
                subDistrict,
                "politicalStatus",
                blankToNull(f.politicalStatus()));
        dictionary.checkCode(
                violations,
                DictionaryCategory.EMPLOYMENT_STATUS,
                subDistrict,
                "employmentStatus",
                blankToNull(f.employmentStatus()));
        dictionary.checkCode(
                violations, DictionaryCategory.EDUCATION, subDistrict, "education", blankToNull(f.education()));
        dictionary.checkCode(
                violations,
                DictionaryCategory.DISABILITY_GRADE,
                subDistrict,
                "disabilityGrade",
                blankToNull(f.disabilityGrade()));
        dictionary.checkCodes(violations, DictionaryCategory.CARE_GROUP, subDistrict, "tags", f.tags());
    }

    /** Applies a checked form; an ID number registered for someone else is a 409 naming the resident. */
    private void apply(Resident r, ResidentFields f, boolean withIdCard) {
        if (withIdCard) {
            String id = IdCards.normalize(f.idCard());
            SealedValue sealed = cipher.sealIdCard(id);
            Resident twin = Resident.find("idCard.hash", sealed.hash()).firstResult();
            if (twin != null && !twin.id.equals(r.id)) {
                boolean visible = scope.covers(twin);
                throw ApiProblem.duplicateField(
                        visible ? twin.id : null,
                        "idCard",
                        visible ? "resident.id-card.taken" : "resident.id-card.taken-elsewhere",
                        twin.name);
            }
            r.idCard = sealed;
            r.birthDate = IdCards.birthDate(id);
            r.gender = IdCards.gender(id);
        }
        r.rename(Text.strip(f.name()));
        // On update an omitted phone keeps the stored one (clients only see it masked); clearPhone removes it.
        String phone = blankToNull(f.phone());
        if (phone != null || f.clearPhone()) {
            r.phone = phone == null ? null : cipher.sealPhone(phone);
        }
        r.ethnicity = f.ethnicity();
        r.relation = f.relation();
        r.registrationType = f.registrationType();
        r.politicalStatus = blankToNull(f.politicalStatus());
        r.employmentStatus = blankToNull(f.employmentStatus());
        r.education = blankToNull(f.education());
        r.disabilityGrade = blankToNull(f.disabilityGrade());
        r.moveInDate = f.moveInDate();
        r.tags = new LinkedHashSet<>(f.tags() == null ? List.of() : f.tags());
    }

    /** Keyset position: the last item's name and id, opaque to clients. */
    record Cursor(String name, long id) {
        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((id + ":" + name).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                int colon = raw.indexOf(':');
                return new Cursor(raw.substring(colon + 1), Long.parseLong(raw.substring(0, colon)));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw ApiProblem.invalidField("after", "paging.cursor.invalid");
            }
        }
    }
}
