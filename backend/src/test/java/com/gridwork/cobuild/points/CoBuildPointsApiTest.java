package com.gridwork.cobuild.points;

import com.gridwork.access.StaffRole;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.PartyFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CoBuildPointsApiTest {
    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    CoBuildPointsLedger ledger;

    @Inject
    EntityManager em;

    private Fixtures.World w;
    private final LocalDate today = BeijingTime.today();

    @BeforeEach
    void setUp() {
        w = fixtures.world();
    }

    private Response adjust(String user, long unit, int points, LocalDate on) {
        return as(user).body(Map.of("unitId", unit, "points", points, "earnedOn", on.toString(), "reason", "表彰加分"))
                .post("/api/cobuild-points/adjustments");
    }

    private long adjusted(long unit, int points, LocalDate on) {
        return adjust(w.admin(), unit, points, on)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void anAdjustmentNeedsAReasonAndNonZeroPointsAndOnlyTheSubDistrictMayMakeIt() {
        long unit = party.unit(w.subDistrict(), 10);
        adjust(w.admin(), unit, 0, today).then().statusCode(400).body("violations.field", contains("points"));
        adjust(w.admin(), unit, 5, today.plusDays(1))
                .then()
                .statusCode(400)
                .body("violations.field", contains("earnedOn"));
        adjust(w.staffA(), unit, 5, today).then().statusCode(403);
        adjust(w.admin(), unit, -3, today)
                .then()
                .statusCode(201)
                .body("kind", equalTo("ADJUSTMENT"))
                .body("points", equalTo(-3))
                .body("reason", equalTo("表彰加分"));
    }

    @Test
    void anEntryIsReversedOnceEvenByTwoParallelRequests() throws Exception {
        long unit = party.unit(w.subDistrict(), 10);
        long entry = adjusted(unit, 8, today);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(() -> as(w.admin())
                        .body(Map.of("reason", "录入有误"))
                        .post("/api/cobuild-points/" + entry + "/reverse")
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        as(w.admin())
                .queryParam("unitId", unit)
                .get("/api/cobuild-points")
                .then()
                .statusCode(200)
                .body("items.points", contains(-8, 8))
                .body(
                        "items[1].reversedById",
                        equalTo(as(w.admin())
                                .queryParam("unitId", unit)
                                .get("/api/cobuild-points")
                                .then()
                                .extract()
                                .path("items[0].id")));
        long reversal = as(w.admin())
                .queryParam("unitId", unit)
                .get("/api/cobuild-points")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        as(w.admin())
                .body(Map.of("reason", "冲正冲正"))
                .post("/api/cobuild-points/" + reversal + "/reverse")
                .then()
                .statusCode(409);
    }

    @Test
    void aLockedMonthRefusesEveryEntryDatedInIt() {
        long unit = party.unit(w.subDistrict(), 10);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        as(w.admin())
                .body(Map.of(
                        "subDistrictId",
                        w.subDistrict(),
                        "month",
                        YearMonth.from(today).toString()))
                .post("/api/cobuild-points/month-locks")
                .then()
                .statusCode(400)
                .body("violations.field", contains("month"));
        as(w.admin())
                .body(Map.of("subDistrictId", w.subDistrict(), "month", last.toString()))
                .post("/api/cobuild-points/month-locks")
                .then()
                .statusCode(201)
                .body("month", equalTo(last.toString()));
        as(w.admin())
                .body(Map.of("subDistrictId", w.subDistrict(), "month", last.toString()))
                .post("/api/cobuild-points/month-locks")
                .then()
                .statusCode(409);
        as(w.viewer())
                .get("/api/cobuild-points/month-locks")
                .then()
                .statusCode(200)
                .body("month", contains(last.toString()));

        adjust(w.admin(), unit, 5, last.atDay(10)).then().statusCode(409);
        adjust(w.admin(), unit, 5, today).then().statusCode(201);
        // the projects part's automatic entries go through the same ledger
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ledger.append(new CoBuildPointsLedger.NewEntry(
                                unit,
                                CoBuildPointsKind.ADJUSTMENT,
                                CoBuildPointsKind.PROJECT_COMPLETED_POINTS,
                                last.atEndOfMonth(),
                                null,
                                null,
                                "项目验收",
                                fixtures.staffId(w.admin())))))
                .isInstanceOfSatisfying(
                        ApiProblem.class, p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void theRankingSumsThePeriodsEntriesPerUnitListsUnitsWithoutPointsAndOrdersTiesByName() {
        long a = party.unit(w.subDistrict(), 1);
        long b = party.unit(w.subDistrict(), 1);
        long c = party.unit(w.subDistrict(), 1);
        LocalDate from = today.minusDays(20);
        adjusted(a, 10, today.minusDays(5));
        adjusted(a, 4, today.minusDays(4));
        long wrong = adjusted(a, 6, today.minusDays(3));
        as(w.admin())
                .body(Map.of("reason", "录入有误"))
                .post("/api/cobuild-points/" + wrong + "/reverse")
                .then()
                .statusCode(201);
        adjusted(b, 14, today);
        adjusted(b, 100, from.minusDays(1)); // before the period
        String nameA = name(a);
        String nameB = name(b);
        List<Long> tied = nameA.compareTo(nameB) < 0 ? List.of(a, b) : List.of(b, a);

        Response ranking = as(w.staffA())
                .queryParam("from", from.toString())
                .queryParam("to", today.toString())
                .get("/api/cobuild-points/ranking");
        ranking.then()
                .statusCode(200)
                .body(
                        "items.unitId",
                        contains(tied.get(0).intValue(), tied.get(1).intValue(), (int) c))
                .body("items.points", contains(14, 14, 0))
                .body("items.rank", contains(1, 1, 3))
                .body("items.find { it.unitId == " + a + " }.entries", equalTo(4));
        // a liaison sees its sub-district's ranking, and its own entries only
        String liaison = party.liaison(c);
        as(liaison)
                .queryParam("from", from.toString())
                .get("/api/cobuild-points/ranking")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3));
        as(liaison).get("/api/cobuild-points").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        as(liaison).queryParam("unitId", a).get("/api/cobuild-points").then().statusCode(404);
        String outsider =
                fixtures.staff(StaffRole.COMMUNITY_STAFF, fixtures.world().communityA());
        as(outsider).queryParam("unitId", a).get("/api/cobuild-points").then().statusCode(404);
    }

    private String name(long unit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select name from cobuild_unit where id = :u")
                        .setParameter("u", unit)
                        .getSingleResult());
    }
}
