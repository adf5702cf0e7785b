package com.gridwork.partybuilding;

import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.agreement.CoBuildAgreementStatus;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.PartyFixtures;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static com.gridwork.partybuilding.PartyBuildingStatsWorld.day;
import static com.gridwork.partybuilding.PartyBuildingStatsWorld.noon;
import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Each figure over a small world written straight into the tables, March 2026 (Beijing days): reports confirmed,
 * rejected, withdrawn before and after the decision, transferred from community A to B and of last year; posts full,
 * half full and of last year with claims before, in, and after the period (one released); wishes realised in and after
 * the period, open, and one whose claim was cancelled; units active and inactive with active, expired and proposed
 * agreements; projects in every kind of state, with overdue, future and done milestones.
 */
@QuarkusTest
class PartyBuildingStatsTest {
    private static final Map<String, Object> MARCH = Map.of("from", "2026-03-01", "to", "2026-03-31");

    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    VisitFixtures visits;

    @Inject
    AgroalDataSource dataSource;

    World w;
    long unit1;
    long unit2;

    @BeforeEach
    void world() throws Exception {
        w = fixtures.world();
        PartyBuildingStatsWorld db = new PartyBuildingStatsWorld(dataSource, fixtures.staffId(w.admin()));
        long a = w.communityA();
        long b = w.communityB();
        unit1 = party.unit(w.subDistrict(), 4);
        unit2 = party.unit(w.subDistrict(), 0);
        long unit3 = party.unit(w.subDistrict(), 10);
        db.execute("UPDATE cobuild_unit SET status = 'INACTIVE' WHERE id = ?", unit3);

        long v1 = volunteers.volunteer(a, "党员一");
        long v2 = volunteers.volunteer(a, "党员二");
        long v3 = volunteers.volunteer(a, "党员三");
        long v4 = volunteers.volunteer(a, "党员四");
        long v5 = volunteers.volunteer(a, "党员五");
        long v6 = volunteers.volunteer(a, "党员六");
        long v7 = volunteers.volunteer(a, "党员七");
        long v8 = volunteers.volunteer(b, "党员八");
        long r1 = db.report(v1, a, 2026, "ACTIVE", true, "GOVERNMENT_ORGAN", unit1);
        db.report(v2, a, 2026, "REJECTED", true, "GOVERNMENT_ORGAN", unit1); // rejected: not counted
        long r3 = db.report(v3, a, 2026, "WITHDRAWN", true, "PRIVATE_ENTERPRISE", null); // after confirmation: counted
        db.report(v4, a, 2026, "WITHDRAWN", false, "PRIVATE_ENTERPRISE", null); // before any decision: not counted
        db.report(v5, a, 2026, "SUBMITTED", false, "OTHER", null);
        long r6 = db.report(v6, a, 2026, "TRANSFERRED_OUT", true, "PUBLIC_INSTITUTION", null);
        db.report(v6, b, 2026, "ACTIVE", true, "PUBLIC_INSTITUTION", null); // once per person per community
        db.report(v7, a, 2025, "EXPIRED", true, "OTHER", null); // last year's
        db.report(v8, b, 2026, "ACTIVE", true, "STATE_ENTERPRISE", unit1);
        db.unitReport(unit1, a, "CONFIRMED", 5);
        db.unitReport(unit1, b, "REJECTED", 9);

        long p1 = db.post(w.gridA1(), a, "MEDIATION", 2, 2, day(1, 1), day(12, 31)); // filled
        long p2 = db.post(w.gridA1(), a, "SANITATION", 3, 1, day(1, 1), day(12, 31));
        db.post(a, a, "MEDIATION", 1, 0, day(1, 1), day(2, 28)); // its term ended before the period
        db.post(w.gridB1(), b, "MEDIATION", 1, 0, day(1, 1), day(12, 31));
        db.claim(p1, r1, v1, w.gridA1(), "ACTIVE", noon(3, 5), null);
        db.claim(p1, r6, v6, w.gridA1(), "ACTIVE", noon(2, 10), null); // before the period, held during it
        db.claim(p2, r3, v3, w.gridA1(), "RELEASED", noon(3, 10), noon(3, 12)); // released: still a claim made
        db.claim(p2, r1, v1, w.gridA1(), "ACTIVE", noon(4, 2), null); // after the period

        long h = visits.household(w.gridA1());
        long w1 = db.wish(h, w.gridA1(), a, "REALISED", noon(3, 2), day(3, 20));
        db.wishClaim(w1, v1, "REALISED", noon(3, 3));
        long w2 = db.wish(h, w.gridA1(), a, "REALISED", noon(2, 1), day(4, 5)); // realised after: not lit
        db.wishClaim(w2, v3, "REALISED", noon(3, 15));
        db.wish(h, w.gridA1(), a, "PUBLISHED", noon(3, 25), null);
        long w4 = db.wish(h, w.gridA1(), a, "PUBLISHED", noon(3, 5), null);
        db.wishClaim(w4, v1, "CANCELLED", noon(3, 6));
        db.wishClaim(w4, v3, "CANCELLED", noon(3, 7)); // claimed twice: one wish claimed

        party.pair(unit1, a);
        party.agreement(unit2, a, CoBuildAgreementStatus.EXPIRED); // an expired agreement does not pair
        party.agreement(unit2, b, CoBuildAgreementStatus.PROPOSED);

        db.project(a, "DRAFT", null, null, null);
        db.project(a, "REJECTED", null, noon(3, 4), null); // decided in the period, but rejected: not signed
        db.project(a, "ACCEPTED", unit1, noon(3, 3), noon(3, 25));
        long inProgress = db.project(a, "IN_PROGRESS", unit1, noon(3, 10), null);
        db.milestone(inProgress, day(3, 20), null); // overdue
        db.milestone(inProgress, LocalDate.of(2099, 1, 1), null);
        db.milestone(inProgress, day(3, 1), day(3, 2));
        db.project(a, "OPEN_PAIRED", null, noon(2, 1), null); // approved before the period
        long cancelled = db.project(a, "CANCELLED", null, noon(3, 5), null);
        db.milestone(cancelled, day(3, 20), null); // a cancelled project's milestone is not overdue
    }

    @Test
    void aCommunitysFiguresFollowTheirDefinitions() {
        JsonPath s = stats(w.admin(), Map.of("areaId", w.communityA()));
        assertThat(s.getLong("areaId")).isEqualTo(w.communityA());
        // v1, v3 (withdrawn after confirmation) and v6 (transferred out); not v2, v4, v5 nor last year's v7
        assertThat(s.getLong("members.membersReported")).isEqualTo(3);
        assertThat(s.getLong("members.membersActiveNow")).isEqualTo(1);
        assertThat(count(s, "members.byEmployerType", "GOVERNMENT_ORGAN")).isEqualTo(1);
        assertThat(count(s, "members.byEmployerType", "PRIVATE_ENTERPRISE")).isEqualTo(1);
        assertThat(count(s, "members.byEmployerType", "PUBLIC_INSTITUTION")).isEqualTo(1);
        assertThat(count(s, "members.byEmployerType", "OTHER")).isZero();
        assertThat(s.getList("members.byEmployerType.code")).hasSize(6);
        // held in March: v1 and v6 on the mediation post, v3 on sanitation until released
        assertThat(s.getList("members.byPostCategory.code")).containsExactly("MEDIATION", "SANITATION");
        assertThat(s.getString("members.byPostCategory[0].name")).isEqualTo("矛盾调解");
        assertThat(count(s, "members.byPostCategory", "MEDIATION")).isEqualTo(2);
        assertThat(count(s, "members.byPostCategory", "SANITATION")).isEqualTo(1);

        assertThat(s.getLong("posts.posts")).isEqualTo(2);
        assertThat(s.getLong("posts.postCapacity")).isEqualTo(5);
        assertThat(s.getLong("posts.liveClaims")).isEqualTo(3);
        assertThat(s.getLong("posts.filledPosts")).isEqualTo(1);
        assertThat(s.getLong("posts.claimsMade")).isEqualTo(2);

        assertThat(s.getLong("wishes.wishesPublished")).isEqualTo(3);
        assertThat(s.getLong("wishes.wishesClaimed")).isEqualTo(3);
        assertThat(s.getLong("wishes.wishesRealised")).isEqualTo(1);
        assertThat(s.getLong("wishes.wishesOpen")).isEqualTo(2);

        assertThat(s.getLong("coBuild.units")).isEqualTo(1);
        assertThat(s.getLong("coBuild.unitsPaired")).isEqualTo(1);
        assertThat(s.getLong("coBuild.communitiesPaired")).isEqualTo(1);
        assertThat(count(s, "coBuild.agreementsByStatus", "ACTIVE")).isEqualTo(1);
        assertThat(count(s, "coBuild.agreementsByStatus", "EXPIRED")).isEqualTo(1);
        assertThat(count(s, "coBuild.agreementsByStatus", "PROPOSED")).isZero();
        assertThat(s.getList("coBuild.projectsByStatus.code")).hasSize(9);
        assertThat(count(s, "coBuild.projectsByStatus", "DRAFT")).isEqualTo(1);
        assertThat(count(s, "coBuild.projectsByStatus", "IN_PROGRESS")).isEqualTo(1);
        // the accepted, the in-progress and the cancelled one were approved in March
        assertThat(s.getLong("coBuild.projectsSigned")).isEqualTo(3);
        assertThat(s.getLong("coBuild.projectsCompleted")).isEqualTo(1);
        assertThat(s.getLong("coBuild.overdueMilestones")).isEqualTo(1);

        assertThat(s.getString("memberReportLine")).isEqualTo("在职党员报到3名，认领岗位2个，点亮微心愿1个");
        assertThat(s.getString("coBuildReportLine")).isEqualTo("1家共建单位与1个社区结对，签订共建项目3项，完成1项");
        assertThat(s.getList("definitions.figure")).contains("membersReported", "claimsMade", "wishesRealised");
    }

    @Test
    void theSubDistrictCountsAPersonOncePerCommunityAndRatiosPerUnit() {
        JsonPath s = stats(w.admin(), Map.of("areaId", w.subDistrict()));
        // A: v1, v3, v6; B: v6 again (another community), v8
        assertThat(s.getLong("members.membersReported")).isEqualTo(5);
        assertThat(s.getLong("members.membersActiveNow")).isEqualTo(3);
        assertThat(s.getList("members.unitRatios.unitId", Long.class)).containsExactly(unit1);
        assertThat(s.getLong("members.unitRatios[0].membersReported")).isEqualTo(2);
        assertThat(s.getInt("members.unitRatios[0].partyMemberTotal")).isEqualTo(4);
        assertThat(s.getDouble("members.unitRatios[0].ratio")).isEqualTo(50.0);
        // the confirmed unit report's total; the rejected one's is not read
        assertThat(s.getInt("members.unitRatios[0].unitReportTotal")).isEqualTo(5);
        // the inactive unit is not counted
        assertThat(s.getLong("coBuild.units")).isEqualTo(2);
        assertThat(s.getLong("coBuild.unitsPaired")).isEqualTo(1);
        assertThat(s.getLong("posts.posts")).isEqualTo(3);
        assertThat(s.getString("coBuildReportLine")).isEqualTo("1家共建单位与1个社区结对，签订共建项目3项，完成1项");

        JsonPath en = JsonPath.from(as(w.admin())
                .header("Accept-Language", "en-US")
                .queryParams(params(Map.of("areaId", w.subDistrict())))
                .get("/api/party-building/stats")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(en.getString("memberReportLine"))
                .isEqualTo("5 in-service party members reported, 2 posts claimed, 1 micro-wishes fulfilled");
        assertThat(en.getString("coBuildReportLine"))
                .isEqualTo("1 co-building units paired with 1 communities, 3 co-building projects signed, 1 completed");
    }

    @Test
    void theScopeDecidesTheAreaAndAForeignAreaIsNotFound() {
        // community staff: their community by default, never community B nor the sub-district
        JsonPath own = stats(w.staffA(), Map.of());
        assertThat(own.getLong("areaId")).isEqualTo(w.communityA());
        assertThat(own.getLong("members.membersReported")).isEqualTo(3);
        for (long foreign : new long[] {w.communityB(), w.subDistrict(), w.gridB1()}) {
            as(w.staffA())
                    .queryParams(params(Map.of("areaId", foreign)))
                    .get("/api/party-building/stats")
                    .then()
                    .statusCode(404);
        }
        // a grid worker: their grid's posts and wishes; reports belong to the community
        JsonPath grid = stats(w.workerA1(), Map.of());
        assertThat(grid.getLong("areaId")).isEqualTo(w.gridA1());
        assertThat(grid.getLong("posts.posts")).isEqualTo(2);
        assertThat(grid.getLong("wishes.wishesRealised")).isEqualTo(1);
        assertThat(grid.getLong("members.membersReported")).isZero();
        // a building is not an area the figures are read for
        long building = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "1号楼");
        as(w.staffA())
                .queryParams(params(Map.of("areaId", building)))
                .get("/api/party-building/stats")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("areaId"));
        as(w.staffA())
                .queryParam("from", "2026-03-31")
                .queryParam("to", "2026-03-01")
                .get("/api/party-building/stats")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("to"));
    }

    @Test
    void theDefaultPeriodIsThisYearAndTheWorkbookCarriesTheSameNumbers() {
        JsonPath year = JsonPath.from(as(w.staffA())
                .get("/api/party-building/stats")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(year.getString("from")).endsWith("-01-01");
        assertThat(year.getString("to")).endsWith("-12-31");
        as(w.staffA())
                .queryParams(params(Map.of("areaId", w.communityA())))
                .get("/api/party-building/stats/export.xlsx")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment"));
    }

    private JsonPath stats(String user, Map<String, Object> query) {
        return JsonPath.from(as(user).queryParams(params(query))
                .get("/api/party-building/stats")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static Map<String, Object> params(Map<String, Object> query) {
        Map<String, Object> all = new HashMap<>(MARCH);
        all.putAll(query);
        return all;
    }

    private static long count(JsonPath s, String list, String code) {
        return s.getLong(list + ".find { it.code == '" + code + "' }.count");
    }
}
