package com.gridwork.dev.demo;

import com.gridwork.testsupport.MariaDbTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/** What `make run` seeds into an empty database: the demo sub-district, its staff, a registry and volunteers. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoProfile.class)
class DemoDataTest {

    public static class DemoProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gridwork.demo-data.enabled", "true", "gridwork.demo-data.households", "400");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            // A database of its own: the seeders only fill an empty one.
            return List.of(
                    new TestResourceEntry(MariaDbTestResource.class),
                    new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    @Test
    void seedsAreasStaffAndRegistry() {
        as("admin")
                .get("/api/areas/tree")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].name", equalTo("城关街道"))
                .body("[0].children.size()", equalTo(3));
        as("gridworker")
                .get("/api/me")
                .then()
                .body("roles", equalTo(List.of("grid-worker")))
                .body("scope.areas.size()", equalTo(2));
        as("admin")
                .get("/api/registry/stats")
                .then()
                .statusCode(200)
                .body("households", greaterThan(300))
                .body("residents", greaterThan(600))
                .body("byGrid.size()", equalTo(13));
        as("gridworker")
                .get("/api/households?size=5")
                .then()
                .statusCode(200)
                .body("total", greaterThan(30))
                .body("items[0].phoneMasked", org.hamcrest.Matchers.containsString("****"));
        // The demo volunteer login is a volunteer's profile and leads a team of 幸福里社区.
        as("volunteer")
                .get("/api/volunteers/me")
                .then()
                .statusCode(200)
                .body("volunteer.name", equalTo("刘芳"))
                .body("teams.find { it.teamName == '幸福里为老服务队' }.role", equalTo("LEADER"));
        as("admin").get("/api/volunteer-teams").then().statusCode(200).body("total", equalTo(3));
        as("community").get("/api/volunteers").then().statusCode(200).body("total", greaterThan(5));
        // volunteer activities: staff see all four; so does the demo volunteer, who leads the organising team (a
        // plain volunteer of the community sees only the published ones: ActivityApiTest)
        as("admin").get("/api/activities").then().statusCode(200).body("total", equalTo(4));
        as("volunteer").get("/api/activities").then().statusCode(200).body("total", equalTo(4));
    }
}
