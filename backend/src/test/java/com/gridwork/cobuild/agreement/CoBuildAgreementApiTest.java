package com.gridwork.cobuild.agreement;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaLevel;
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
import java.util.HashMap;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CoBuildAgreementApiTest {
    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    AgreementClock clock;

    @Inject
    EntityManager em;

    private Fixtures.World w;
    private long unit;
    private final LocalDate today = BeijingTime.today();

    @BeforeEach
    void setUp() {
        w = fixtures.world();
        unit = party.unit(w.subDistrict(), 30);
    }

    private Map<String, Object> proposal(long unitId, long communityId, LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("communityId", communityId);
        body.put("termFrom", from.toString());
        body.put("termTo", to.toString());
        body.put("content", "每季度开展助老服务");
        return body;
    }

    private Response propose(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/cobuild-agreements");
    }

    private long proposed(LocalDate from, LocalDate to) {
        return propose(w.staffA(), proposal(unit, w.communityA(), from, to))
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("actions", contains("SIGN", "TERMINATE"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private Response sign(long id, LocalDate on) {
        String etag = as(w.staffA()).get("/api/cobuild-agreements/" + id).header("ETag");
        return as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("signedOn", on.toString()))
                .post("/api/cobuild-agreements/" + id + "/sign");
    }

    @Test
    void aSignatureActivatesAnAgreementWhoseTermHasBegunAndOnlySignsOneThatHasNot() {
        long current = proposed(today.minusDays(10), today.plusMonths(6));
        sign(current, today).then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> CoBuildAgreement.paired(unit, w.communityA())))
                .isTrue();

        long later = proposed(today.plusMonths(7), today.plusMonths(12));
        sign(later, today).then().statusCode(200).body("status", equalTo("SIGNED"));
        // signed twice: the state speaks
        sign(later, today).then().statusCode(409).body("detail", equalTo("协议当前为已签订，不能签订。"));
    }

    @Test
    void theSignatureNeedsTheCurrentVersionAndADateNotInTheFuture() {
        long id = proposed(today, today.plusMonths(6));
        as(w.staffA())
                .body(Map.of("signedOn", today.toString()))
                .post("/api/cobuild-agreements/" + id + "/sign")
                .then()
                .statusCode(428);
        sign(id, today.plusDays(1)).then().statusCode(400).body("violations.field", contains("signedOn"));
    }

    @Test
    void theClockActivatesSignedAgreementsAtTheirStartAndExpiresThemAfterTheirEnd() {
        long id = proposed(today.plusDays(1), today.plusDays(30));
        sign(id, today).then().statusCode(200).body("status", equalTo("SIGNED"));

        clock.run(today);
        assertThat(status(id)).isEqualTo("SIGNED");
        clock.run(today.plusDays(1));
        assertThat(status(id)).isEqualTo("ACTIVE");
        clock.run(today.plusDays(30));
        assertThat(status(id)).isEqualTo("ACTIVE");
        clock.run(today.plusDays(31));
        assertThat(status(id)).isEqualTo("EXPIRED");
        as(w.staffA())
                .get("/api/cobuild-agreements/" + id)
                .then()
                .body("endedOn", equalTo(today.plusDays(30).toString()))
                .body("actions", contains("RENEW"));
    }

    private String status(long id) {
        return as(w.staffA())
                .get("/api/cobuild-agreements/" + id)
                .then()
                .extract()
                .path("status");
    }

    @Test
    void aLiveAgreementOfTheSameUnitAndCommunityWithAnOverlappingTermIsAConflict() {
        long first = proposed(today, today.plusMonths(6));
        propose(w.staffA(), proposal(unit, w.communityA(), today.plusMonths(6), today.plusMonths(12)))
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) first));
        // the next term, or another community, is fine
        proposed(today.plusMonths(6).plusDays(1), today.plusMonths(12));
        propose(w.admin(), proposal(unit, w.communityB(), today, today.plusMonths(6)))
                .then()
                .statusCode(201);
        // a terminated agreement holds nothing
        String etag = as(w.staffA()).get("/api/cobuild-agreements/" + first).header("ETag");
        as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of("reason", "单位搬迁"))
                .post("/api/cobuild-agreements/" + first + "/terminate")
                .then()
                .statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("endReason", equalTo("单位搬迁"));
        propose(w.staffA(), proposal(unit, w.communityA(), today, today.plusMonths(6)))
                .then()
                .statusCode(201);
    }

    @Test
    void theUnitMustBeActiveAndOfTheCommunitysSubDistrictAndTheCommunityInScope() {
        long otherSub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "别的街道");
        long foreignUnit = party.unit(otherSub, 5);
        propose(w.staffA(), proposal(foreignUnit, w.communityA(), today, today.plusMonths(1)))
                .then()
                .statusCode(400)
                .body("violations.field", contains("unitId"));
        long inactive = party.unit(w.subDistrict(), 5);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update cobuild_unit set status = 'INACTIVE' where id = :u")
                        .setParameter("u", inactive)
                        .executeUpdate());
        propose(w.staffA(), proposal(inactive, w.communityA(), today, today.plusMonths(1)))
                .then()
                .statusCode(400)
                .body("violations.field", contains("unitId"));
        propose(w.staffA(), proposal(unit, w.communityB(), today, today.plusMonths(1)))
                .then()
                .statusCode(400)
                .body("violations.field", contains("communityId"));
        propose(w.staffA(), proposal(unit, w.communityA(), today, today.minusDays(1)))
                .then()
                .statusCode(400)
                .body("violations.field", contains("termTo"));
        propose(w.workerA1(), proposal(unit, w.communityA(), today, today.plusMonths(1)))
                .then()
                .statusCode(403);
    }

    @Test
    void aRenewalIsANewProposedAgreementFollowingTheOldTerm() {
        long id = proposed(today.minusMonths(1), today.plusMonths(11).minusDays(1));
        sign(id, today).then().statusCode(200);
        String etag = as(w.staffA()).get("/api/cobuild-agreements/" + id).header("ETag");
        long renewal = as(w.staffA())
                .header("If-Match", etag)
                .post("/api/cobuild-agreements/" + id + "/renew")
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("renewsId", equalTo((int) id))
                .body("termFrom", equalTo(today.plusMonths(11).toString()))
                .body("content", equalTo("每季度开展助老服务"))
                .extract()
                .jsonPath()
                .getLong("id");
        as(w.staffA())
                .get("/api/cobuild-agreements/" + id)
                .then()
                .body("renewedById", equalTo((int) renewal))
                .body("actions", not(hasItem("RENEW")));
        // renewing again overlaps the renewal
        etag = as(w.staffA()).get("/api/cobuild-agreements/" + id).header("ETag");
        as(w.staffA())
                .header("If-Match", etag)
                .post("/api/cobuild-agreements/" + id + "/renew")
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) renewal));
    }

    @Test
    void aLiaisonReadsItsOwnUnitsAgreementsOnly() {
        long mine = party.pair(unit, w.communityA());
        long otherUnit = party.unit(w.subDistrict(), 3);
        long others = party.pair(otherUnit, w.communityA());
        String liaison = party.liaison(unit);

        as(liaison).get("/api/cobuild-agreements").then().statusCode(200).body("items.id", contains((int) mine));
        as(liaison)
                .get("/api/cobuild-agreements/" + mine)
                .then()
                .statusCode(200)
                .body("actions", empty());
        as(liaison).get("/api/cobuild-agreements/" + others).then().statusCode(404);
        as(liaison)
                .queryParam("unitId", otherUnit)
                .get("/api/cobuild-agreements")
                .then()
                .statusCode(404);
        as(liaison)
                .body(proposal(unit, w.communityA(), today.plusYears(1), today.plusYears(2)))
                .post("/api/cobuild-agreements")
                .then()
                .statusCode(403);
        // staff of the community see both; a viewer of the sub-district too, and cannot act
        as(w.staffA())
                .queryParam("areaId", w.communityA())
                .get("/api/cobuild-agreements")
                .then()
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder((int) mine, (int) others));
        as(w.viewer())
                .get("/api/cobuild-agreements/" + mine)
                .then()
                .statusCode(200)
                .body("actions", empty());
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/cobuild-agreements/" + mine).then().statusCode(404);
    }
}
