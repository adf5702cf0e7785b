package com.gridwork.dev.generate;

import com.gridwork.area.AreaLevel;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.issue.IssueDeadlines;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class IssueGeneratorTest {
    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    IssueDeadlines deadlines;

    @Test
    void generatedIssuesFollowTheWorkflowAndTheCalendar() throws Exception {
        World w = fixtures.world();
        fixtures.area(AreaLevel.BUILDING, w.gridA1(), "1号楼");
        String path = "/" + w.subDistrict() + "/";
        long admin = fixtures.staffId(w.admin());
        LocalDate from = LocalDate.now(IssueDeadlines.ZONE).minusDays(120);
        enterWednesdaysOff(w, from);
        IssueGenerator.Result result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            result = new IssueGenerator(c, cipher, 42L)
                    .generate(
                            path,
                            300,
                            from,
                            Instant.now(),
                            Map.of(0L, admin, w.communityA(), fixtures.staffId(w.staffA())),
                            Map.of(w.gridA1(), fixtures.staffId(w.workerA1())));
            c.commit();
        }
        assertThat(result.issues()).isEqualTo(300);
        assertThat(result.talkDays()).isGreaterThanOrEqualTo(2 * 2 * 4);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT i.received_at, i.due_at, k.time_limit_days, i.status, i.resolved_at, i.closed_at,"
                                + " i.satisfaction, (SELECT e.type FROM issue_event e WHERE e.issue_id = i.id ORDER BY e.id LIMIT 1)"
                                + " FROM issue i JOIN issue_category k ON k.id = i.category_id WHERE i.area_path LIKE ?")) {
            s.setString(1, path + "%");
            int rows = 0;
            int unlikeTheDefault = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    Instant received =
                            rs.getObject(1, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    Instant due = rs.getObject(2, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    assertThat(due).isEqualTo(deadlines.dueAt(w.subDistrict(), received, rs.getInt(3)));
                    if (!due.equals(deadlines.dueAt(null, received, rs.getInt(3)))) {
                        unlikeTheDefault++;
                    }
                    String status = rs.getString(4);
                    assertThat(rs.getObject(5) != null).isEqualTo(status.equals("RESOLVED") || status.equals("CLOSED"));
                    assertThat(rs.getObject(6) != null).isEqualTo(status.equals("CLOSED"));
                    assertThat(rs.getObject(7) != null).isEqualTo(status.equals("CLOSED"));
                    assertThat(rs.getString(8)).isEqualTo("RECEIVED");
                }
            }
            assertThat(rows).isEqualTo(300);
            assertThat(unlikeTheDefault)
                    .as("deadlines that the sub-district's own Wednesdays off moved")
                    .isGreaterThan(100);
        }
        JsonPath stats = as(w.admin())
                .queryParam(
                        "from",
                        LocalDate.now(IssueDeadlines.ZONE).minusDays(121).toString())
                .queryParam("to", LocalDate.now(IssueDeadlines.ZONE).toString())
                .queryParam("areaId", w.subDistrict())
                .get("/api/issues/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stats.getInt("totals.received")).isEqualTo(300);
        assertThat(stats.getDouble("totals.onTimeRate")).isBetween(0.75, 1.0);
        assertThat(stats.getInt("totals.closed")).isGreaterThan(200);
    }

    /** The sub-district's own years from {@code from} on: the default's days, and every Wednesday off. */
    private static void enterWednesdaysOff(World w, LocalDate from) {
        for (int year = from.getYear();
                year <= LocalDate.now(IssueDeadlines.ZONE).getYear();
                year++) {
            List<Map<String, Object>> days = new ArrayList<>(as(w.admin())
                    .get("/api/calendar/" + year)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("days"));
            Set<String> listed = days.stream().map(d -> (String) d.get("date")).collect(Collectors.toSet());
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.WEDNESDAY && !listed.contains(day.toString())) {
                    days.add(Map.of("date", day.toString(), "kind", "HOLIDAY", "name", "街道调休"));
                }
            }
            as(w.admin())
                    .body(Map.of("days", days))
                    .put("/api/calendar/" + year + "?subDistrictId=" + w.subDistrict())
                    .then()
                    .statusCode(200);
        }
    }
}
