package com.gridwork.me;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {
    @Inject
    Fixtures fixtures;

    @Test
    void reportsRoleAndScopeFromTheDatabase() {
        World w = fixtures.world();
        as(w.workerA1()).get("/api/me").then().statusCode(200)
                .body("username", equalTo(w.workerA1()))
                .body("roles", equalTo(List.of("grid-worker")))
                .body("scope.all", equalTo(false))
                .body("scope.areas.id", equalTo(List.of((int) w.gridA1())))
                .body("scope.areas[0].level", equalTo("GRID"));
        as(w.staffA()).get("/api/me").then().body("roles", equalTo(List.of("community-staff")))
                .body("scope.areas.id", equalTo(List.of((int) w.communityA())));
        String root = fixtures.staff(StaffRole.STREET_ADMIN);
        as(root).get("/api/me").then().body("scope.all", equalTo(true)).body("scope.areas", hasSize(0));
    }

    @Test
    void aUserWithoutStaffAccountHasNoRoles() {
        as("stranger").get("/api/me").then().statusCode(200).body("roles", hasSize(0)).body("staffId", equalTo(null));
        given().get("/api/me").then().statusCode(401);
    }

    @Test
    void publicConfigNeedsNoToken() {
        given().get("/api/public/config").then().statusCode(200)
                .body("realm", equalTo("gridwork")).body("clientId", equalTo("gridwork-web"));
    }
}
