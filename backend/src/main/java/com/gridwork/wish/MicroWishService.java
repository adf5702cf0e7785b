package com.gridwork.wish;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.resident.Resident;
import com.gridwork.wish.MicroWishDtos.MicroWishCreate;
import com.gridwork.wish.MicroWishDtos.MicroWishRanking;
import com.gridwork.wish.MicroWishDtos.MicroWishRankingRow;
import com.gridwork.wish.MicroWishDtos.MicroWishReason;
import com.gridwork.wish.MicroWishDtos.MicroWishSummary;
import com.gridwork.wish.MicroWishDtos.MicroWishUpdate;
import com.gridwork.wish.MicroWishDtos.MicroWishView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Micro-wishes as staff run them: entering a wish of a household in scope (published at once, beneficiary masked),
 * editing and taking it down while it is unclaimed, the list, one wish, and the ranking of realised wishes.
 */
@ApplicationScoped
public class MicroWishService {
    /** The ranking shows the top claimants only. */
    static final int RANKING_ROWS = 100;

    private static final Map<String, String> SORTS = Map.of(
            "publishedAt", "w.published_at",
            "wishDeadline", "w.wish_deadline",
            "realisedOn", "w.realised_on",
            "title", "w.title");

    @Inject
    AreaScope scope;

    @Inject
    MicroWishClaimant claimant;

    @Inject
    DictionaryService dictionary;

    @Inject
    Validator validator;

    @Inject
    MicroWishViews views;

    @Inject
    EntityManager em;

    @Transactional
    public MicroWishView create(MicroWishCreate input) {
        Caller caller = scope.caller();
        Violations violations = Violations.of(validator.validate(input));
        Household household = violations.check(() -> scope.findForField(
                Household.class, input.householdId(), "householdId", "micro-wish.household.not-found"));
        if (household != null && household.status != RecordStatus.ACTIVE) {
            violations.add("householdId", "micro-wish.household.inactive");
            household = null;
        }
        String beneficiary = household == null ? null : beneficiary(household, input.residentId(), violations);
        checkCategory(input.categoryCode(), household, violations);
        checkDeadline(input.wishDeadline(), violations);
        violations.throwIfAny();

        MicroWish w = new MicroWish();
        w.household = household;
        w.householdId = household.id;
        w.grid = household.grid;
        w.community = household.grid.parent;
        w.communityId = w.community.id;
        w.areaPath = household.areaPath;
        w.residentId = input.residentId();
        w.categoryCode = input.categoryCode();
        w.title = Text.strip(input.title());
        w.description = Text.blankToNull(input.description());
        w.beneficiaryName = beneficiary;
        w.beneficiaryMasked = BeneficiaryNames.mask(beneficiary);
        w.wishDeadline = input.wishDeadline();
        w.status = MicroWishStatus.PUBLISHED;
        w.publishedAt = Instant.now();
        w.createdById = caller.staffId();
        w.persist();
        em.flush();
        return views.view(w);
    }

    @Transactional
    public MicroWishView get(long id) {
        return views.view(visible(id));
    }

    @Transactional
    public MicroWishView update(long id, String ifMatch, MicroWishUpdate input) {
        MicroWish w = visible(id);
        ETags.require(ifMatch, w.version);
        requireUnclaimed(w);
        Violations violations = Violations.of(validator.validate(input));
        String beneficiary = beneficiary(w.household, input.residentId(), violations);
        checkCategory(input.categoryCode(), w.household, violations);
        if (input.wishDeadline() != null && !input.wishDeadline().equals(w.wishDeadline)) {
            checkDeadline(input.wishDeadline(), violations);
        }
        violations.throwIfAny();
        w.residentId = input.residentId();
        w.beneficiaryName = beneficiary;
        w.beneficiaryMasked = BeneficiaryNames.mask(beneficiary);
        w.categoryCode = input.categoryCode();
        w.title = Text.strip(input.title());
        w.description = Text.blankToNull(input.description());
        w.wishDeadline = input.wishDeadline();
        w.touch();
        em.flush();
        return views.view(w);
    }

    /** Taken down only while unclaimed: a claimant may already be buying the schoolbag. */
    @Transactional
    public MicroWishView takeDown(long id, String ifMatch, MicroWishReason input) {
        MicroWish w = visible(id);
        ETags.checkIfPresent(ifMatch, w.version);
        Violations.of(validator.validate(input)).throwIfAny();
        requireUnclaimed(w);
        w.status = MicroWishStatus.TAKEN_DOWN;
        w.takenDownReason = Text.strip(input.reason());
        w.touch();
        em.flush();
        return views.view(w);
    }

    /** The staff list's filters. */
    public record Criteria(Long areaId, MicroWishStatus status, String categoryCode, String q) {}

    @Transactional
    public PageResult<MicroWishSummary> list(Criteria c, PageParams page) {
        requireStaff();
        Where where = where(c.areaId());
        where.and("w.status = :status", "status", c.status(), Enum::name)
                .and("w.category_code = :category", "category", c.categoryCode())
                .and(
                        "(w.title like :q or w.beneficiary_name like :q)",
                        "q",
                        Text.blankToNull(c.q()),
                        q -> Like.contains(q.strip()));
        String order = page.sort == null || page.sort.isBlank()
                ? "w.published_at desc, w.id desc"
                : page.sortTerms(SORTS).stream()
                                .map(t -> t.path() + (t.descending() ? " desc" : ""))
                                .reduce((a, b) -> a + ", " + b)
                                .orElseThrow()
                        + ", w.id desc";
        @SuppressWarnings("unchecked")
        List<Number> ids = where.bind(em.createNativeQuery(
                        "select w.id from micro_wish w where " + where.conditions() + " order by " + order))
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size)
                .getResultList();
        long total = page.total(
                ids.size(),
                () -> ((Number) where.bind(em.createNativeQuery(
                                        "select count(*) from micro_wish w where " + where.conditions()))
                                .getSingleResult())
                        .longValue());
        List<Long> wishIds = ids.stream().map(Number::longValue).toList();
        Map<Long, MicroWish> byId = new HashMap<>();
        if (!wishIds.isEmpty()) {
            MicroWish.<MicroWish>list("id in ?1", wishIds).forEach(w -> byId.put(w.id, w));
        }
        Map<Long, String> claimants = claimantNames(wishIds);
        List<MicroWishSummary> items = wishIds.stream()
                .map(id -> views.summary(byId.get(id), claimants.get(id)))
                .toList();
        return new PageResult<>(items, page.page, page.size, total);
    }

    /**
     * The ranking (点亮微心愿): REALISED wishes with realised_on in [from, to] in the caller's scope (and the area),
     * counted for the claimant of the claim that realised them, one row per claimant kind and volunteer profile or
     * unit; the most first, equal counts sharing a rank. The period defaults to this year up to today.
     */
    @Transactional
    public MicroWishRanking ranking(LocalDate from, LocalDate to, Long areaId, MicroWishClaimantKind kind) {
        requireStaff();
        LocalDate today = BeijingTime.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw ApiProblem.invalidField("to", "micro-wish.ranking.reversed");
        }
        Where where = where(areaId)
                .and("w.status = 'REALISED'")
                .and("w.realised_on >= :from", "from", start)
                .and("w.realised_on <= :to", "to", end)
                .and("c.claimant_kind = :kind", "kind", kind, Enum::name);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery(
                        "select c.claimant_kind, c.volunteer_id, c.unit_id, max(c.claimant_name), count(*) as n"
                                + " from micro_wish w join micro_wish_claim c on c.wish_id = w.id"
                                + " and c.status = 'REALISED' where " + where.conditions()
                                + " group by c.claimant_kind, c.volunteer_id, c.unit_id"
                                + " order by n desc, max(c.claimant_name), c.volunteer_id, c.unit_id",
                        Object[].class))
                .setMaxResults(RANKING_ROWS)
                .getResultList();
        List<MicroWishRankingRow> result = new ArrayList<>();
        long previous = -1;
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            long count = ((Number) r[4]).longValue();
            if (count != previous) {
                rank = i + 1;
                previous = count;
            }
            result.add(new MicroWishRankingRow(
                    rank,
                    MicroWishClaimantKind.valueOf((String) r[0]),
                    r[1] == null ? null : ((Number) r[1]).longValue(),
                    r[2] == null ? null : ((Number) r[2]).longValue(),
                    (String) r[3],
                    count));
        }
        return new MicroWishRanking(start, end, result);
    }

    /** The wish if a staff account's scope covers it; 404 otherwise, 403 for claimant accounts. */
    MicroWish visible(long id) {
        requireStaff();
        return scope.find(MicroWish.class, id);
    }

    /** Lists and one wish with its beneficiary are for staff; claimants have their own endpoints. */
    private void requireStaff() {
        if (claimant.isClaimantRole()) {
            throw ApiProblem.forbidden("micro-wish.staff-only");
        }
    }

    private Where where(Long areaId) {
        AreaScope.ScopeFilter area = scope.filter("w.area_path");
        String areaPath = areaId == null ? null : scope.findOrAbove(Area.class, areaId).path;
        return new Where()
                .and(area.sql(), area.params())
                .and("w.area_path like :areaPath", "areaPath", areaPath, p -> p + "%");
    }

    private static void requireUnclaimed(MicroWish w) {
        if (w.status != MicroWishStatus.PUBLISHED) {
            throw ApiProblem.conflict("micro-wish.not-unclaimed", w.status.name());
        }
    }

    /** The beneficiary's name: the resident's (a member of the household), else the household head's. */
    private static String beneficiary(Household household, Long residentId, Violations violations) {
        Long person = residentId != null ? residentId : household.headResidentId;
        Resident resident = person == null ? null : Resident.findById(person);
        if (resident == null || !resident.household.id.equals(household.id) || resident.status != RecordStatus.ACTIVE) {
            violations.add(
                    "residentId",
                    residentId == null ? "micro-wish.resident.required" : "micro-wish.resident.not-member",
                    residentId);
            return null;
        }
        return resident.name;
    }

    private void checkCategory(String code, Household household, Violations violations) {
        if (code != null && household != null) {
            dictionary.checkCode(
                    violations,
                    DictionaryCategory.MICRO_WISH_CATEGORY,
                    DictionaryService.subDistrictOfPath(household.areaPath),
                    "categoryCode",
                    code);
        }
    }

    private static void checkDeadline(LocalDate deadline, Violations violations) {
        if (deadline != null && deadline.isBefore(BeijingTime.today())) {
            violations.add("wishDeadline", "micro-wish.deadline.past");
        }
    }

    /** The name on each wish's live claim, else on its realising one. */
    private Map<Long, String> claimantNames(List<Long> wishIds) {
        Map<Long, String> names = new HashMap<>();
        if (wishIds.isEmpty()) {
            return names;
        }
        em.createQuery(
                        "select c.wishId, c.claimantName from MicroWishClaim c where c.wishId in :ids"
                                + " and c.status <> :cancelled",
                        Object[].class)
                .setParameter("ids", wishIds)
                .setParameter("cancelled", MicroWishClaimStatus.CANCELLED)
                .getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}
