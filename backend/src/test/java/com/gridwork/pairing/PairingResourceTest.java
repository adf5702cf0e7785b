package com.gridwork.pairing;

import com.gridwork.access.StaffRole;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitTarget;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Pairings: pairing, the one-active-pairing rule (also between parallel requests), ending, scope, suggestions. */
@QuarkusTest
class PairingResourceTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    EntityManager em;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private static Map<String, Object> staffHelper(long staffId) {
        return Map.of("kind", "STAFF", "staffId", staffId);
    }

    private static Map<String, Object> pairing(long householdId, String type, Map<String, Object> helper) {
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", householdId);
        body.put("typeCode", type);
        body.put("helper", helper);
        body.put("validFrom", BeijingTime.today().toString());
        return body;
    }

    private long create(String user, Map<String, Object> body) {
        return as(user).body(body)
                .post("/api/pairings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void aStaffMemberIsPairedListedByGridAndEndedIntoHistory() {
        long household = visits.household(w.gridA1(), "MINIMUM_LIVING");
        long helper = fixtures.staffId(w.workerA1());
        Map<String, Object> body = pairing(household, "MINIMUM_LIVING", staffHelper(helper));
        body.put("notes", "每月走访");
        Response created = as(w.staffA()).body(body).post("/api/pairings");
        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .header("Location", notNullValue())
                .body("household.id", equalTo((int) household))
                .body("household.gridId", equalTo((int) w.gridA1()))
                .body("household.gridName", startsWith("A网格1"))
                .body("helperKind", equalTo("STAFF"))
                .body("helperStaffId", equalTo((int) helper))
                .body("helperVolunteerId", nullValue())
                .body("status", equalTo("ACTIVE"))
                .body("notes", equalTo("每月走访"));
        long id = created.jsonPath().getLong("id");

        // listed by the household's grid; not by the other grid
        as(w.viewer())
                .queryParam("areaId", w.gridA1())
                .queryParam("householdId", household)
                .get("/api/pairings")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id));
        as(w.admin())
                .queryParam("areaId", w.gridA2())
                .queryParam("householdId", household)
                .get("/api/pairings")
                .then()
                .statusCode(200)
                .body("items", empty());

        // an open obligation of a running period for this pairing ends with it
        long obligation = obligation(household, id);
        String etag = as(w.staffA())
                .get("/api/pairings/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(w.staffA())
                .body(Map.of("reason", "NO_LONGER_NEEDED"))
                .post("/api/pairings/" + id + "/end")
                .then()
                .statusCode(428);
        as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("reason", "NO_LONGER_NEEDED", "note", "已脱贫"))
                .post("/api/pairings/" + id + "/end")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("endReason", equalTo("NO_LONGER_NEEDED"))
                .body("endNote", equalTo("已脱贫"))
                .body("validTo", equalTo(BeijingTime.today().toString()));
        assertThat(obligationStatus(obligation)).isEqualTo("NOT_APPLICABLE/PAIRING_ENDED");

        // ending twice is a conflict
        String ended =
                as(w.staffA()).get("/api/pairings/" + id).then().extract().header("ETag");
        as(w.staffA())
                .header("If-Match", ended)
                .body(Map.of("reason", "OTHER"))
                .post("/api/pairings/" + id + "/end")
                .then()
                .statusCode(409);

        // no longer in the active list, in the household's history (newest first) and in the ENDED list
        as(w.staffA())
                .queryParam("householdId", household)
                .get("/api/pairings")
                .then()
                .body("items", empty());
        as(w.staffA())
                .queryParam("householdId", household)
                .queryParam("status", "ENDED")
                .get("/api/pairings")
                .then()
                .body("items[0].id", equalTo((int) id));
        long again = create(w.staffA(), pairing(household, "MINIMUM_LIVING", staffHelper(helper)));
        as(w.workerA1())
                .get("/api/households/" + household + "/pairings")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of((int) again, (int) id)))
                .body("status", equalTo(List.of("ACTIVE", "ENDED")));
    }

    private long obligation(long householdId, long pairingId) {
        long rule = visits.rule(
                w.subDistrict(),
                VisitTarget.PAIRED,
                VisitResponsible.HELPER,
                PeriodKind.MONTH,
                null,
                LocalDate.of(2026, 1, 1));
        LocalDate start = BeijingTime.today().withDayOfMonth(1);
        LocalDate end = start.plusMonths(1).minusDays(1);
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO visit_period (rule_id, starts_on, ends_on, due_on, generated_at,"
                            + " household_count) VALUES (?1, ?2, ?3, ?3, NOW(6), 1)")
                    .setParameter(1, rule)
                    .setParameter(2, start)
                    .setParameter(3, end)
                    .executeUpdate();
            long period = ((Number) em.createNativeQuery("SELECT MAX(id) FROM visit_period WHERE rule_id = ?1")
                            .setParameter(1, rule)
                            .getSingleResult())
                    .longValue();
            em.createNativeQuery("INSERT INTO visit_obligation (period_id, rule_id, household_id, grid_id, area_path,"
                            + " pairing_id, starts_on, ends_on, due_on, visits_required, status, created_at,"
                            + " updated_at) SELECT ?1, ?2, p.household_id, p.grid_id, p.area_path, p.id, ?3, ?4, ?4,"
                            + " 1, 'OPEN', NOW(6), NOW(6) FROM pairing p WHERE p.id = ?5")
                    .setParameter(1, period)
                    .setParameter(2, rule)
                    .setParameter(3, start)
                    .setParameter(4, end)
                    .setParameter(5, pairingId)
                    .executeUpdate();
            return ((Number) em.createNativeQuery("SELECT MAX(id) FROM visit_obligation WHERE pairing_id = ?1")
                            .setParameter(1, pairingId)
                            .getSingleResult())
                    .longValue();
        });
    }

    private String obligationStatus(long obligationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[])
                    em.createNativeQuery("SELECT status, not_applicable_reason FROM visit_obligation WHERE id = ?1")
                            .setParameter(1, obligationId)
                            .getSingleResult();
            return row[0] + "/" + row[1];
        });
    }

    @Test
    void everyViolatedFieldIsNamedAtOnceInTheCallersLanguage() {
        long foreign = visits.household(w.gridB1());
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", foreign);
        body.put("typeCode", "NO_SUCH_TYPE");
        body.put("helper", Map.of("kind", "PARTY_MEMBER"));
        body.put("validFrom", BeijingTime.today().minusYears(2).toString());
        body.put("validTo", BeijingTime.today().minusYears(3).toString());
        as(w.staffA())
                .header("Accept-Language", "en-US")
                .body(body)
                .post("/api/pairings")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        containsInAnyOrder("householdId", "typeCode", "helper.kind", "validFrom", "validTo"))
                .body(
                        "violations.find { it.field == 'helper.kind' }.message",
                        equalTo("PARTY_MEMBER helpers are not yet available"));
        as(w.staffA())
                .header("Accept-Language", "zh-CN")
                .body(body)
                .post("/api/pairings")
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'validFrom' }.message", equalTo("不能早于一年前"));
        as(w.staffA())
                .body(Map.of())
                .post("/api/pairings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("householdId"))
                .body("violations.field", hasItem("typeCode"))
                .body("violations.field", hasItem("helper"))
                .body("violations.field", hasItem("validFrom"));
    }

    @Test
    void helpersAreStaffOfTheCallersAreasOrVolunteersThroughTheirProfile() {
        long household = visits.household(w.gridA1());
        // a staff account of community B, and a volunteer's own account: neither is a staff helper here
        long staffB = fixtures.staffId(fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB()));
        String volunteerAccount = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        long volunteer = volunteers.volunteer(w.communityA(), "王志愿");
        volunteers.linkAccount(volunteer, volunteerAccount);
        long accountId = fixtures.staffId(volunteerAccount);
        as(w.staffA())
                .body(pairing(household, "ELDERLY_ALONE", staffHelper(staffB)))
                .post("/api/pairings")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("helper.staffId")));
        as(w.staffA())
                .body(pairing(household, "ELDERLY_ALONE", staffHelper(accountId)))
                .post("/api/pairings")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("helper.staffId")));
        fixtures.setEnabled(w.workerA1(), false);
        as(w.staffA())
                .body(pairing(household, "ELDERLY_ALONE", staffHelper(fixtures.staffId(w.workerA1()))))
                .post("/api/pairings")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("helper.staffId")));

        // the volunteer is paired through its profile; its account visits
        as(w.staffA())
                .body(pairing(household, "ELDERLY_ALONE", Map.of("kind", "VOLUNTEER", "volunteerId", volunteer)))
                .post("/api/pairings")
                .then()
                .statusCode(201)
                .body("helperKind", equalTo("VOLUNTEER"))
                .body("helperVolunteerId", equalTo((int) volunteer))
                .body("helperStaffId", equalTo((int) accountId))
                .body("helperName", equalTo("王志愿"));
        // one without an account may be paired, without an account to visit with
        long noAccount = volunteers.volunteer(w.communityA(), "李无号");
        as(w.staffA())
                .body(pairing(household, "UNEMPLOYED", Map.of("kind", "VOLUNTEER", "volunteerId", noAccount)))
                .post("/api/pairings")
                .then()
                .statusCode(201)
                .body("helperStaffId", nullValue());
        long volunteerB = volunteers.volunteer(w.communityB(), "赵外区");
        as(w.staffA())
                .body(pairing(household, "GRADUATE", Map.of("kind", "VOLUNTEER", "volunteerId", volunteerB)))
                .post("/api/pairings")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("helper.volunteerId")));

        // the candidates: staff of community A (not the volunteer's account, not B's), volunteers with their counts
        as(w.staffA())
                .queryParam("q", "王志愿")
                .get("/api/pairing-helpers")
                .then()
                .statusCode(200)
                .body("kind", equalTo(List.of("VOLUNTEER")))
                .body("[0].hasAccount", equalTo(true))
                .body("[0].staffId", equalTo((int) accountId))
                .body("[0].activePairings", equalTo(1));
        List<Integer> staffIds = as(w.staffA())
                .queryParam("kind", "STAFF")
                .get("/api/pairing-helpers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("staffId", Integer.class);
        assertThat(staffIds)
                .contains((int) fixtures.staffId(w.staffA()))
                .doesNotContain((int) staffB, (int) accountId, (int) fixtures.staffId(w.workerA1()));
    }

    @Test
    void onePairingPerHouseholdPersonAndTypeEvenUnderParallelRequests() throws Exception {
        long household = visits.household(w.gridA1());
        long helper = fixtures.staffId(w.staffA());
        long first = create(w.staffA(), pairing(household, "POOR_HOUSEHOLD", staffHelper(helper)));
        as(w.admin())
                .body(pairing(household, "POOR_HOUSEHOLD", staffHelper(fixtures.staffId(w.workerA1()))))
                .post("/api/pairings")
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) first));

        // two requests at once for another household: one pairs, the other names it
        long other = visits.household(w.gridA2());
        Map<String, Object> body = pairing(other, "POOR_HOUSEHOLD", staffHelper(helper));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Response> post = () -> {
                start.await();
                return as(w.staffA()).body(body).post("/api/pairings");
            };
            List<Future<Response>> answers = new ArrayList<>(List.of(pool.submit(post), pool.submit(post)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            Integer createdId = null;
            Integer existingId = null;
            for (Future<Response> f : answers) {
                Response r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 201) {
                    createdId = r.jsonPath().getInt("id");
                } else {
                    existingId = r.jsonPath().get("existingId");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            assertThat(existingId).isEqualTo(createdId);
        } finally {
            pool.shutdown();
        }

        // a pairing for one resident of the household is another person's
        long resident = resident(household);
        Map<String, Object> forResident = pairing(household, "POOR_HOUSEHOLD", staffHelper(helper));
        forResident.put("residentId", resident);
        as(w.staffA())
                .body(forResident)
                .post("/api/pairings")
                .then()
                .statusCode(201)
                .body("residentId", equalTo((int) resident))
                .body("residentName", equalTo("张三"));
        forResident.put("residentId", resident(visits.household(w.gridA1())));
        as(w.staffA())
                .body(forResident)
                .post("/api/pairings")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("residentId")));
    }

    private long resident(long household, String... tags) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "householdId",
                household,
                "name",
                "张三",
                "idCard",
                TestIds.idCard(),
                "ethnicity",
                "01",
                "relation",
                "HEAD",
                "registrationType",
                "LOCAL"));
        body.put("tags", List.of(tags));
        return as(w.admin())
                .body(body)
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("resident.id");
    }

    @Test
    void eachRoleSeesThePairingsOfItsAreasOnly() {
        long inA1 = create(
                w.staffA(),
                pairing(visits.household(w.gridA1()), "UNEMPLOYED", staffHelper(fixtures.staffId(w.staffA()))));
        long inA2 = create(
                w.staffA(),
                pairing(visits.household(w.gridA2()), "UNEMPLOYED", staffHelper(fixtures.staffId(w.staffA()))));
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/pairings/" + inA1).then().statusCode(404);
        as(w.workerA1()).get("/api/pairings/" + inA1).then().statusCode(200);
        as(w.workerA1()).get("/api/pairings/" + inA2).then().statusCode(404);
        List<Integer> workers = as(w.workerA1())
                .queryParam("size", 100)
                .queryParam("helperStaffId", fixtures.staffId(w.staffA()))
                .get("/api/pairings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Integer.class);
        assertThat(workers).contains((int) inA1).doesNotContain((int) inA2);
        as(w.viewer()).get("/api/pairings/" + inA2).then().statusCode(200);
        as(w.viewer())
                .body(pairing(visits.household(w.gridA1()), "UNEMPLOYED", staffHelper(fixtures.staffId(w.staffA()))))
                .post("/api/pairings")
                .then()
                .statusCode(403);
        String volunteer = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        as(volunteer).get("/api/pairings").then().statusCode(403);
        as(staffB)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "OTHER"))
                .post("/api/pairings/" + inA1 + "/end")
                .then()
                .statusCode(404);
    }

    @Test
    void suggestionsAreHouseholdsCarryingAServedCodeWithoutThatPairing() {
        long tagged = visits.household(w.gridB2(), "MINIMUM_LIVING", "RENTAL");
        long viaResident = visits.household(w.gridB2());
        long child = resident(viaResident, "LEFT_BEHIND_CHILD");
        long untagged = visits.household(w.gridB2(), "RENTAL");
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());

        as(staffB)
                .queryParam("areaId", w.gridB2())
                .queryParam("size", 100)
                .get("/api/pairing-suggestions")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.household.id", containsInAnyOrder((int) tagged, (int) viaResident))
                .body("items.find { it.household.id == " + tagged + " }.careCodes", equalTo(List.of("MINIMUM_LIVING")))
                .body("items.find { it.household.id == " + tagged + " }.typeCodes", equalTo(List.of("MINIMUM_LIVING")))
                .body("items.find { it.household.id == " + tagged + " }.residents", empty())
                .body(
                        "items.find { it.household.id == " + viaResident + " }.typeCodes",
                        equalTo(List.of("LEFT_BEHIND_CHILD")))
                .body("items.find { it.household.id == " + viaResident + " }.residents[0].id", equalTo((int) child))
                .body("items.household.id", not(hasItem((int) untagged)));
        // paired for that type: no longer suggested; community A's staff see none of B's
        create(staffB, pairing(tagged, "MINIMUM_LIVING", staffHelper(fixtures.staffId(staffB))));
        as(staffB)
                .queryParam("areaId", w.gridB2())
                .get("/api/pairing-suggestions")
                .then()
                .body("items.household.id", equalTo(List.of((int) viaResident)));
        as(staffB)
                .queryParam("areaId", w.gridB2())
                .queryParam("typeCode", "MINIMUM_LIVING")
                .get("/api/pairing-suggestions")
                .then()
                .body("items", hasSize(0));
        as(w.staffA())
                .queryParam("areaId", w.gridB2())
                .get("/api/pairing-suggestions")
                .then()
                .statusCode(404);
    }
}
