package com.gridwork.visit.coverage;

import com.gridwork.access.StaffRole;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitTarget;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * Each coverage figure over a fixed world: a rule of the sub-district with a past half-year (every open obligation
 * overdue) holding one obligation of each kind in community A (grids A1, A2) and two in community B, and a period
 * running today.
 */
@QuarkusTest
class VisitCoverageTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VisitCoverageService coverage;

    World w;
    CoverageWorld db;
    long rule;
    long past;
    long running;
    long workerA1;
    String workerB1;
    long workerB1Id;
    String staffB;
    long h1;
    long h4;
    long h5;
    long h7;
    long h9;

    @BeforeEach
    void world() throws Exception {
        w = fixtures.world();
        db = new CoverageWorld(dataSource);
        workerA1 = fixtures.staffId(w.workerA1());
        workerB1 = fixtures.staff(StaffRole.GRID_WORKER, w.gridB1());
        workerB1Id = fixtures.staffId(workerB1);
        staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        rule = visits.rule(
                w.subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.HALF_YEAR,
                null,
                LocalDate.of(2026, 1, 1));
        past = db.period(rule, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 9);
        h1 = visits.household(w.gridA1(), "ELDERLY_ALONE");
        long h2 = visits.household(w.gridA1());
        long h3 = visits.household(w.gridA1());
        h4 = visits.household(w.gridA1(), "ELDERLY_ALONE", "UNEMPLOYED");
        h5 = visits.household(w.gridA1());
        long h6 = visits.household(w.gridA1());
        h7 = visits.household(w.gridA2());
        long h8 = visits.household(w.gridB1());
        h9 = visits.household(w.gridB1());
        db.obligation(past, h1, workerA1, null, "SATISFIED", 1, 1, 0, null);
        db.obligation(past, h2, workerA1, null, "SATISFIED_LATE", 1, 1, 1, null);
        db.obligation(past, h3, workerA1, "MINIMUM_LIVING", "OPEN", 1, 0, 2, null);
        db.obligation(past, h4, workerA1, null, "OPEN", 1, 0, 0, null);
        db.obligation(past, h5, workerA1, null, "NOT_APPLICABLE", 1, 0, 0, "MOVED_OUT");
        db.obligation(past, h6, workerA1, null, "OPEN", 2, 1, 0, null);
        db.obligation(past, h7, null, null, "OPEN", 1, 0, 0, null);
        db.obligation(past, h8, workerB1Id, null, "SATISFIED", 1, 2, 0, null);
        db.obligation(past, h9, workerB1Id, null, "OPEN", 1, 0, 0, null);
        LocalDate today = BeijingTime.today();
        running = db.period(rule, today.minusDays(10), today.plusDays(20), 1);
        db.obligation(running, h1, workerA1, null, "OPEN", 1, 0, 0, null);
    }

    @Test
    void theSubDistrictsFiguresFollowTheirDefinitions() {
        JsonPath c = coverage(w.admin(), Map.of("periodId", past));
        // denominator, excluded, visited, late, partially, attempted only, not visited, overdue
        assertFigures(c, "totals", 8, 1, 2, 1, 1, 1, 3, 5);
        assertThat(c.getDouble("totals.coverageRate")).isEqualTo(37.5);
        assertThat(c.getDouble("totals.onTimeRate")).isEqualTo(25.0);
        assertThat(c.getLong("period.householdCount")).isEqualTo(9);
        assertThat(c.getString("reportLine"))
                .isEqualTo(
                        "本期应访8户（另有1户不适用），按期走访2户，逾期补访1户，部分走访1户，仅上门未遇1户，未走访3户；" + "未完成5户，其中已逾期5户；覆盖率37.5%，按期走访率25.0%。");
        assertThat(c.getBoolean("rowsAddUp")).isTrue();
        assertFigures(c, row(w.gridA1()), 5, 1, 1, 1, 1, 1, 1, 3);
        assertFigures(c, row(w.gridA2()), 1, 0, 0, 0, 0, 0, 1, 1);
        assertFigures(c, row(w.gridB1()), 2, 0, 1, 0, 0, 0, 1, 1);
        assertThat(c.getList("definitions.figure")).contains("denominator", "coverageRate", "notVisited");
    }

    @Test
    void theReportLineSpeaksTheCallersLanguage() {
        String line = as(w.admin())
                .header("Accept-Language", "en-US")
                .queryParams(Map.of("ruleId", rule, "periodId", past))
                .get("/api/visit-coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("reportLine");
        assertThat(line)
                .isEqualTo("This period 8 households are to be visited (1 more not applicable): 2 visited on time, 1"
                        + " visited late, 1 partially visited, 1 attempted only, 3 not visited; of the 5 still open, 5"
                        + " are overdue. Coverage 37.5%, on time 25.0%.");
    }

    @Test
    void aReportLineWithoutHouseholdsNotApplicableDoesNotMentionThem() {
        VisitCoverageDtos.VisitCoverageFigures figures = new VisitCoverageDtos.VisitCoverageFigures(
                2, 0, 1, 0, 0, 0, 1, 1, new BigDecimal("50.0"), new BigDecimal("50.0"));
        assertThat(coverage.reportLine(figures, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("本期应访2户，按期走访1户，逾期补访0户，部分走访0户，仅上门未遇0户，未走访1户；未完成1户，其中已逾期1户；覆盖率50.0%，按期走访率50.0%。");
        assertThat(coverage.reportLine(figures, Locale.US))
                .startsWith("This period 2 households are to be visited: 1 visited on time");
    }

    @Test
    void byWorkerKeepsTheObligationsWithoutAResponsiblePerson() {
        JsonPath c = coverage(w.admin(), Map.of("periodId", past, "groupBy", "WORKER"));
        assertThat(c.getList("rows.key")).hasSize(3).last().isEqualTo("NONE");
        assertThat(c.getString("rows.find { it.key == 'NONE' }.label")).isEqualTo("无责任人");
        assertFigures(c, "rows.find { it.key == '" + workerA1 + "' }", 5, 1, 1, 1, 1, 1, 1, 3);
        assertFigures(c, "rows.find { it.key == 'NONE' }", 1, 0, 0, 0, 0, 0, 1, 1);
        assertFigures(c, "rows.find { it.key == '" + workerB1Id + "' }", 2, 0, 1, 0, 0, 0, 1, 1);
    }

    @Test
    void byCareTagAHouseholdCountsUnderEachOfItsCodes() {
        JsonPath c = coverage(w.admin(), Map.of("periodId", past, "groupBy", "CARE_TAG"));
        assertThat(c.getBoolean("rowsAddUp")).isFalse();
        assertFigures(c, "totals", 8, 1, 2, 1, 1, 1, 3, 5);
        assertFigures(c, "rows.find { it.key == 'ELDERLY_ALONE' }", 2, 0, 1, 0, 0, 0, 1, 1);
        assertFigures(c, "rows.find { it.key == 'UNEMPLOYED' }", 1, 0, 0, 0, 0, 0, 1, 1);
        assertFigures(c, "rows.find { it.key == 'NONE' }", 6, 1, 1, 1, 1, 1, 2, 4);
        JsonPath byType = coverage(w.admin(), Map.of("periodId", past, "groupBy", "PAIRING_TYPE"));
        assertFigures(byType, "rows.find { it.key == 'MINIMUM_LIVING' }", 1, 0, 0, 0, 0, 1, 0, 1);
        assertFigures(byType, "rows.find { it.key == 'NONE' }", 7, 1, 2, 1, 1, 0, 3, 4);
    }

    @Test
    void theFiguresPartitionTheDenominatorWhateverTheObligations() throws Exception {
        // random obligations of every kind across the grids: the parts always add up to the denominator, and the
        // denominator and the excluded ones to every obligation of the period
        Random random = new Random(15);
        long period = db.period(rule, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 60);
        long[] grids = {w.gridA1(), w.gridA2(), w.gridB1(), w.gridB2()};
        String[] statuses = {"OPEN", "OPEN", "SATISFIED", "SATISFIED_LATE", "NOT_APPLICABLE"};
        for (int i = 0; i < 60; i++) {
            long h =
                    visits.household(grids[random.nextInt(grids.length)], random.nextBoolean() ? "ELDERLY_ALONE" : "X");
            String status = statuses[random.nextInt(statuses.length)];
            int required = 1 + random.nextInt(3);
            int completed = status.startsWith("SATISFIED") ? required : random.nextInt(required);
            db.obligation(
                    period,
                    h,
                    random.nextBoolean() ? workerA1 : null,
                    random.nextBoolean() ? "ELDERLY_ALONE" : null,
                    status,
                    required,
                    completed,
                    random.nextInt(3),
                    status.equals("NOT_APPLICABLE") ? "OTHER" : null);
        }
        for (String groupBy : List.of("GRID", "WORKER", "CARE_TAG", "PAIRING_TYPE")) {
            JsonPath c = coverage(w.admin(), Map.of("periodId", period, "groupBy", groupBy));
            assertPartition(c, "totals");
            assertThat(c.getLong("totals.denominator") + c.getLong("totals.excluded"))
                    .isEqualTo(60);
            int rows = c.getList("rows").size();
            long sum = 0;
            for (int r = 0; r < rows; r++) {
                assertPartition(c, "rows[" + r + "].figures");
                sum += c.getLong("rows[" + r + "].figures.denominator");
            }
            if (!groupBy.equals("CARE_TAG")) {
                assertThat(sum).as(groupBy).isEqualTo(c.getLong("totals.denominator"));
            }
        }
    }

    @Test
    void aCommunitySeesItsOwnAndNothingOfTheOther() {
        JsonPath a = coverage(w.staffA(), Map.of("periodId", past));
        assertFigures(a, "totals", 6, 1, 1, 1, 1, 1, 2, 4);
        JsonPath b = coverage(staffB, Map.of("periodId", past));
        assertFigures(b, "totals", 2, 0, 1, 0, 0, 0, 1, 1);
        assertThat(b.getList("rows.key")).containsExactly(Long.toString(w.gridB1()));
        // A's area is not B's to read, and neither are A's households
        as(staffB)
                .queryParams(Map.of("ruleId", rule, "periodId", past, "areaId", w.communityA()))
                .get("/api/visit-coverage")
                .then()
                .statusCode(404);
        JsonPath notVisited = households(staffB, Map.of("periodId", past, "figure", "NOT_VISITED"));
        assertThat(notVisited.getList("items.householdId", Long.class)).containsExactly(h9);
        // a rule of another sub-district, and a period of another rule, do not exist for the caller
        long otherSub = fixtures.area(com.gridwork.area.AreaLevel.SUB_DISTRICT, null, "别的街道");
        long otherRule = visits.rule(
                otherSub,
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.MONTH,
                null,
                LocalDate.of(2026, 1, 1));
        as(w.staffA())
                .queryParams(Map.of("ruleId", otherRule))
                .get("/api/visit-coverage")
                .then()
                .statusCode(404);
        as(w.admin())
                .queryParams(Map.of("ruleId", otherRule, "periodId", past))
                .get("/api/visit-coverage")
                .then()
                .statusCode(404);
    }

    @Test
    void thePickersListTheRulesOfTheCallersSubDistrictWithTheirPeriods() {
        JsonPath rules = as(w.staffA())
                .get("/api/visit-coverage/rules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(rules.getList("id", Long.class)).containsExactly(rule);
        assertThat(rules.getList("[0].periods.id", Long.class)).containsExactly(running, past);
        assertThat(rules.getLong("[0].currentPeriodId")).isEqualTo(running);
    }

    @Test
    void withoutAPeriodTheOneRunningTodayIsRead() {
        JsonPath c = coverage(w.admin(), Map.of());
        assertThat(c.getLong("period.id")).isEqualTo(running);
        assertFigures(c, "totals", 1, 0, 0, 0, 0, 0, 1, 0);
    }

    @Test
    void theDrillDownListsTheHouseholdsOfAFigureAndARow() {
        JsonPath notVisited = households(w.admin(), Map.of("periodId", past, "figure", "NOT_VISITED"));
        assertThat(notVisited.getLong("total")).isEqualTo(3);
        assertThat(notVisited.getList("items.householdId", Long.class)).containsExactlyInAnyOrder(h4, h7, h9);
        assertThat(notVisited.getList("items.state")).containsOnly("OVERDUE");
        JsonPath excluded = households(w.admin(), Map.of("periodId", past, "figure", "EXCLUDED"));
        assertThat(excluded.getList("items.householdId", Long.class)).containsExactly(h5);
        assertThat(excluded.getString("items[0].notApplicableReason")).isEqualTo("MOVED_OUT");
        assertThat(excluded.getString("items[0].notApplicableNote")).isEqualTo("测试原因");
        JsonPath nobody = households(
                w.admin(), Map.of("periodId", past, "figure", "NOT_VISITED", "groupBy", "WORKER", "groupKey", "NONE"));
        assertThat(nobody.getList("items.householdId", Long.class)).containsExactly(h7);
        assertThat(nobody.getString("items[0].responsibleName")).isNull();
        JsonPath tagged = households(
                w.admin(),
                Map.of("periodId", past, "figure", "VISITED", "groupBy", "CARE_TAG", "groupKey", "ELDERLY_ALONE"));
        assertThat(tagged.getList("items.householdId", Long.class)).containsExactly(h1);
        JsonPath overdue = households(w.staffA(), Map.of("periodId", past, "figure", "OVERDUE"));
        assertThat(overdue.getLong("total")).isEqualTo(4);
        as(w.admin())
                .queryParams(Map.of("ruleId", rule, "periodId", past))
                .get("/api/visit-coverage/households")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("figure"));
        as(w.admin())
                .queryParams(Map.of("ruleId", rule, "figure", "VISITED", "groupKey", "x"))
                .get("/api/visit-coverage/households")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("groupBy"));
        as(w.admin())
                .queryParams(Map.of("ruleId", rule, "figure", "VISITED", "groupBy", "GRID", "groupKey", "x"))
                .get("/api/visit-coverage/households")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("groupKey"));
    }

    @Test
    void aWorkerReadsTheirOwnObligations() {
        JsonPath mine = as(w.workerA1())
                .queryParams(Map.of("ruleId", rule, "periodId", past))
                .get("/api/visit-coverage/mine")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertFigures(mine, "items[0].totals", 5, 1, 1, 1, 1, 1, 1, 3);
        JsonPath running = as(w.workerA1())
                .get("/api/visit-coverage/mine")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(running.getList("items.period.id", Long.class)).containsExactly(this.running);
        JsonPath b = as(workerB1)
                .get("/api/visit-coverage/mine")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(b.getList("items")).isEmpty();
    }

    @Test
    void oneProblemSolvedAMonthCountsClosingsInBeijingMonths() throws Exception {
        long workerA2 = fixtures.staffId(fixtures.staff(StaffRole.GRID_WORKER, w.gridA2()));
        long inNovember = issue();
        long firstOfDecember = issue();
        long rejected = issue();
        long reopened = issue();
        db.closeIssue(inNovember, workerA1, "CLOSED", beijing(2026, 11, 15, 10, 0));
        // 00:30 on December 1 in Beijing is still November 30 in UTC: it belongs to December
        db.closeIssue(firstOfDecember, workerA1, "CLOSED", beijing(2026, 12, 1, 0, 30));
        db.closeIssue(rejected, workerA1, "REJECTED", beijing(2026, 11, 20, 10, 0));
        db.closeIssue(reopened, workerA2, "IN_PROGRESS", beijing(2026, 11, 21, 10, 0));
        JsonPath november = problems(w.admin(), "2026-11");
        assertThat(november.getLong("workers")).isEqualTo(3);
        assertThat(november.getLong("workersMet")).isEqualTo(1);
        assertThat(november.getLong("rows.find { it.staffId == " + workerA1 + " }.solved"))
                .isEqualTo(1);
        assertThat(november.getBoolean("rows.find { it.staffId == " + workerA1 + " }.met"))
                .isTrue();
        assertThat(november.getLong("rows.find { it.staffId == " + workerA2 + " }.solved"))
                .isZero();
        JsonPath december = problems(w.admin(), "2026-12");
        assertThat(december.getLong("rows.find { it.staffId == " + workerA1 + " }.solved"))
                .isEqualTo(1);
        // community B's staff see B's worker only
        JsonPath b = problems(staffB, "2026-11");
        assertThat(b.getList("rows.staffId", Long.class)).containsExactly(workerB1Id);
        as(w.admin())
                .queryParam("month", "2026-13")
                .get("/api/visit-coverage/problems-solved")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("month"));
    }

    @Test
    void theExportHoldsTheSameNumbers() throws Exception {
        byte[] xlsx = as(w.admin())
                .queryParams(Map.of("ruleId", rule, "periodId", past))
                .get("/api/visit-coverage/export.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<Row> total = sheets.get(0).read();
            assertThat(total.get(2).getCellText(0))
                    .isEqualTo(coverage(w.admin(), Map.of("periodId", past)).getString("reportLine"));
            // row 6 (1-based): the totals' figures, denominator first
            Row totals =
                    total.stream().filter(r -> r.getRowNum() == 6).findFirst().orElseThrow();
            assertThat(totals.getCellText(1)).isEqualTo("8");
            assertThat(totals.getCellText(7)).isEqualTo("3");
            List<Row> notVisited = sheets.get(2).read();
            assertThat(notVisited).hasSize(1 + 3);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private long issue() {
        return as(w.workerA1())
                .body(Map.of(
                        "categoryId",
                        as(w.admin())
                                .get("/api/issue-categories")
                                .then()
                                .extract()
                                .jsonPath()
                                .getLong("find { it.code == 'OTHER' }.id"),
                        "description",
                        "楼道灯不亮",
                        "urgency",
                        "NORMAL",
                        "channel",
                        "OFFICE",
                        "location",
                        Map.of("householdId", h1),
                        "reporter",
                        Map.of("name", "王大爷", "phone", "13812345678")))
                .post("/api/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("issue.id");
    }

    private static Instant beijing(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BeijingTime.ZONE).toInstant();
    }

    private JsonPath coverage(String user, Map<String, Object> params) {
        return as(user).queryParam("ruleId", rule)
                .queryParams(params)
                .get("/api/visit-coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private JsonPath households(String user, Map<String, Object> params) {
        return as(user).queryParam("ruleId", rule)
                .queryParams(params)
                .get("/api/visit-coverage/households")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private JsonPath problems(String user, String month) {
        return as(user).queryParam("month", month)
                .get("/api/visit-coverage/problems-solved")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String row(long gridId) {
        return "rows.find { it.key == '" + gridId + "' }.figures";
    }

    private static void assertFigures(
            JsonPath c,
            String path,
            long denominator,
            long excluded,
            long visited,
            long late,
            long partially,
            long attempted,
            long notVisited,
            long overdue) {
        String p = path.endsWith("}") ? path + ".figures" : path;
        assertThat(List.of(
                        c.getLong(p + ".denominator"),
                        c.getLong(p + ".excluded"),
                        c.getLong(p + ".visited"),
                        c.getLong(p + ".satisfiedLate"),
                        c.getLong(p + ".partiallyVisited"),
                        c.getLong(p + ".attemptedOnly"),
                        c.getLong(p + ".notVisited"),
                        c.getLong(p + ".overdue")))
                .as(path)
                .containsExactly(denominator, excluded, visited, late, partially, attempted, notVisited, overdue);
    }

    private static void assertPartition(JsonPath c, String p) {
        assertThat(c.getLong(p + ".visited")
                        + c.getLong(p + ".satisfiedLate")
                        + c.getLong(p + ".partiallyVisited")
                        + c.getLong(p + ".attemptedOnly")
                        + c.getLong(p + ".notVisited"))
                .as(p)
                .isEqualTo(c.getLong(p + ".denominator"));
        assertThat(c.getLong(p + ".overdue"))
                .isLessThanOrEqualTo(c.getLong(p + ".partiallyVisited")
                        + c.getLong(p + ".attemptedOnly")
                        + c.getLong(p + ".notVisited"));
    }
}
