package com.gridwork.visit.obligation;

import com.gridwork.access.StaffRole;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Api;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitTarget;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Periods and their obligations: created once when the period starts, ended when what they were for ends. */
@QuarkusTest
class ObligationGeneratorTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    ObligationGenerator generator;

    @Inject
    ObligationSweep sweep;

    @Inject
    EntityManager em;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    /** One obligation row: household, state columns, responsible, pairing. */
    record Row(
            long householdId,
            String status,
            String reason,
            Long responsible,
            Long pairingId,
            String pairingType,
            LocalDate startsOn,
            LocalDate dueOn) {}

    private List<Row> obligations(long ruleId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery(
                                "SELECT household_id, status, not_applicable_reason, responsible_staff_id, pairing_id,"
                                        + " pairing_type_code, starts_on, due_on FROM visit_obligation"
                                        + " WHERE rule_id = :r ORDER BY starts_on, household_id, pairing_id",
                                Object[].class)
                        .setParameter("r", ruleId)
                        .getResultList()
                        .stream()
                        .map(o -> {
                            Object[] r = (Object[]) o;
                            return new Row(
                                    ((Number) r[0]).longValue(),
                                    (String) r[1],
                                    (String) r[2],
                                    r[3] == null ? null : ((Number) r[3]).longValue(),
                                    r[4] == null ? null : ((Number) r[4]).longValue(),
                                    (String) r[5],
                                    day(r[6]),
                                    day(r[7]));
                        })
                        .toList());
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private int periodCount(long ruleId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM visit_period WHERE rule_id = :r")
                                .setParameter("r", ruleId)
                                .getSingleResult())
                        .intValue());
    }

    private int householdCount(long periodId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT household_count FROM visit_period WHERE id = :p")
                                .setParameter("p", periodId)
                                .getSingleResult())
                        .intValue());
    }

    private void sql(String statement, Map<String, Object> params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            params.forEach(q::setParameter);
            q.executeUpdate();
        });
    }

    private long monthlyAllHouseholds(LocalDate anchor) {
        return visits.rule(
                w.subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.MONTH,
                null,
                anchor);
    }

    @Test
    void aNewPeriodGetsItsOwnObligationsAndTheLastOneIsLeftAsItWas() {
        long inA1 = visits.household(w.gridA1());
        long inB1 = visits.household(w.gridB1());
        long rule = monthlyAllHouseholds(LocalDate.of(2026, 6, 1));

        ObligationGenerator.Generated june =
                generator.generate(rule, LocalDate.of(2026, 6, 15)).orElseThrow();
        assertThat(june.created()).isTrue();
        assertThat(june.householdCount()).isEqualTo(2);
        // again in June: nothing new
        ObligationGenerator.Generated again =
                generator.generate(rule, LocalDate.of(2026, 6, 30)).orElseThrow();
        assertThat(again.created()).isFalse();
        assertThat(again.periodId()).isEqualTo(june.periodId());
        List<Row> juneRows = obligations(rule);

        ObligationGenerator.Generated july =
                generator.generate(rule, LocalDate.of(2026, 7, 1)).orElseThrow();
        assertThat(july.created()).isTrue();
        assertThat(july.periodId()).isNotEqualTo(june.periodId());
        assertThat(july.startsOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(periodCount(rule)).isEqualTo(2);
        List<Row> all = obligations(rule);
        assertThat(all).hasSize(4);
        assertThat(all.subList(0, 2)).isEqualTo(juneRows);
        assertThat(all.subList(2, 4))
                .extracting(Row::householdId, Row::startsOn, Row::dueOn)
                .containsExactly(
                        tuple(inA1, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)),
                        tuple(inB1, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)));
    }

    @Test
    void theGridWithoutAWorkerIsCountedWithNobodyResponsible() {
        long inA1 = visits.household(w.gridA1());
        long inB1 = visits.household(w.gridB1());
        // a second, later grid worker of A1 does not take over: the lowest id answers
        fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        // a disabled grid worker of B1 answers for nothing
        String disabled = fixtures.staff(StaffRole.GRID_WORKER, w.gridB1());
        fixtures.setEnabled(disabled, false);
        long rule = monthlyAllHouseholds(LocalDate.of(2026, 6, 1));

        assertThat(generator
                        .generate(rule, LocalDate.of(2026, 6, 2))
                        .orElseThrow()
                        .householdCount())
                .isEqualTo(2);
        assertThat(obligations(rule))
                .extracting(Row::householdId, Row::responsible)
                .containsExactly(tuple(inA1, fixtures.staffId(w.workerA1())), tuple(inB1, null));
    }

    @Test
    void aPeriodEndingOnASundayIsDueTheFridayBefore() {
        visits.household(w.gridA1());
        // 2026-06-01 is a Monday: seven-day periods end on Sundays
        long rule = visits.rule(
                w.subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.EVERY_N_DAYS,
                7,
                LocalDate.of(2026, 6, 1));
        generator.generate(rule, LocalDate.of(2026, 6, 10)).orElseThrow();
        assertThat(obligations(rule))
                .extracting(Row::startsOn, Row::dueOn)
                .containsExactly(tuple(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 12)));
    }

    @Test
    void aRuleNotStartedOrSwitchedOffGeneratesNothing() {
        visits.household(w.gridA1());
        long rule = monthlyAllHouseholds(LocalDate.of(2026, 6, 1));
        assertThat(generator.generate(rule, LocalDate.of(2026, 5, 31))).isEmpty();
        sql("UPDATE visit_rule SET active = FALSE WHERE id = :r", Map.of("r", rule));
        assertThat(generator.generate(rule, LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(periodCount(rule)).isZero();
    }

    @Test
    void theDenominatorIsFixedWhenThePeriodStarts() {
        visits.household(w.gridA1());
        long rule = monthlyAllHouseholds(LocalDate.of(2026, 6, 1));
        long period =
                generator.generate(rule, LocalDate.of(2026, 6, 1)).orElseThrow().periodId();
        long latecomer = visits.household(w.gridA1());
        assertThat(generator
                        .generate(rule, LocalDate.of(2026, 6, 20))
                        .orElseThrow()
                        .created())
                .isFalse();
        assertThat(householdCount(period)).isEqualTo(1);
        assertThat(obligations(rule)).extracting(Row::householdId).doesNotContain(latecomer);
    }

    @Test
    void careTaggedTakesHouseholdTagsAndActiveResidentsTags() {
        long tagged = visits.household(w.gridA1(), "ELDERLY_ALONE");
        long untagged = visits.household(w.gridA1(), "OTHER_TAG");
        long byResident = visits.household(w.gridA2());
        long byLeftResident = visits.household(w.gridA2());
        resident(byResident, "ACTIVE", "EMPTY_NEST");
        resident(byLeftResident, "MOVED_OUT", "EMPTY_NEST");
        long rule = careRule(LocalDate.of(2026, 6, 1));
        generator.generate(rule, LocalDate.of(2026, 6, 3)).orElseThrow();
        assertThat(obligations(rule)).extracting(Row::householdId).containsExactly(tagged, byResident);
        assertThat(untagged).isPositive();
    }

    private long careRule(LocalDate anchor) {
        return visits.rule(
                w.subDistrict(),
                VisitTarget.CARE_TAGGED,
                VisitResponsible.GRID_WORKER,
                PeriodKind.EVERY_N_DAYS,
                10,
                anchor,
                "ELDERLY_ALONE",
                "EMPTY_NEST");
    }

    /** A resident row straight in the database, with one care-group tag. */
    private void resident(long householdId, String status, String tag) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO resident (household_id, name, name_initials, gender, birth_date,"
                            + " ethnicity, id_card_enc, id_card_hash, id_card_masked, relation, registration_type,"
                            + " status, area_path, version, created_at, updated_at)"
                            + " SELECT id, '测试', 'CS', 'M', '1950-01-01', 'HAN', 'x', SHA2(UUID(), 256),"
                            + " '1101**********0011', 'OTHER', 'HOUSEHOLD', :status, area_path, 0, NOW(6), NOW(6)"
                            + " FROM household WHERE id = :h")
                    .setParameter("h", householdId)
                    .setParameter("status", status)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO resident_tag (resident_id, code) SELECT MAX(id), :tag FROM resident"
                            + " WHERE household_id = :h")
                    .setParameter("h", householdId)
                    .setParameter("tag", tag)
                    .executeUpdate();
        });
    }

    @Test
    void aPairedRuleHasOneObligationPerPairingWithTheHelperResponsible() {
        long household = visits.household(w.gridA1());
        long other = visits.household(w.gridB2());
        long byStaff = visits.pairStaff(household, w.staffA(), "ELDERLY_ALONE");
        long volunteer = volunteers.volunteer(w.communityA(), "志愿者" + Fixtures.unique("v"));
        String account = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(volunteer, account);
        long byVolunteer = visits.pairVolunteer(household, volunteer, "MINIMUM_LIVING");
        visits.pairStaff(other, w.staffA(), "GRADUATE"); // a type the rule does not list
        long rule = visits.rule(
                w.subDistrict(),
                VisitTarget.PAIRED,
                VisitResponsible.HELPER,
                PeriodKind.MONTH,
                null,
                LocalDate.of(2026, 6, 1),
                "ELDERLY_ALONE",
                "MINIMUM_LIVING");
        assertThat(generator
                        .generate(rule, LocalDate.of(2026, 6, 1))
                        .orElseThrow()
                        .householdCount())
                .isEqualTo(2);
        assertThat(obligations(rule))
                .extracting(Row::householdId, Row::pairingId, Row::pairingType, Row::responsible)
                .containsExactly(
                        tuple(household, byStaff, "ELDERLY_ALONE", fixtures.staffId(w.staffA())),
                        tuple(household, byVolunteer, "MINIMUM_LIVING", fixtures.staffId(account)));
    }

    @Test
    void parallelGeneratorsCreateOnePeriod() throws Exception {
        for (int i = 0; i < 5; i++) {
            visits.household(i % 2 == 0 ? w.gridA1() : w.gridB1());
        }
        long rule = monthlyAllHouseholds(LocalDate.of(2026, 6, 1));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Optional<ObligationGenerator.Generated>>> runs = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    start.await(10, TimeUnit.SECONDS);
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                                return generator.generate(rule, LocalDate.of(2026, 6, 9));
                            },
                            pool))
                    .toList();
            List<ObligationGenerator.Generated> done =
                    runs.stream().map(f -> f.join().orElseThrow()).toList();
            assertThat(done).extracting(ObligationGenerator.Generated::created).containsExactlyInAnyOrder(true, false);
            assertThat(done.get(0).periodId()).isEqualTo(done.get(1).periodId());
        } finally {
            pool.shutdownNow();
        }
        assertThat(periodCount(rule)).isEqualTo(1);
        assertThat(obligations(rule)).hasSize(5);
    }

    // ---- ending ------------------------------------------------------------------------------------------------

    /** A ten-day rule with a period that ended five days ago (overdue) and the one running today. */
    private long pastAndRunning(long ruleId) {
        LocalDate today = BeijingTime.today();
        generator.generate(ruleId, today.minusDays(10)).orElseThrow();
        generator.generate(ruleId, today).orElseThrow();
        return ruleId;
    }

    private long tenDays(VisitTarget target, VisitResponsible responsible, String... codes) {
        return visits.rule(
                w.subDistrict(),
                target,
                responsible,
                PeriodKind.EVERY_N_DAYS,
                10,
                BeijingTime.today().minusDays(15),
                codes);
    }

    @Test
    void movingOutEndsTheRunningObligationAtOnceAndThePastOverdueOneStaysOverdue() {
        long household = visits.household(w.gridA1());
        long rule = pastAndRunning(tenDays(VisitTarget.ALL_HOUSEHOLDS, VisitResponsible.GRID_WORKER));
        Api.as(w.admin())
                .body(Map.of("reason", "搬走了"))
                .post("/api/households/" + household + "/move-out")
                .then()
                .statusCode(200);
        assertThat(obligations(rule))
                .extracting(Row::status, Row::reason)
                .containsExactly(tuple("OPEN", null), tuple("NOT_APPLICABLE", "MOVED_OUT"));
        // restoring the household does not bring the ended obligation back
        Api.as(w.admin())
                .post("/api/households/" + household + "/restore")
                .then()
                .statusCode(200);
        assertThat(obligations(rule)).extracting(Row::status).containsExactly("OPEN", "NOT_APPLICABLE");
    }

    @Test
    void editingTheLastCareTagAwayEndsTheObligation() {
        long household = visits.household(w.gridA1(), "ELDERLY_ALONE");
        long stillTagged = visits.household(w.gridA1(), "ELDERLY_ALONE");
        long rule = pastAndRunning(tenDays(VisitTarget.CARE_TAGGED, VisitResponsible.GRID_WORKER, "ELDERLY_ALONE"));
        String etag = Api.as(w.admin())
                .get("/api/households/" + household)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Api.as(w.admin())
                .header("If-Match", etag)
                .body(Map.of("housingType", "OWNED", "tags", List.of()))
                .put("/api/households/" + household)
                .then()
                .statusCode(200);
        assertThat(obligations(rule))
                .extracting(Row::householdId, Row::status, Row::reason)
                .containsExactly(
                        tuple(household, "OPEN", null),
                        tuple(stillTagged, "OPEN", null),
                        tuple(household, "NOT_APPLICABLE", "TAG_REMOVED"),
                        tuple(stillTagged, "OPEN", null));
    }

    @Test
    void theSweepEndsWhatNoEventReported() {
        long movedOut = visits.household(w.gridA1(), "ELDERLY_ALONE");
        long lostTag = visits.household(w.gridA1(), "ELDERLY_ALONE");
        long keeps = visits.household(w.gridA1(), "ELDERLY_ALONE");
        long care = pastAndRunning(tenDays(VisitTarget.CARE_TAGGED, VisitResponsible.GRID_WORKER, "ELDERLY_ALONE"));
        long paired = visits.household(w.gridA2());
        long pairing = visits.pairStaff(paired, w.staffA(), "ELDERLY_ALONE");
        long pairedRule = pastAndRunning(tenDays(VisitTarget.PAIRED, VisitResponsible.HELPER));
        // as an import or another part would change them: straight in the database, no event
        sql("UPDATE household SET status = 'MOVED_OUT' WHERE id = :h", Map.of("h", movedOut));
        sql("DELETE FROM household_tag WHERE household_id = :h", Map.of("h", lostTag));
        sql(
                "UPDATE pairing SET status = 'ENDED', valid_to = :d, end_reason = 'NO_LONGER_NEEDED' WHERE id = :p",
                Map.of("p", pairing, "d", BeijingTime.today()));

        ObligationSweep.Swept swept = sweep.sweep(BeijingTime.today());

        assertThat(swept.movedOut()).isGreaterThanOrEqualTo(1);
        List<Row> running = obligations(care).stream()
                .filter(r -> r.dueOn().isAfter(BeijingTime.today().minusDays(1)))
                .toList();
        assertThat(running)
                .extracting(Row::householdId, Row::status, Row::reason)
                .containsExactly(
                        tuple(movedOut, "NOT_APPLICABLE", "MOVED_OUT"),
                        tuple(lostTag, "NOT_APPLICABLE", "TAG_REMOVED"),
                        tuple(keeps, "OPEN", null));
        // the periods that are over keep their open (overdue) obligations
        assertThat(obligations(care).subList(0, 3)).extracting(Row::status).containsOnly("OPEN");
        assertThat(obligations(pairedRule))
                .filteredOn(r -> r.householdId() == paired)
                .extracting(Row::status, Row::reason)
                .containsExactly(tuple("OPEN", null), tuple("NOT_APPLICABLE", "PAIRING_ENDED"));
    }
}
