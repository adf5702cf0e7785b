package com.gridwork.common;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * What a stranger sends: malformed headers, parameters that do not convert, absurd pages, empty multipart bodies,
 * several mistakes in one form, impossible dates and invisible text. Every answer is a 4xx problem+json that names
 * what was wrong, never a 5xx and never a 404 for a parameter.
 */
@QuarkusTest
class BadInputTest {
    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body(not(containsString("java.")))
                .body(not(containsString("Exception")));
    }

    // ---- Accept-Language --------------------------------------------------------------------------------------

    @Test
    void acceptLanguageWithABadQValueNeverFailsARequest() {
        // Unauthenticated: the 401 is still a problem, in the language of what does parse.
        for (String header : List.of(
                "en-US;q=abc", "en;q=1.5", "en;q=-1", "en;q=", "zh;q=0.5.5", ";;;", "en-US;q=0.9;q=0.8", "*;q=x")) {
            problem(given().header("Accept-Language", header).get("/api/me").then(), 401);
            problem(
                    as(w.admin())
                            .header("Accept-Language", header)
                            .get("/api/no-such-thing")
                            .then(),
                    404);
            given().header("Accept-Language", header)
                    .get("/api/public/config")
                    .then()
                    .statusCode(200);
        }
        // The ranges that parse still count; a malformed one is skipped.
        problem(
                        given().header("Accept-Language", "fr;q=oops, en-US;q=0.5")
                                .get("/api/me")
                                .then(),
                        401)
                .header("Content-Language", "en-US")
                .body("title", equalTo("Not signed in"));
        problem(
                        as(w.admin())
                                .header("Accept-Language", "de;q=zz, en;q=0.7")
                                .get("/api/no-such-thing")
                                .then(),
                        404)
                .header("Content-Language", "en-US")
                .body("title", equalTo("Not found"));
        // An out-of-range q drops its range: the default applies.
        problem(
                        as(w.admin())
                                .header("Accept-Language", "en;q=7")
                                .get("/api/no-such-thing")
                                .then(),
                        404)
                .header("Content-Language", "zh-CN");
        // Bean validation messages follow the same choice.
        problem(
                        as(w.admin())
                                .header("Accept-Language", "en;q=x, en-US;q=0.4")
                                .body(Map.of("level", "GRID", "parentId", w.communityA(), "code", "x", "name", ""))
                                .post("/api/areas")
                                .then(),
                        400)
                .header("Content-Language", "en-US")
                .body("violations.find { it.field == 'name' }.message", equalTo("must not be blank"));
    }

    // ---- parameters ---------------------------------------------------------------------------------------------

    @Test
    void queryParametersThatDoNotConvertAre400NamingTheParameter() {
        problem(as(w.admin()).get("/api/residents?status=NOPE").then(), 400)
                .body("violations.field", equalTo(List.of("status")))
                .body("violations[0].message", containsString("ACTIVE"));
        problem(as(w.admin()).get("/api/residents?areaId=99999999999999999999").then(), 400)
                .body("violations.field", equalTo(List.of("areaId")));
        problem(as(w.admin()).get("/api/residents?areaId=1.5").then(), 400)
                .body("violations.field", equalTo(List.of("areaId")));
        problem(as(w.admin()).get("/api/areas?size=3000000000").then(), 400)
                .body("violations.field", equalTo(List.of("size")));
        problem(as(w.admin()).get("/api/areas?level=PLANET").then(), 400)
                .body("violations.field", equalTo(List.of("level")));
        problem(as(w.admin()).get("/api/staff?enabled=maybe").then(), 400)
                .body("violations.field", equalTo(List.of("enabled")));
        problem(as(w.admin()).get("/api/issues?status=RECEIVED&status=LOST").then(), 400)
                .body("violations.field", equalTo(List.of("status")));
        // Every bad parameter at once, in the caller's language.
        problem(
                        as(w.admin())
                                .header("Accept-Language", "en-US")
                                .get("/api/issues/stats?from=2026-13-01&to=+99999-01-01")
                                .then(),
                        400)
                .body("violations.field", containsInAnyOrder("from", "to"))
                .body("violations.find { it.field == 'from' }.message", containsString("2026-03-01"))
                .body("violations.find { it.field == 'to' }.message", containsString("1900-01-01"));
        problem(as(w.admin()).get("/api/issues?receivedFrom=2026-02-30").then(), 400)
                .body("violations.field", equalTo(List.of("receivedFrom")));
        problem(as(w.admin()).get("/api/audit?from=yesterday").then(), 400)
                .body("violations.field", equalTo(List.of("from")));
        problem(as(w.admin()).get("/api/audit?from=+99999-01-01T00:00:00Z").then(), 400)
                .body("violations.field", equalTo(List.of("from")));
        problem(as(w.admin()).get("/api/dictionary?category=NOPE").then(), 400)
                .body("violations.field", equalTo(List.of("category")));
    }

    @Test
    void pathParametersThatDoNotConvertAre400NamingTheParameter() {
        problem(as(w.admin()).get("/api/areas/not-a-number").then(), 400)
                .body("violations.field", equalTo(List.of("id")));
        problem(as(w.admin()).get("/api/areas/1.5").then(), 400).body("violations.field", equalTo(List.of("id")));
        problem(as(w.admin()).get("/api/areas/99999999999999999999").then(), 400)
                .body("violations.field", equalTo(List.of("id")));
        problem(as(w.admin()).get("/api/calendar/20266666666").then(), 400)
                .body("violations.field", equalTo(List.of("year")));
        // A well-formed id that does not exist is still a 404, and a bad parameter does not hide a missing token.
        problem(as(w.admin()).get("/api/areas/999999999").then(), 404);
        problem(given().get("/api/areas/not-a-number").then(), 401);
    }

    // ---- paging -------------------------------------------------------------------------------------------------

    @Test
    void aPageWhoseOffsetOverflowsIs400NamingPage() {
        problem(as(w.admin()).get("/api/areas?page=2147483647&size=100").then(), 400)
                .body("violations.field", equalTo(List.of("page")));
        problem(as(w.admin()).get("/api/residents?page=30000000&size=100").then(), 400)
                .body("violations.field", equalTo(List.of("page")));
        problem(as(w.admin()).get("/api/issues?page=2147483647").then(), 400)
                .body("violations.field", equalTo(List.of("page")));
        // The last page that can be addressed still answers (empty).
        as(w.admin())
                .get("/api/areas?page=" + (Integer.MAX_VALUE / 100 - 1) + "&size=100")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aSortOfOnlyCommasIs400NamingSort() {
        for (String path : List.of("/api/areas", "/api/residents", "/api/households", "/api/issues", "/api/staff")) {
            problem(as(w.admin()).get(path + "?sort=,,,").then(), 400)
                    .body("violations.field", equalTo(List.of("sort")));
            problem(as(w.admin()).get(path + "?sort=-").then(), 400).body("violations.field", equalTo(List.of("sort")));
            problem(as(w.admin()).get(path + "?sort=name,,").then(), 400).body("violations.field", hasItem("sort"));
        }
    }

    // ---- multipart ----------------------------------------------------------------------------------------------

    @Test
    void aMultipartRequestWithoutItsFilePartIs400NamingThePart() {
        long issue = issue();
        for (String path : List.of("/api/issues/" + issue + "/photos", "/api/registry/import?dryRun=true")) {
            // No parts at all.
            problem(
                            given().auth()
                                    .oauth2(TestTokens.of(w.admin()))
                                    .contentType("multipart/form-data; boundary=xyz")
                                    .body("--xyz--\r\n".getBytes(StandardCharsets.US_ASCII))
                                    .post(path)
                                    .then(),
                            400)
                    .body("violations.field", equalTo(List.of("file")));
            // An empty body.
            problem(
                            given().auth()
                                    .oauth2(TestTokens.of(w.admin()))
                                    .contentType("multipart/form-data; boundary=xyz")
                                    .body(new byte[0])
                                    .post(path)
                                    .then(),
                            400)
                    .body("violations.field", equalTo(List.of("file")));
            // Another part instead of the file.
            problem(
                            given().auth()
                                    .oauth2(TestTokens.of(w.admin()))
                                    .multiPart("photo", "a.png", new byte[] {1, 2, 3}, "image/png")
                                    .post(path)
                                    .then(),
                            400)
                    .body("violations.field", equalTo(List.of("file")));
            // The file part as a text field.
            problem(
                            given().auth()
                                    .oauth2(TestTokens.of(w.admin()))
                                    .multiPart("file", "just text")
                                    .post(path)
                                    .then(),
                            400)
                    .body("violations.field", equalTo(List.of("file")));
        }
    }

    // ---- every violation at once --------------------------------------------------------------------------------

    private long household() {
        return as(w.admin())
                .body(Map.of("gridId", w.gridA1(), "address", "幸福里1号", "housingType", "OWNED"))
                .post("/api/households")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("household.id");
    }

    private Map<String, Object> resident(long householdId) {
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", householdId);
        body.put("name", "张伟");
        body.put("idCard", TestIds.idCard(LocalDate.of(1980, 5, 6), true));
        body.put("ethnicity", "01");
        body.put("relation", "HEAD");
        body.put("registrationType", "LOCAL");
        return body;
    }

    @Test
    void aResidentFormReportsEveryViolationAtOnce() {
        long household = household();
        Map<String, Object> body = resident(household);
        String id = (String) body.get("idCard");
        body.put("name", " ");
        body.put("idCard", id.substring(0, 17) + (id.charAt(17) == '0' ? "1" : "0"));
        problem(as(w.admin()).body(body).post("/api/residents").then(), 400)
                .body("violations.field", containsInAnyOrder("name", "idCard"));

        body = resident(household);
        body.put("gender", "F");
        body.put("birthDate", "1980-05-07");
        body.put("ethnicity", "99");
        body.put("tags", List.of("NO_SUCH_GROUP"));
        body.put("phone", "12");
        problem(as(w.admin()).body(body).post("/api/residents").then(), 400)
                .body("violations.field", containsInAnyOrder("gender", "birthDate", "ethnicity", "tags", "phone"));

        // On update too: the stored ID's sex and birth date against the form, with the form's own mistakes.
        var created = as(w.admin())
                .body(resident(household))
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract();
        long resident = created.jsonPath().getLong("resident.id");
        Map<String, Object> update = resident(household);
        update.remove("householdId");
        update.remove("idCard");
        update.put("name", "");
        update.put("gender", "F");
        update.put("relation", "NOT_A_RELATION");
        problem(
                        as(w.admin())
                                .header("If-Match", created.header("ETag"))
                                .body(update)
                                .put("/api/residents/" + resident)
                                .then(),
                        400)
                .body("violations.field", containsInAnyOrder("name", "gender", "relation"));
    }

    private long category() {
        return as(w.admin())
                .get("/api/issue-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.code == 'WATER' }.id");
    }

    private Map<String, Object> issueBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", category());
        body.put("description", "楼道灯不亮");
        body.put("urgency", "NORMAL");
        body.put("channel", "OFFICE");
        body.put("location", Map.of("areaId", w.gridA1()));
        body.put("reporter", Map.of("name", "王大爷", "phone", "13812345678"));
        return body;
    }

    private long issue() {
        return as(w.admin())
                .body(issueBody())
                .post("/api/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("issue.id");
    }

    @Test
    void anIssueIntakeReportsEveryViolationAtOnce() {
        Map<String, Object> body = issueBody();
        body.put("description", "");
        body.put("categoryId", 999999999);
        body.put("reporter", Map.of("phone", "12"));
        body.put("location", Map.of("areaId", 999999999));
        body.put("receivedAt", "1900-01-01T00:00:00Z");
        problem(as(w.admin()).body(body).post("/api/issues").then(), 400)
                .body(
                        "violations.field",
                        hasItems("description", "reporter.name", "reporter.phone", "location.areaId", "receivedAt"));
    }

    @Test
    void talkDayAreaAndStaffFormsReportEveryViolationAtOnce() {
        problem(
                        as(w.admin())
                                .body(Map.of(
                                        "communityId",
                                        w.gridA1(),
                                        "date",
                                        "2026-11-20",
                                        "startTime",
                                        "10:00",
                                        "endTime",
                                        "09:00",
                                        "place",
                                        "\u3000",
                                        "hosts",
                                        "王书记"))
                                .post("/api/talk-days")
                                .then(),
                        400)
                .body("violations.field", containsInAnyOrder("communityId", "endTime", "place"));
        problem(
                        as(w.admin())
                                .body(Map.of(
                                        "level",
                                        "GRID",
                                        "parentId",
                                        w.gridA1(),
                                        "code",
                                        "G-x",
                                        "name",
                                        "",
                                        "floors",
                                        3))
                                .post("/api/areas")
                                .then(),
                        400)
                .body("violations.field", containsInAnyOrder("parentId", "name", "floors"));
        problem(
                        as(w.admin())
                                .body(Map.of(
                                        "username",
                                        "x",
                                        "displayName",
                                        "\u200B",
                                        "role",
                                        "grid-worker",
                                        "areaIds",
                                        List.of(w.communityA())))
                                .post("/api/staff")
                                .then(),
                        400)
                .body("violations.field", containsInAnyOrder("username", "displayName", "areaIds[0]"));
    }

    // ---- bounds -------------------------------------------------------------------------------------------------

    @Test
    void aReceiptTimeLongAgoOrFarAheadIs400NamingTheField() {
        for (String at : List.of(
                "1900-01-01T00:00:00Z", "1999-12-31T00:00:00Z", "2099-01-01T00:00:00Z", "+99999-01-01T00:00:00Z")) {
            Map<String, Object> body = issueBody();
            body.put("receivedAt", at);
            problem(as(w.admin()).body(body).post("/api/issues").then(), 400)
                    .body("violations.field", equalTo(List.of("receivedAt")));
        }
    }

    @Test
    void datesInABodyOutsideTheCalendarAre400NamingTheField() {
        Map<String, Object> body = resident(household());
        body.put("moveInDate", "+99999-01-01");
        problem(as(w.admin()).body(body).post("/api/residents").then(), 400)
                .body("violations.field", equalTo(List.of("moveInDate")));
        body.put("moveInDate", "1066-10-14");
        problem(as(w.admin()).body(body).post("/api/residents").then(), 400)
                .body("violations.field", equalTo(List.of("moveInDate")));
        body.put("moveInDate", "2026-13-01");
        problem(as(w.admin()).body(body).post("/api/residents").then(), 400)
                .body("violations.field", equalTo(List.of("moveInDate")));
    }

    @Test
    void fractionalNumbersForIntegerFieldsAre400NamingTheField() {
        Map<String, Object> body = resident(household());
        body.put("householdId", 1.5);
        problem(as(w.admin()).body(body).post("/api/residents").then(), 400)
                .body("violations.field", equalTo(List.of("householdId")));
        Map<String, Object> issue = issueBody();
        issue.put("location", Map.of("areaId", w.gridA1() + 0.25));
        problem(as(w.admin()).body(issue).post("/api/issues").then(), 400)
                .body("violations.field", equalTo(List.of("location.areaId")));
        // A whole number written as 3.0 is still a fraction token; an id beyond long is out of range.
        body.put("householdId", 3.0);
        problem(as(w.admin()).body(body).post("/api/residents").then(), 400)
                .body("violations.field", equalTo(List.of("householdId")));
        problem(
                        as(w.admin())
                                .header("Accept-Language", "en")
                                .body("{\"householdId\": 99999999999999999999}")
                                .post("/api/residents")
                                .then(),
                        400)
                .body("violations.field", equalTo(List.of("householdId")))
                .body("violations[0].message", containsString("whole number from"));
    }

    @Test
    void textMadeOnlyOfInvisibleCharactersIsBlank() {
        for (String name : List.of("\u200B", "\u3000\u3000", "\uFEFF", "\u200B \u3000\u2060\u00A0", "\u180E\u200D")) {
            Map<String, Object> body = resident(household());
            body.put("name", name);
            problem(as(w.admin()).body(body).post("/api/residents").then(), 400)
                    .body("violations.field", equalTo(List.of("name")));
        }
        Map<String, Object> issue = issueBody();
        issue.put("description", "\u200B\u200C\u200D");
        problem(as(w.admin()).body(issue).post("/api/issues").then(), 400)
                .body("violations.field", equalTo(List.of("description")));
    }

    @Test
    void textWithUnpairedSurrogatesIsRefusedNamingTheField() {
        long household = household();
        // An escaped lone high surrogate, and a lone low surrogate in a list.
        String json = "{\"householdId\":" + household + ",\"name\":\"张\\ud800伟\",\"idCard\":\"" + TestIds.idCard()
                + "\",\"ethnicity\":\"01\",\"relation\":\"HEAD\",\"registrationType\":\"LOCAL\",\"tags\":[\"\\udc00\"]}";
        problem(as(w.admin()).body(json).post("/api/residents").then(), 400).body("violations.field", hasItem("name"));
        // The same surrogate as raw (CESU-8) bytes.
        byte[] raw = ("{\"householdId\":" + household + ",\"name\":\"X\",\"idCard\":\"" + TestIds.idCard()
                        + "\",\"ethnicity\":\"01\",\"relation\":\"HEAD\",\"registrationType\":\"LOCAL\"}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withSurrogate = new String(raw, StandardCharsets.ISO_8859_1)
                .replace("\"X\"", "\"X\u00ED\u00A0\u0080\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        problem(as(w.admin()).body(withSurrogate).post("/api/residents").then(), 400)
                .body("violations.field", hasItem("name"));
        // A proper pair (an emoji) is fine.
        Map<String, Object> body = resident(household);
        body.put("name", "张伟\uD83D\uDE00");
        as(w.admin())
                .body(body)
                .post("/api/residents")
                .then()
                .statusCode(201)
                .body("resident.name", equalTo("张伟\uD83D\uDE00"));
    }
}
