package com.gridwork.issue;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.volunteer.team.TeamMembership;
import com.gridwork.volunteer.team.TeamRole;
import com.gridwork.volunteer.team.TeamStatus;
import com.gridwork.volunteer.team.VolunteerTeam;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
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
 * An issue given to a volunteer team (issue 14): the team's leaders (leader or deputy, not left) see it and take the
 * handler's steps, nobody else of the volunteers sees it, and the first-responsible person stays accountable.
 */
@QuarkusTest
class IssueTeamHandlingTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    World w;
    long water;
    long team;
    long otherTeam;
    /** Volunteer accounts: the team's leader and deputy, a plain member, and the leader of another team. */
    String leader;

    String deputy;
    String member;
    String otherLeader;
    long leaderMembership;

    @BeforeEach
    void world() {
        w = fixtures.world();
        water = category(w.staffA(), "WATER");
        team = volunteers.team(w.communityA(), "巡防队");
        otherTeam = volunteers.team(w.communityA(), "文艺队");
        leader = volunteerAccount("李队长");
        leaderMembership = volunteers.member(team, profileOf(leader), TeamRole.LEADER);
        deputy = volunteerAccount("王副队");
        volunteers.member(team, profileOf(deputy), TeamRole.DEPUTY);
        member = volunteerAccount("赵队员");
        volunteers.member(team, profileOf(member), TeamRole.MEMBER);
        otherLeader = volunteerAccount("钱队长");
        volunteers.member(otherTeam, profileOf(otherLeader), TeamRole.LEADER);
    }

    private final Map<String, Long> profiles = new HashMap<>();

    /** A volunteer of community A with a sign-in (a staff row of role volunteer scoped to the community). */
    private String volunteerAccount(String name) {
        String username = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        long profile = volunteers.volunteer(w.communityA(), name);
        volunteers.linkAccount(profile, username);
        profiles.put(username, profile);
        return username;
    }

    private long profileOf(String username) {
        return profiles.get(username);
    }

    /** An accepted issue of grid A1 taken in by the community's staff (its first-responsible person). */
    private long acceptedIssue() {
        long id = create(w.staffA(), body(water, w.gridA1()));
        act(w.staffA(), id, "accept", null).statusCode(200);
        return id;
    }

    private long givenToTeam() {
        long id = acceptedIssue();
        act(w.staffA(), id, "assign", Map.of("handlerTeamId", team, "comment", "请巡防队处理"))
                .statusCode(200);
        return id;
    }

    @Test
    void theTeamsLeaderStartsAndResolvesWhileTheFirstResponsibleStaysAccountable() {
        long id = acceptedIssue();
        long responsible = fixtures.staffId(w.staffA());
        JsonPath assigned = act(w.staffA(), id, "assign", Map.of("handlerTeamId", team, "comment", "请巡防队处理"))
                .statusCode(200)
                .body("issue.status", equalTo("ASSIGNED"))
                .body("issue.handler", nullValue())
                .body("issue.handlerTeam.id", equalTo((int) team))
                .body("issue.firstResponsible.id", equalTo((int) responsible))
                .extract()
                .jsonPath();
        // the view names the team and its leaders (leader first), not the plain member
        assertThat(assigned.getList("handlerTeamLeaders.name", String.class)).containsExactly("李队长", "王副队");
        assertThat(assigned.getList("handlerTeamLeaders.role", String.class)).containsExactly("LEADER", "DEPUTY");
        assertThat(assigned.getString("events[-1].detail")).isEqualTo(assigned.getString("issue.handlerTeam.name"));

        // the leaders hear of it in the app; the plain member does not
        assertThat(notices(leader)).contains(id);
        assertThat(notices(deputy)).contains(id);
        assertThat(notices(member)).doesNotContain(id);

        JsonPath seen = get(leader, id).statusCode(200).extract().jsonPath();
        assertThat(seen.getList("allowedActions", String.class)).containsExactly("START", "COMMENT", "ADD_PHOTO");
        assertThat(as(leader)
                        .get("/api/issues")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(id);

        act(leader, id, "start", null).statusCode(200).body("issue.status", equalTo("IN_PROGRESS"));
        act(deputy, id, "comments", Map.of("comment", "已到现场查看")).statusCode(200);
        JsonPath resolved = act(leader, id, "resolve", Map.of("comment", "已疏通管道"))
                .statusCode(200)
                .body("issue.status", equalTo("RESOLVED"))
                .extract()
                .jsonPath();
        assertThat(resolved.getString("events[-1].actor.displayName")).isNotBlank();
        assertThat(resolved.getList("allowedActions", String.class)).containsExactly("COMMENT", "ADD_PHOTO");

        // nothing beyond the handler's steps: the resident's answer, assigning, the phone number, the attention list
        act(leader, id, "close", Map.of("satisfaction", "SATISFIED")).statusCode(403);
        act(leader, id, "assign", Map.of("handlerTeamId", team)).statusCode(403);
        act(leader, id, "reveal-phone", Map.of("reason", "回访")).statusCode(403);
        as(leader).get("/api/issues/attention").then().statusCode(403);
        as(leader).get("/api/issues/stats?from=2026-01-01&to=2026-01-31").then().statusCode(403);

        // the first-responsible person closes it with the resident's answer
        act(w.staffA(), id, "close", Map.of("satisfaction", "SATISFIED"))
                .statusCode(200)
                .body("issue.status", equalTo("CLOSED"));
    }

    @Test
    void aMemberWhoDoesNotLeadAndALeaderOfAnotherTeamSeeNothing() {
        long id = givenToTeam();
        for (String volunteer : new String[] {member, otherLeader}) {
            get(volunteer, id).statusCode(404);
            act(volunteer, id, "start", null).statusCode(404);
            act(volunteer, id, "comments", Map.of("comment", "x")).statusCode(404);
            assertThat(as(volunteer)
                            .get("/api/issues")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getLong("total"))
                    .isZero();
        }
        // an issue of the leader's own community that their team does not handle is not theirs either
        long notTheTeams = acceptedIssue();
        get(leader, notTheTeams).statusCode(404);
    }

    @Test
    void aLeaderWhoLeftTheTeamLosesAccess() {
        long id = givenToTeam();
        get(leader, id).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            TeamMembership m = TeamMembership.findById(leaderMembership);
            m.leftOn = LocalDate.now();
            m.leftReason = "搬离社区";
        });
        get(leader, id).statusCode(404);
        act(leader, id, "start", null).statusCode(404);
        assertThat(as(leader).get("/api/issues").then().extract().jsonPath().getLong("total"))
                .isZero();
        // the deputy still leads
        act(deputy, id, "start", null).statusCode(200);
    }

    @Test
    void onlyAnActiveTeamOfTheIssuesCommunityOrSubDistrictMayBeGivenTheIssue() {
        long id = acceptedIssue();
        long otherCommunity = volunteers.team(w.communityB(), "B社区队");
        long dissolved = volunteers.team(w.communityA(), "已解散队");
        QuarkusTransaction.requiringNew().run(() -> {
            VolunteerTeam t = VolunteerTeam.findById(dissolved);
            t.status = TeamStatus.DISSOLVED;
            t.dissolvedOn = LocalDate.now();
            t.dissolvedReason = "合并";
        });
        for (long foreign : new long[] {otherCommunity, dissolved, Long.MAX_VALUE}) {
            act(w.staffA(), id, "assign", Map.of("handlerTeamId", foreign))
                    .statusCode(400)
                    .body("violations[0].field", equalTo("handlerTeamId"));
        }
        act(w.staffA(), id, "assign", Map.of("handlerTeamId", team, "handlerId", fixtures.staffId(w.workerA1())))
                .statusCode(400)
                .body("violations[0].field", equalTo("handlerTeamId"));
        act(w.staffA(), id, "assign", Map.of("comment", "x"))
                .statusCode(400)
                .body("violations[0].field", equalTo("handlerId"));

        // the staff see the teams they may choose from: the community's and the sub-district's, active, with leaders
        long subDistrictTeam = volunteers.team(w.subDistrict(), "街道队");
        JsonPath options = as(w.staffA())
                .get("/api/issues/" + id + "/handler-teams")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(options.getList("id", Long.class))
                .contains(team, otherTeam, subDistrictTeam)
                .doesNotContain(otherCommunity, dissolved);
        assertThat(options.getList("find { it.id == " + team + " }.leaders.name", String.class))
                .containsExactly("李队长", "王副队");
        as(w.workerA1()).get("/api/issues/" + id + "/handler-teams").then().statusCode(403);

        act(w.staffA(), id, "assign", Map.of("handlerTeamId", subDistrictTeam))
                .statusCode(200)
                .body("issue.handlerTeam.id", equalTo((int) subDistrictTeam));
        // given to a person again, the team lets go of it
        long worker = fixtures.staffId(w.workerA1());
        act(w.staffA(), id, "assign", Map.of("handlerId", worker))
                .statusCode(200)
                .body("issue.handlerTeam", nullValue())
                .body("issue.handler.id", equalTo((int) worker));
    }

    @Test
    void escalatingTakesTheIssueFromTheTeam() {
        long id = givenToTeam();
        act(w.staffA(), id, "escalate", Map.of("reason", "需要街道协调"))
                .statusCode(200)
                .body("issue.handlerTeam", nullValue());
        get(leader, id).statusCode(404);
    }

    /** The issue statistics know no handler: an issue a team resolved counts as one a person resolved. */
    @Test
    void theStatisticsCountATeamsIssueAsAPersonsIssue() {
        long byTeam = givenToTeam();
        long byPerson = acceptedIssue();
        act(w.staffA(), byPerson, "assign", Map.of("handlerId", fixtures.staffId(w.workerA1())))
                .statusCode(200);
        act(leader, byTeam, "start", null).statusCode(200);
        act(leader, byTeam, "resolve", Map.of("comment", "已处理")).statusCode(200);
        act(w.workerA1(), byPerson, "start", null).statusCode(200);
        act(w.workerA1(), byPerson, "resolve", Map.of("comment", "已处理")).statusCode(200);
        String today = LocalDate.now(IssueDeadlines.ZONE).toString();
        JsonPath stats = as(w.staffA())
                .queryParam("areaId", w.communityA())
                .queryParam("from", today)
                .queryParam("to", today)
                .get("/api/issues/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stats.getInt("totals.received")).isEqualTo(2);
        assertThat(stats.getInt("totals.accepted")).isEqualTo(2);
        assertThat(stats.getInt("totals.resolved")).isEqualTo(2);
    }

    /** The ids of the issues the caller's notices are about. */
    private static java.util.List<Long> notices(String user) {
        return as(user).get("/api/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.issueId", Long.class);
    }
}
