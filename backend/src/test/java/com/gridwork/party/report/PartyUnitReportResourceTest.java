package com.gridwork.party.report;

import com.gridwork.area.AreaLevel;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.PartyFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Unit reports: a unit of the community's sub-district reports with its party members; the same lifecycle. */
@QuarkusTest
class PartyUnitReportResourceTest {
    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    World w;
    int year;

    @BeforeEach
    void world() {
        w = fixtures.world();
        year = BeijingTime.today().getYear();
    }

    private Map<String, Object> report(long unitId, long communityId) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("communityId", communityId);
        body.put("year", year);
        body.put("partyMemberTotal", 42);
        return body;
    }

    @Test
    void aUnitReportsIsConfirmedListedAndRefusedTwice() {
        long unit = party.unit(w.subDistrict(), 40);
        Response created = as(w.staffA()).body(report(unit, w.communityA())).post("/api/party-unit-reports");
        created.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("SUBMITTED"))
                .body("unit.id", equalTo((int) unit))
                .body("partyOrgName", notNullValue()) // the unit's own party organisation by default
                .body("partyMemberTotal", equalTo(42));
        long id = created.jsonPath().getLong("id");
        as(w.staffA())
                .body(report(unit, w.communityA()))
                .post("/api/party-unit-reports")
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) id));
        as(w.viewer()).post("/api/party-unit-reports/" + id + "/confirm").then().statusCode(403);
        as(w.staffA())
                .post("/api/party-unit-reports/" + id + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as(w.workerA1())
                .queryParam("unitId", unit)
                .get("/api/party-unit-reports")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id));
        as(w.staffA())
                .body(Map.of("reason", "单位撤销"))
                .post("/api/party-unit-reports/" + id + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(w.admin())
                .get("/api/party-unit-reports/" + id)
                .then()
                .statusCode(200)
                .body("report.id", equalTo((int) id));
    }

    @Test
    void theUnitMustBeAnActiveUnitOfTheCommunitysSubDistrict() {
        long foreignSub = fixtures.area(AreaLevel.SUB_DISTRICT, null, "外街道");
        long foreignUnit = party.unit(foreignSub, 5);
        as(w.staffA())
                .body(report(foreignUnit, w.communityA()))
                .post("/api/party-unit-reports")
                .then()
                .statusCode(400)
                .body("violations.field", contains("unitId"));
        long inactive = party.unit(w.subDistrict(), 5);
        deactivate(inactive);
        as(w.staffA())
                .body(report(inactive, w.communityA()))
                .post("/api/party-unit-reports")
                .then()
                .statusCode(400)
                .body("violations.field", contains("unitId"));
        // another community's report is a 404; a community outside the scope a 400
        long unit = party.unit(w.subDistrict(), 5);
        long inB = as(w.admin())
                .body(report(unit, w.communityB()))
                .post("/api/party-unit-reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(w.staffA()).get("/api/party-unit-reports/" + inB).then().statusCode(404);
        as(w.staffA())
                .body(report(unit, w.communityB()))
                .post("/api/party-unit-reports")
                .then()
                .statusCode(400)
                .body("violations.field", contains("communityId"));
    }

    @Transactional
    void deactivate(long unitId) {
        com.gridwork.cobuild.unit.CoBuildUnit.<com.gridwork.cobuild.unit.CoBuildUnit>findById(unitId).status =
                com.gridwork.cobuild.unit.CoBuildUnitStatus.INACTIVE;
    }
}
