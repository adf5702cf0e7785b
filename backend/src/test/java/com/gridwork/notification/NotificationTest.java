package com.gridwork.notification;

import com.gridwork.access.StaffRole;
import com.gridwork.issue.Issue;
import com.gridwork.issue.IssueHappened;
import com.gridwork.issue.OverdueCheck;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static com.gridwork.issue.IssueApi.act;
import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class NotificationTest {
    @Inject
    Fixtures fixtures;

    @Inject
    OverdueCheck overdueCheck;

    @Inject
    EntityManager em;

    @Inject
    Event<IssueHappened> happened;

    World w;
    long water;

    @BeforeEach
    void world() {
        w = fixtures.world();
        water = category(w.staffA(), "WATER");
    }

    /** The caller's notices (kind and issue id), newest first. */
    private static List<Map<String, Object>> notices(String user) {
        return as(user).queryParam("size", 100)
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private static List<String> kindsAbout(String user, long issueId) {
        return notices(user).stream()
                .filter(n -> ((Number) n.get("issueId")).longValue() == issueId)
                .map(n -> (String) n.get("kind"))
                .toList();
    }

    private static long unread(String user) {
        return as(user).get("/api/notifications/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("unread");
    }

    @Test
    void aGridWorkersReportReachesTheCommunityStaffAndNotTheReporter() {
        String colleague = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityA());
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        long before = unread(w.staffA());

        long id = create(w.workerA1(), body(water, w.gridA1()));

        assertThat(kindsAbout(w.staffA(), id)).containsExactly("ISSUE_AWAITING_ACCEPTANCE");
        assertThat(kindsAbout(colleague, id)).containsExactly("ISSUE_AWAITING_ACCEPTANCE");
        assertThat(unread(w.staffA())).isEqualTo(before + 1);
        // Not the reporter; not the street-admin while the community has staff; not another community.
        assertThat(kindsAbout(w.workerA1(), id)).isEmpty();
        assertThat(kindsAbout(w.admin(), id)).isEmpty();
        assertThat(kindsAbout(staffB, id)).isEmpty();

        JsonPath item = as(w.staffA())
                .header("Accept-Language", "en-US")
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(item.getString("items[0].title")).isEqualTo("New issue awaiting acceptance");
        assertThat(item.getString("items[0].text")).contains(item.getString("items[0].issueNumber"));
        assertThat(item.getBoolean("items[0].read")).isFalse();
        assertThat(as(w.staffA())
                        .get("/api/notifications")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("items[0].title"))
                .isEqualTo("新诉求待受理");
    }

    @Test
    void staffTakingAnIssueInThemselvesTellTheirColleaguesNotThemselves() {
        String colleague = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityA());
        long id = create(w.staffA(), body(water, w.gridA2()));
        assertThat(kindsAbout(w.staffA(), id)).isEmpty();
        assertThat(kindsAbout(colleague, id)).containsExactly("ISSUE_AWAITING_ACCEPTANCE");

        // Taken in for a colleague named as receiver: neither the one typing nor the receiver is told, a third is.
        String third = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityA());
        Map<String, Object> input = body(water, w.gridA2());
        input.put("receivedById", fixtures.staffId(colleague));
        long forColleague = create(w.staffA(), input);
        assertThat(kindsAbout(w.staffA(), forColleague)).isEmpty();
        assertThat(kindsAbout(colleague, forColleague)).isEmpty();
        assertThat(kindsAbout(third, forColleague)).containsExactly("ISSUE_AWAITING_ACCEPTANCE");

        // Assigning an issue to oneself tells nobody.
        act(w.staffA(), id, "accept", null).statusCode(200);
        act(w.staffA(), id, "assign", Map.of("handlerId", fixtures.staffId(w.staffA())))
                .statusCode(200);
        assertThat(kindsAbout(w.staffA(), id)).isEmpty();
    }

    @Test
    void aCommunityWithoutStaffHasItsStreetAdminsTold() {
        String workerB = fixtures.staff(StaffRole.GRID_WORKER, w.gridB1());
        long id = create(workerB, body(water, w.gridB1()));
        assertThat(kindsAbout(w.admin(), id)).containsExactly("ISSUE_AWAITING_ACCEPTANCE");
        assertThat(kindsAbout(w.staffA(), id)).isEmpty();
    }

    @Test
    void eachStepTellsThePersonItConcerns() {
        long worker = fixtures.staffId(w.workerA1());
        String other = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        long id = create(w.staffA(), body(water, w.gridA1()));
        act(w.staffA(), id, "accept", null).statusCode(200);
        act(w.staffA(), id, "assign", Map.of("handlerId", worker)).statusCode(200);
        assertThat(kindsAbout(w.workerA1(), id)).containsExactly("ISSUE_ASSIGNED");
        // Nobody is told of their own action.
        assertThat(kindsAbout(w.staffA(), id)).isEmpty();

        act(w.workerA1(), id, "extensions", Map.of("days", 2, "reason", "等待配件")).statusCode(200);
        long extension = as(w.staffA())
                .get("/api/issues/" + id)
                .then()
                .extract()
                .jsonPath()
                .getLong("extensions[0].id");
        act(w.staffA(), id, "extensions/" + extension + "/reject", Map.of("comment", "理由不足"))
                .statusCode(200);
        JsonPath decided = as(w.workerA1())
                .header("Accept-Language", "en-US")
                .get("/api/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(decided.getString("items[0].kind")).isEqualTo("EXTENSION_DECIDED");
        assertThat(decided.getBoolean("items[0].approved")).isFalse();
        assertThat(decided.getString("items[0].title")).isEqualTo("Extension rejected");

        act(w.workerA1(), id, "start", null).statusCode(200);
        act(w.workerA1(), id, "resolve", Map.of("comment", "已修复")).statusCode(200);
        act(w.staffA(), id, "close", Map.of("satisfaction", "UNSATISFIED")).statusCode(200);
        assertThat(kindsAbout(w.workerA1(), id).get(0)).isEqualTo("ISSUE_REOPENED");

        act(w.staffA(), id, "transfer", Map.of("toStaffId", fixtures.staffId(other), "reason", "工作调整"))
                .statusCode(200);
        assertThat(kindsAbout(other, id)).containsExactly("ISSUE_TRANSFERRED");

        // Escalated: the sub-district's street-admin decides, not the community staff.
        act(w.workerA1(), id, "escalate", Map.of("reason", "涉及市政管网")).statusCode(200);
        assertThat(kindsAbout(w.admin(), id)).containsExactly("ISSUE_ESCALATED");
        assertThat(kindsAbout(w.staffA(), id)).isEmpty();
    }

    @Test
    void onlyTheCallersOwnNoticesEver() {
        long id = create(w.workerA1(), body(water, w.gridA1()));
        long notice = ((Number) notices(w.staffA()).stream()
                        .filter(n -> ((Number) n.get("issueId")).longValue() == id)
                        .findFirst()
                        .orElseThrow()
                        .get("id"))
                .longValue();
        // Someone else's notice is a 404, for a colleague and for the reporter alike.
        String colleague = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityA());
        as(colleague).post("/api/notifications/" + notice + "/read").then().statusCode(404);
        as(w.workerA1()).post("/api/notifications/" + notice + "/read").then().statusCode(404);
        as(w.staffA()).post("/api/notifications/999999999/read").then().statusCode(404);
        as(w.staffA()).post("/api/notifications/abc/read").then().statusCode(400);
        given().get("/api/notifications").then().statusCode(401);
        as(w.staffA())
                .queryParam("sort", "kind")
                .get("/api/notifications")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("sort"));

        as(w.staffA())
                .post("/api/notifications/" + notice + "/read")
                .then()
                .statusCode(200)
                .body("read", equalTo(true))
                .body("issueId", equalTo((int) id));
        assertThat(as(w.staffA())
                        .queryParam("unread", true)
                        .queryParam("size", 100)
                        .get("/api/notifications")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .doesNotContain(notice);

        // Reading all of one's own leaves a colleague's unread.
        long other = create(w.workerA1(), body(water, w.gridA1()));
        assertThat(kindsAbout(colleague, other)).hasSize(1);
        as(w.staffA())
                .post("/api/notifications/read-all")
                .then()
                .statusCode(200)
                .body("unread", equalTo(0));
        assertThat(unread(w.staffA())).isZero();
        assertThat(unread(colleague)).isPositive();

        // A scope that no longer covers the issue hides its notices.
        fixtures.setScope(colleague, w.communityB());
        assertThat(kindsAbout(colleague, other)).isEmpty();
    }

    @Test
    void theScheduledCheckTellsTheHandlerOncePerDeadline() {
        long worker = fixtures.staffId(w.workerA1());
        long overdue = create(w.staffA(), receivedAt(water, w.gridA1(), "2026-01-05T02:00:00Z"));
        long dueSoon = create(w.staffA(), body(water, w.gridA2()));
        act(w.staffA(), dueSoon, "accept", null).statusCode(200);
        act(w.staffA(), dueSoon, "assign", Map.of("handlerId", worker)).statusCode(200);
        // 70% of its time used: its warning time lies behind us.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update Issue i set i.warnAt = :at where i.id = :id")
                        .setParameter("at", Instant.now().minus(1, ChronoUnit.MINUTES))
                        .setParameter("id", dueSoon)
                        .executeUpdate());

        overdueCheck.run(Instant.now());
        overdueCheck.run(Instant.now());

        // Not yet assigned: its first-responsible person (the receiver) is told it is overdue.
        assertThat(kindsAbout(w.staffA(), overdue)).containsExactly("ISSUE_OVERDUE");
        assertThat(kindsAbout(w.workerA1(), dueSoon)).containsExactly("ISSUE_DUE_SOON", "ISSUE_ASSIGNED");

        // Reopened on its original deadline, the overdue issue is marked again but not told twice.
        act(w.staffA(), overdue, "accept", null).statusCode(200);
        act(w.staffA(), overdue, "assign", Map.of("handlerId", worker)).statusCode(200);
        act(w.workerA1(), overdue, "start", null).statusCode(200);
        act(w.workerA1(), overdue, "resolve", Map.of("comment", "已修复")).statusCode(200);
        act(w.staffA(), overdue, "close", Map.of("satisfaction", "UNSATISFIED")).statusCode(200);
        overdueCheck.run(Instant.now());
        assertThat(kindsAbout(w.workerA1(), overdue))
                .containsExactly("ISSUE_OVERDUE", "ISSUE_REOPENED", "ISSUE_ASSIGNED");
        // Reopened once more: marked overdue again, and the dedup key keeps the same notice from coming twice.
        act(w.workerA1(), overdue, "resolve", Map.of("comment", "已修复")).statusCode(200);
        act(w.staffA(), overdue, "close", Map.of("satisfaction", "UNSATISFIED")).statusCode(200);
        overdueCheck.run(Instant.now());
        assertThat(kindsAbout(w.workerA1(), overdue))
                .containsExactly("ISSUE_REOPENED", "ISSUE_OVERDUE", "ISSUE_REOPENED", "ISSUE_ASSIGNED");
    }

    @Test
    void aRolledBackActionLeavesNoNotice() {
        long worker = fixtures.staffId(w.workerA1());
        long id = create(w.staffA(), body(water, w.gridA1()));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    Issue issue = em.find(Issue.class, id);
                    happened.fire(new IssueHappened(IssueHappened.What.OVERDUE, issue, null, null));
                    throw new IllegalStateException("the action fails after its event");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(kindsAbout(w.staffA(), id)).isEmpty();

        // The same event in a transaction that commits leaves its notice.
        QuarkusTransaction.requiringNew()
                .run(() -> happened.fire(
                        new IssueHappened(IssueHappened.What.TRANSFERRED, em.find(Issue.class, id), null, worker)));
        assertThat(kindsAbout(w.workerA1(), id)).containsExactly("ISSUE_TRANSFERRED");
    }

    @Test
    void aFailingSenderNeverBreaksTheActionAndIsRecorded() {
        QuarkusMock.installMockForType(
                new LoggingNotificationSender() {
                    @Override
                    public Outcome send(Outgoing notification) {
                        throw new IllegalStateException("provider down");
                    }
                },
                LoggingNotificationSender.class);
        long id = create(w.workerA1(), body(water, w.gridA1()));
        assertThat(delivery(id)).containsExactly("FAILED");
    }

    @Test
    void theDefaultSenderRecordsThatNothingWasDelivered() {
        long id = create(w.workerA1(), body(water, w.gridA1()));
        assertThat(delivery(id)).containsExactly("NOT_DELIVERED");
    }

    private List<String> delivery(long issueId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createQuery(
                                "select n.delivery from Notification n where n.issueId = :id",
                                Notification.Delivery.class)
                        .setParameter("id", issueId)
                        .getResultList()
                        .stream()
                        .map(Enum::name)
                        .toList());
    }

    private static Map<String, Object> receivedAt(long categoryId, long areaId, String at) {
        Map<String, Object> input = body(categoryId, areaId);
        input.put("receivedAt", at);
        return input;
    }
}
