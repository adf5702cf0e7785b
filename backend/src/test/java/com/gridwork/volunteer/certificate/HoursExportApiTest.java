package com.gridwork.volunteer.certificate;

import com.gridwork.access.StaffRole;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.TestTokens;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.volunteer.activity.ActivityStatus;
import com.gridwork.volunteer.activity.SignUpMode;
import com.gridwork.volunteer.hours.HoursStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class HoursExportApiTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MAR_8 = LocalDate.of(2026, 3, 8);
    static final String MARCH = "from=2026-03-01&to=2026-03-31";

    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    LedgerFixtures ledger;

    @Inject
    PersonalDataCipher cipher;

    World w;
    String idCardA;
    long volunteerA;
    long volunteerB;
    String titleA;

    @BeforeEach
    void world() {
        w = fixtures.world();
        idCardA = TestIds.idCard();
        volunteerA = volunteers.volunteer(w.communityA(), "李秀兰", idCardA);
        volunteerB = volunteers.volunteer(w.communityB(), "赵志刚");
        long teamA = volunteers.team(w.communityA(), "为老服务队");
        long teamB = volunteers.team(w.communityB(), "巡防队");
        Instant start = MAR_1.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        long activityA = volunteers
                .activity(teamA, w.communityA(), ActivityStatus.CLOSED, SignUpMode.FIRST_COME, start, start, 10)
                .activityId();
        long activityB = volunteers
                .activity(teamB, w.communityB(), ActivityStatus.CLOSED, SignUpMode.FIRST_COME, start, start, 10)
                .activityId();
        titleA = ledger.activityTitle(activityA);
        ledger.entry(volunteerA, activityA, MAR_1, 120, HoursStatus.CONFIRMED, null);
        long wrong = ledger.entry(volunteerA, activityA, MAR_8, 60, HoursStatus.CONFIRMED, null);
        ledger.reversal(wrong, MAR_8);
        ledger.entry(volunteerA, activityA, MAR_8, 30, HoursStatus.CONFIRMED, null);
        ledger.entry(volunteerA, activityA, MAR_8, 500, HoursStatus.SUBMITTED, null);
        ledger.entry(volunteerA, null, MAR_8, 45, HoursStatus.CONFIRMED, "社区防汛值守");
        ledger.entry(volunteerB, activityB, MAR_8, 90, HoursStatus.CONFIRMED, null);
        ledger.entry(volunteerB, activityB, LocalDate.of(2026, 4, 2), 90, HoursStatus.CONFIRMED, null);
    }

    static Response export(String user, String query) {
        return given().auth().oauth2(TestTokens.of(user)).accept("*/*").get("/api/volunteer-hours/export?" + query);
    }

    /** Each data row: name, ID, national number, team, activity, first date, last date, hours. */
    static List<List<Object>> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo(HoursExportService.SHEET);
            List<Row> all = sheet.read();
            List<String> header = new ArrayList<>();
            for (int c = 0; c < all.get(0).getCellCount(); c++) {
                header.add(all.get(0).getCellText(c));
            }
            assertThat(header).containsExactly(HoursExportService.HEADERS);
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : all.subList(1, all.size())) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    cells.add(row.getCellText(c));
                }
                cells.add(row.getCellAsDate(5).orElseThrow().toLocalDate());
                cells.add(row.getCellAsDate(6).orElseThrow().toLocalDate());
                cells.add(row.getCellAsNumber(7).orElseThrow());
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void confirmed_hours_per_volunteer_and_activity_in_scope_with_masked_ids_audited() throws IOException {
        Response response = export(w.staffA(), MARCH);
        response.then().statusCode(200).contentType(XLSX).header("X-Total-Count", "2");
        String disposition = response.header("Content-Disposition");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("志愿服务时长-2026-03-01_2026-03-31.xlsx");
        List<List<Object>> rows = rows(response.asByteArray());
        String masked = cipher.sealIdCard(idCardA).masked();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).subList(0, 2)).containsExactly("李秀兰", masked);
        assertThat((String) rows.get(0).get(3)).startsWith("为老服务队");
        assertThat(rows.get(0).subList(4, 7)).containsExactly(titleA, MAR_1, MAR_8);
        // 120 + 60 - 60 + 30 minutes; the submitted 500 do not count
        assertThat((BigDecimal) rows.get(0).get(7)).isEqualByComparingTo("2.5");
        assertThat(rows.get(1).subList(4, 7)).containsExactly("社区防汛值守", MAR_8, MAR_8);
        assertThat((BigDecimal) rows.get(1).get(7)).isEqualByComparingTo("0.75");
        assertThat(rows.toString()).doesNotContain(idCardA).doesNotContain("赵志刚");

        Map<String, Object> audit = ledger.rows(
                        "SELECT * FROM audit_log WHERE action = 'EXPORT' AND subject_type = 'VOLUNTEER_HOURS'"
                                + " AND actor_username = ?",
                        w.staffA())
                .get(0);
        assertThat((String) audit.get("detail")).contains("rows=2").contains("revealed=false");
        assertThat(audit.get("reason")).isNull();

        // the sub-district's export holds both communities, and an area narrows it
        assertThat(rows(export(w.admin(), MARCH).asByteArray()))
                .extracting(r -> r.get(0))
                .contains("李秀兰", "赵志刚");
        assertThat(rows(export(w.admin(), MARCH + "&areaId=" + w.communityB()).asByteArray()))
                .extracting(r -> r.get(0))
                .containsExactly("赵志刚");
        // an empty period is a workbook with the header only
        assertThat(rows(export(w.staffA(), "from=2025-01-01&to=2025-01-31")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray()))
                .isEmpty();
    }

    @Test
    void ids_in_plain_text_need_a_reason_and_are_audited() throws IOException {
        as(w.staffA())
                .get("/api/volunteer-hours/export?" + MARCH + "&reveal=true")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        byte[] body = export(w.staffA(), MARCH + "&reveal=true&reason=上报全国志愿服务信息系统")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(rows(body).get(0).get(1)).isEqualTo(idCardA);
        Map<String, Object> audit = ledger.rows(
                        "SELECT * FROM audit_log WHERE action = 'EXPORT' AND subject_type = 'VOLUNTEER_HOURS'"
                                + " AND actor_username = ? AND reason IS NOT NULL",
                        w.staffA())
                .get(0);
        assertThat(audit.get("reason")).isEqualTo("上报全国志愿服务信息系统");
        assertThat((String) audit.get("detail")).contains("revealed=true");
    }

    @Test
    void refusals() {
        // roles without HOURS_EXPORT
        export(w.workerA1(), MARCH).then().statusCode(403).contentType("application/problem+json");
        export(w.viewer(), MARCH).then().statusCode(403);
        export(fixtures.staff(StaffRole.VOLUNTEER, w.communityA()), MARCH)
                .then()
                .statusCode(403);
        // an area outside the scope
        export(w.staffA(), MARCH + "&areaId=" + w.communityB()).then().statusCode(404);
        // periods
        as(w.staffA())
                .get("/api/volunteer-hours/export?from=2026-01-01&to=2027-03-01")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        as(w.staffA())
                .get("/api/volunteer-hours/export?from=2026-03-02&to=2026-03-01")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        as(w.staffA())
                .get("/api/volunteer-hours/export?to=2026-03-01")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("from"));
        assertThat(ledger.rows(
                        "SELECT id FROM audit_log WHERE subject_type = 'VOLUNTEER_HOURS' AND actor_username = ?",
                        w.staffA()))
                .isEmpty();
    }
}
