package com.gridwork.volunteer.certificate;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestTokens;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.volunteer.activity.ActivityStatus;
import com.gridwork.volunteer.activity.SignUpMode;
import com.gridwork.volunteer.hours.HoursStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class CertificateApiTest {
    static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MAR_8 = LocalDate.of(2026, 3, 8);
    static final LocalDate MAR_20 = LocalDate.of(2026, 3, 20);
    static final String MARCH = "?from=2026-03-01&to=2026-03-31";
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    LedgerFixtures ledger;

    World w;
    long volunteer;
    long activity;
    String activityTitle;

    @BeforeEach
    void world() {
        w = fixtures.world();
        volunteer = volunteers.volunteer(w.communityA(), "王秀英");
        long team = volunteers.team(w.communityA(), "为老服务队");
        Instant start = MAR_1.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        activity = volunteers
                .activity(
                        team,
                        w.communityA(),
                        ActivityStatus.CLOSED,
                        SignUpMode.FIRST_COME,
                        start,
                        start.plusSeconds(7200),
                        10)
                .activityId();
        activityTitle = ledger.activityTitle(activity);
    }

    static Response pdf(String user, String path) {
        return given().auth().oauth2(TestTokens.of(user)).accept("*/*").get(path);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    String path(long id) {
        return "/api/volunteers/" + id + "/certificate.pdf" + MARCH;
    }

    @Test
    void staff_print_confirmed_hours_only_netted_per_activity_with_a_utf8_file_name() throws IOException {
        ledger.entry(volunteer, activity, MAR_1, 120, HoursStatus.CONFIRMED, null);
        long corrected = ledger.entry(volunteer, activity, MAR_8, 90, HoursStatus.CONFIRMED, null);
        ledger.reversal(corrected, MAR_20);
        ledger.entry(volunteer, activity, MAR_8, 60, HoursStatus.CONFIRMED, null);
        ledger.entry(volunteer, activity, MAR_8, 600, HoursStatus.SUBMITTED, null);
        ledger.entry(volunteer, activity, MAR_8, 700, HoursStatus.REJECTED, null);
        ledger.entry(volunteer, null, MAR_20, 45, HoursStatus.CONFIRMED, "防汛值守");
        // outside the period
        ledger.entry(volunteer, activity, LocalDate.of(2026, 4, 1), 300, HoursStatus.CONFIRMED, null);

        Response response = pdf(w.staffA(), path(volunteer));
        response.then().statusCode(200).contentType("application/pdf");
        String number = response.header("X-Certificate-Number");
        assertThat(number).matches(".+-" + YEAR + "-000001");
        String disposition = response.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("志愿服务证明-王秀英-" + number + ".pdf");

        String text = text(response.asByteArray());
        assertThat(text)
                .contains("王秀英")
                .contains(activityTitle)
                .contains("2026-03-01至2026-03-08")
                .contains("3.00") // 120 + 90 - 90 + 60 minutes; the submitted and rejected entries do not count
                .contains("防汛值守")
                .contains("0.75")
                .contains("合计3.75")
                .contains("共计3.75小时")
                .contains(number)
                .doesNotContain("冲正")
                .doesNotContain("5.00");
    }

    @Test
    void a_reprint_keeps_its_number_until_the_confirmed_hours_change_and_numbers_count_up_per_sub_district()
            throws IOException {
        ledger.entry(volunteer, activity, MAR_1, 120, HoursStatus.CONFIRMED, null);
        String first = pdf(w.staffA(), path(volunteer))
                .then()
                .statusCode(200)
                .extract()
                .header("X-Certificate-Number");
        String reprint = pdf(w.staffA(), path(volunteer))
                .then()
                .statusCode(200)
                .extract()
                .header("X-Certificate-Number");
        assertThat(reprint).isEqualTo(first);
        assertThat(ledger.rows("SELECT print_count FROM volunteer_certificate WHERE number = ?", first))
                .extracting(r -> ((Number) r.get("print_count")).intValue())
                .containsExactly(2);

        // another period is another certificate; so is the same period once more hours are confirmed
        String april = pdf(
                        w.staffA(), "/api/volunteers/" + volunteer + "/certificate.pdf?from=2026-04-01&to=2026-04-30")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Certificate-Number");
        ledger.entry(volunteer, activity, MAR_8, 30, HoursStatus.CONFIRMED, null);
        Response changed = pdf(w.staffA(), path(volunteer));
        String renewed = changed.header("X-Certificate-Number");
        assertThat(List.of(first, april, renewed))
                .extracting(n -> n.substring(n.lastIndexOf('-') + 1))
                .containsExactly("000001", "000002", "000003");
        assertThat(text(changed.asByteArray())).contains("合计2.50");

        Map<String, Object> register = ledger.rows("SELECT * FROM volunteer_certificate WHERE number = ?", renewed)
                .get(0);
        assertThat(register)
                .containsEntry("volunteer_id", volunteer)
                .containsEntry("total_minutes", 150L)
                .containsEntry("issued_by", w.staffA());
        assertThat((String) register.get("issuer")).startsWith("街道").contains("社区A");
    }

    @Test
    void parallel_prints_get_distinct_consecutive_numbers() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long v = volunteers.volunteer(i % 2 == 0 ? w.communityA() : w.communityB(), "并发" + i);
            ledger.entry(v, null, MAR_1, 60, HoursStatus.CONFIRMED, "巡逻");
            ids.add(v);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (long id : ids) {
                Callable<String> print = () -> pdf(w.admin(), path(id))
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("X-Certificate-Number");
                numbers.add(pool.submit(print));
            }
            List<String> serials = new ArrayList<>();
            for (Future<String> n : numbers) {
                String number = n.get();
                serials.add(number.substring(number.lastIndexOf('-') + 1));
            }
            assertThat(serials).containsExactlyInAnyOrder("000001", "000002", "000003", "000004", "000005", "000006");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_volunteer_prints_their_own_certificate_only() throws IOException {
        ledger.entry(volunteer, activity, MAR_1, 120, HoursStatus.CONFIRMED, null);
        String account = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(volunteer, account);
        long neighbour = volunteers.volunteer(w.communityA(), "邻居");

        byte[] own = pdf(account, "/api/volunteers/me/certificate.pdf" + MARCH)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertThat(text(own)).contains("王秀英").contains("合计2.00");
        // by id is staff's (HOURS_READ): a volunteer account prints only its own, at /me
        pdf(account, path(volunteer)).then().statusCode(403);
        pdf(account, path(neighbour)).then().statusCode(403);
        pdf(account, "/api/volunteers/me/certificate.pdf?from=2026-03-01")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        // staff print a volunteer's certificate by id, not at /me
        pdf(w.staffA(), "/api/volunteers/me/certificate.pdf" + MARCH).then().statusCode(403);
        // an account not linked to a profile
        String unlinked = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        pdf(unlinked, "/api/volunteers/me/certificate.pdf" + MARCH).then().statusCode(404);
    }

    @Test
    void a_volunteer_without_hours_still_gets_a_certificate() throws IOException {
        byte[] body = pdf(w.viewer(), path(volunteer))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(text(body)).contains("王秀英").contains("本期间内无经确认的志愿服务记录").contains("合计0.00");
    }

    @Test
    void refusals() {
        long elsewhere = volunteers.volunteer(w.communityB(), "外社区");
        // outside the caller's scope: as if it did not exist
        pdf(w.staffA(), path(elsewhere)).then().statusCode(404).contentType("application/problem+json");
        pdf(w.workerA1(), path(elsewhere)).then().statusCode(404);
        pdf(w.staffA(), "/api/volunteers/999999999/certificate.pdf" + MARCH)
                .then()
                .statusCode(404);
        // a role without HOURS_READ
        String liaison = fixtures.staff(StaffRole.UNIT_LIAISON, w.gridA1());
        pdf(liaison, path(volunteer)).then().statusCode(403);
        // bad periods name their field
        as(w.staffA())
                .accept("application/pdf")
                .get("/api/volunteers/" + volunteer + "/certificate.pdf?from=2026-03-31&to=2026-03-01")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("to"));
        as(w.staffA())
                .get("/api/volunteers/" + volunteer + "/certificate.pdf?to=2026-03-01")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("from"));
        as(w.staffA())
                .get("/api/volunteers/" + volunteer + "/certificate.pdf?from=2026-03-01&to=2999-01-01")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        as(w.staffA())
                .get("/api/volunteers/" + volunteer + "/certificate.pdf?from=March&to=2026-03-01")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("from"));
        assertThat(ledger.rows("SELECT id FROM volunteer_certificate WHERE volunteer_id = ?", volunteer))
                .isEmpty();
    }
}
