package com.gridwork.party.post;

import com.gridwork.common.time.BeijingTime;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Ends the posts whose term is over (term_to before today, Beijing time): status ENDED and their live claims ENDED,
 * the post's row locked as for any claim. Runs hourly so that a day's change is seen soon after midnight and a
 * missed run catches up; running it again changes nothing.
 */
@ApplicationScoped
public class PartyPostClock {
    @Inject
    EntityManager em;

    @Inject
    PartyPostClaimService claims;

    @Inject
    PartyPostLock lock;

    @Scheduled(
            every = "${gridwork.party-posts.clock-every:1h}",
            delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int ended = run(BeijingTime.today());
        if (ended > 0) {
            Log.infof("Ended %d party post(s) past their term", ended);
        }
    }

    /** Ends what is over on {@code today}; returns how many posts ended. */
    @Transactional
    public int run(LocalDate today) {
        List<PartyPost> due = em.createQuery(
                        "select p from PartyPost p where p.status <> :ended and p.termTo < :today order by p.id",
                        PartyPost.class)
                .setParameter("ended", PartyPostStatus.ENDED)
                .setParameter("today", today)
                .getResultList();
        int ended = 0;
        for (PartyPost post : due) {
            PartyPostLock.Locked locked = lock.post(post.id);
            if (!PartyPostRules.endsByClock(locked.status(), locked.termTo(), today)) {
                continue; // changed meanwhile (its term extended)
            }
            claims.endAllOf(post);
            post.status = PartyPostStatus.ENDED;
            post.touch();
            ended++;
        }
        return ended;
    }
}
