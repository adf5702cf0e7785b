package com.gridwork.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.gridwork.fuzz.Contract.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/**
 * The fuzz harness itself, without a server: its valid requests are valid by the contract, its patterns generate
 * matching strings, its oracle refuses each kind of broken answer, and an input without a generator fails loudly.
 */
class FuzzHarnessTest {
    private static final String KEYS =
            "areas subDistricts communities grids buildings staff households residents issues "
                    + "photos extensions talkDays dictionary issueCategories years apiClients notifications volunteers "
                    + "volunteerTeams volunteerTeamMembers activities activitySessions activityPosts signUps "
                    + "volunteerSessions hoursEntries visitRules visitQuestions visitPeriods visitObligations visits pairings pairingReassignments "
                    + "cobuildUnits cobuildUnitLiaisons partyReports partyUnitReports partyPosts partyPostClaims partyServiceLogs"
                    + " cobuildAgreements cobuildNeeds cobuildResources cobuildPointsEntries"
                    + " microWishes microWishClaims cobuildProjects cobuildMilestones photoUploads";
    private static Contract contract;
    private static OpenApiInteractionValidator validator;

    @BeforeAll
    static void load() {
        contract = Contract.load(Path.of("..", "openapi.yaml"));
        validator = contract.validator();
    }

    static World world(String... without) {
        World world = new World();
        for (String kind : KEYS.split(" ")) {
            if (!List.of(without).contains(kind)) {
                for (long id = 1; id <= 3; id++) {
                    world.id(kind, kind.equals("years") ? 2025 + id : id);
                }
            }
        }
        for (String category : List.of(
                "GENDER",
                "ETHNICITY",
                "RELATION",
                "REGISTRATION_TYPE",
                "POLITICAL_STATUS",
                "EMPLOYMENT_STATUS",
                "EDUCATION",
                "HOUSING_TYPE",
                "DISABILITY_GRADE",
                "CARE_GROUP",
                "HOUSEHOLD_TAG",
                "VOLUNTEER_SKILL",
                "VOLUNTEER_TEAM_TYPE",
                "VISIT_NEED",
                "COBUILD_FIELD")) {
            world.codes(category, List.of("A1", "B2"));
        }
        return world.username("admin").file("image/png", new byte[] {1, 2, 3}).file(Requests.XLSX, new byte[] {4, 5, 6
        });
    }

    @Test
    void validRequestsOfEveryOperationAreValidByTheContract() {
        FuzzRequest fractional = new FuzzRequest("GET", "/api/areas/{id}");
        fractional.pathValues.put("id", "1.5");
        assertThat(validator.validateRequest(fractional.forValidator()).hasErrors())
                .as("the check is live")
                .isTrue();
        Requests requests = new Requests(contract, world());
        for (Operation op : contract.operations()) {
            qt().withFixedSeed(ApiFuzzTest.DEFAULT_SEED)
                    .withExamples(40)
                    .forAll(requests.valid(op))
                    .checkAssert(request -> {
                        List<String> errors = validator.validateRequest(request.forValidator()).getMessages().stream()
                                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                                .map(m -> m.getKey() + " " + m.getMessage())
                                .toList();
                        assertThat(errors)
                                .as(op.key() + "\n" + request.describe())
                                .isEmpty();
                    });
        }
    }

    @Test
    void everyOperationHasAGeneratorForEveryInput() {
        Requests requests = new Requests(contract, world());
        for (Operation op : contract.operations()) {
            assertThat(requests.hostile(op)).as(op.key()).isNotEmpty();
        }
    }

    @Test
    void anInputWithoutAGeneratorFailsItsOperationInsteadOfBeingSkipped(@TempDir Path dir) throws IOException {
        Requests withoutPhotos = new Requests(contract, world("photos"));
        Operation photo = operation("GET", "/api/issues/{id}/photos/{photoId}");
        assertThatThrownBy(() -> withoutPhotos.valid(photo))
                .isInstanceOf(NoGenerator.class)
                .hasMessageContaining("photos");

        Path yaml = dir.resolve("openapi.yaml");
        Files.writeString(yaml, """
                openapi: 3.1.0
                paths:
                  /api/notices/{noticeId}:
                    get:
                      parameters: [{name: noticeId, in: path, required: true, schema: {type: integer}}]
                      responses: {"200": {description: ok}}
                  /api/notices:
                    get:
                      parameters: [{name: authorId, in: query, schema: {type: integer}}]
                      responses: {"200": {description: ok}}
                    post:
                      requestBody: {content: {application/json: {schema: {type: object, required: [code],
                        properties: {code: {type: string, pattern: "(?=x)x"}}}}}}
                      responses: {"201": {description: ok}}
                """);
        Contract unknown = Contract.load(yaml);
        Requests requests = new Requests(unknown, world());
        List<String> problems = new ArrayList<>();
        for (Operation op : unknown.operations()) {
            assertThatThrownBy(() -> requests.valid(op))
                    .as(op.key())
                    .isInstanceOf(NoGenerator.class)
                    .satisfies(e -> problems.add(e.getMessage()));
        }
        assertThat(problems)
                .containsExactly(
                        "no id source for path parameter noticeId after /notices",
                        "no id source for authorId",
                        "pattern (?=x)x (at 1)");
    }

    @Test
    void generatedStringsMatchEveryPatternOfTheContract() {
        List<String> patterns = new ArrayList<>();
        collectPatterns(docOf(), patterns);
        patterns.addAll(List.of("(?:ab|c)+x?", "[^a-z]{3}", "\\w\\W\\d\\D\\s\\S.", "a{2,}[-_.]"));
        assertThat(patterns).contains("[A-Za-z0-9][A-Za-z0-9-]{0,31}", "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
        for (String pattern : patterns) {
            Pattern regex = Pattern.compile(pattern);
            qt().withFixedSeed(1)
                    .withExamples(200)
                    .forAll(Regex.strings(pattern))
                    .checkAssert(s -> assertThat(regex.matcher(s).matches())
                            .as(pattern + " ⇐ " + s)
                            .isTrue());
        }
        for (String unsupported : List.of("(?=a)b", "\\bword", "(a)\\1", "[[:alpha:]]", "a*?")) {
            assertThatThrownBy(() -> Regex.strings(unsupported)).as(unsupported).isInstanceOf(NoGenerator.class);
        }
    }

    @Test
    void requestsCarryUnpairedSurrogatesAsTheyWereGenerated() {
        assertThat(FuzzRequest.encode("\ud800")).isEqualTo("%ED%A0%80");
        assertThat(FuzzRequest.encode("社 a😀")).isEqualTo("%E7%A4%BE%20a%F0%9F%98%80");
        String json = new Requests(contract, world()).write(Map.of("name", "a\udc00b"));
        assertThat(json).isEqualTo("{\"name\":\"a\\uDC00b\"}");
        assertThat(new Requests(contract, world()).write(Map.of("name", "社区"))).isEqualTo("{\"name\":\"社区\"}");
        assertThat(FuzzRequest.readable("a\u200b\ud800\u3000😀")).isEqualTo("a\\u200b\\ud800\\u3000😀");
    }

    @Test
    void theOracleRefusesEveryKindOfBrokenAnswer() {
        Oracle oracle = new Oracle(validator);
        Operation get = operation("GET", "/api/areas/{id}");
        FuzzRequest valid = new FuzzRequest("GET", "/api/areas/{id}");
        FuzzRequest hostile = new FuzzRequest("GET", "/api/areas/{id}");
        hostile.target = "path id";
        String problem = "{\"type\":\"/problems/not-found\",\"title\":\"未找到\",\"status\":404}";
        String area = "{\"id\":5,\"level\":\"GRID\",\"code\":\"A\",\"name\":\"n\",\"parentId\":null,\"ancestors\":[],"
                + "\"description\":null,\"address\":null,\"floors\":null,\"unitCount\":null,\"childCount\":0,\"gridWorkers\":[],"
                + "\"version\":1,\"createdAt\":\"2024-01-01T00:00:00Z\",\"updatedAt\":\"2024-01-01T00:00:00Z\"}";

        assertThat(kind(oracle, get, valid, true, 200, "application/json", area))
                .isEmpty();
        assertThat(kind(oracle, get, hostile, true, 404, "application/problem+json", problem))
                .isEmpty();
        assertThat(kind(oracle, get, hostile, true, 500, "application/problem+json", problem.replace("404", "500")))
                .contains("server-error");
        assertThat(kind(oracle, get, hostile, true, 404, "text/plain", "Not Found"))
                .contains("error-not-problem-json");
        assertThat(kind(oracle, get, hostile, true, 404, "application/json", problem))
                .contains("error-not-problem-json");
        assertThat(kind(
                        oracle,
                        get,
                        hostile,
                        true,
                        404,
                        "application/problem+json",
                        "{\"type\":\"/problems/x\",\"status\":404}"))
                .contains("problem-fields");
        assertThat(kind(oracle, get, hostile, true, 400, "application/problem+json", problem))
                .contains("problem-fields");
        assertThat(kind(
                        oracle,
                        get,
                        hostile,
                        true,
                        404,
                        "application/problem+json",
                        problem.replace("未找到", "java.lang.NumberFormatException: For input string")))
                .contains("leaks-internals");
        assertThat(kind(
                        oracle,
                        get,
                        hostile,
                        true,
                        404,
                        "application/problem+json",
                        problem.replace("}", ",\"detail\":\"at com.x.Y.z(Y.java:12)\"}")))
                .contains("leaks-internals");
        // 2xx: the contract's schema, with 3.1's nullable types checked, and its status codes
        assertThat(kind(
                        oracle,
                        get,
                        valid,
                        true,
                        200,
                        "application/json",
                        area.replace("\"parentId\":null", "\"parentId\":\"x\"")))
                .contains("contract-violation");
        assertThat(kind(
                        oracle,
                        get,
                        valid,
                        true,
                        200,
                        "application/json",
                        area.replace(",\"updatedAt\":\"2024-01-01T00:00:00Z\"", "")))
                .contains("contract-violation");
        assertThat(kind(
                        oracle,
                        get,
                        valid,
                        true,
                        200,
                        "application/json",
                        area.replace("\"level\":\"GRID\"", "\"level\":\"FLAT\"")))
                .contains("contract-violation");
        assertThat(kind(oracle, get, valid, true, 204, "application/json", "")).contains("contract-violation");
        // a query parameter the contract refuses is a 400, not a 404 or a 200
        Operation list = operation("GET", "/api/areas");
        FuzzRequest oversized = new FuzzRequest("GET", "/api/areas");
        oversized.target = "query size";
        oversized.query.add(Map.entry("size", "101"));
        assertThat(kind(oracle, list, oversized, true, 404, "application/problem+json", problem))
                .contains("query-not-400");
        assertThat(kind(oracle, list, oversized, true, 200, "application/json", "{}"))
                .contains("query-not-400");
        assertThat(kind(oracle, list, oversized, true, 400, "application/problem+json", problem.replace("404", "400")))
                .isEmpty();
        FuzzRequest plus = new FuzzRequest("GET", "/api/areas");
        plus.target = "query size";
        plus.query.add(Map.entry("size", "+5"));
        assertThat(kind(oracle, list, plus, true, 200, "application/json", "{}"))
                .isNotEqualTo(Optional.of("query-not-400"));
        plus.query.set(0, Map.entry("size", "+500"));
        assertThat(kind(oracle, list, plus, true, 200, "application/json", "{}"))
                .contains("query-not-400");
        FuzzRequest text = new FuzzRequest("GET", "/api/areas");
        text.target = "query q";
        text.query.add(Map.entry("q", "\u3000"));
        assertThat(kind(oracle, list, text, true, 404, "application/problem+json", problem))
                .isEmpty();
        assertThat(kind(oracle, list, text, true, 414, "text/plain", "")).isEmpty();
        // a body the contract refuses is not accepted; null for an optional property stands for its absence
        Operation createArea = operation("POST", "/api/areas");
        String created = "{\"area\":{}}";
        FuzzRequest fractional = new FuzzRequest("POST", "/api/areas");
        fractional.target = "body parentId";
        fractional.headers.put("Content-Type", "application/json");
        fractional.body = "{\"level\":\"GRID\",\"code\":\"G1\",\"name\":\"网格\",\"parentId\":1.5}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(kind(oracle, createArea, fractional, true, 201, "application/json", created))
                .contains("accepted-invalid");
        assertThat(kind(
                        oracle,
                        createArea,
                        fractional,
                        true,
                        400,
                        "application/problem+json",
                        problem.replace("404", "400")))
                .isEmpty();
        FuzzRequest absent = new FuzzRequest("POST", "/api/areas");
        absent.target = "body parentId";
        absent.headers.put("Content-Type", "application/json");
        absent.body = "{\"level\":\"SUB_DISTRICT\",\"code\":\"S1\",\"name\":\"街道\",\"parentId\":null}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(kind(oracle, createArea, absent, true, 201, "application/json", created))
                .isNotEqualTo(Optional.of("accepted-invalid"));
        // without a token
        assertThat(kind(oracle, get, valid, false, 401, "application/problem+json", problem.replace("404", "401")))
                .isEmpty();
        assertThat(kind(oracle, get, valid, false, 200, "application/json", area))
                .contains("unauthenticated-success");
        assertThat(kind(oracle, get, valid, false, 404, "application/problem+json", problem))
                .contains("unauthenticated-not-401");
        assertThat(kind(oracle, get, hostile, false, 404, "application/problem+json", problem))
                .isEmpty();
        // a 5xx the contract declares (Keycloak away) is an answer, not a crash; elsewhere it is a failure
        String unavailable = problem.replace("404", "503");
        FuzzRequest create = new FuzzRequest("POST", "/api/staff");
        assertThat(kind(
                        oracle,
                        operation("POST", "/api/staff"),
                        create,
                        true,
                        503,
                        "application/problem+json",
                        unavailable))
                .isEmpty();
        assertThat(kind(oracle, get, valid, true, 503, "application/problem+json", unavailable))
                .contains("server-error");
    }

    private static Optional<String> kind(
            Oracle oracle,
            Operation op,
            FuzzRequest request,
            boolean authenticated,
            int status,
            String contentType,
            String body) {
        Oracle.Response response = new Oracle.Response(
                status, Map.of("Content-Type", List.of(contentType)), body.getBytes(StandardCharsets.UTF_8), null);
        return oracle.judge(op, request, authenticated, response).map(Oracle.Verdict::kind);
    }

    private static Operation operation(String method, String path) {
        return contract.operations().stream()
                .filter(o -> o.method().equals(method) && o.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode docOf() {
        try {
            return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                    .readTree(Path.of("..", "openapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectPatterns(JsonNode node, List<String> patterns) {
        if (node.isObject()
                && node.path("pattern").isTextual()
                && !patterns.contains(node.get("pattern").asText())) {
            patterns.add(node.get("pattern").asText());
        }
        node.elements().forEachRemaining(child -> collectPatterns(child, patterns));
    }
}
