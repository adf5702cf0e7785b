package com.gridwork.testsupport;

import com.gridwork.visit.rule.VisitPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/** A visit rule's period straight in the database, for the coverage's role matrix and fuzz entries. */
@ApplicationScoped
public class VisitCoverageFixtures {
    /** A period of the rule, due on its last day, with no obligations yet. */
    @Transactional
    public long period(long ruleId, LocalDate startsOn, LocalDate endsOn) {
        VisitPeriod p = new VisitPeriod();
        p.ruleId = ruleId;
        p.startsOn = startsOn;
        p.endsOn = endsOn;
        p.dueOn = endsOn;
        p.generatedAt = Instant.now();
        p.persist();
        return p.id;
    }
}
