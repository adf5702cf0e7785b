package com.gridwork.visit.obligation;

import com.gridwork.area.AreaLevel;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.visit.rule.VisitRuleDefaults;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/**
 * Starts periods with the clock: for every sub-district (its default rules made first), every active rule gets the
 * obligations of the period containing today, once; then {@link ObligationSweep} ends what lost its reason. Runs
 * shortly after start and every 10 minutes (gridwork.visits.obligation-clock-every). Each rule in a transaction of
 * its own, so one failing rule (or a parallel generator that won) does not stop the others.
 */
@ApplicationScoped
public class ObligationClock {
    @Inject
    EntityManager em;

    @Inject
    VisitRuleDefaults defaults;

    @Inject
    ObligationGenerator generator;

    @Inject
    ObligationSweep sweep;

    @Scheduled(
            every = "${gridwork.visits.obligation-clock-every:10m}",
            delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        LocalDate today = BeijingTime.today();
        int created = run(today);
        ObligationSweep.Swept swept = sweep.sweep(today);
        if (created > 0 || swept.total() > 0) {
            Log.infof("Visit obligations: %d period(s) started, %s ended", created, swept);
        }
    }

    /** Generates for every sub-district's active rules on {@code today}; returns how many periods it created. */
    public int run(LocalDate today) {
        List<Long> subDistricts = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select a.id from Area a where a.level = :level order by a.id", Long.class)
                        .setParameter("level", AreaLevel.SUB_DISTRICT)
                        .getResultList());
        for (long subDistrictId : subDistricts) {
            defaults.ensure(subDistrictId);
        }
        List<Long> rules = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select r.id from VisitRule r where r.active = true order by r.id", Long.class)
                        .getResultList());
        int created = 0;
        for (long ruleId : rules) {
            try {
                boolean made = QuarkusTransaction.requiringNew()
                        .call(() -> generator
                                .generate(ruleId, today)
                                .map(ObligationGenerator.Generated::created)
                                .orElse(false));
                created += made ? 1 : 0;
            } catch (RuntimeException e) {
                // another generator created the period first (uq_visit_period), or this rule failed: the next run
                // retries
                Log.warnf(
                        "Visit rule %d: obligations not generated (%s)",
                        ruleId, e.getClass().getSimpleName());
            }
        }
        return created;
    }
}
