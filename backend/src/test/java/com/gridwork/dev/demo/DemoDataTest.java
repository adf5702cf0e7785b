package com.gridwork.dev.demo;

import com.gridwork.testsupport.MariaDbTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * What `make run` seeds into an empty database: the demo sub-district, its staff, a registry, volunteers, pairings and
 * visits.
 */
@QuarkusTest
@TestProfile(DemoDataTest.DemoProfile.class)
class DemoDataTest {
    @Inject
    AgroalDataSource dataSource;

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

    @Test
    void seedsPairingsRulesObligationsAndVisits() throws Exception {
        // the login volunteer helps three households: the phone's worklist of a helper
        assertThat(count("SELECT COUNT(*) FROM pairing p JOIN staff s ON s.id = p.helper_staff_id"
                        + " WHERE s.username = 'volunteer' AND p.status = 'ACTIVE' AND p.helper_kind = 'VOLUNTEER'"))
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM visit_obligation o JOIN staff s ON s.id = o.responsible_staff_id"
                        + " WHERE s.username = 'volunteer'"))
                .isEqualTo(6); // three households, two months
        assertThat(count("SELECT COUNT(*) FROM visit_rule WHERE default_rule IS NOT NULL"))
                .isEqualTo(2);
        // every active household under the half-year rule
        assertThat(count("SELECT COUNT(*) FROM visit_obligation o JOIN visit_rule r ON r.id = o.rule_id"
                        + " WHERE r.default_rule = 'GRID_HALF_YEAR'"))
                .isEqualTo(count("SELECT COUNT(*) FROM household WHERE status = 'ACTIVE'"));
        assertThat(count("SELECT COUNT(*) FROM visit")).isEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM visit WHERE outcome <> 'COMPLETED'"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM visit WHERE visited_on < CURRENT_DATE - INTERVAL 22 DAY"))
                .isZero();
        // the coverage has numbers: obligations satisfied by the visits
        assertThat(count("SELECT COUNT(*) FROM visit_obligation WHERE status IN ('SATISFIED', 'SATISFIED_LATE')"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM issue i JOIN visit v ON v.id = i.visit_id"
                        + " WHERE i.channel = 'VISIT' AND i.household_id = v.household_id"
                        + " AND i.first_responsible_id = v.visitor_staff_id"))
                .isEqualTo(1);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
