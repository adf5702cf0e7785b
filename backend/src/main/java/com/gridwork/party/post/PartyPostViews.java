package com.gridwork.party.post;

import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.party.post.PartyPostDtos.PartyPostClaimView;
import com.gridwork.party.post.PartyPostDtos.PartyPostView;
import com.gridwork.party.post.PartyPostDtos.PartyServiceLogView;
import com.gridwork.party.post.PartyPostDtos.PartyServicePhotoRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Views of posts, claims and service logs, each list read with a fixed number of queries. */
@ApplicationScoped
class PartyPostViews {
    @Inject
    EntityManager em;

    PartyPostView post(PartyPost p) {
        return posts(List.of(p)).get(0);
    }

    List<PartyPostView> posts(List<PartyPost> posts) {
        Map<Long, Area> areas = areas(posts.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.areaId, p.communityId))
                .toList());
        return posts.stream()
                .map(p -> new PartyPostView(
                        p.id,
                        AreaRef.of(areas.get(p.areaId)),
                        p.communityId,
                        areas.get(p.communityId).name,
                        p.categoryCode,
                        p.title,
                        p.requirements,
                        p.capacity,
                        p.claimCount,
                        p.termFrom,
                        p.termTo,
                        p.status,
                        p.createdAt,
                        p.updatedAt,
                        p.version))
                .toList();
    }

    PartyPostClaimView claim(PartyPostClaim c) {
        return claims(List.of(c)).get(0);
    }

    List<PartyPostClaimView> claims(List<PartyPostClaim> claims) {
        Map<Long, PartyPost> posts =
                postsById(claims.stream().map(c -> c.postId).toList());
        Map<Long, Area> areas = areas(posts.values().stream().map(p -> p.areaId).toList());
        Map<Long, String> volunteers =
                volunteerNames(claims.stream().map(c -> c.volunteerId).toList());
        Map<Long, String> staff =
                staffNames(claims.stream().map(c -> c.endedById).toList());
        return claims.stream()
                .map(c -> {
                    PartyPost p = posts.get(c.postId);
                    return new PartyPostClaimView(
                            c.id,
                            p.id,
                            p.title,
                            p.categoryCode,
                            AreaRef.of(areas.get(p.areaId)),
                            p.status,
                            c.reportId,
                            c.volunteerId,
                            volunteers.get(c.volunteerId),
                            c.status,
                            c.claimedAt,
                            c.endedAt,
                            c.endReason,
                            c.endedById == null ? null : staff.get(c.endedById),
                            c.version);
                })
                .toList();
    }

    PartyServiceLogView log(PartyServiceLog l) {
        return logs(List.of(l)).get(0);
    }

    List<PartyServiceLogView> logs(List<PartyServiceLog> logs) {
        if (logs.isEmpty()) {
            return List.of();
        }
        Map<Long, PartyPost> posts = postsById(logs.stream().map(l -> l.postId).toList());
        Map<Long, Area> areas = areas(posts.values().stream().map(p -> p.areaId).toList());
        Map<Long, String> volunteers =
                volunteerNames(logs.stream().map(l -> l.volunteerId).toList());
        Map<Long, String> staff =
                staffNames(logs.stream().map(l -> l.decidedById).toList());
        Map<Long, List<PartyServicePhotoRef>> photos = em
                .createQuery(
                        "select new com.gridwork.party.post.PartyPostDtos$PartyServicePhotoRef(p.id, p.contentType,"
                                + " p.sizeBytes, p.uploadedAt), p.logId from PartyServicePhoto p where p.logId in :ids"
                                + " order by p.id",
                        Object[].class)
                .setParameter("ids", logs.stream().map(l -> l.id).toList())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[1], Collectors.mapping(r -> (PartyServicePhotoRef) r[0], Collectors.toList())));
        return logs.stream()
                .map(l -> {
                    PartyPost p = posts.get(l.postId);
                    return new PartyServiceLogView(
                            l.id,
                            l.claimId,
                            p.id,
                            p.title,
                            p.categoryCode,
                            AreaRef.of(areas.get(p.areaId)),
                            l.volunteerId,
                            volunteers.get(l.volunteerId),
                            l.serviceDate,
                            l.minutes,
                            l.description,
                            l.status,
                            l.decidedById == null ? null : staff.get(l.decidedById),
                            l.decidedAt,
                            l.rejectReason,
                            l.hoursEntryId,
                            l.createdAt,
                            photos.getOrDefault(l.id, List.of()),
                            l.version);
                })
                .toList();
    }

    private Map<Long, PartyPost> postsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("select p from PartyPost p where p.id in :ids", PartyPost.class)
                .setParameter("ids", ids.stream().distinct().toList())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    private Map<Long, Area> areas(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("select a from Area a where a.id in :ids", Area.class)
                .setParameter("ids", ids.stream().distinct().toList())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    private Map<Long, String> volunteerNames(Collection<Long> ids) {
        return names("select v.id, v.name from Volunteer v where v.id in :ids", ids);
    }

    private Map<Long, String> staffNames(Collection<Long> ids) {
        return names("select s.id, s.displayName from Staff s where s.id in :ids", ids);
    }

    private Map<Long, String> names(String jpql, Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            em.createQuery(jpql, Object[].class)
                    .setParameter("ids", wanted)
                    .getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }
}
