package com.gridwork.talkday;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.talkday.TalkDayDtos.TalkDayCreate;
import com.gridwork.talkday.TalkDayDtos.TalkDayDetail;
import com.gridwork.talkday.TalkDayDtos.TalkDaySummary;
import com.gridwork.talkday.TalkDayDtos.TalkDayUpdate;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.gridwork.common.Text.blankToNull;

/**
 * Talk-day sessions belong to a community. Everyone working in the community sees them (a grid worker hosts the
 * sessions of their community too); community staff and street-admins plan and record them.
 */
@ApplicationScoped
public class TalkDayService {
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of("date", "t.date", "id", "t.id"));

    @Inject
    Validator validator;

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Transactional
    public PageResult<TalkDaySummary> list(
            Long areaId, LocalDate from, LocalDate to, TalkDayStatus status, PageParams page) {
        AreaScope.ScopeFilter filter = scope.filterWithAncestors("t.areaPath");
        Where where = new Where()
                .and(filter.jpql(), filter.params())
                .and(
                        "t.areaPath like :areaPath",
                        "areaPath",
                        areaId,
                        id -> scope.findOrAbove(Area.class, id).path + "%")
                .and("t.date >= :from", "from", from)
                .and("t.date <= :to", "to", to)
                .and("t.status = :status", "status", status);
        Sort sort = page.toSort(SORTABLE, Sort.by("t.date").and("t.startTime").and("t.id"), "t.id");
        List<TalkDay> items = TalkDay.<TalkDay>find(
                        "from TalkDay t join fetch t.community " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = TalkDay.count("from TalkDay t " + where.clause(), where.params());
        Map<Long, Long> counts = issueCounts(items.stream().map(t -> t.id).toList());
        return new PageResult<>(
                items.stream()
                        .map(t -> summary(t, counts.getOrDefault(t.id, 0L)))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    @Transactional
    public TalkDayDetail get(long id) {
        return detail(visible(id));
    }

    @Transactional
    public TalkDayDetail create(TalkDayCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Area community = violations.check(
                () -> scope.findForField(Area.class, input.communityId(), "communityId", "area.parent.not-found"));
        if (community != null && community.level != AreaLevel.COMMUNITY) {
            violations.add("communityId", "talk-day.community.not-community");
        }
        checkTimes(violations, input.startTime(), input.endTime());
        violations.throwIfAny();
        TalkDay t = new TalkDay();
        t.community = community;
        t.areaPath = community.path;
        apply(t, input.date(), input.startTime(), input.endTime(), input.place(), input.topic(), input.hosts());
        t.persist();
        em.flush();
        return detail(t);
    }

    @Transactional
    public TalkDayDetail update(long id, String ifMatch, TalkDayUpdate input) {
        TalkDay t = managed(id);
        ETags.require(ifMatch, t.version);
        Violations violations = Violations.of(validator.validate(input));
        checkTimes(violations, input.startTime(), input.endTime());
        violations.throwIfAny();
        apply(t, input.date(), input.startTime(), input.endTime(), input.place(), input.topic(), input.hosts());
        if (input.status() == TalkDayStatus.CANCELLED
                && issueCounts(List.of(t.id)).getOrDefault(t.id, 0L) > 0) {
            throw ApiProblem.conflict("talk-day.has-issues");
        }
        t.status = input.status();
        t.attendanceCount = input.attendanceCount();
        t.attendees = blankToNull(input.attendees());
        t.minutes = blankToNull(input.minutes());
        t.touch();
        em.flush();
        return detail(t);
    }

    @Transactional
    public void delete(long id) {
        TalkDay t = managed(id);
        if (issueCounts(List.of(t.id)).getOrDefault(t.id, 0L) > 0) {
            throw ApiProblem.conflict("talk-day.has-issues");
        }
        t.delete();
    }

    /** The session if the caller works in its community (or above it); otherwise 404. */
    public TalkDay visible(long id) {
        return scope.findOrAbove(TalkDay.class, id);
    }

    private TalkDay managed(long id) {
        TalkDay t = visible(id);
        Caller caller = scope.caller();
        if (!caller.may(Permission.TALK_DAYS_MANAGE) || !caller.covers(t.areaPath)) {
            throw ApiProblem.forbidden("talk-day.manage.forbidden");
        }
        return t;
    }

    /** A session ends after it starts (checked once both times are well-formed). */
    private static void checkTimes(Violations violations, String start, String end) {
        if (!violations.has("startTime")
                && !violations.has("endTime")
                && !LocalTime.parse(end).isAfter(LocalTime.parse(start))) {
            violations.add("endTime", "talk-day.end-before-start");
        }
    }

    private void apply(TalkDay t, LocalDate date, String start, String end, String place, String topic, String hosts) {
        t.date = date;
        t.startTime = LocalTime.parse(start);
        t.endTime = LocalTime.parse(end);
        t.place = Text.strip(place);
        t.topic = blankToNull(topic);
        t.hosts = Text.strip(hosts);
    }

    private Map<Long, Long> issueCounts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "select i.talkDay.id, count(i) from Issue i where i.talkDay.id in :ids group by i.talkDay.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private TalkDayDetail detail(TalkDay t) {
        // Attendance and minutes name residents and their concerns: staff only, not the volunteers and unit liaisons
        // who read the schedule.
        Caller caller = scope.caller();
        boolean schedule = !caller.may(Permission.TALK_DAY_RECORDS_READ);
        return new TalkDayDetail(
                summary(t, issueCounts(List.of(t.id)).getOrDefault(t.id, 0L)),
                schedule ? null : t.attendees,
                schedule ? null : t.minutes);
    }

    private static TalkDaySummary summary(TalkDay t, long issueCount) {
        return new TalkDaySummary(
                t.id,
                t.community.id,
                t.community.name,
                t.date,
                t.startTime.toString(),
                t.endTime.toString(),
                t.place,
                t.topic,
                t.hosts,
                t.status,
                t.attendanceCount,
                issueCount,
                t.version);
    }
}
