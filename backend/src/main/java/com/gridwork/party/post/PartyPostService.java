package com.gridwork.party.post;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
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
import com.gridwork.party.PartyMemberReport;
import com.gridwork.party.PartyMemberSelf;
import com.gridwork.party.post.PartyPostDtos.PartyPostCreate;
import com.gridwork.party.post.PartyPostDtos.PartyPostOpenItem;
import com.gridwork.party.post.PartyPostDtos.PartyPostUpdate;
import com.gridwork.party.post.PartyPostDtos.PartyPostView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.common.Text.blankToNull;

/**
 * Posts (岗位) of a community or of one of its grids. Staff read the posts of their areas and of the areas above (a
 * grid worker sees the community's posts), and manage those their scope holds; a member sees the open posts of the
 * community their ACTIVE report is to.
 */
@ApplicationScoped
public class PartyPostService {
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of(
            "title", "p.title",
            "termFrom", "p.termFrom",
            "termTo", "p.termTo",
            "capacity", "p.capacity",
            "claimCount", "p.claimCount",
            "createdAt", "p.createdAt",
            "updatedAt", "p.updatedAt"));

    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    PartyMemberSelf member;

    @Inject
    PartyPostViews views;

    @Inject
    PartyPostLock lock;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    public record Criteria(Long areaId, String categoryCode, PartyPostStatus status, String q) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PartyPostView> list(Criteria c, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filterWithAncestors("p.areaPath");
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and("p.areaPath like :path", "path", c.areaId(), id -> scope.findOrAbove(Area.class, id).path + "%")
                .and("p.categoryCode = :category", "category", blankToNull(c.categoryCode()))
                .and("p.status = :status", "status", c.status())
                .and("p.title like :q", "q", blankToNull(c.q()), Like::contains);
        Sort sort = page.toSort(
                SORTABLE, Sort.by("p.termFrom", Sort.Direction.Descending).and("p.id"), "p.id");
        List<PartyPost> items = PartyPost.<PartyPost>find("from PartyPost p " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total =
                page.total(items.size(), () -> PartyPost.count("from PartyPost p " + where.clause(), where.params()));
        return new PageResult<>(views.posts(items), page.page, page.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartyPostView get(long id) {
        return views.post(readable(id));
    }

    /** A post the caller may read: in or above their scope, or of the community of their ACTIVE report; else 404. */
    PartyPost readable(long id) {
        Long memberCommunity = member.activeReport().map(r -> r.communityId).orElse(null);
        return scope.findWhere(
                PartyPost.class,
                id,
                p -> scope.caller().coversOrIsAbove(p.areaPath) || p.communityId.equals(memberCommunity));
    }

    @Transactional
    public PartyPostView create(PartyPostCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Area area = violations.check(
                () -> scope.findForField(Area.class, input.areaId(), "areaId", "party.post.area.not-found"));
        if (area != null && area.level != AreaLevel.COMMUNITY && area.level != AreaLevel.GRID) {
            violations.add("areaId", "party.post.area.wrong-level");
            area = null;
        }
        if (area != null) {
            dictionary.checkCode(
                    violations,
                    DictionaryCategory.PARTY_POST_CATEGORY,
                    DictionaryService.subDistrictOfPath(area.path),
                    "categoryCode",
                    input.categoryCode());
        }
        checkTerm(violations, input.termFrom(), input.termTo());
        violations.throwIfAny();
        PartyPost p = new PartyPost();
        p.area = area;
        p.areaPath = area.path;
        p.community = area.level == AreaLevel.COMMUNITY ? area : area.parent;
        // the read-only id columns, as a later load would fill them
        p.areaId = area.id;
        p.communityId = p.community.id;
        p.categoryCode = input.categoryCode();
        p.title = Text.strip(input.title());
        p.requirements = blankToNull(input.requirements());
        p.capacity = input.capacity();
        p.termFrom = input.termFrom();
        p.termTo = input.termTo();
        p.status = PartyPostStatus.OPEN;
        p.createdById = scope.caller().staffId();
        p.persist();
        em.flush();
        return views.post(p);
    }

    @Transactional
    public PartyPostView update(long id, String ifMatch, PartyPostUpdate input) {
        PartyPost p = scope.find(PartyPost.class, id);
        ETags.require(ifMatch, p.version);
        Violations violations = Violations.of(validator.validate(input));
        dictionary.checkCode(
                violations,
                DictionaryCategory.PARTY_POST_CATEGORY,
                DictionaryService.subDistrictOfPath(p.areaPath),
                "categoryCode",
                input.categoryCode());
        checkTerm(violations, input.termFrom(), input.termTo());
        violations.throwIfAny();
        // the live claims as committed now: a parallel claim waits on this lock, or has counted already
        PartyPostLock.Locked locked = lock.post(p.id);
        ETags.require(ifMatch, locked.version());
        if (locked.status() == PartyPostStatus.ENDED) {
            throw ApiProblem.conflict("party.post.ended");
        }
        String refusal = PartyPostRules.capacityRefusal(input.capacity(), locked.claimCount());
        if (refusal != null) {
            throw ApiProblem.conflict(refusal, locked.claimCount());
        }
        p.categoryCode = input.categoryCode();
        p.title = Text.strip(input.title());
        p.requirements = blankToNull(input.requirements());
        p.capacity = input.capacity();
        p.termFrom = input.termFrom();
        p.termTo = input.termTo();
        p.touch();
        em.flush();
        return views.post(reread(p));
    }

    /** Closes an OPEN post to new claims; its claims stay until released or revoked. 409 unless OPEN. */
    @Transactional
    public PartyPostView close(long id) {
        PartyPost p = scope.find(PartyPost.class, id);
        if (lock.post(p.id).status() != PartyPostStatus.OPEN) {
            throw ApiProblem.conflict("party.post.not-open");
        }
        p.status = PartyPostStatus.CLOSED;
        p.touch();
        em.flush();
        return views.post(reread(p));
    }

    /**
     * The claimable posts of the community the calling member's ACTIVE report is to (OPEN, within their term, a
     * place free or held by the member), with the member's claim of each. 403 without an ACTIVE report.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyPostOpenItem> open() {
        PartyMemberReport report = member.requireActive();
        LocalDate today = BeijingTime.today();
        List<PartyPost> posts = PartyPost.list(
                "communityId = ?1 and status = ?2 and termFrom <= ?3 and termTo >= ?3 order by termTo, id",
                report.communityId,
                PartyPostStatus.OPEN,
                today);
        Map<Long, Long> held = new HashMap<>();
        if (!posts.isEmpty()) {
            em.createQuery(
                            "select c.postId, c.id from PartyPostClaim c where c.volunteerId = :v and c.status = :active"
                                    + " and c.postId in :posts",
                            Object[].class)
                    .setParameter("v", report.volunteerId)
                    .setParameter("active", PartyPostClaimStatus.ACTIVE)
                    .setParameter("posts", posts.stream().map(p -> p.id).toList())
                    .getResultList()
                    .forEach(r -> held.put((Long) r[0], (Long) r[1]));
        }
        List<PartyPost> shown = posts.stream()
                .filter(p -> held.containsKey(p.id) || p.claimCount < p.capacity)
                .toList();
        List<PartyPostView> postViews = views.posts(shown);
        return postViews.stream()
                .map(v -> new PartyPostOpenItem(v, held.get(v.id())))
                .toList();
    }

    /** The post as committed by this transaction (its live count is written by SQL, not through the entity). */
    private PartyPost reread(PartyPost p) {
        em.refresh(p);
        return p;
    }

    private static void checkTerm(Violations violations, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from) && !violations.has("termTo")) {
            violations.add("termTo", "party.post.term.invalid");
        }
    }
}
