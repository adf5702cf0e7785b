package com.gridwork.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gridwork.access.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed top-level openapi.yaml is the API contract (the frontend's client is generated from it). It must
 * be exactly what the code produces: `make openapi` rewrites it (this test with -Dopenapi.write=true). The other
 * tests hold the rules that keep it usable by linters and client generators, for every present and future endpoint.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    /** Packages whose class names make no schema names (Instant, LocalDate, Object...). */
    private static final List<String> JDK_PACKAGES =
            List.of("java.lang.", "java.util.", "java.time.", "java.math.", "java.net.", "java.io.", "java.nio.file.");
    /** The application's compiled classes, searched for @Schema names. */
    private static final Path APPLICATION_CLASSES = Path.of("target", "classes");
    /** "StaffRef1": the name a generator gives the second of two types that share a name. */
    private static final Pattern GENERATOR_SUFFIX = Pattern.compile("(.*\\D)\\d+");
    /** Words that name a schema only with the class around them (IssueEvent.Type, CalendarDay.Kind, Me.Scope...). */
    private static final Set<String> GENERIC_NAMES = Set.of(
            "Action",
            "Category",
            "Detail",
            "Entry",
            "Input",
            "Item",
            "Kind",
            "Level",
            "Page",
            "Ref",
            "Result",
            "Role",
            "Scope",
            "Status",
            "Summary",
            "Type",
            "Update",
            "View");

    private JsonNode api;

    @BeforeEach
    void document() throws IOException {
        api = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void committedContractMatchesTheCode() throws IOException {
        String generated = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CONTRACT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT))
                .as("openapi.yaml exists; run `make openapi`")
                .isTrue();
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("openapi.yaml is stale; run `make openapi` and commit it (and `make client`)")
                .isEqualTo(generated);
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        String yaml = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .extract()
                .asString();
        assertThat(yaml).contains("application/problem+json").contains("Problem:");
        assertThat(yaml).doesNotContain("com.gridwork");
    }

    /** Generators name methods after operationIds; a missing one gets a made-up name that changes with the path. */
    @Test
    void everyOperationHasAUniqueOperationIdAndADescription() {
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        forEachOperation((where, op) -> {
            String id = op.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z]+")) {
                problems.add(where + ": operationId '" + id + "' is not a lowerCamelCase name");
            } else if (!ids.add(id)) {
                problems.add(where + ": operationId '" + id + "' is used twice");
            }
            // PermissionsInContract appends the permission and the roles as the last paragraphs; a description needs
            // more.
            String description = op.path("description")
                    .asText("")
                    .replaceAll("(?s)(^|\\n\\n)Permission: [^\\n]*\\n\\nRoles: [^\\n]*$", "");
            if (description.isBlank()) {
                problems.add(where + ": no description (write one in @Operation)");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(ids).contains("listIssues", "getIssue", "acceptIssue");
    }

    @Test
    void everyResponseHeaderHasASchema() {
        List<String> problems = new ArrayList<>();
        forEachOperation((where, op) -> op.path("responses")
                .fields()
                .forEachRemaining(response -> response.getValue()
                        .path("headers")
                        .fields()
                        .forEachRemaining(header -> {
                            if (!header.getValue().has("schema")
                                    && !header.getValue().has("content")) {
                                problems.add(where + " " + response.getKey() + ": header " + header.getKey()
                                        + " has no schema");
                            }
                        })));
        assertThat(problems).isEmpty();
        assertThat(api.at("/paths/~1api~1issues~1{id}/get/responses/200/headers/ETag/schema/type")
                        .asText())
                .isEqualTo("string");
    }

    @Test
    void schemaNamesAreUniqueAndMeaningful() {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        api.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        Set<String> folded = new HashSet<>();
        for (String name : names) {
            Matcher suffixed = GENERATOR_SUFFIX.matcher(name);
            if (suffixed.matches() && names.contains(suffixed.group(1))) {
                problems.add(name + " is the generator's suffix: two types are both named " + suffixed.group(1)
                        + " (give each a @Schema name of its own)");
            } else if (Character.isDigit(name.charAt(name.length() - 1))) {
                problems.add(name + " ends in a digit (two DTOs share a @Schema name?)");
            }
            for (String pkg : JDK_PACKAGES) {
                if (classExists(pkg + name)) {
                    problems.add(
                            name + " is the name of " + pkg + name + " (inline it or give the DTO a @Schema name)");
                }
            }
            if (GENERIC_NAMES.contains(name)) {
                problems.add(
                        name + " says not whose it is (a nested Kind, Action or Scope: name it after its feature)");
            }
            if (!folded.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(name + " differs from another schema name only in case");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(api.at("/components/schemas").has("IssueStaffRef")).isTrue();
    }

    /**
     * One schema name, one class: when two classes declare the same @Schema name, the document keeps one of them
     * under it, and the other is renamed or lost, whatever the operations that use it say.
     */
    @Test
    void noTwoClassesDeclareTheSameSchemaName() throws IOException {
        Map<String, List<String>> declared = new TreeMap<>();
        ClassLoader loader = getClass().getClassLoader();
        try (Stream<Path> files = Files.walk(APPLICATION_CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = APPLICATION_CLASSES
                        .relativize(file)
                        .toString()
                        .replace(".class", "")
                        .replace(file.getFileSystem().getSeparator(), ".");
                Schema schema;
                try {
                    schema = Class.forName(className, false, loader).getAnnotation(Schema.class);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + className, e);
                }
                if (schema != null && !schema.name().isEmpty()) {
                    declared.computeIfAbsent(schema.name(), n -> new ArrayList<>())
                            .add(className);
                }
            }
        }
        Map<String, List<String>> shared = new TreeMap<>(declared);
        shared.values().removeIf(classes -> classes.size() == 1);
        assertThat(shared).as("schema names declared by more than one class").isEmpty();
        assertThat(declared).containsKeys("IssueStaffRef", "AreaGridWorker", "Problem");
    }

    /** Generated clients validate a present null as the referenced schema when the member is required, and fail. */
    @Test
    void nullableReferencesAreNotRequired() {
        List<String> problems = new ArrayList<>();
        api.path("components").path("schemas").fields().forEachRemaining(schema -> {
            Set<String> required = new HashSet<>();
            schema.getValue().path("required").forEach(r -> required.add(r.asText()));
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                JsonNode anyOf = property.getValue().path("anyOf");
                boolean nullableRef = stream(anyOf).anyMatch(s -> s.has("$ref"))
                        && stream(anyOf)
                                .anyMatch(s -> "null".equals(s.path("type").asText()));
                if (nullableRef && required.contains(property.getKey())) {
                    problems.add(schema.getKey() + "." + property.getKey());
                }
            });
        });
        assertThat(problems).isEmpty();
        assertThat(api.at("/components/schemas/IssueSummary/required").toString())
                .contains("\"firstResponsible\"")
                .doesNotContain("\"handler\"");
    }

    @Test
    void requiredMultipartPartsSaySo() {
        List<String> problems = new ArrayList<>();
        forEachOperation((where, op) -> {
            JsonNode form = op.at("/requestBody/content/multipart~1form-data/schema");
            if (!form.isMissingNode() && form.path("required").isEmpty()) {
                problems.add(where + ": multipart body lists no required part");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** Roles are Keycloak realm roles that the server checks, not OAuth scopes a client could ask for. */
    @Test
    void rolesAreNotOAuthScopes() {
        Set<String> roles = new HashSet<>();
        Arrays.stream(StaffRole.values()).forEach(r -> roles.add(r.value()));
        List<String> problems = new ArrayList<>();
        forEachOperation((where, op) -> op.path("security")
                .forEach(requirement -> requirement
                        .fields()
                        .forEachRemaining(scheme -> scheme.getValue()
                                .forEach(scope -> problems.add(where + ": scope " + scope.asText())))));
        JsonNode scheme = api.at("/components/securitySchemes/keycloak");
        scheme.path("flows")
                .fields()
                .forEachRemaining(flow -> flow.getValue()
                        .path("scopes")
                        .fieldNames()
                        .forEachRemaining(scope -> {
                            if (roles.contains(scope)) {
                                problems.add("flow " + flow.getKey() + ": role " + scope + " as a scope");
                            }
                        }));
        assertThat(problems).isEmpty();
        assertThat(scheme.path("type").asText()).isEqualTo("oauth2");
        assertThat(scheme.at("/flows/clientCredentials/tokenUrl").asText())
                .endsWith("/realms/gridwork/protocol/openid-connect/token");
        assertThat(scheme.at("/flows/authorizationCode/authorizationUrl").asText())
                .endsWith("/protocol/openid-connect/auth");
        assertThat(api.at("/paths/~1api~1staff/get/description").asText()).endsWith("Roles: `street-admin`.");
    }

    /** Every operation but the caller's own profile and the public configuration asks for a permission and says which. */
    @Test
    void everyOperationNamesItsPermissionAndRoles() {
        List<String> problems = new ArrayList<>();
        forEachOperation((where, op) -> {
            String description = op.path("description").asText("");
            boolean named = description.matches(
                    "(?s).*\\n\\nPermission: `[A-Z_]+`( or `[A-Z_]+`)*\\.\\n\\nRoles: `[a-z-]+`(, `[a-z-]+`)*\\.");
            boolean exempt = Set.of("getMe", "getPublicConfig")
                    .contains(op.path("operationId").asText());
            if (named == exempt) {
                problems.add(where + (exempt ? ": names a permission" : ": names no permission (@PermissionsAllowed)"));
            }
        });
        assertThat(problems).isEmpty();
        assertThat(api.at("/paths/~1api~1issues~1{id}~1accept/post/description").asText())
                .endsWith("Permission: `ISSUES_MANAGE`.\n\nRoles: `street-admin`, `community-staff`.");
    }

    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        api.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                    }
                }));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
