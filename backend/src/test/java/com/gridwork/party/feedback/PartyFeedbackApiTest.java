package com.gridwork.party.feedback;

import com.gridwork.access.StaffRole;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.PartyFixtures;
import com.gridwork.testsupport.PartyFixtures.Member;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.volunteer.certificate.LedgerFixtures;
import com.gridwork.volunteer.hours.HoursStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The feedback form's figures against the ledger and the claims they are defined on, the rating with its version, the
 * list's filters, the employer's workbook and the PDF, and the refusals.
 */
@QuarkusTest
class PartyFeedbackApiTest {
    static final int YEAR = BeijingTime.today().getYear();
    static final LocalDate THIS_YEAR = LocalDate.of(YEAR, 1, 15);
    static final LocalDate LAST_YEAR = LocalDate.of(YEAR - 1, 12, 31);

    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    LedgerFixtures ledger;

    @Inject
    VisitFixtures visits;

    @Inject
    PartyFeedbackRows rows;

    World w;
    Member member;
    String employer;
    long staffA;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
        staffA = fixtures.staffId(w.staffA());
        member = party.member(w.communityA());
        employer = Fixtures.unique("城关供电公司");
        rows.employer(member.reportId(), employer, employer + "党委");
    }

    @Test
    void theFiguresAreTheLedgerTheClaimsAndTheRealisedWishesOfTheYear() {
        long v = member.volunteerId();
        // hours: confirmed 120 count; a confirmed 90 and its reversal net to nothing; rejected, submitted, last
        // year's and another person's do not count
        ledger.entry(v, null, THIS_YEAR, 120, HoursStatus.CONFIRMED, "楼栋巡查");
        long reversed = ledger.entry(v, null, THIS_YEAR, 90, HoursStatus.CONFIRMED, "录入错误");
        ledger.reversal(reversed, THIS_YEAR.plusDays(1));
        ledger.entry(v, null, THIS_YEAR, 60, HoursStatus.REJECTED, "被驳回");
        ledger.entry(v, null, THIS_YEAR, 30, HoursStatus.SUBMITTED, "待确认");
        ledger.entry(v, null, LAST_YEAR, 45, HoursStatus.CONFIRMED, "去年");
        Member other = party.member(w.communityA());
        ledger.entry(other.volunteerId(), null, THIS_YEAR, 500, HoursStatus.CONFIRMED, "别人的");

        // posts: an active claim, a released one and the same post claimed again (one post), a claim of last year's
        // report, another member's claim
        long p1 = rows.post(w.communityA(), staffA);
        long p2 = rows.post(w.communityA(), staffA);
        long p3 = rows.post(w.communityA(), staffA);
        rows.claim(p1, member.reportId(), v, "ACTIVE");
        rows.claim(p2, member.reportId(), v, "RELEASED");
        rows.claim(p2, member.reportId(), v, "ACTIVE");
        long lastYearsReport = party.report(v, w.communityA(), YEAR - 1, PartyReportStatus.EXPIRED, null);
        rows.claim(p3, lastYearsReport, v, "ENDED");
        rows.claim(p3, other.reportId(), other.volunteerId(), "ACTIVE");

        // wishes: one realised this year counts; a cancelled claim, a fulfilled one awaiting confirmation, one
        // realised last year and another's do not
        long household = visits.household(w.gridA1());
        long realised = rows.wish(household, staffA, "REALISED", THIS_YEAR);
        rows.wishClaim(realised, v, staffA, "REALISED");
        long reopened = rows.wish(household, staffA, "PUBLISHED", null);
        rows.wishClaim(reopened, v, staffA, "CANCELLED");
        long fulfilled = rows.wish(household, staffA, "FULFILLED", null);
        rows.wishClaim(fulfilled, v, staffA, "FULFILLED");
        long old = rows.wish(household, staffA, "REALISED", LAST_YEAR);
        rows.wishClaim(old, v, staffA, "REALISED");
        long others = rows.wish(household, staffA, "REALISED", THIS_YEAR);
        rows.wishClaim(others, other.volunteerId(), staffA, "REALISED");

        JsonPath form = as(w.staffA())
                .get("/api/party-feedback/{id}", member.reportId())
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .extract()
                .jsonPath();
        assertThat(form.getLong("confirmedMinutes")).isEqualTo(120);
        assertThat(form.getString("confirmedHours")).isEqualTo("2.0");
        assertThat(form.getLong("postsHeld")).isEqualTo(2);
        assertThat(form.getLong("wishesRealised")).isEqualTo(1);
        assertThat(form.getString("employer")).isEqualTo(employer);
        assertThat(form.getString("rating")).isNull();

        // the list carries the same figures, computed in its one query
        JsonPath list = as(w.staffA())
                .queryParams(Map.of("year", YEAR, "employer", employer))
                .get("/api/party-feedback")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(list.getInt("total")).isEqualTo(1);
        assertThat(list.getLong("items[0].confirmedMinutes")).isEqualTo(120);
        assertThat(list.getLong("items[0].postsHeld")).isEqualTo(2);
        assertThat(list.getLong("items[0].wishesRealised")).isEqualTo(1);

        // last year's form counts last year: 45 minutes, the ended claim, the wish realised then
        rows.employer(lastYearsReport, employer, null);
        JsonPath lastYear = as(w.staffA())
                .get("/api/party-feedback/{id}", lastYearsReport)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(lastYear.getLong("confirmedMinutes")).isEqualTo(45);
        assertThat(lastYear.getLong("postsHeld")).isEqualTo(1);
        assertThat(lastYear.getLong("wishesRealised")).isEqualTo(1);
    }

    @Test
    void theCommunityRatesWithTheFormsVersion() {
        String url = "/api/party-feedback/{id}";
        Map<String, String> body = Map.of("rating", "EXCELLENT", "comment", "  积极参加楼栋守护，群众评价好。 ");
        as(w.staffA()).body(body).put(url, member.reportId()).then().statusCode(428);
        as(w.staffA())
                .header("If-Match", "\"0\"")
                .body(body)
                .put(url, member.reportId())
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("rating", equalTo("EXCELLENT"))
                .body("comment", equalTo("积极参加楼栋守护，群众评价好。"))
                .body("ratedBy", equalTo("测试" + StaffRole.COMMUNITY_STAFF.value()));
        // a second first rating with the stale version is refused
        as(w.admin())
                .header("If-Match", "\"0\"")
                .body(Map.of("rating", "QUALIFIED"))
                .put(url, member.reportId())
                .then()
                .statusCode(412);
        as(w.admin())
                .header("If-Match", "\"1\"")
                .body(Map.of("rating", "QUALIFIED"))
                .put(url, member.reportId())
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("rating", equalTo("QUALIFIED"))
                .body("comment", nullValue());
        as(w.staffA())
                .header("If-Match", "\"2\"")
                .body(Map.of("comment", "无等次"))
                .put(url, member.reportId())
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("rating"));
        assertThat(rows.scalar("SELECT COUNT(*) FROM party_feedback WHERE report_id = ?", member.reportId()))
                .isEqualTo(1);

        // the rating filter and the employers' counts
        as(w.staffA())
                .queryParams(Map.of("employer", employer, "rating", "QUALIFIED"))
                .get("/api/party-feedback")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        as(w.staffA())
                .queryParams(Map.of("employer", employer, "rating", "EXCELLENT"))
                .get("/api/party-feedback")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        Member unrated = party.member(w.communityA());
        rows.employer(unrated.reportId(), employer, null);
        List<Map<String, Object>> employers = as(w.staffA())
                .get("/api/party-feedback/employers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.employer == '" + employer + "' }");
        assertThat(employers).containsExactly(Map.of("employer", employer, "members", 2, "rated", 1));
    }

    @Test
    void twoFirstRatingsAtOnceOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String rating : List.of("EXCELLENT", "QUALIFIED")) {
                answers.add(pool.submit(() -> as(w.staffA())
                        .header("If-Match", "\"0\"")
                        .body(Map.of("rating", rating))
                        .put("/api/party-feedback/{id}", member.reportId())
                        .statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows.scalar("SELECT version FROM party_feedback WHERE report_id = ?", member.reportId()))
                .isZero();
    }

    @Test
    void onlyConfirmedReportsInScopeHaveAForm() {
        // viewers read but never rate; grid workers, volunteers and liaisons have no feedback at all
        as(w.viewer()).get("/api/party-feedback/{id}", member.reportId()).then().statusCode(200);
        as(w.viewer())
                .header("If-Match", "\"0\"")
                .body(Map.of("rating", "EXCELLENT"))
                .put("/api/party-feedback/{id}", member.reportId())
                .then()
                .statusCode(403);
        as(w.workerA1())
                .get("/api/party-feedback/{id}", member.reportId())
                .then()
                .statusCode(403);
        as(member.username()).get("/api/party-feedback").then().statusCode(403);

        // another community's staff: the report is not theirs (404, not 403), neither to read nor to rate
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        as(staffB).get("/api/party-feedback/{id}", member.reportId()).then().statusCode(404);
        as(staffB)
                .header("If-Match", "\"0\"")
                .body(Map.of("rating", "EXCELLENT"))
                .put("/api/party-feedback/{id}", member.reportId())
                .then()
                .statusCode(404);
        as(staffB)
                .get("/api/party-feedback/{id}/form.pdf", member.reportId())
                .then()
                .statusCode(404);
        as(staffB)
                .queryParam("employer", employer)
                .get("/api/party-feedback")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(staffB)
                .queryParam("areaId", w.communityA())
                .get("/api/party-feedback")
                .then()
                .statusCode(404);

        // never confirmed: submitted, rejected, withdrawn before a decision; withdrawn after one keeps its form
        for (PartyReportStatus status :
                List.of(PartyReportStatus.SUBMITTED, PartyReportStatus.REJECTED, PartyReportStatus.WITHDRAWN)) {
            Member m = party.member(w.communityA(), status);
            if (status == PartyReportStatus.WITHDRAWN) {
                rows.undecide(m.reportId());
            }
            as(w.staffA())
                    .header("If-Match", "\"0\"")
                    .body(Map.of("rating", "QUALIFIED"))
                    .put("/api/party-feedback/{id}", m.reportId())
                    .then()
                    .statusCode(404)
                    .body("detail", containsString(Long.toString(m.reportId())));
        }
        Member withdrawn = party.member(w.communityA(), PartyReportStatus.WITHDRAWN);
        as(w.staffA())
                .get("/api/party-feedback/{id}", withdrawn.reportId())
                .then()
                .statusCode(200);
    }

    @Test
    void theEmployersWorkbookAndTheMembersPdf() throws Exception {
        ledger.entry(member.volunteerId(), null, THIS_YEAR, 150, HoursStatus.CONFIRMED, "政策宣传");
        as(w.staffA())
                .header("If-Match", "\"0\"")
                .body(Map.of("rating", "EXCELLENT", "comment", "服务热情"))
                .put("/api/party-feedback/{id}", member.reportId())
                .then()
                .statusCode(200);
        Member second = party.member(w.communityA());
        rows.employer(second.reportId(), employer, null);

        var response = as(w.staffA())
                .queryParams(Map.of("year", YEAR, "employer", employer))
                .get("/api/party-feedback/export.xlsx")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .header("Content-Disposition", containsString("party-feedback-" + YEAR + ".xlsx"))
                .extract();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet.get(0).getCellText(0)).contains(employer).contains(YEAR + "年度");
            assertThat(sheet.get(1).getCellText(4)).isEqualTo("年度确认服务时长（小时）");
            assertThat(sheet).hasSize(4);
            Row rated = sheet.stream()
                    .filter(r -> r.getRowNum() > 2 && "优秀".equals(r.getCellText(7)))
                    .findFirst()
                    .orElseThrow();
            assertThat(rated.getCellText(3)).isEqualTo(employer + "党委");
            assertThat(rated.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("2.5");
            assertThat(rated.getCellText(8)).isEqualTo("服务热情");
        }
        as(w.staffA())
                .get("/api/party-feedback/export.xlsx")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("employer"));

        byte[] pdf = as(w.viewer())
                .get("/api/party-feedback/{id}/form.pdf", member.reportId())
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(PartyFeedbackForm.TITLE)
                    .contains(employer + "党委")
                    .contains("2.5 小时")
                    .contains("优秀")
                    .contains("服务热情");
        }
        // an unrated form says so
        try (PDDocument doc = Loader.loadPDF(as(w.staffA())
                .get("/api/party-feedback/{id}/form.pdf", second.reportId())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(PartyFeedbackForm.UNRATED);
        }
    }

    @Test
    void aLongCommentStillFitsOnePage() throws Exception {
        String comment = "该同志积极参加社区志愿服务活动，".repeat(70).substring(0, 1000);
        as(w.staffA())
                .header("If-Match", "\"0\"")
                .body(Map.of("rating", "QUALIFIED", "comment", comment))
                .put("/api/party-feedback/{id}", member.reportId())
                .then()
                .statusCode(200);
        byte[] pdf = as(w.staffA())
                .get("/api/party-feedback/{id}/form.pdf", member.reportId())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains(comment.substring(980)).contains("党组织（盖章）");
        }
    }
}
