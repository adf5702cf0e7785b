package com.gridwork.volunteer.activity;

import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryItem;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityBeneficiary;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityDetail;
import com.gridwork.volunteer.activity.ActivityDtos.ActivityPostView;
import com.gridwork.volunteer.activity.ActivityDtos.ActivitySessionView;
import com.gridwork.volunteer.activity.ActivityDtos.ActivitySummary;
import com.gridwork.volunteer.activity.ActivityPlan.PostNow;
import com.gridwork.volunteer.activity.ActivityPlan.SessionNow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Activities as the API shows them: summaries with their places taken, the detail with sessions and posts. */
@ApplicationScoped
public class ActivityViews {
    @Inject
    EntityManager em;

    @Inject
    DictionaryService dictionary;

    @Inject
    ActivityAccess access;

    /** Capacity, accepted and session count per activity, for a page of summaries. */
    private record Places(long capacity, long accepted, int sessions) {}

    public List<ActivitySummary> summaries(List<Activity> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        List<Long> ids = activities.stream().map(a -> a.id).toList();
        Map<Long, Places> places = new HashMap<>();
        em.createQuery(
                        "select s.activity.id, count(distinct s.id), coalesce(sum(p.capacity), 0),"
                                + " coalesce(sum(p.acceptedCount), 0)"
                                + " from ActivitySession s left join ActivityPost p on p.session = s"
                                + " where s.activity.id in :ids group by s.activity.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> places.put(
                        (Long) r[0],
                        new Places(
                                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[1]).intValue())));
        Map<String, DictionaryItem> categories = categories(activities);
        return activities.stream()
                .map(a -> summary(a, places.getOrDefault(a.id, new Places(0, 0, 0)), categories.get(a.categoryCode)))
                .toList();
    }

    public ActivityDetail detail(Activity a) {
        em.flush();
        Map<Long, SessionNow> now = sessionsNow(a.id);
        List<ActivitySession> sessions = sessions(a.id);
        Map<Long, List<ActivityPost>> postsBySession = posts(a.id).stream()
                .collect(Collectors.groupingBy(p -> p.session.id, LinkedHashMap::new, Collectors.toList()));
        List<ActivitySessionView> sessionViews = sessions.stream()
                .map(s -> {
                    List<ActivityPostView> posts = postsBySession.getOrDefault(s.id, List.of()).stream()
                            .map(p -> new ActivityPostView(
                                    p.id,
                                    p.name,
                                    p.capacity,
                                    p.acceptedCount,
                                    now.get(s.id).posts().get(p.id).signUps()))
                            .toList();
                    return new ActivitySessionView(
                            s.id, s.startsAt, s.endsAt, now.get(s.id).signUps(), posts);
                })
                .toList();
        long capacity = sessionViews.stream()
                .flatMap(s -> s.posts().stream())
                .mapToLong(ActivityPostView::capacity)
                .sum();
        long accepted = sessionViews.stream()
                .flatMap(s -> s.posts().stream())
                .mapToLong(ActivityPostView::accepted)
                .sum();
        long hoursPending = hoursPending(a.id);
        ActivitySummary summary = summary(
                a,
                new Places(capacity, accepted, sessions.size()),
                categories(List.of(a)).get(a.categoryCode));
        return new ActivityDetail(
                summary,
                a.description,
                a.signUpMode,
                a.minAge,
                a.maxAge,
                List.copyOf(a.skills),
                a.membersOnly,
                a.signUpDeadline,
                a.withdrawDeadline,
                a.cancelReason,
                a.publishedAt,
                a.cancelledAt,
                a.closedAt,
                hoursPending,
                beneficiaries(a),
                sessionViews,
                ActivityLifecycle.allowed(a.status, access.manages(a), hoursPending > 0));
    }

    /** The activity's sessions with their posts' accepted and sign-up counts, as {@link ActivityPlan} reads them. */
    public Map<Long, SessionNow> sessionsNow(long activityId) {
        Map<Long, Long> signUps = new HashMap<>();
        em.createNativeQuery("select post_id, count(*) from volunteer_signup where activity_id = :a group by post_id")
                .setParameter("a", activityId)
                .getResultList()
                .forEach(r -> {
                    Object[] row = (Object[]) r;
                    signUps.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
                });
        Map<Long, Map<Long, PostNow>> posts = new HashMap<>();
        for (ActivityPost p : posts(activityId)) {
            posts.computeIfAbsent(p.session.id, k -> new LinkedHashMap<>())
                    .put(p.id, new PostNow(p.id, p.acceptedCount, signUps.getOrDefault(p.id, 0L)));
        }
        Map<Long, SessionNow> now = new LinkedHashMap<>();
        for (ActivitySession s : sessions(activityId)) {
            now.put(s.id, new SessionNow(s.id, s.startsAt, s.endsAt, posts.getOrDefault(s.id, Map.of())));
        }
        return now;
    }

    /** Hours entries of the activity that wait for confirmation: while there are any, it cannot close. */
    public long hoursPending(long activityId) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from volunteer_hours_entry where activity_id = :a and status = 'SUBMITTED'")
                        .setParameter("a", activityId)
                        .getSingleResult())
                .longValue();
    }

    public List<ActivitySession> sessions(long activityId) {
        return em.createQuery(
                        "select s from ActivitySession s where s.activity.id = :a order by s.startsAt, s.id",
                        ActivitySession.class)
                .setParameter("a", activityId)
                .getResultList();
    }

    public List<ActivityPost> posts(long activityId) {
        return em.createQuery(
                        "select p from ActivityPost p where p.session.activity.id = :a order by p.id",
                        ActivityPost.class)
                .setParameter("a", activityId)
                .getResultList();
    }

    private List<ActivityBeneficiary> beneficiaries(Activity a) {
        if (a.beneficiaryHouseholdIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select h.id, h.address from Household h where h.id in :ids order by h.address, h.id",
                        Object[].class)
                .setParameter("ids", a.beneficiaryHouseholdIds)
                .getResultList()
                .stream()
                .map(r -> new ActivityBeneficiary((Long) r[0], (String) r[1]))
                .toList();
    }

    /** The category values of the activities' sub-districts, by code (a sub-district's own before the defaults). */
    private Map<String, DictionaryItem> categories(Collection<Activity> activities) {
        Map<String, DictionaryItem> byCode = new HashMap<>();
        activities.stream()
                .map(a -> DictionaryService.subDistrictOfPath(a.areaPath))
                .distinct()
                .forEach(sd ->
                        byCode.putAll(dictionary.items(DictionaryCategory.VOLUNTEER_ACTIVITY_CATEGORY, sd).stream()
                                .collect(Collectors.toMap(i -> i.code, Function.identity(), (x, y) -> y))));
        return byCode;
    }

    private static ActivitySummary summary(Activity a, Places places, DictionaryItem category) {
        return new ActivitySummary(
                a.id,
                a.title,
                a.status,
                a.categoryCode,
                category != null ? category.name : a.categoryCode,
                category != null ? category.nameEn : null,
                a.team.id,
                a.team.name,
                a.community.id,
                a.community.name,
                a.grid != null ? a.grid.id : null,
                a.grid != null ? a.grid.name : null,
                a.place,
                a.startsAt,
                a.endsAt,
                places.sessions(),
                places.capacity(),
                places.accepted(),
                a.version);
    }
}
