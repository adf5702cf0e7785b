package com.gridwork.volunteer;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Volunteer profiles: registration, search, star, status, reveal, sign-in accounts, and who may see what. */
@QuarkusTest
class VolunteerResourceTest {
    @Inject
    Fixtures fixtures;

    @Inject
    Keycloak keycloak;

    @Inject
    EntityManager em;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private Map<String, Object> volunteer(long communityId, String name, String idCard) {
        Map<String, Object> body = new HashMap<>();
        body.put("communityId", communityId);
        body.put("name", name);
        body.put("idCard", idCard);
        body.put("phone", TestIds.mobile());
        body.put("skills", List.of("MEDICAL", "FIRST_AID"));
        body.put("availability", "周末上午");
        body.put("insuranceUntil", "2027-06-30");
        return body;
    }

    private long create(String user, long communityId, String name) {
        return as(user).body(volunteer(communityId, name, TestIds.idCard()))
                .post("/api/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("volunteer.id");
    }

    @Test
    void aVolunteerIsRegisteredOncePerPersonWithSexAndBirthFromTheId() {
        String idCard = TestIds.idCard(LocalDate.of(1988, 3, 7), false);
        long id = as(w.staffA())
                .body(volunteer(w.communityA(), "李静", idCard))
                .post("/api/volunteers")
                .then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("volunteer.gender", equalTo("F"))
                .body("volunteer.birthDate", equalTo("1988-03-07"))
                .body("volunteer.idCardMasked", not(equalTo(idCard)))
                .body("volunteer.skills", equalTo(List.of("MEDICAL", "FIRST_AID")))
                .body("volunteer.star", equalTo(0))
                .body("volunteer.confirmedHours", equalTo(0.0f))
                .body("volunteer.status", equalTo("ACTIVE"))
                .body("volunteer.hasAccount", equalTo(false))
                .body("registeredOn", equalTo(LocalDate.now().toString()))
                .extract()
                .jsonPath()
                .getLong("volunteer.id");

        // One person, one profile: the same number again, even in another community, names the first.
        as(w.admin())
                .body(volunteer(w.communityB(), "李静", idCard))
                .post("/api/volunteers")
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) id))
                .body("violations[0].field", equalTo("idCard"));
        // Community B's staff may not learn who it is.
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB)
                .body(volunteer(w.communityB(), "李静", idCard))
                .post("/api/volunteers")
                .then()
                .statusCode(409)
                .body("existingId", nullValue());
    }

    @Test
    void aResidentOfTheSubDistrictIsLinkedByTheIdNumber() {
        String idCard = TestIds.idCard();
        long household = as(w.admin())
                .body(Map.of("gridId", w.gridA1(), "address", "幸福里" + TestIds.mobile(), "housingType", "OWNED"))
                .post("/api/households")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("household.id");
        long resident = as(w.admin())
                .body(Map.of(
                        "householdId",
                        household,
                        "name",
                        "周红",
                        "idCard",
                        idCard,
                        "ethnicity",
                        "01",
                        "relation",
                        "HEAD",
                        "registrationType",
                        "LOCAL"))
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("resident.id");
        long linked = as(w.staffA())
                .body(volunteer(w.communityA(), "周红", idCard))
                .post("/api/volunteers")
                .then()
                .statusCode(201)
                .body("residentId", equalTo((int) resident))
                .body("residentHouseholdId", equalTo((int) household))
                .extract()
                .jsonPath()
                .getLong("volunteer.id");
        // Someone who does not live here has no link.
        as(w.staffA())
                .body(volunteer(w.communityA(), "外来", TestIds.idCard()))
                .post("/api/volunteers")
                .then()
                .statusCode(201)
                .body("residentId", nullValue());
        as(w.staffA()).get("/api/volunteers/" + linked).then().body("residentId", equalTo((int) resident));
    }

    @Test
    void badInputNamesEveryField() {
        Map<String, Object> body = volunteer(w.communityA(), "", "110101199003074519");
        body.put("skills", List.of("NO_SUCH_SKILL"));
        body.put("phone", "12345");
        as(w.staffA())
                .body(body)
                .post("/api/volunteers")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("idCard"))
                .body("violations.field", hasItem("phone"))
                .body("violations.field", hasItem("skills"));
        // A grid is no community; community B is outside community A's staff's scope.
        as(w.staffA())
                .body(volunteer(w.gridA1(), "王芳", TestIds.idCard()))
                .post("/api/volunteers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("communityId"));
        as(w.staffA())
                .body(volunteer(w.communityB(), "王芳", TestIds.idCard()))
                .post("/api/volunteers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("communityId"));
    }

    @Test
    void theListFindsByPinyinInitialsNamePartIdSkillAndStar() {
        String idCard = TestIds.idCard();
        Map<String, Object> body = volunteer(w.communityA(), "欧阳明月", idCard);
        body.put("skills", List.of("LEGAL"));
        long ouyang = as(w.staffA())
                .body(body)
                .post("/api/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("volunteer.id");
        long other = create(w.staffA(), w.communityA(), "张三");
        long elsewhere = create(w.admin(), w.communityB(), "欧阳峰");

        for (String q : List.of("oymy", "ouyangming", "明月", idCard)) {
            as(w.staffA())
                    .queryParam("q", q)
                    .get("/api/volunteers")
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of((int) ouyang)));
        }
        // The grid worker sees the volunteers of the community around their grid; not those of community B.
        as(w.workerA1())
                .queryParam("q", "oy")
                .get("/api/volunteers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) ouyang)));
        as(w.admin())
                .queryParam("q", "oy")
                .queryParam("skill", "LEGAL")
                .get("/api/volunteers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) ouyang)));

        // 120 confirmed hours: one star by the defaults, two by the sub-district's own thresholds.
        setConfirmedMinutes(other, 120 * 60);
        as(w.staffA())
                .queryParam("star", 1)
                .get("/api/volunteers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) other)))
                .body("items[0].star", equalTo(1))
                .body("items[0].confirmedHours", equalTo(120.0f));
        ownThresholds(w.subDistrict(), Map.of(1, 10, 2, 100));
        as(w.staffA())
                .queryParam("star", 2)
                .get("/api/volunteers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) other)))
                .body("items[0].star", equalTo(2));
        as(w.staffA())
                .queryParam("star", 0)
                .get("/api/volunteers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) ouyang)));
        as(w.admin())
                .queryParam("communityId", w.communityB())
                .get("/api/volunteers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) elsewhere)));
        // A community outside the caller's scope is a 404, as for any foreign id in a filter.
        as(w.staffA())
                .queryParam("communityId", w.communityB())
                .get("/api/volunteers")
                .then()
                .statusCode(404);
    }

    @Test
    void editStatusAndRevealAreTheManagersAndRevealIsAudited() {
        long id = create(w.staffA(), w.communityA(), "赵敏");
        String etag = as(w.staffA())
                .get("/api/volunteers/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Map<String, Object> update = new HashMap<>(Map.of("name", "赵敏", "skills", List.of("TEACHING")));
        update.put("nationalNumber", "ZY-2026-0001");
        as(w.staffA()).body(update).put("/api/volunteers/" + id).then().statusCode(428);
        as(w.staffA())
                .header("If-Match", etag)
                .body(update)
                .put("/api/volunteers/" + id)
                .then()
                .statusCode(200)
                .body("volunteer.skills", equalTo(List.of("TEACHING")))
                .body("nationalNumber", equalTo("ZY-2026-0001"));
        as(w.staffA())
                .header("If-Match", etag)
                .body(update)
                .put("/api/volunteers/" + id)
                .then()
                .statusCode(412);

        as(w.staffA())
                .body(Map.of("status", "SUSPENDED"))
                .post("/api/volunteers/" + id + "/status")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(w.staffA())
                .body(Map.of("status", "SUSPENDED", "reason", "长期外出"))
                .post("/api/volunteers/" + id + "/status")
                .then()
                .statusCode(200)
                .body("volunteer.status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("长期外出"));
        as(w.staffA())
                .body(Map.of("status", "SUSPENDED", "reason", "再次"))
                .post("/api/volunteers/" + id + "/status")
                .then()
                .statusCode(409);

        // A grid worker and a viewer read, but neither edits nor reveals.
        as(w.workerA1()).get("/api/volunteers/" + id).then().statusCode(200);
        as(w.viewer())
                .body(Map.of("status", "ACTIVE"))
                .post("/api/volunteers/" + id + "/status")
                .then()
                .statusCode(403);
        as(w.workerA1())
                .body(Map.of("field", "PHONE", "reason", "联系志愿者"))
                .post("/api/volunteers/" + id + "/reveal")
                .then()
                .statusCode(403);
        as(w.staffA())
                .body(Map.of("field", "ID_CARD", "reason", "核实身份"))
                .post("/api/volunteers/" + id + "/reveal")
                .then()
                .statusCode(200)
                .body("value", matchesPattern("\\d{17}[\\dX]"));
        as(w.staffA())
                .get("/api/audit?action=REVEAL_ID_CARD&actor=" + w.staffA())
                .then()
                .statusCode(200)
                .body("items[0].subjectType", equalTo("VOLUNTEER"))
                .body("items[0].subjectId", equalTo((int) id))
                .body("items[0].reason", equalTo("核实身份"));

        // Community B's staff: a 404 in the path, as for an id that does not exist.
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/volunteers/" + id).then().statusCode(404);
        as(staffB)
                .body(Map.of("field", "ID_CARD", "reason", "核实身份"))
                .post("/api/volunteers/" + id + "/reveal")
                .then()
                .statusCode(404);
    }

    @Test
    void aVolunteerGetsASignInAndReadsOnlyTheirOwnProfile() {
        long id = create(w.staffA(), w.communityA(), "孙丽");
        long other = create(w.staffA(), w.communityA(), "周强");
        String username = Fixtures.unique("vol.");
        var account = as(w.staffA())
                .body(Map.of("username", username))
                .post("/api/volunteers/" + id + "/account")
                .then()
                .statusCode(201)
                .body("username", equalTo(username))
                .body("temporaryPassword", matchesPattern("\\S{12,}"))
                .extract()
                .jsonPath();
        long staffId = account.getLong("staffId");

        UserRepresentation user = keycloak.realm("gridwork")
                .users()
                .searchByUsername(username, true)
                .get(0);
        assertThat(keycloak.realm("gridwork")
                        .users()
                        .get(user.getId())
                        .roles()
                        .realmLevel()
                        .listEffective())
                .extracting(r -> r.getName())
                .contains("volunteer");

        as(w.staffA())
                .get("/api/volunteers/" + id)
                .then()
                .statusCode(200)
                .body("volunteer.hasAccount", equalTo(true))
                .body("account.staffId", equalTo((int) staffId))
                .body("account.username", equalTo(username));
        as(w.staffA())
                .body(Map.of("username", Fixtures.unique("vol.")))
                .post("/api/volunteers/" + id + "/account")
                .then()
                .statusCode(409);
        // The user name of an existing account: 409 naming the field; nothing reaches Keycloak.
        as(w.staffA())
                .body(Map.of("username", username))
                .post("/api/volunteers/" + other + "/account")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("username"));

        // The new account is a volunteer of community A: its own profile, nobody else's, no lists.
        as(username)
                .get("/api/volunteers/me")
                .then()
                .statusCode(200)
                .body("volunteer.id", equalTo((int) id))
                .body("volunteer.idCardMasked", notNullValue());
        as(username).get("/api/volunteers/" + id).then().statusCode(200);
        as(username).get("/api/volunteers/" + other).then().statusCode(404);
        as(username).get("/api/volunteers").then().statusCode(403);
        // Staff have no volunteer profile of their own.
        as(w.staffA()).get("/api/volunteers/me").then().statusCode(403);
        String bare = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        as(bare).get("/api/volunteers/me").then().statusCode(404);
    }

    void setConfirmedMinutes(long volunteerId, long minutes) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update volunteer set confirmed_minutes = :m where id = :id")
                        .setParameter("m", minutes)
                        .setParameter("id", volunteerId)
                        .executeUpdate());
    }

    void ownThresholds(long subDistrictId, Map<Integer, Integer> levels) {
        QuarkusTransaction.requiringNew()
                .run(() -> levels.forEach((star, hours) -> em.createNativeQuery(
                                "insert into volunteer_star_level (sub_district_id, star, min_hours, version, created_at,"
                                        + " updated_at) values (:s, :star, :h, 0, now(6), now(6))")
                        .setParameter("s", subDistrictId)
                        .setParameter("star", star)
                        .setParameter("h", hours)
                        .executeUpdate()));
    }
}
