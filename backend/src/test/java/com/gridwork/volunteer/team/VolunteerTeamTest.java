package com.gridwork.volunteer.team;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Volunteer teams: founding, dated memberships with roles, leaving, dissolving, and where each may act. */
@QuarkusTest
class VolunteerTeamTest {
    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private long volunteer(String user, long community, String name) {
        return as(user).body(Map.of("communityId", community, "name", name, "idCard", TestIds.idCard()))
                .post("/api/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("volunteer.id");
    }

    private long team(String user, long area, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("areaId", area, "name", name, "typeCode", "LIVELIHOOD"));
        body.put("foundedOn", "2024-03-05");
        return as(user).body(body)
                .post("/api/volunteer-teams")
                .then()
                .statusCode(201)
                .body("team.status", equalTo("ACTIVE"))
                .body("team.memberCount", equalTo(0))
                .extract()
                .jsonPath()
                .getLong("team.id");
    }

    @Test
    void membersJoinWithARoleChangeItAndLeaveOnADate() {
        long team = team(w.staffA(), w.communityA(), "为老服务队");
        long li = volunteer(w.staffA(), w.communityA(), "李静");
        long wang = volunteer(w.staffA(), w.communityA(), "王芳");

        as(w.staffA())
                .body(Map.of("volunteerId", li, "role", "LEADER", "joinedOn", "2024-03-05"))
                .post("/api/volunteer-teams/" + team + "/members")
                .then()
                .statusCode(200)
                .body("team.memberCount", equalTo(1))
                .body("team.leaderName", equalTo("李静"));
        long membership = as(w.staffA())
                .body(Map.of("volunteerId", wang, "role", "MEMBER"))
                .post("/api/volunteer-teams/" + team + "/members")
                .then()
                .statusCode(200)
                .body("members.name", equalTo(List.of("李静", "王芳")))
                .extract()
                .jsonPath()
                .getLong("members.find { it.name == '王芳' }.membershipId");
        // One current membership per volunteer and team.
        as(w.staffA())
                .body(Map.of("volunteerId", wang, "role", "DEPUTY"))
                .post("/api/volunteer-teams/" + team + "/members")
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) membership));

        as(w.staffA())
                .body(Map.of("role", "DEPUTY"))
                .put("/api/volunteer-teams/" + team + "/members/" + membership)
                .then()
                .statusCode(200)
                .body("members.find { it.name == '王芳' }.role", equalTo("DEPUTY"));
        as(w.staffA())
                .body(Map.of("leftOn", "2020-01-01"))
                .post("/api/volunteer-teams/" + team + "/members/" + membership + "/leave")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("leftOn"));
        as(w.staffA())
                .body(Map.of("leftOn", LocalDate.now().toString(), "reason", "工作调动"))
                .post("/api/volunteer-teams/" + team + "/members/" + membership + "/leave")
                .then()
                .statusCode(200)
                .body("team.memberCount", equalTo(1))
                .body("members[1].leftReason", equalTo("工作调动"));
        as(w.staffA())
                .body(Map.of())
                .post("/api/volunteer-teams/" + team + "/members/" + membership + "/leave")
                .then()
                .statusCode(409);

        // She may join again (a new dated row), and the profile lists both memberships, the current one first.
        as(w.staffA())
                .body(Map.of("volunteerId", wang, "role", "MEMBER"))
                .post("/api/volunteer-teams/" + team + "/members")
                .then()
                .statusCode(200)
                .body("team.memberCount", equalTo(2));
        as(w.staffA())
                .get("/api/volunteers/" + wang)
                .then()
                .statusCode(200)
                .body("teams.size()", equalTo(2))
                .body("teams[0].leftOn", nullValue())
                .body("teams[1].role", equalTo("DEPUTY"));
        as(w.staffA())
                .queryParam("teamId", team)
                .get("/api/volunteers")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));

        // Dissolving ends every current membership; the team takes no one after.
        as(w.staffA())
                .body(Map.of("reason", "并入综合服务队"))
                .post("/api/volunteer-teams/" + team + "/dissolve")
                .then()
                .statusCode(200)
                .body("team.status", equalTo("DISSOLVED"))
                .body("team.memberCount", equalTo(0))
                .body("dissolvedReason", equalTo("并入综合服务队"));
        as(w.staffA())
                .body(Map.of("volunteerId", li, "role", "MEMBER"))
                .post("/api/volunteer-teams/" + team + "/members")
                .then()
                .statusCode(409);
    }

    @Test
    void aTeamBelongsToItsAreaAndTakesOnlyVolunteersOfIt() {
        long teamA = team(w.staffA(), w.communityA(), "巡防队");
        long inB = volunteer(w.admin(), w.communityB(), "赵敏");
        // A volunteer of community B is outside community A's team (and outside community A's staff's scope).
        as(w.admin())
                .body(Map.of("volunteerId", inB, "role", "MEMBER"))
                .post("/api/volunteer-teams/" + teamA + "/members")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("volunteerId"));
        as(w.staffA())
                .body(Map.of("volunteerId", inB, "role", "MEMBER"))
                .post("/api/volunteer-teams/" + teamA + "/members")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("volunteerId"));
        // The sub-district's team takes volunteers of every community; community staff read it but do not manage it.
        long street = team(w.admin(), w.subDistrict(), "街道法律服务队");
        as(w.admin())
                .body(Map.of("volunteerId", inB, "role", "MEMBER"))
                .post("/api/volunteer-teams/" + street + "/members")
                .then()
                .statusCode(200);
        as(w.staffA()).get("/api/volunteer-teams/" + street).then().statusCode(200);
        as(w.staffA())
                .body(Map.of("reason", "撤销"))
                .post("/api/volunteer-teams/" + street + "/dissolve")
                .then()
                .statusCode(404);
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/volunteer-teams/" + teamA).then().statusCode(404);
        as(w.staffA())
                .body(Map.of("areaId", w.gridA1(), "name", "网格队", "typeCode", "OTHER"))
                .post("/api/volunteer-teams")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("areaId"));
        as(w.staffA())
                .body(Map.of("areaId", w.communityA(), "name", "某队", "typeCode", "NOPE"))
                .post("/api/volunteer-teams")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("typeCode"));
        // The list: the caller's teams and those above, with member counts.
        as(w.staffA())
                .get("/api/volunteer-teams")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("巡防队", "街道法律服务队")))
                .body("items[1].memberCount", equalTo(1));
        as(w.viewer())
                .body(Map.of("areaId", w.communityA(), "name", "某队", "typeCode", "OTHER"))
                .post("/api/volunteer-teams")
                .then()
                .statusCode(403);
        // A membership of another team is not this team's.
        long other = team(w.staffA(), w.communityA(), "文艺队");
        long member = volunteer(w.staffA(), w.communityA(), "钱多");
        long membership = as(w.staffA())
                .body(Map.of("volunteerId", member, "role", "MEMBER"))
                .post("/api/volunteer-teams/" + other + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("members[0].membershipId");
        as(w.staffA())
                .body(Map.of("role", "LEADER"))
                .put("/api/volunteer-teams/" + teamA + "/members/" + membership)
                .then()
                .statusCode(404);
        // Leaving without a body: today, no reason.
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(com.gridwork.testsupport.TestTokens.of(w.staffA()))
                .contentType("application/json")
                .post("/api/volunteer-teams/" + other + "/members/" + membership + "/leave")
                .then()
                .statusCode(200)
                .body("members[0].leftOn", equalTo(LocalDate.now().toString()));
    }
}
