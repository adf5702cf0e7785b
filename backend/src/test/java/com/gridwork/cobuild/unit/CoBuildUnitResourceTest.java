package com.gridwork.cobuild.unit;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.PartyFixtures;
import com.gridwork.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Co-building units: registration with a unique name per sub-district, edits under If-Match, the contact's phone
 * sealed and masked and revealed with an audited reason, liaison sign-ins through the real test Keycloak, and the
 * liaison's one-unit scope.
 */
@QuarkusTest
class CoBuildUnitResourceTest {
    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    Keycloak keycloak;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private Map<String, Object> unit(String name, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("subDistrictId", w.subDistrict());
        body.put("name", name);
        body.put("unitType", "STATE_ENTERPRISE");
        body.put("partyOrgName", name + "党委");
        body.put("partyMemberTotal", 120);
        body.put("contactName", "王强");
        body.put("contactPhone", phone);
        body.put("address", "建设路1号");
        return body;
    }

    private ValidatableResponse create(Map<String, Object> body) {
        return as(w.admin()).body(body).post("/api/cobuild-units").then();
    }

    private Map<String, Object> update(JsonPath view, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("name", "unitType", "partyOrgName", "partyMemberTotal", "contactName", "address")) {
            body.put(field, view.get(field));
        }
        body.put("status", view.getString("status"));
        body.putAll(changes);
        return body;
    }

    @Test
    void aUnitIsRegisteredEditedAndItsNameIsUniqueInTheSubDistrict() {
        String phone = TestIds.mobile();
        JsonPath created = create(unit("市供电公司城东分公司", phone))
                .statusCode(201)
                .body("subDistrict.id", equalTo((int) w.subDistrict()))
                .body("contactPhoneMasked", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("status", equalTo("ACTIVE"))
                .body("liaisonCount", equalTo(0))
                .body(not(containsString(phone)))
                .extract()
                .jsonPath();
        long id = created.getLong("id");

        // a second unit of that name in the sub-district: 409 naming the one that holds it
        create(unit("市供电公司城东分公司", null))
                .statusCode(409)
                .body("existingId", equalTo((int) id))
                .body("violations[0].field", equalTo("name"));
        // another sub-district may use the name
        World other = fixtures.world();
        Map<String, Object> elsewhere = unit("市供电公司城东分公司", null);
        elsewhere.put("subDistrictId", other.subDistrict());
        as(other.admin()).body(elsewhere).post("/api/cobuild-units").then().statusCode(201);
        // and our admin may not register one there
        as(w.admin())
                .body(elsewhere)
                .post("/api/cobuild-units")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("subDistrictId"));

        // every broken field at once
        Map<String, Object> broken = unit("", "12345");
        broken.put("partyMemberTotal", -1);
        broken.remove("unitType");
        JsonPath problem = create(broken).statusCode(400).extract().jsonPath();
        assertThat(problem.getList("violations.field", String.class))
                .contains("name", "contactPhone", "partyMemberTotal", "unitType");

        // edits need the current version; the phone stays unless a new one is given
        long otherId = create(unit("区自来水公司", null))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(w.admin())
                .body(update(created, Map.of("partyMemberTotal", 130)))
                .put("/api/cobuild-units/" + id)
                .then()
                .statusCode(428);
        as(w.admin())
                .header("If-Match", "\"" + (created.getLong("version") + 5) + "\"")
                .body(update(created, Map.of("partyMemberTotal", 130)))
                .put("/api/cobuild-units/" + id)
                .then()
                .statusCode(412);
        JsonPath edited = as(w.admin())
                .header("If-Match", "\"" + created.getLong("version") + "\"")
                .body(update(created, Map.of("partyMemberTotal", 130)))
                .put("/api/cobuild-units/" + id)
                .then()
                .statusCode(200)
                .body("partyMemberTotal", equalTo(130))
                .body("contactPhoneMasked", equalTo(created.getString("contactPhoneMasked")))
                .extract()
                .jsonPath();
        // renaming to the other unit's name: 409 naming it
        as(w.admin())
                .header("If-Match", "\"" + edited.getLong("version") + "\"")
                .body(update(edited, Map.of("name", "区自来水公司")))
                .put("/api/cobuild-units/" + id)
                .then()
                .statusCode(409)
                .body("existingId", equalTo((int) otherId));
        // inactive needs a reason
        as(w.admin())
                .header("If-Match", "\"" + edited.getLong("version") + "\"")
                .body(update(edited, Map.of("status", "INACTIVE")))
                .put("/api/cobuild-units/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("statusReason"));
        as(w.admin())
                .header("If-Match", "\"" + edited.getLong("version") + "\"")
                .body(update(edited, Map.of("status", "INACTIVE", "statusReason", "单位搬迁", "clearContactPhone", true)))
                .put("/api/cobuild-units/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("INACTIVE"))
                .body("statusReason", equalTo("单位搬迁"))
                .body("contactPhoneMasked", nullValue());

        // the list: filters in the query, the community's staff read their sub-district's units, B's admin not
        JsonPath inactive = as(w.staffA())
                .get("/api/cobuild-units?subDistrictId=" + w.subDistrict() + "&status=INACTIVE")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(inactive.getList("items.id", Long.class)).containsExactly(id);
        assertThat(as(w.staffA())
                        .get("/api/cobuild-units?q=自来水")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(otherId);
        as(other.admin()).get("/api/cobuild-units/" + id).then().statusCode(404);
        as(other.admin())
                .get("/api/cobuild-units?subDistrictId=" + w.subDistrict())
                .then()
                .statusCode(404);
        // only a street-admin registers units
        as(w.staffA()).body(unit("某单位", null)).post("/api/cobuild-units").then().statusCode(403);
    }

    @Test
    void theContactsPhoneIsRevealedWithAReasonAndAudited() {
        String phone = TestIds.mobile();
        long id = create(unit("区人民医院", phone))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(w.staffA())
                .body(Map.of())
                .post("/api/cobuild-units/" + id + "/reveal")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(w.staffA())
                .body(Map.of("reason", "对接共建项目"))
                .post("/api/cobuild-units/" + id + "/reveal")
                .then()
                .statusCode(200)
                .body("contactPhone", equalTo(phone));
        as(w.staffA())
                .get("/api/audit?action=REVEAL_PHONE")
                .then()
                .statusCode(200)
                .body("items[0].subjectId", equalTo((int) id))
                .body("items[0].subjectLabel", equalTo("区人民医院"))
                .body("items[0].reason", equalTo("对接共建项目"))
                .body(not(containsString(phone)));
        // a grid worker reads units but does not reveal; another sub-district's staff do not see the unit
        as(w.workerA1())
                .body(Map.of("reason", "对接"))
                .post("/api/cobuild-units/" + id + "/reveal")
                .then()
                .statusCode(403);
        World other = fixtures.world();
        as(other.staffA())
                .body(Map.of("reason", "对接"))
                .post("/api/cobuild-units/" + id + "/reveal")
                .then()
                .statusCode(404);
        long noPhone =
                create(unit("区图书馆", null)).statusCode(201).extract().jsonPath().getLong("id");
        as(w.staffA())
                .body(Map.of("reason", "对接"))
                .post("/api/cobuild-units/" + noPhone + "/reveal")
                .then()
                .statusCode(404);
    }

    @Test
    void aLiaisonSignInIsCreatedInKeycloakListedAndDisabled() {
        long id =
                create(unit("区税务局", null)).statusCode(201).extract().jsonPath().getLong("id");
        String username = Fixtures.unique("liaison.");
        JsonPath account = as(w.admin())
                .body(Map.of("username", username, "displayName", "赵联络"))
                .post("/api/cobuild-units/" + id + "/liaisons")
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
                .contains("unit-liaison");

        as(w.admin())
                .get("/api/cobuild-units/" + id + "/liaisons")
                .then()
                .statusCode(200)
                .body("[0].staffId", equalTo((int) staffId))
                .body("[0].displayName", equalTo("赵联络"))
                .body("[0].enabled", equalTo(true));
        as(w.admin()).get("/api/cobuild-units/" + id).then().body("liaisonCount", equalTo(1));
        // the name is taken now: 409 naming the field
        long other =
                create(unit("区财政局", null)).statusCode(201).extract().jsonPath().getLong("id");
        as(w.admin())
                .body(Map.of("username", username, "displayName", "钱联络"))
                .post("/api/cobuild-units/" + other + "/liaisons")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("username"));

        // the new account is the unit's liaison: its own unit, nothing else
        as(username).get("/api/cobuild-units/mine").then().statusCode(200).body("id", equalTo((int) id));

        // removed from another unit: 404; from its own: disabled, in Keycloak too
        as(w.admin())
                .post("/api/cobuild-units/" + other + "/liaisons/" + staffId + "/disable")
                .then()
                .statusCode(404);
        as(w.admin())
                .post("/api/cobuild-units/" + id + "/liaisons/" + staffId + "/disable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        assertThat(keycloak.realm("gridwork")
                        .users()
                        .get(user.getId())
                        .toRepresentation()
                        .isEnabled())
                .isFalse();
        as(w.admin()).get("/api/cobuild-units/" + id).then().body("liaisonCount", equalTo(0));
        as(username).get("/api/cobuild-units/mine").then().statusCode(403);
    }

    @Test
    void aLiaisonReadsOnlyItsOwnUnitAndNeverTheRegistry() {
        long own = party.unit(w.subDistrict(), 50);
        long other = party.unit(w.subDistrict(), 30);
        String liaison = party.liaison(own);

        as(liaison).get("/api/cobuild-units/mine").then().statusCode(200).body("id", equalTo((int) own));
        as(liaison).get("/api/cobuild-units/" + own).then().statusCode(200);
        as(liaison).get("/api/cobuild-units/" + other).then().statusCode(404);
        assertThat(as(liaison)
                        .get("/api/cobuild-units")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(own);
        assertThat(as(liaison)
                        .get("/api/cobuild-units/options?communityId=" + w.communityA())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("id", Long.class))
                .containsExactly(own);
        as(liaison)
                .body(Map.of("reason", "x"))
                .post("/api/cobuild-units/" + own + "/reveal")
                .then()
                .statusCode(403);
        as(liaison).get("/api/cobuild-units/" + own + "/liaisons").then().statusCode(403);
        // the registry refuses the role outright
        as(liaison).get("/api/households").then().statusCode(403);
        as(liaison).get("/api/residents").then().statusCode(403);
        as(liaison).get("/api/volunteers").then().statusCode(403);
        // staff are no unit's liaison
        as(w.staffA()).get("/api/cobuild-units/mine").then().statusCode(404);
        // a liaison account linked to no unit sees nothing
        String unlinked = fixtures.staff(StaffRole.UNIT_LIAISON, w.subDistrict());
        as(unlinked).get("/api/cobuild-units/" + own).then().statusCode(404);
        as(unlinked).get("/api/cobuild-units").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void thePickerOffersActiveUnitsOfTheSubDistrictPairedOnesFirst() {
        long b = unitNamed("B单位");
        long paired = unitNamed("Z单位");
        long pairedElsewhere = unitNamed("A单位");
        long inactive = unitNamed("停用单位");
        party.pair(paired, w.communityA());
        party.pair(pairedElsewhere, w.communityB());
        JsonPath current = as(w.admin())
                .get("/api/cobuild-units/" + inactive)
                .then()
                .extract()
                .jsonPath();
        as(w.admin())
                .header("If-Match", "\"" + current.getLong("version") + "\"")
                .body(update(current, Map.of("status", "INACTIVE", "statusReason", "撤销")))
                .put("/api/cobuild-units/" + inactive)
                .then()
                .statusCode(200);
        long elsewhere = party.unit(fixtures.world().subDistrict(), 10);

        JsonPath options = as(w.staffA())
                .get("/api/cobuild-units/options?communityId=" + w.communityA())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(options.getList("id", Long.class)).containsExactly(paired, pairedElsewhere, b);
        assertThat(options.getList("paired", Boolean.class)).containsExactly(true, false, false);
        assertThat(options.getList("id", Long.class)).doesNotContain(inactive, elsewhere);
        as(w.staffA())
                .get("/api/cobuild-units/options?communityId=" + w.communityB())
                .then()
                .statusCode(404);
    }

    private long unitNamed(String name) {
        return create(unit(name, null)).statusCode(201).extract().jsonPath().getLong("id");
    }
}
