package com.gridwork.issue;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.issue.IssueApi.get;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TalkDayIssueTest {
    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private long talkDay(String user, long communityId) {
        return as(user).body(Map.of(
                        "communityId",
                        communityId,
                        "date",
                        "2026-11-20",
                        "startTime",
                        "09:00",
                        "endTime",
                        "11:30",
                        "place",
                        "党群服务中心",
                        "topic",
                        "加装电梯",
                        "hosts",
                        "王书记、李主任"))
                .post("/api/talk-days")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("talkDay.id");
    }

    @Test
    void aTalkDayCollectsItsIssuesAndIsSeenByTheCommunity() {
        long id = talkDay(w.staffA(), w.communityA());
        as(w.workerA1())
                .body(Map.of(
                        "communityId",
                        w.communityA(),
                        "date",
                        "2026-11-20",
                        "startTime",
                        "09:00",
                        "endTime",
                        "10:00",
                        "place",
                        "x",
                        "hosts",
                        "y"))
                .post("/api/talk-days")
                .then()
                .statusCode(403);
        as(w.staffA())
                .body(Map.of(
                        "communityId",
                        w.communityA(),
                        "date",
                        "2026-11-20",
                        "startTime",
                        "10:00",
                        "endTime",
                        "09:00",
                        "place",
                        "x",
                        "hosts",
                        "y"))
                .post("/api/talk-days")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("endTime"));
        // A community outside the caller's scope, named in the body, is a wrong field of the form (400, with the
        // others), not a 404.
        as(w.staffA())
                .body(Map.of(
                        "communityId",
                        w.communityB(),
                        "date",
                        "2026-11-20",
                        "startTime",
                        "10:00",
                        "endTime",
                        "09:00",
                        "place",
                        "x",
                        "hosts",
                        "y"))
                .post("/api/talk-days")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("communityId", "endTime"));
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        // The grid worker sees the sessions of the community above their grid; another community does not.
        assertThat(as(w.workerA1())
                        .queryParam("from", "2026-11-01")
                        .queryParam("to", "2026-11-30")
                        .get("/api/talk-days")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .contains(id);
        assertThat(as(staffB).get("/api/talk-days").then().extract().jsonPath().getList("items.id", Long.class))
                .doesNotContain(id);
        as(staffB).get("/api/talk-days/" + id).then().statusCode(404);

        Map<String, Object> input = new HashMap<>(body(category(w.staffA(), "NEIGHBOUR_DISPUTE"), w.gridA1()));
        input.put("talkDayId", id);
        long issue = create(w.workerA1(), input);
        get(w.workerA1(), issue).body("issue.channel", equalTo("TALK_DAY")).body("issue.talkDayId", equalTo((int) id));
        input.put("location", Map.of("areaId", w.gridB1()));
        as(w.admin())
                .body(input)
                .post("/api/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("talkDayId"));
        assertThat(as(w.staffA())
                        .queryParam("talkDayId", id)
                        .get("/api/issues")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(issue);

        String etag = as(w.staffA())
                .get("/api/talk-days/" + id)
                .then()
                .body("talkDay.issueCount", equalTo(1))
                .extract()
                .header("ETag");
        Map<String, Object> held = new HashMap<>(Map.of(
                "date",
                "2026-11-20",
                "startTime",
                "09:00",
                "endTime",
                "11:30",
                "place",
                "党群服务中心",
                "hosts",
                "王书记、李主任",
                "status",
                "HELD",
                "attendanceCount",
                23,
                "minutes",
                "居民反映电梯加装意见分歧，约定下周入户征求意见。"));
        as(w.staffA()).body(held).put("/api/talk-days/" + id).then().statusCode(428);
        as(w.staffA())
                .header("If-Match", etag)
                .body(held)
                .put("/api/talk-days/" + id)
                .then()
                .statusCode(200)
                .body("talkDay.status", equalTo("HELD"))
                .body("talkDay.attendanceCount", equalTo(23));
        as(w.staffA()).delete("/api/talk-days/" + id).then().statusCode(409);
        long empty = talkDay(w.staffA(), w.communityA());
        as(w.workerA1()).delete("/api/talk-days/" + empty).then().statusCode(403);
        as(w.staffA()).delete("/api/talk-days/" + empty).then().statusCode(204);
    }

    @Test
    void volunteersAndUnitLiaisonsReadTheirCommunitysScheduleOnly() {
        long id = talkDay(w.staffA(), w.communityA());
        String etag =
                as(w.staffA()).get("/api/talk-days/" + id).then().extract().header("ETag");
        as(w.staffA())
                .header("If-Match", etag)
                .body(Map.of(
                        "date",
                        "2026-11-20",
                        "startTime",
                        "09:00",
                        "endTime",
                        "11:30",
                        "place",
                        "党群服务中心",
                        "hosts",
                        "王书记",
                        "status",
                        "HELD",
                        "attendanceCount",
                        12,
                        "attendees",
                        "张三、李四",
                        "minutes",
                        "居民反映加装电梯意见。"))
                .put("/api/talk-days/" + id)
                .then()
                .statusCode(200);
        for (StaffRole role : List.of(StaffRole.VOLUNTEER, StaffRole.UNIT_LIAISON)) {
            String helper = fixtures.staff(role, w.communityA());
            String elsewhere = fixtures.staff(role, w.communityB());
            assertThat(as(helper)
                            .get("/api/talk-days")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items.id", Long.class))
                    .contains(id);
            as(helper)
                    .get("/api/talk-days/" + id)
                    .then()
                    .statusCode(200)
                    .body("talkDay.place", equalTo("党群服务中心"))
                    .body("talkDay.attendanceCount", equalTo(12))
                    .body("attendees", nullValue())
                    .body("minutes", nullValue());
            assertThat(as(elsewhere)
                            .get("/api/talk-days")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items.id", Long.class))
                    .doesNotContain(id);
            as(elsewhere).get("/api/talk-days/" + id).then().statusCode(404);
            as(helper)
                    .body(Map.of(
                            "communityId",
                            w.communityA(),
                            "date",
                            "2026-11-21",
                            "startTime",
                            "09:00",
                            "endTime",
                            "10:00",
                            "place",
                            "x",
                            "hosts",
                            "y"))
                    .post("/api/talk-days")
                    .then()
                    .statusCode(403);
            as(helper).delete("/api/talk-days/" + id).then().statusCode(403);
            // Issues and the registry hold residents' personal data: not theirs to read (a volunteer sees only the
            // issues given to a team they lead, a liaison those given to its unit: here none).
            as(helper).get("/api/issues").then().statusCode(200).body("total", equalTo(0));
            as(helper).get("/api/households").then().statusCode(403);
        }
        // Staff still see the attendance and minutes.
        as(w.viewer()).get("/api/talk-days/" + id).then().statusCode(200).body("attendees", equalTo("张三、李四"));
    }
}
