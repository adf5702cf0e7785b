package com.gridwork.me;

import com.gridwork.access.Permission;
import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class MeResourceTest {
    @Inject
    Fixtures fixtures;

    @Test
    void reportsRoleAndScopeFromTheDatabase() {
        World w = fixtures.world();
        as(w.workerA1())
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(w.workerA1()))
                .body("roles", equalTo(List.of("grid-worker")))
                .body("scope.all", equalTo(false))
                .body("scope.areas.id", equalTo(List.of((int) w.gridA1())))
                .body("scope.areas[0].level", equalTo("GRID"));
        as(w.staffA())
                .get("/api/me")
                .then()
                .body("roles", equalTo(List.of("community-staff")))
                .body("scope.areas.id", equalTo(List.of((int) w.communityA())));
        String root = fixtures.staff(StaffRole.STREET_ADMIN);
        as(root).get("/api/me").then().body("scope.all", equalTo(true)).body("scope.areas", hasSize(0));
    }

    @Test
    void aUserWithoutStaffAccountHasNoRoles() {
        as("stranger")
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", hasSize(0))
                .body("staffId", equalTo(null))
                .body("capabilities", hasSize(0));
        given().get("/api/me").then().statusCode(401);
    }

    /** Capabilities come from the role, and creating a sub-district also from a scope of the whole platform. */
    @Test
    void reportsCapabilitiesFromRoleAndScope() {
        World w = fixtures.world();
        String root = fixtures.staff(StaffRole.STREET_ADMIN);
        as(root).get("/api/me")
                .then()
                .statusCode(200)
                .body(
                        "capabilities",
                        hasItems(
                                "SUB_DISTRICTS_CREATE",
                                "STAFF_MANAGE",
                                "API_CLIENTS_MANAGE",
                                "CALENDAR_EDIT",
                                "ISSUES_DECIDE_ESCALATED",
                                "AREAS_WRITE"))
                // all but the twelve that are a volunteer's or a liaison's own (a staff account is neither)
                .body("capabilities", not(hasItem("ACTIVITIES_SIGN_UP")))
                .body("capabilities", not(hasItem("VOLUNTEER_CHECK_IN")))
                .body("capabilities", not(hasItem("HOURS_REPORT")))
                .body("capabilities", not(hasItem("VISITS_RECORD_AS_HELPER")))
                .body("capabilities", not(hasItem("PARTY_POSTS_CLAIM")))
                .body("capabilities", not(hasItem("COBUILD_PROJECTS_CLAIM")))
                .body("capabilities", hasSize(Permission.values().length - 12));
        as(w.admin())
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("capabilities", not(hasItem("SUB_DISTRICTS_CREATE")))
                .body("capabilities", hasItems("STAFF_MANAGE", "AREAS_WRITE", "REGISTRY_REVEAL", "AUDIT_READ_OTHERS"))
                .body("capabilities", hasSize(Permission.values().length - 13));
        as(w.workerA1())
                .get("/api/me")
                .then()
                .statusCode(200)
                .body(
                        "capabilities",
                        equalTo(List.of(
                                "AREAS_READ",
                                "DICTIONARY_READ",
                                "REGISTRY_READ",
                                "REGISTRY_WRITE",
                                "REGISTRY_REVEAL",
                                "REGISTRY_IMPORT",
                                "REGISTRY_EXPORT",
                                "AUDIT_READ",
                                "TALK_DAYS_READ",
                                "TALK_DAY_RECORDS_READ",
                                "ISSUES_READ",
                                "ISSUES_WRITE",
                                "ISSUES_HANDLE",
                                "CALENDAR_READ",
                                "NOTIFICATIONS_READ",
                                "VOLUNTEER_STATS_READ",
                                "ACTIVITIES_READ",
                                "VOLUNTEERS_READ",
                                "HOURS_READ",
                                "PAIRINGS_READ",
                                "VISIT_RULES_READ",
                                "VISITS_READ",
                                "VISITS_RECORD",
                                "VISIT_COVERAGE_READ",
                                "PARTY_REPORTS_READ",
                                "PARTY_POSTS_READ",
                                "PARTY_SERVICE_VERIFY",
                                "MICRO_WISHES_READ",
                                "MICRO_WISHES_MANAGE",
                                "COBUILD_UNITS_READ",
                                "COBUILD_AGREEMENTS_READ",
                                "COBUILD_LISTS_READ",
                                "COBUILD_PROJECTS_READ",
                                "COBUILD_POINTS_READ",
                                "PARTY_BUILDING_STATS_READ",
                                "DEVICES_REPORT")));
        as(w.viewer())
                .get("/api/me")
                .then()
                .statusCode(200)
                .body(
                        "capabilities",
                        equalTo(List.of(
                                "AREAS_READ",
                                "DICTIONARY_READ",
                                "REGISTRY_READ",
                                "TALK_DAYS_READ",
                                "TALK_DAY_RECORDS_READ",
                                "ISSUES_READ",
                                "CALENDAR_READ",
                                "NOTIFICATIONS_READ",
                                "VOLUNTEER_STATS_READ",
                                "ACTIVITIES_READ",
                                "VOLUNTEERS_READ",
                                "HOURS_READ",
                                "PAIRINGS_READ",
                                "VISIT_RULES_READ",
                                "VISITS_READ",
                                "VISIT_COVERAGE_READ",
                                "PARTY_REPORTS_READ",
                                "PARTY_POSTS_READ",
                                "PARTY_FEEDBACK_READ",
                                "MICRO_WISHES_READ",
                                "COBUILD_UNITS_READ",
                                "COBUILD_AGREEMENTS_READ",
                                "COBUILD_LISTS_READ",
                                "COBUILD_PROJECTS_READ",
                                "COBUILD_POINTS_READ",
                                "PARTY_BUILDING_STATS_READ",
                                "DEVICES_REPORT")));
        String volunteer = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        as(volunteer)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body(
                        "capabilities",
                        equalTo(List.of(
                                "AREAS_READ",
                                "DICTIONARY_READ",
                                "TALK_DAYS_READ",
                                "ISSUES_HANDLE_AS_TEAM",
                                "CALENDAR_READ",
                                "NOTIFICATIONS_READ",
                                "ACTIVITIES_READ",
                                "ACTIVITIES_MANAGE",
                                "ACTIVITIES_SIGN_UP",
                                "VOLUNTEER_CHECK_IN",
                                "VOLUNTEER_ATTENDANCE_MANAGE",
                                "VOLUNTEER_OWN_PROFILE",
                                "HOURS_REPORT",
                                "VISITS_RECORD_AS_HELPER",
                                "PARTY_REPORT_OWN",
                                "PARTY_POSTS_READ",
                                "PARTY_POSTS_CLAIM",
                                "MICRO_WISHES_READ",
                                "MICRO_WISHES_CLAIM",
                                "DEVICES_REPORT")));
    }

    @Test
    void publicConfigNeedsNoToken() {
        given().get("/api/public/config")
                .then()
                .statusCode(200)
                .body("realm", equalTo("gridwork"))
                .body("clientId", equalTo("gridwork-web"));
    }
}
