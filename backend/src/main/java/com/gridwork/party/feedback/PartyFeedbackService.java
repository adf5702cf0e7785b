package com.gridwork.party.feedback;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.cobuild.unit.OrganisationType;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyMemberReport;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.party.feedback.PartyFeedbackDtos.PartyFeedbackEmployer;
import com.gridwork.party.feedback.PartyFeedbackDtos.PartyFeedbackRate;
import com.gridwork.party.feedback.PartyFeedbackDtos.PartyFeedbackRef;
import com.gridwork.party.feedback.PartyFeedbackDtos.PartyFeedbackView;
import com.gridwork.volunteer.certificate.ServiceHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.gridwork.party.feedback.PartyFeedbackDefinitions.FIGURES_SQL;
import static com.gridwork.party.feedback.PartyFeedbackDefinitions.WAS_CONFIRMED_SQL;

/**
 * The year-end feedback forms (反馈单): one per confirmed report in the caller's scope, its figures computed in the
 * same query that lists the forms ({@link PartyFeedbackDefinitions}), and the community's rating and comment.
 */
@ApplicationScoped
public class PartyFeedbackService {
    /** API sort fields → SQL (the figures by their select aliases). */
    private static final Map<String, String> SORTS = Map.of(
            "name", "v.name",
            "community", "c.name",
            "employer", "r.employer",
            "confirmedHours", "figure_minutes",
            "postsHeld", "figure_posts",
            "wishesRealised", "figure_wishes",
            "rating", "f.rating");

    private static final String FROM = " from party_member_report r join volunteer v on v.id = r.volunteer_id"
            + " join area c on c.id = r.community_id left join party_feedback f on f.report_id = r.id";

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    /** The list's filters: the report year (this year when absent), an area in scope, an employer, a rating. */
    public record Criteria(Integer year, Long areaId, String employer, PartyFeedbackRating rating) {}

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction, no flush, no commit round trip
    public PageResult<PartyFeedbackView> list(Criteria criteria, PageParams page) {
        int year = year(criteria.year());
        Where filter = filter(year, criteria);
        String order = order(page);
        List<PartyFeedbackView> items = forms(filter, year, order, page.page * page.size, page.size);
        long total = page.total(items.size(), () -> count(filter));
        return new PageResult<>(items, page.page, page.size, total);
    }

    /** Every form of one employer (the workbook's rows), by community and name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyFeedbackView> ofEmployer(Integer year, String employer, Long areaId) {
        if (Text.isBlank(employer)) {
            throw ApiProblem.invalidField("employer", "party.feedback.employer.required");
        }
        int y = year(year);
        return forms(filter(y, new Criteria(y, areaId, employer, null)), y, "c.name, v.name, r.id", 0, null);
    }

    /** The employers named on the forms of a year in scope, most members first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartyFeedbackEmployer> employers(Integer year, Long areaId) {
        int y = year(year);
        Where filter = filter(y, new Criteria(y, areaId, null, null));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery("select r.employer, count(*), count(f.report_id)" + FROM
                        + " where " + filter.conditions() + " group by r.employer order by count(*) desc, r.employer"))
                .getResultList();
        return rows.stream()
                .map(r -> new PartyFeedbackEmployer((String) r[0], num(r[1]), num(r[2])))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartyFeedbackView get(long reportId) {
        return view(form(reportId));
    }

    /**
     * Rates a member's year. The report's row is locked first, so that two first ratings of one form cannot both
     * insert (the second waits and then fails If-Match); the form's version (0 before the first rating) must match.
     */
    @Transactional
    public PartyFeedbackView rate(long reportId, String ifMatch, PartyFeedbackRate body) {
        // locked before anything is read, so that the reads below see a rating committed meanwhile (native:
        // Hibernate's MySQL lock clause "for update of" does not parse on MariaDB)
        em.createNativeQuery("SELECT id FROM party_member_report WHERE id = :id FOR UPDATE")
                .setParameter("id", reportId)
                .getResultList();
        PartyMemberReport report = form(reportId);
        PartyFeedback feedback = PartyFeedback.findById(reportId);
        ETags.require(ifMatch, versionOf(feedback));
        if (feedback == null) {
            feedback = new PartyFeedback();
            feedback.reportId = reportId;
        }
        feedback.rating = body.rating();
        feedback.comment = Text.isBlank(body.comment()) ? null : Text.strip(body.comment());
        feedback.ratedById = scope.caller().staffId();
        feedback.ratedAt = Instant.now();
        feedback.persist();
        em.flush();
        return view(report);
    }

    /** A report in scope that has a form (it was confirmed); anything else is a 404. */
    PartyMemberReport form(long reportId) {
        return scope.visible(PartyMemberReport.class, reportId)
                .filter(r -> PartyFeedbackDefinitions.wasConfirmed(r.status, r.decidedAt))
                .orElseThrow(() -> ApiProblem.notFound("party.feedback.not-found", reportId));
    }

    private PartyFeedbackView view(PartyMemberReport report) {
        Where filter = new Where().and("r.id = :reportId", "reportId", report.id);
        return forms(filter, report.reportYear, "r.id", 0, 1).get(0);
    }

    /** The version the API shows: the ratings saved so far (the entity's version starts at 0 with the first). */
    static long versionOf(PartyFeedback feedback) {
        return feedback == null ? 0 : feedback.version + 1;
    }

    private static int year(Integer year) {
        return year != null ? year : BeijingTime.today().getYear();
    }

    private Where filter(int year, Criteria criteria) {
        AreaScope.ScopeFilter scoped = scope.filter("r.area_path");
        Area area = criteria.areaId() == null ? null : scope.find(Area.class, criteria.areaId());
        return new Where()
                .and(WAS_CONFIRMED_SQL)
                .and("r.report_year = :year", "year", year)
                .and(scoped.sql(), scoped.params())
                .and("r.area_path like :areaPath", "areaPath", area, a -> a.path + "%")
                .and("r.employer = :employer", "employer", criteria.employer(), Text::strip)
                .and("f.rating = :rating", "rating", criteria.rating(), PartyFeedbackRating::name);
    }

    private static String order(PageParams page) {
        if (page.sort == null || page.sort.isBlank()) {
            return "r.employer, v.name, r.id";
        }
        return page.sortTerms(SORTS).stream()
                        .map(t -> t.path() + (t.descending() ? " desc" : ""))
                        .collect(Collectors.joining(", "))
                + ", r.id";
    }

    private long count(Where filter) {
        return num(filter.bind(em.createNativeQuery("select count(*)" + FROM + " where " + filter.conditions()))
                .getSingleResult());
    }

    /** The forms with their figures in one query, then the ratings' authors of the page in a second. */
    private List<PartyFeedbackView> forms(Where filter, int year, String order, int offset, Integer limit) {
        var query = filter.bind(em.createNativeQuery("select r.id, r.report_year, r.volunteer_id, v.name,"
                        + " r.community_id, c.name, r.employer, r.employer_party_org, r.employer_type, r.status, "
                        + FIGURES_SQL + FROM + " where " + filter.conditions() + " order by " + order))
                .setParameter("yearFrom", LocalDate.of(year, 1, 1))
                .setParameter("yearTo", LocalDate.of(year, 12, 31))
                .setFirstResult(offset);
        if (limit != null) {
            query.setMaxResults(limit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Rating> ratings = ratings(rows.stream().map(r -> num(r[0])).toList());
        return rows.stream()
                .map(r -> {
                    long minutes = num(r[10]);
                    Rating rating = ratings.get(num(r[0]));
                    return new PartyFeedbackView(
                            num(r[0]),
                            ((Number) r[1]).intValue(),
                            new PartyFeedbackRef(num(r[2]), (String) r[3]),
                            new PartyFeedbackRef(num(r[4]), (String) r[5]),
                            (String) r[6],
                            (String) r[7],
                            OrganisationType.valueOf((String) r[8]),
                            PartyReportStatus.valueOf((String) r[9]),
                            minutes,
                            ServiceHours.of(minutes),
                            num(r[11]),
                            num(r[12]),
                            rating == null ? null : rating.feedback().rating,
                            rating == null ? null : rating.feedback().comment,
                            rating == null ? null : rating.ratedBy(),
                            rating == null ? null : rating.feedback().ratedAt,
                            versionOf(rating == null ? null : rating.feedback()));
                })
                .toList();
    }

    private record Rating(PartyFeedback feedback, String ratedBy) {}

    private Map<Long, Rating> ratings(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(
                        "select f, s.displayName from PartyFeedback f, Staff s where s.id = f.ratedById"
                                + " and f.reportId in :ids",
                        Object[].class)
                .setParameter("ids", reportIds)
                .getResultList();
        return rows.stream()
                .map(r -> new Rating((PartyFeedback) r[0], (String) r[1]))
                .collect(Collectors.toMap(r -> r.feedback().reportId, Function.identity()));
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
