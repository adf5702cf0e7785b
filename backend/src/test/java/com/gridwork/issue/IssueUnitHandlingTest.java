package com.gridwork.issue;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.PartyFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.gridwork.issue.IssueApi.act;
import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.issue.IssueApi.get;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An issue given to a co-building unit (issue 16): the unit's liaisons see it and take the handler's steps, exactly
 * as a volunteer team's leaders do; a liaison of another unit sees nothing; the first-responsible person stays
 * accountable.
 */
@QuarkusTest
class IssueUnitHandlingTest {
    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    World w;
    long water;
    long unit;
    long otherUnit;
    String liaison;
    String otherLiaison;

    @BeforeEach
    void world() {
        w = fixtures.world();
        water = category(w.staffA(), "WATER");
        unit = party.unit(w.subDistrict(), 40);
        otherUnit = party.unit(w.subDistrict(), 20);
        liaison = party.liaison(unit);
        otherLiaison = party.liaison(otherUnit);
    }

    private long acceptedIssue() {
        long id = create(w.staffA(), body(water, w.gridA1()));
        act(w.staffA(), id, "accept", null).statusCode(200);
        return id;
    }

    private long givenToUnit() {
        long id = acceptedIssue();
        act(w.staffA(), id, "assign", Map.of("handlerUnitId", unit, "comment", "请共建单位处理"))
                .statusCode(200);
        return id;
    }

    @Test
    void theUnitsLiaisonStartsAndResolvesWhileTheFirstResponsibleStaysAccountable() {
        long id = acceptedIssue();
        long responsible = fixtures.staffId(w.staffA());
        JsonPath assigned = act(w.staffA(), id, "assign", Map.of("handlerUnitId", unit, "comment", "请共建单位处理"))
                .statusCode(200)
                .body("issue.status", equalTo("ASSIGNED"))
                .body("issue.handler", nullValue())
                .body("issue.handlerTeam", nullValue())
                .body("issue.handlerUnit.id", equalTo((int) unit))
                .body("issue.firstResponsible.id", equalTo((int) responsible))
                .extract()
                .jsonPath();
        assertThat(assigned.getString("events[-1].detail")).isEqualTo(assigned.getString("issue.handlerUnit.name"));

        // the unit's liaison hears of it; the other unit's does not
        assertThat(notices(liaison)).contains(id);
        assertThat(notices(otherLiaison)).doesNotContain(id);

        JsonPath seen = get(liaison, id).statusCode(200).extract().jsonPath();
        assertThat(seen.getList("allowedActions", String.class)).containsExactly("START", "COMMENT", "ADD_PHOTO");
        assertThat(as(liaison)
                        .get("/api/issues")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(id);

        act(liaison, id, "start", null).statusCode(200).body("issue.status", equalTo("IN_PROGRESS"));
        act(liaison, id, "comments", Map.of("comment", "已派人到现场")).statusCode(200);
        act(liaison, id, "resolve", Map.of("comment", "已抢修")).statusCode(200).body("issue.status", equalTo("RESOLVED"));

        // nothing beyond the handler's steps
        act(liaison, id, "close", Map.of("satisfaction", "SATISFIED")).statusCode(403);
        act(liaison, id, "assign", Map.of("handlerUnitId", unit)).statusCode(403);
        act(liaison, id, "reveal-phone", Map.of("reason", "回访")).statusCode(403);
        act(liaison, id, "escalate", Map.of("reason", "x")).statusCode(403);
        as(liaison).get("/api/issues/attention").then().statusCode(403);

        act(w.staffA(), id, "close", Map.of("satisfaction", "SATISFIED"))
                .statusCode(200)
                .body("issue.status", equalTo("CLOSED"));
    }

    @Test
    void aLiaisonOfAnotherUnitSeesNothingAndNeitherDoesAnUnassignedIssue() {
        long id = givenToUnit();
        get(otherLiaison, id).statusCode(404);
        act(otherLiaison, id, "start", null).statusCode(404);
        act(otherLiaison, id, "comments", Map.of("comment", "x")).statusCode(404);
        assertThat(as(otherLiaison)
                        .get("/api/issues")
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("total"))
                .isZero();
        // an issue of the sub-district that the unit does not handle is not its liaison's either
        long notTheUnits = acceptedIssue();
        get(liaison, notTheUnits).statusCode(404);
        act(liaison, notTheUnits, "start", null).statusCode(404);
    }

    @Test
    void onlyAnActiveUnitOfTheIssuesSubDistrictMayBeGivenTheIssue() {
        long id = acceptedIssue();
        long elsewhere = party.unit(fixtures.world().subDistrict(), 5);
        for (long foreign : new long[] {elsewhere, Long.MAX_VALUE}) {
            act(w.staffA(), id, "assign", Map.of("handlerUnitId", foreign))
                    .statusCode(400)
                    .body("violations[0].field", equalTo("handlerUnitId"));
        }
        act(w.staffA(), id, "assign", Map.of("handlerUnitId", unit, "handlerId", fixtures.staffId(w.workerA1())))
                .statusCode(400)
                .body("violations[0].field", equalTo("handlerUnitId"));
        act(w.staffA(), id, "assign", Map.of("handlerUnitId", unit))
                .statusCode(200)
                .body("issue.handlerUnit.id", equalTo((int) unit));
        // given to a person again, the unit lets go of it
        long worker = fixtures.staffId(w.workerA1());
        act(w.staffA(), id, "assign", Map.of("handlerId", worker))
                .statusCode(200)
                .body("issue.handlerUnit", nullValue())
                .body("issue.handler.id", equalTo((int) worker));
        get(liaison, id).statusCode(404);
    }

    @Test
    void escalatingTakesTheIssueFromTheUnit() {
        long id = givenToUnit();
        act(w.staffA(), id, "escalate", Map.of("reason", "需要街道协调"))
                .statusCode(200)
                .body("issue.handlerUnit", nullValue());
        get(liaison, id).statusCode(404);
    }

    private static List<Long> notices(String user) {
        return as(user).get("/api/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.issueId", Long.class);
    }
}
