package com.gridwork.pairing.reassign;

import com.gridwork.access.StaffRole;
import com.gridwork.pairing.Pairing;
import com.gridwork.pairing.PairingEndReason;
import com.gridwork.pairing.PairingStatus;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.visit.obligation.ObligationStatus;
import com.gridwork.visit.obligation.VisitObligation;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitTarget;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ReassignmentTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    ReassignmentTestData data;

    private static final LocalDate THIS_MONTH = LocalDate.now().withDayOfMonth(1);
    private static final LocalDate LAST_MONTH = THIS_MONTH.minusMonths(1);

    private static Map<String, Object> staff(long id) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "STAFF");
        m.put("staffId", id);
        return m;
    }

    private static Map<String, Object> volunteer(long id) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "VOLUNTEER");
        m.put("volunteerId", id);
        return m;
    }

    private static Map<String, Object> body(
            Map<String, Object> from, Map<String, Object> to, Long areaId, boolean grid) {
        Map<String, Object> m = new HashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("areaId", areaId);
        m.put("includeGridObligations", grid);
        m.put("reason", "网格员调岗");
        return m;
    }

    /** A grid changes hands: the helper's pairings and open obligations there move; elsewhere, nothing. */
    @Test
    void movesEveryActivePairingAndOpenObligationOfTheArea() {
        Fixtures.World w = fixtures.world();
        String fromUser = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        String toUser = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        long from = fixtures.staffId(fromUser);
        long to = fixtures.staffId(toUser);
        long h1 = visits.household(w.gridA1());
        long h2 = visits.household(w.gridA1());
        long h3 = visits.household(w.gridA2());
        long p1 = visits.pairStaff(h1, fromUser, "ELDERLY_ALONE");
        long p2 = visits.pairStaff(h2, fromUser, "MINIMUM_LIVING");
        long p3 = visits.pairStaff(h3, fromUser, "ELDERLY_ALONE");
        long ended = visits.pairStaff(h2, fromUser, "UNEMPLOYED");
        assertThat(data.end(ended)).isTrue();
        long paired = visits.rule(
                w.subDistrict(), VisitTarget.PAIRED, VisitResponsible.HELPER, PeriodKind.MONTH, null, LAST_MONTH);
        long all = visits.rule(
                w.subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.MONTH,
                null,
                LAST_MONTH);
        long open1 = data.obligation(paired, h1, p1, from, THIS_MONTH, ObligationStatus.OPEN);
        long overdue1 = data.obligation(paired, h1, p1, from, LAST_MONTH, ObligationStatus.OPEN);
        long satisfied2 = data.obligation(paired, h2, p2, from, LAST_MONTH, ObligationStatus.SATISFIED);
        long open2 = data.obligation(paired, h2, p2, from, THIS_MONTH, ObligationStatus.OPEN);
        long open3 = data.obligation(paired, h3, p3, from, THIS_MONTH, ObligationStatus.OPEN);
        long grid1 = data.obligation(all, h1, null, from, THIS_MONTH, ObligationStatus.OPEN);
        long grid3 = data.obligation(all, h3, null, from, THIS_MONTH, ObligationStatus.OPEN);
        List<Long> households = List.of(h1, h2, h3);
        long openBefore = data.openObligations(households);

        JsonPath preview = as(w.staffA())
                .body(body(staff(from), staff(to), w.gridA1(), true))
                .post("/api/pairing-reassignments/preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(preview.getInt("pairings")).isEqualTo(2);
        assertThat(preview.getInt("obligations")).isEqualTo(3);
        assertThat(preview.getInt("gridObligations")).isEqualTo(1);
        assertThat(preview.getLong("total")).isEqualTo(6);
        assertThat(preview.getBoolean("nothingToMove")).isFalse();
        assertThat(preview.getList("rows.id", Long.class)).containsExactly(p1, p2, overdue1, open1, open2, grid1);
        assertThat(preview.getList("rows.state", String.class))
                .containsExactly(null, null, "OVERDUE", "DUE", "DUE", "DUE");
        assertThat(data.pairing(p1).status).as("a preview changes nothing").isEqualTo(PairingStatus.ACTIVE);

        JsonPath done = as(w.staffA())
                .body(body(staff(from), staff(to), w.gridA1(), true))
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(done.getInt("pairingsMoved")).isEqualTo(2);
        assertThat(done.getInt("obligationsMoved")).isEqualTo(3);
        assertThat(done.getInt("gridObligationsMoved")).isEqualTo(1);
        assertThat(done.getLong("gridId")).isEqualTo(w.gridA1());
        assertThat(done.getString("to.name")).isNotBlank();
        long reassignment = done.getLong("id");

        for (long[] hp : new long[][] {{h1, p1}, {h2, p2}}) {
            Pairing old = data.pairing(hp[1]);
            assertThat(old.status).isEqualTo(PairingStatus.ENDED);
            assertThat(old.endReason).isEqualTo(PairingEndReason.REASSIGNED);
            assertThat(old.validTo).isEqualTo(LocalDate.now(com.gridwork.common.time.BeijingTime.ZONE));
            List<Pairing> continued = data.pairingsOf(hp[0]).stream()
                    .filter(p -> p.status == PairingStatus.ACTIVE)
                    .toList();
            assertThat(continued).singleElement().satisfies(p -> {
                assertThat(p.reassignedFromId).isEqualTo(hp[1]);
                assertThat(p.helperStaffId).isEqualTo(to);
                assertThat(p.typeCode).isEqualTo(old.typeCode);
                assertThat(p.validFrom).isEqualTo(old.validTo);
            });
        }
        long next1 = activeOf(h1).id;
        long next2 = activeOf(h2).id;
        assertThat(data.pairing(ended).endReason)
                .as("an ended pairing stays as it was")
                .isEqualTo(PairingEndReason.NO_LONGER_NEEDED);
        assertThat(data.pairing(p3).status).as("outside the area").isEqualTo(PairingStatus.ACTIVE);

        assertMoved(open1, next1, to);
        assertMoved(overdue1, next1, to);
        assertMoved(open2, next2, to);
        assertMoved(grid1, null, to);
        VisitObligation kept = data.obligation(satisfied2);
        assertThat(kept.pairingId)
                .as("what happened stays with the old pairing")
                .isEqualTo(p2);
        assertThat(kept.responsibleStaffId).isEqualTo(from);
        assertThat(data.obligation(open3).responsibleStaffId).isEqualTo(from);
        assertThat(data.obligation(grid3).responsibleStaffId).isEqualTo(from);
        assertThat(data.openObligations(households)).as("moved, not ended").isEqualTo(openBefore);

        JsonPath history = as(w.staffA())
                .queryParam("areaId", w.gridA1())
                .get("/api/pairing-reassignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("items.id", Long.class)).containsExactly(reassignment);
        JsonPath detail = as(w.viewer())
                .get("/api/pairing-reassignments/" + reassignment)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(detail.getList("moved.kind", String.class))
                .containsExactly(
                        "PAIRING",
                        "PAIRING",
                        "PAIRING_OBLIGATION",
                        "PAIRING_OBLIGATION",
                        "PAIRING_OBLIGATION",
                        "GRID_OBLIGATION");
        assertThat(detail.getList("moved.newPairingId", Long.class))
                .containsExactly(next1, next2, next1, next1, next2, null);
        assertThat(detail.getList("moved.id", Long.class)).containsExactly(p1, p2, overdue1, open1, open2, grid1);
    }

    private Pairing activeOf(long household) {
        return data.pairingsOf(household).stream()
                .filter(p -> p.status == PairingStatus.ACTIVE)
                .findFirst()
                .orElseThrow();
    }

    private void assertMoved(long obligation, Long pairing, long to) {
        VisitObligation o = data.obligation(obligation);
        assertThat(o.status).isEqualTo(ObligationStatus.OPEN);
        if (pairing != null) {
            assertThat(o.pairingId).isEqualTo(pairing);
        } else {
            assertThat(o.pairingId).isNull();
        }
        assertThat(o.responsibleStaffId).isEqualTo(to);
        assertThat(data.movesOf(obligation)).isEqualTo(1);
    }

    /** A volunteer leaves: its pairings go to another volunteer's account, whatever grid they lie in. */
    @Test
    void aVolunteerHandsOverToAVolunteerWithAnAccount() {
        Fixtures.World w = fixtures.world();
        long leaving = volunteers.volunteer(w.communityA(), "李志愿");
        String leavingAccount = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(leaving, leavingAccount);
        long taking = volunteers.volunteer(w.communityA(), "王志愿");
        long noAccount = volunteers.volunteer(w.communityA(), "赵志愿");
        String takingAccount = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(taking, takingAccount);
        long h = visits.household(w.gridA2());
        long p = visits.pairVolunteer(h, leaving, "ELDERLY_ALONE");
        long rule = visits.rule(
                w.subDistrict(), VisitTarget.PAIRED, VisitResponsible.HELPER, PeriodKind.MONTH, null, LAST_MONTH);
        long o = data.obligation(rule, h, p, fixtures.staffId(leavingAccount), THIS_MONTH, ObligationStatus.OPEN);

        as(w.staffA())
                .body(body(volunteer(leaving), volunteer(noAccount), null, false))
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("to.volunteerId"));
        assertThat(data.pairing(p).status).isEqualTo(PairingStatus.ACTIVE);

        as(w.staffA())
                .body(body(volunteer(leaving), volunteer(taking), null, false))
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(201)
                .body("pairingsMoved", org.hamcrest.Matchers.is(1))
                .body("obligationsMoved", org.hamcrest.Matchers.is(1));
        Pairing next = activeOf(h);
        assertThat(next.helperVolunteerId).isEqualTo(taking);
        assertThat(next.helperStaffId).isEqualTo(fixtures.staffId(takingAccount));
        assertMoved(o, next.id, fixtures.staffId(takingAccount));
    }

    /**
     * Community B's staff move only B's pairings of a helper who works in both communities, may not hand them to
     * someone of A, and may not name a helper they cannot see.
     */
    @Test
    void theScopeDecidesWhatMovesAndToWhom() {
        Fixtures.World w = fixtures.world();
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        String helperUser = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityA());
        long helper = fixtures.staffId(helperUser);
        long takerB = fixtures.staffId(fixtures.staff(StaffRole.GRID_WORKER, w.gridB1()));
        long takerA = fixtures.staffId(fixtures.staff(StaffRole.GRID_WORKER, w.gridA1()));
        long hA = visits.household(w.gridA1());
        long hB = visits.household(w.gridB1());
        long pA = visits.pairStaff(hA, helperUser, "ELDERLY_ALONE");
        long pB = visits.pairStaff(hB, helperUser, "ELDERLY_ALONE");

        as(staffB)
                .body(body(staff(helper), staff(takerA), null, false))
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("to.staffId"));
        as(staffB)
                .body(body(staff(helper), staff(takerB), null, false))
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(201)
                .body("pairingsMoved", org.hamcrest.Matchers.is(1));
        assertThat(data.pairing(pA).status).as("A's pairing is not B's to move").isEqualTo(PairingStatus.ACTIVE);
        assertThat(data.pairing(pB).status).isEqualTo(PairingStatus.ENDED);
        assertThat(activeOf(hB).helperStaffId).isEqualTo(takerB);

        // now the helper has nothing left in B and works in A: B's staff cannot name it
        as(staffB)
                .body(body(staff(helper), staff(takerB), null, false))
                .post("/api/pairing-reassignments/preview")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("from.staffId"));
        // the history of B's reassignment is B's; A's staff do not see it
        long id = as(staffB)
                .get("/api/pairing-reassignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        as(w.staffA()).get("/api/pairing-reassignments/" + id).then().statusCode(404);
    }

    @Test
    void everyViolationAtOnceAndZeroCountsWhenNothingMoves() {
        Fixtures.World w = fixtures.world();
        String helperUser = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        long helper = fixtures.staffId(helperUser);
        String disabledUser = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        fixtures.setEnabled(disabledUser, false);
        Map<String, Object> same = body(staff(helper), staff(helper), w.gridB1(), false);
        same.put("reason", " ");
        as(w.staffA())
                .header("Accept-Language", "en-US")
                .body(same)
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("areaId", "reason", "to"));
        as(w.staffA())
                .body(body(staff(helper), staff(fixtures.staffId(disabledUser)), null, false))
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("to.staffId"));
        long volunteerAccount = fixtures.staffId(fixtures.staff(StaffRole.VOLUNTEER, w.communityA()));
        as(w.staffA())
                .body(body(staff(helper), staff(volunteerAccount), null, false))
                .post("/api/pairing-reassignments/preview")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("to.staffId"));
        Map<String, Object> noIds = body(Map.of("kind", "STAFF"), Map.of("kind", "UNIT"), null, false);
        as(w.staffA())
                .body(noIds)
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("from.staffId", "to.kind"));

        long other = fixtures.staffId(fixtures.staff(StaffRole.GRID_WORKER, w.gridA1()));
        as(w.staffA())
                .body(body(staff(helper), staff(other), null, true))
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(201)
                .body("total", org.hamcrest.Matchers.is(0))
                .body("nothingMoved", org.hamcrest.Matchers.is(true));
        // a viewer reads the history but may not move anything
        as(w.viewer())
                .body(body(staff(helper), staff(other), null, true))
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(403);
    }

    /**
     * Two reassignments of the same helper and an office worker ending pairings, all at once: every pairing is
     * either ended or continued exactly once, each household keeps one active pairing, the counts add up.
     */
    @Test
    void racingReassignmentsAndEndsLoseAndDuplicateNothing() throws Exception {
        Fixtures.World w = fixtures.world();
        String fromUser = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        long from = fixtures.staffId(fromUser);
        long toX = fixtures.staffId(fixtures.staff(StaffRole.GRID_WORKER, w.gridA1()));
        long toY = fixtures.staffId(fixtures.staff(StaffRole.GRID_WORKER, w.gridA1()));
        long rule = visits.rule(
                w.subDistrict(), VisitTarget.PAIRED, VisitResponsible.HELPER, PeriodKind.MONTH, null, LAST_MONTH);
        int n = 12;
        List<Long> households = new ArrayList<>();
        List<Long> pairings = new ArrayList<>();
        List<Long> obligations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long h = visits.household(w.gridA1());
            long p = visits.pairStaff(h, fromUser, "ELDERLY_ALONE");
            households.add(h);
            pairings.add(p);
            obligations.add(data.obligation(rule, h, p, from, THIS_MONTH, ObligationStatus.OPEN));
        }

        CyclicBarrier start = new CyclicBarrier(3);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Response> toFirst = () -> {
                start.await();
                return as(w.staffA())
                        .body(body(staff(from), staff(toX), w.gridA1(), false))
                        .post("/api/pairing-reassignments");
            };
            Callable<Response> toSecond = () -> {
                start.await();
                return as(w.staffA())
                        .body(body(staff(from), staff(toY), w.gridA1(), false))
                        .post("/api/pairing-reassignments");
            };
            Callable<Integer> ends = () -> {
                start.await();
                int won = 0;
                for (long p : pairings.subList(0, n / 2)) {
                    try {
                        won += data.end(p) ? 1 : 0;
                    } catch (RuntimeException lostTheRace) {
                        // the pairing moved under the write: the version check refused it
                    }
                }
                return won;
            };
            Future<Response> a = pool.submit(toFirst);
            Future<Response> b = pool.submit(toSecond);
            Future<Integer> e = pool.submit(ends);
            Response ra = a.get();
            Response rb = b.get();
            int endedByOffice = e.get();
            assertThat(ra.statusCode()).as(ra.asString()).isEqualTo(201);
            assertThat(rb.statusCode()).as(rb.asString()).isEqualTo(201);
            int moved = ra.jsonPath().getInt("pairingsMoved") + rb.jsonPath().getInt("pairingsMoved");
            int obligationsMoved =
                    ra.jsonPath().getInt("obligationsMoved") + rb.jsonPath().getInt("obligationsMoved");
            assertThat(moved + endedByOffice)
                    .as("every pairing ended or moved, once")
                    .isEqualTo(n);
            assertThat(obligationsMoved).isEqualTo(moved);

            int continued = 0;
            for (int i = 0; i < n; i++) {
                List<Pairing> rows = data.pairingsOf(households.get(i));
                Pairing first = rows.get(0);
                assertThat(first.status).isEqualTo(PairingStatus.ENDED);
                List<Pairing> active = rows.stream()
                        .filter(p -> p.status == PairingStatus.ACTIVE)
                        .toList();
                if (first.endReason == PairingEndReason.REASSIGNED) {
                    continued++;
                    assertThat(rows).hasSize(2);
                    assertThat(active).singleElement().satisfies(p -> {
                        assertThat(p.reassignedFromId).isEqualTo(first.id);
                        assertThat(p.helperStaffId).isIn(toX, toY);
                    });
                    assertThat(data.obligation(obligations.get(i)).pairingId).isEqualTo(active.get(0).id);
                    assertThat(data.movesOf(obligations.get(i))).isEqualTo(1);
                } else {
                    assertThat(rows).hasSize(1);
                    assertThat(data.obligation(obligations.get(i)).pairingId).isEqualTo(first.id);
                    assertThat(data.movesOf(obligations.get(i))).isZero();
                }
            }
            assertThat(continued).isEqualTo(moved);
        } finally {
            pool.shutdownNow();
        }
    }
}
