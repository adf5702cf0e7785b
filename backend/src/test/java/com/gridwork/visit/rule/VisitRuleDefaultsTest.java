package com.gridwork.visit.rule;

import com.gridwork.area.AreaLevel;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.visit.VisitMode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The two default rules: made once per sub-district, as the issue describes them. */
@QuarkusTest
class VisitRuleDefaultsTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitRuleDefaults defaults;

    private List<VisitRule> rules(long subDistrict) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<VisitRule> rules = VisitRule.list("subDistrictId = ?1 order by id", subDistrict);
            rules.forEach(r -> {
                r.codes.size();
                r.modes.size();
            });
            return rules;
        });
    }

    @Test
    void theTwoDefaultsAsTheIssueDescribesThem() {
        long sub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "街道");
        defaults.ensure(sub);
        defaults.ensure(sub);

        List<VisitRule> rules = rules(sub);
        assertThat(rules)
                .extracting(r -> r.defaultRule)
                .containsExactly(DefaultVisitRule.GRID_HALF_YEAR, DefaultVisitRule.PAIRED_MONTHLY);
        LocalDate today = BeijingTime.today();
        VisitRule grid = rules.get(0);
        assertThat(grid.name).isEqualTo("网格员半年全覆盖走访");
        assertThat(grid.target).isEqualTo(VisitTarget.ALL_HOUSEHOLDS);
        assertThat(grid.responsible).isEqualTo(VisitResponsible.GRID_WORKER);
        assertThat(grid.periodKind).isEqualTo(PeriodKind.HALF_YEAR);
        assertThat(grid.visitsRequired).isEqualTo(1);
        assertThat(grid.modes).containsExactlyInAnyOrder(VisitMode.IN_HOME, VisitMode.AT_DOOR);
        assertThat(grid.anchorDate).isEqualTo(LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1));
        assertThat(grid.active).isTrue();
        VisitRule paired = rules.get(1);
        assertThat(paired.name).isEqualTo("结对帮扶每月走访");
        assertThat(paired.target).isEqualTo(VisitTarget.PAIRED);
        assertThat(paired.codes).isEmpty();
        assertThat(paired.responsible).isEqualTo(VisitResponsible.HELPER);
        assertThat(paired.periodKind).isEqualTo(PeriodKind.MONTH);
        assertThat(paired.modes).containsExactlyInAnyOrder(VisitMode.values());
        assertThat(paired.anchorDate).isEqualTo(today.withDayOfMonth(1));
    }

    @Test
    void parallelCallersMakeThemOnce() throws Exception {
        long sub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "街道");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> runs = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.runAsync(
                            () -> {
                                try {
                                    start.await();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                                defaults.ensure(sub);
                            },
                            pool))
                    .toList();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }
        assertThat(rules(sub)).hasSize(2);
    }

    @Test
    void aRuleOfTheSameNameKeepsItsNameAndTheDefaultTakesAnother() {
        long sub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "街道");
        QuarkusTransaction.requiringNew().run(() -> {
            VisitRule own =
                    VisitRuleDefaults.build(DefaultVisitRule.GRID_HALF_YEAR, sub, "/" + sub + "/", BeijingTime.today());
            own.defaultRule = null;
            own.persist();
        });
        defaults.ensure(sub);
        assertThat(rules(sub)).extracting(r -> r.name).containsExactly("网格员半年全覆盖走访", "网格员半年全覆盖走访（2）", "结对帮扶每月走访");
    }
}
