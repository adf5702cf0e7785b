package com.gridwork.issue;

import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.issue.IssueApi.get;
import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TalkDayAndPhotoTest {
    /** The smallest valid PNG signature and header: enough for the content check. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private long talkDay(String user, long communityId) {
        return as(user).body(Map.of("communityId", communityId, "date", "2026-11-20", "startTime", "09:00", "endTime", "11:30",
                        "place", "党群服务中心", "topic", "加装电梯", "hosts", "王书记、李主任"))
                .post("/api/talk-days").then().statusCode(201).extract().jsonPath().getLong("talkDay.id");
    }

    @Test
    void aTalkDayCollectsItsIssuesAndIsSeenByTheCommunity() {
        long id = talkDay(w.staffA(), w.communityA());
        as(w.workerA1()).body(Map.of("communityId", w.communityA(), "date", "2026-11-20", "startTime", "09:00", "endTime", "10:00",
                "place", "x", "hosts", "y")).post("/api/talk-days").then().statusCode(403);
        as(w.staffA()).body(Map.of("communityId", w.communityA(), "date", "2026-11-20", "startTime", "10:00", "endTime", "09:00",
                "place", "x", "hosts", "y")).post("/api/talk-days").then().statusCode(400).body("violations.field", hasItem("endTime"));
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        // The grid worker sees the sessions of the community above their grid; another community does not.
        assertThat(as(w.workerA1()).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").get("/api/talk-days")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class)).contains(id);
        assertThat(as(staffB).get("/api/talk-days").then().extract().jsonPath().getList("items.id", Long.class)).doesNotContain(id);
        as(staffB).get("/api/talk-days/" + id).then().statusCode(404);

        Map<String, Object> input = new HashMap<>(body(category(w.staffA(), "NEIGHBOUR_DISPUTE"), w.gridA1()));
        input.put("talkDayId", id);
        long issue = create(w.workerA1(), input);
        get(w.workerA1(), issue).body("issue.channel", equalTo("TALK_DAY")).body("issue.talkDayId", equalTo((int) id));
        input.put("location", Map.of("areaId", w.gridB1()));
        as(w.admin()).body(input).post("/api/issues").then().statusCode(400).body("violations.field", hasItem("talkDayId"));
        assertThat(as(w.staffA()).queryParam("talkDayId", id).get("/api/issues").then().extract().jsonPath().getList("items.id", Long.class))
                .containsExactly(issue);

        String etag = as(w.staffA()).get("/api/talk-days/" + id).then().body("talkDay.issueCount", equalTo(1)).extract().header("ETag");
        Map<String, Object> held = new HashMap<>(Map.of("date", "2026-11-20", "startTime", "09:00", "endTime", "11:30",
                "place", "党群服务中心", "hosts", "王书记、李主任", "status", "HELD", "attendanceCount", 23,
                "minutes", "居民反映电梯加装意见分歧，约定下周入户征求意见。"));
        as(w.staffA()).body(held).put("/api/talk-days/" + id).then().statusCode(428);
        as(w.staffA()).header("If-Match", etag).body(held).put("/api/talk-days/" + id).then().statusCode(200)
                .body("talkDay.status", equalTo("HELD")).body("talkDay.attendanceCount", equalTo(23));
        as(w.staffA()).delete("/api/talk-days/" + id).then().statusCode(409);
        long empty = talkDay(w.staffA(), w.communityA());
        as(w.workerA1()).delete("/api/talk-days/" + empty).then().statusCode(403);
        as(w.staffA()).delete("/api/talk-days/" + empty).then().statusCode(204);
    }

    @Test
    void volunteersAndUnitLiaisonsReadTheirCommunitysScheduleOnly() {
        long id = talkDay(w.staffA(), w.communityA());
        String etag = as(w.staffA()).get("/api/talk-days/" + id).then().extract().header("ETag");
        as(w.staffA()).header("If-Match", etag).body(Map.of("date", "2026-11-20", "startTime", "09:00", "endTime", "11:30",
                "place", "党群服务中心", "hosts", "王书记", "status", "HELD", "attendanceCount", 12, "attendees", "张三、李四",
                "minutes", "居民反映加装电梯意见。")).put("/api/talk-days/" + id).then().statusCode(200);
        for (StaffRole role : List.of(StaffRole.VOLUNTEER, StaffRole.UNIT_LIAISON)) {
            String helper = fixtures.staff(role, w.communityA());
            String elsewhere = fixtures.staff(role, w.communityB());
            assertThat(as(helper).get("/api/talk-days").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class))
                    .contains(id);
            as(helper).get("/api/talk-days/" + id).then().statusCode(200).body("talkDay.place", equalTo("党群服务中心"))
                    .body("talkDay.attendanceCount", equalTo(12)).body("attendees", nullValue()).body("minutes", nullValue());
            assertThat(as(elsewhere).get("/api/talk-days").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class))
                    .doesNotContain(id);
            as(elsewhere).get("/api/talk-days/" + id).then().statusCode(404);
            as(helper).body(Map.of("communityId", w.communityA(), "date", "2026-11-21", "startTime", "09:00", "endTime", "10:00",
                    "place", "x", "hosts", "y")).post("/api/talk-days").then().statusCode(403);
            as(helper).delete("/api/talk-days/" + id).then().statusCode(403);
            // Issues and the registry hold residents' personal data: not theirs to read.
            as(helper).get("/api/issues").then().statusCode(403);
            as(helper).get("/api/households").then().statusCode(403);
        }
        // Staff still see the attendance and minutes.
        as(w.viewer()).get("/api/talk-days/" + id).then().statusCode(200).body("attendees", equalTo("张三、李四"));
    }

    @Test
    void photosAreCheckedByContentAndServedInScope() {
        long issue = create(w.staffA(), body(category(w.staffA(), "SANITATION"), w.gridA1()));
        given().auth().oauth2(TestTokens.of(w.workerA1())).multiPart("file", "a.png", PNG, "image/png")
                .post("/api/issues/" + issue + "/photos").then().statusCode(200)
                .body("photos.size()", equalTo(1)).body("photos[0].contentType", equalTo("image/png"));
        given().auth().oauth2(TestTokens.of(w.workerA1())).multiPart("file", "a.png", "not an image".getBytes(), "image/png")
                .post("/api/issues/" + issue + "/photos").then().statusCode(400).body("violations.field", hasItem("file"));
        long photo = get(w.staffA(), issue).extract().jsonPath().getLong("photos[0].id");
        byte[] served = given().auth().oauth2(TestTokens.of(w.staffA())).get("/api/issues/" + issue + "/photos/" + photo)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(served).isEqualTo(PNG);
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        given().auth().oauth2(TestTokens.of(staffB)).get("/api/issues/" + issue + "/photos/" + photo).then().statusCode(404);
        as(w.viewer()).delete("/api/issues/" + issue + "/photos/" + photo).then().statusCode(403);
        as(w.staffA()).delete("/api/issues/" + issue + "/photos/" + photo).then().statusCode(200).body("photos", equalTo(List.of()))
                .body("events.type", hasItem("PHOTO_REMOVED"));
    }

    @Test
    void categoriesAreConfiguredByTheSubDistrict() {
        Map<String, Object> input = Map.of("code", "ELEVATOR", "name", "电梯", "timeLimitDays", 4, "sortOrder", 20, "active", true);
        as(w.staffA()).body(input).post("/api/issue-categories").then().statusCode(403);
        as(w.admin()).body(Map.of("code", "X", "name", "x", "timeLimitDays", 0, "sortOrder", 1, "active", true))
                .post("/api/issue-categories").then().statusCode(400).body("violations.field", hasItem("timeLimitDays"));
        long id = as(w.admin()).body(input).post("/api/issue-categories").then().statusCode(201).extract().jsonPath().getLong("id");
        as(w.admin()).body(input).post("/api/issue-categories").then().statusCode(409);
        assertThat(category(w.workerA1(), "ELEVATOR")).isEqualTo(id);
        // Another sub-district neither sees nor uses it.
        long otherSub = fixtures.area(com.gridwork.area.AreaLevel.SUB_DISTRICT, null, "另一街道");
        String otherAdmin = fixtures.staff(StaffRole.STREET_ADMIN, otherSub);
        assertThat(as(otherAdmin).get("/api/issue-categories").then().extract().jsonPath().getList("code", String.class))
                .doesNotContain("ELEVATOR").contains("WATER");
        Map<String, Object> update = new HashMap<>(input);
        update.put("timeLimitDays", 6);
        as(otherAdmin).header("If-Match", "\"0\"").body(update).put("/api/issue-categories/" + id).then().statusCode(404);
        // Every violation at once: the body's own, the fixed code, and on creation a sub-district that is not one.
        Map<String, Object> wrong = new HashMap<>(update);
        wrong.put("code", "LIFT");
        wrong.put("name", "\u3000");
        as(w.admin()).header("If-Match", "\"0\"").body(wrong).put("/api/issue-categories/" + id).then().statusCode(400)
                .body("violations.field", hasItems("code", "name"));
        wrong.put("subDistrictId", w.communityA());
        as(w.admin()).body(wrong).post("/api/issue-categories").then().statusCode(400)
                .body("violations.field", hasItems("name", "subDistrictId"));
        as(w.admin()).header("If-Match", "\"0\"").body(update).put("/api/issue-categories/" + id).then().statusCode(200)
                .body("timeLimitDays", equalTo(6));
        long water = category(w.admin(), "WATER");
        as(w.admin()).header("If-Match", "\"0\"").body(Map.of("code", "WATER", "name", "供水", "timeLimitDays", 1, "sortOrder", 1,
                "active", true)).put("/api/issue-categories/" + water).then().statusCode(404);
    }
}
