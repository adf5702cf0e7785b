package com.gridwork.workbench;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaLevel;
import com.gridwork.issue.Issue;
import com.gridwork.issue.IssueApi;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static com.gridwork.issue.IssueApi.act;
import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench of each role over one small world: community A's issues in every state a to-do names, one issue of
 * community B, talk days this week and next, a household. Each count is checked against the issues made for it, and
 * against the issue list its query names.
 */
@QuarkusTest
class WorkbenchTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Received long ago with a 3-working-day limit: red. */
    private static final String LONG_AGO = "2026-10-12T01:00:00Z";

    @Inject
    Fixtures fixtures;

    World w;
    long building;
    long worker;
    long received;
    long overdueMine;
    long dueSoonMine;
    long withExtension;
    long reopened;
    long escalated;
    long foreign;
    LocalDate today = LocalDate.now(BEIJING);

    @BeforeEach
    void world() {
        w = fixtures.world();
        building = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "1号楼");
        worker = fixtures.staffId(w.workerA1());
        long other = category(w.staffA(), "OTHER");

        received = create(w.staffA(), body(other, w.gridA1()));
        overdueMine = IssueApi.receivedAt(w.staffA(), "WATER", w.gridA1(), LONG_AGO);
        assign(overdueMine);
        dueSoonMine = create(w.staffA(), body(other, w.gridA2()));
        assign(dueSoonMine);
        QuarkusTransaction.requiringNew()
                .run(() -> Issue.update(
                        "warnAt = ?1 where id = ?2", Instant.now().minus(1, ChronoUnit.HOURS), dueSoonMine));
        withExtension = create(w.staffA(), body(other, w.gridA1()));
        assign(withExtension);
        act(w.workerA1(), withExtension, "extensions", Map.of("days", 2, "reason", "等待配件"))
                .statusCode(200);
        reopened = create(w.staffA(), body(other, w.gridA1()));
        assign(reopened);
        act(w.workerA1(), reopened, "start", null).statusCode(200);
        act(w.workerA1(), reopened, "resolve", Map.of("comment", "已处理")).statusCode(200);
        act(w.staffA(), reopened, "close", Map.of("satisfaction", "UNSATISFIED"))
                .statusCode(200);
        escalated = create(w.staffA(), body(other, w.gridA2()));
        act(w.staffA(), escalated, "accept", null).statusCode(200);
        act(w.staffA(), escalated, "escalate", Map.of("reason", "涉及市政管网")).statusCode(200);
        // accepted, not yet assigned, not escalated: the community's to assign, not the sub-district's
        long acceptedOnly = create(w.staffA(), body(other, w.gridA1()));
        act(w.staffA(), acceptedOnly, "accept", null).statusCode(200);
        // community B: received and overdue, in the street-admin's and the viewer's scope only
        foreign = IssueApi.receivedAt(w.admin(), "WATER", w.gridB1(), LONG_AGO);

        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        talkDay(w.staffA(), w.communityA(), today);
        talkDay(w.staffA(), w.communityA(), today.equals(monday) ? monday.plusDays(6) : monday);
        talkDay(w.staffA(), w.communityA(), monday.plusDays(7));
        talkDay(w.admin(), w.communityB(), today);

        as(w.workerA1())
                .body(Map.of(
                        "gridId",
                        w.gridA1(),
                        "buildingId",
                        building,
                        "unitNo",
                        "1",
                        "roomNo",
                        "101",
                        "housingType",
                        "OWNED"))
                .post("/api/households")
                .then()
                .statusCode(201);
    }

    private void assign(long id) {
        act(w.staffA(), id, "accept", null).statusCode(200);
        act(w.staffA(), id, "assign", Map.of("handlerId", worker)).statusCode(200);
    }

    private static void talkDay(String user, long communityId, LocalDate date) {
        as(user).body(Map.of(
                        "communityId",
                        communityId,
                        "date",
                        date.toString(),
                        "startTime",
                        "09:00",
                        "endTime",
                        "11:00",
                        "place",
                        "党群服务中心",
                        "hosts",
                        "王书记"))
                .post("/api/talk-days")
                .then()
                .statusCode(201);
    }

    private static JsonPath workbench(String user) {
        return as(user).get("/api/workbench").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> kinds(JsonPath json) {
        return json.getList("todos.kind", String.class);
    }

    private static List<Long> ids(JsonPath json, String kind) {
        return json.getList("todos.find { it.kind == '" + kind + "' }.items.id", Long.class);
    }

    private static long count(JsonPath json, String kind) {
        return json.getLong("todos.find { it.kind == '" + kind + "' }.count");
    }

    /** Every to-do's count is the total of the issue list with its query, asked as the same caller. */
    private static void countsEqualTheirLists(String user, JsonPath json) {
        List<Map<String, Object>> todos = json.getList("todos");
        for (Map<String, Object> todo : todos) {
            @SuppressWarnings("unchecked")
            Map<String, Object> query = (Map<String, Object>) todo.get("query");
            var request = as(user);
            query.forEach((name, value) -> {
                if (value instanceof List<?> values) {
                    request.queryParam(name, values);
                } else if (value != null) {
                    request.queryParam(name, value);
                }
            });
            long total = request.get("/api/issues")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("total");
            assertThat(((Number) todo.get("count")).longValue())
                    .as("%s of %s", todo.get("kind"), user)
                    .isEqualTo(total);
        }
    }

    private void figuresEqualTheStatistics(String user, JsonPath json) {
        String first = today.withDayOfMonth(1).toString();
        JsonPath stats = as(user).queryParam("from", first)
                .queryParam("to", today.toString())
                .get("/api/issues/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("figures.from")).isEqualTo(first);
        assertThat(json.getMap("figures.issues")).isEqualTo(stats.getMap("totals"));
        JsonPath registry = as(user).get("/api/registry/stats").then().extract().jsonPath();
        assertThat(json.getLong("figures.households")).isEqualTo(registry.getLong("households"));
        assertThat(json.getLong("figures.residents")).isEqualTo(registry.getLong("residents"));
        JsonPath volunteers = as(user).queryParam("from", first)
                .queryParam("to", today.toString())
                .get("/api/volunteer-stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getMap("figures.volunteers")).isEqualTo(volunteers.getMap("totals"));
    }

    @Test
    void communityStaffSeeTheirCommunitysToDosAndNotAnothers() {
        JsonPath json = workbench(w.staffA());
        assertThat(kinds(json))
                .containsExactly("TO_ACCEPT", "ASSIGNED_TO_ME", "DUE_SOON", "OVERDUE", "EXTENSIONS", "REOPENED");
        assertThat(ids(json, "TO_ACCEPT")).containsExactly(received);
        assertThat(ids(json, "ASSIGNED_TO_ME")).isEmpty();
        assertThat(ids(json, "DUE_SOON")).containsExactly(dueSoonMine);
        assertThat(ids(json, "OVERDUE")).containsExactly(overdueMine); // not community B's
        assertThat(ids(json, "EXTENSIONS")).containsExactly(withExtension);
        assertThat(ids(json, "REOPENED")).containsExactly(reopened);
        assertThat(json.getString("todos[0].items[0].number")).startsWith("Q");
        assertThat(json.getString("todos[0].items[0].areaName")).startsWith("A网格1");
        assertThat(json.getString("todos[0].items[0].categoryNameEn")).isEqualTo("Other");
        countsEqualTheirLists(w.staffA(), json);

        // today's session and this week's two, not next week's nor community B's
        assertThat(json.getList("talkDays.today.communityId", Long.class)).containsExactly(w.communityA());
        assertThat(json.getList("talkDays.week.date", String.class)).hasSize(2).contains(today.toString());
        assertThat(json.getLong("talkDays.weekTotal")).isEqualTo(2);

        // received this month in A: the six made now (the overdue one was received in October)
        assertThat(json.getLong("figures.issues.received")).isEqualTo(6);
        assertThat(json.getLong("figures.households")).isEqualTo(1);
        figuresEqualTheStatistics(w.staffA(), json);
    }

    @Test
    void aStreetAdminAlsoDecidesEscalatedIssuesAndSeesTheWholeSubDistrict() {
        JsonPath json = workbench(w.admin());
        assertThat(kinds(json))
                .containsExactly(
                        "TO_ACCEPT", "ESCALATED", "ASSIGNED_TO_ME", "DUE_SOON", "OVERDUE", "EXTENSIONS", "REOPENED");
        assertThat(ids(json, "TO_ACCEPT")).containsExactlyInAnyOrder(received, foreign);
        assertThat(ids(json, "ESCALATED")).containsExactly(escalated);
        assertThat(ids(json, "OVERDUE")).containsExactly(overdueMine, foreign).hasSize(2);
        assertThat(count(json, "OVERDUE")).isEqualTo(2);
        countsEqualTheirLists(w.admin(), json);
        assertThat(json.getList("talkDays.today.communityId", Long.class))
                .containsExactlyInAnyOrder(w.communityA(), w.communityB());
        figuresEqualTheStatistics(w.admin(), json);
    }

    @Test
    void aGridWorkerSeesWhatTheyHandleAndNoAcceptingOrDeciding() {
        JsonPath json = workbench(w.workerA1());
        assertThat(kinds(json)).containsExactly("ASSIGNED_TO_ME", "DUE_SOON", "OVERDUE", "REOPENED");
        // their four (the one due soon lies in grid A2, outside their grids: it is theirs to handle)
        assertThat(ids(json, "ASSIGNED_TO_ME"))
                .containsExactlyInAnyOrder(overdueMine, dueSoonMine, withExtension, reopened);
        assertThat(count(json, "ASSIGNED_TO_ME")).isEqualTo(4);
        assertThat(ids(json, "ASSIGNED_TO_ME").get(0)).isEqualTo(overdueMine); // the nearest deadline first
        assertThat(ids(json, "DUE_SOON")).containsExactly(dueSoonMine);
        assertThat(ids(json, "OVERDUE")).containsExactly(overdueMine);
        assertThat(ids(json, "REOPENED")).containsExactly(reopened);
        assertThat(json.getBoolean("todos.find { it.kind == 'OVERDUE' }.query.involvingMe"))
                .isTrue();
        countsEqualTheirLists(w.workerA1(), json);
        assertThat(json.getList("talkDays.today.communityId", Long.class)).containsExactly(w.communityA());
        assertThat(json.getLong("figures.households")).isEqualTo(1);
        figuresEqualTheStatistics(w.workerA1(), json);
    }

    @Test
    void aViewerReadsTheScopesDeadlinesAndFiguresWithoutToDosToAct() {
        JsonPath json = workbench(w.viewer());
        assertThat(kinds(json)).containsExactly("DUE_SOON", "OVERDUE", "REOPENED");
        assertThat(ids(json, "OVERDUE")).containsExactlyInAnyOrder(overdueMine, foreign);
        assertThat((Object) json.get("todos.find { it.kind == 'OVERDUE' }.query.involvingMe"))
                .isNull();
        countsEqualTheirLists(w.viewer(), json);
        figuresEqualTheStatistics(w.viewer(), json);
    }

    @Test
    void volunteersAndUnitLiaisonsGetTheirCommunitysTalkDaysOnly() {
        String volunteer = fixtures.staff(StaffRole.VOLUNTEER, w.gridA1());
        String liaison = fixtures.staff(StaffRole.UNIT_LIAISON, building);
        for (String user : List.of(volunteer, liaison)) {
            JsonPath json = workbench(user);
            assertThat(kinds(json)).as(user).isEmpty();
            assertThat(json.getMap("figures")).as(user).isNull();
            assertThat(json.getList("talkDays.today.communityId", Long.class))
                    .as(user)
                    .containsExactly(w.communityA());
            assertThat(json.getList("talkDays.week", Map.class)).as(user).hasSize(2);
        }
        // the schedule only: the session's records are not theirs to read; a volunteer sees only the issues given to
        // a team they lead, a unit liaison those given to its unit (here none)
        for (String helper : List.of(volunteer, liaison)) {
            assertThat(as(helper)
                            .get("/api/issues")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getLong("total"))
                    .isZero();
        }
    }
}
