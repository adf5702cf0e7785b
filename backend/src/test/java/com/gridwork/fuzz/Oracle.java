package com.gridwork.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gridwork.fuzz.Contract.Operation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every answer must satisfy: never a 5xx (but a 5xx the contract itself declares, such as 503 when Keycloak
 * is away); every 4xx is {@code application/problem+json} with {@code type}, {@code title} and the same
 * {@code status}, naming no Java class and carrying no stack trace; every 2xx is what the contract says for that
 * status (checked by swagger-request-validator); without a valid token, a protected operation answers 401.
 */
final class Oracle {
    /** What came back; {@code status} 0 when nothing did. */
    record Response(int status, Map<String, List<String>> headers, byte[] body, String error) {
        String contentType() {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String describe() {
            if (status == 0) {
                return "no answer: " + error;
            }
            String text = text();
            boolean binary = contentType() != null
                    && !contentType().contains("json")
                    && !contentType().startsWith("text");
            String shown =
                    binary ? "(" + body.length + " bytes)" : text.length() > 500 ? text.substring(0, 500) + "…" : text;
            return status + " " + contentType() + " " + FuzzRequest.readable(shown);
        }
    }

    /** A broken rule: {@code kind} groups failures of one cause; {@code detail} says what exactly. */
    record Verdict(String kind, String detail) {}

    /** Java types, exception names and stack frames: none may reach a client. */
    static final Pattern LEAK = Pattern.compile(
            "\\b(?:java|javax|jakarta|org\\.hibernate|org\\.jboss|io\\.quarkus|io\\.vertx"
                    + "|io\\.smallrye|io\\.netty|com\\.fasterxml|com\\.mysql|org\\.mariadb|org\\.flywaydb|com\\.gridwork)\\.[A-Za-z_$]"
                    + "|\\b[A-Z]\\w*(?:Exception|Error)\\b|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\bSQL(?:State)?\\b");

    private final ObjectMapper json = new ObjectMapper();
    private final OpenApiInteractionValidator validator;

    Oracle(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    Optional<Verdict> judge(Operation op, FuzzRequest request, boolean authenticated, Response response) {
        int status = response.status();
        if (status == 0) {
            return verdict("no-answer", response.error());
        }
        boolean declared5xx = status == 503 && op.statuses().contains(status);
        if (status >= 500 && !declared5xx) {
            return verdict("server-error", response.describe());
        }
        if (!authenticated && op.secured()) {
            if (status < 300) {
                return verdict("unauthenticated-success", response.describe());
            }
            if (request.valid() && status != 401) {
                return verdict("unauthenticated-not-401", response.describe());
            }
        }
        if (status < 200 || status >= 300 && status < 400) {
            return verdict("unexpected-status", response.describe());
        }
        if (status == 414 || status == 431) {
            return Optional
                    .empty(); // the HTTP codec refuses an oversized URI or header block before any application code
        }
        if (authenticated && status != 400 && request.target.startsWith("query ")) {
            Optional<String> refused = refusedQuery(op, request);
            if (refused.isPresent()) {
                return verdict(
                        "query-not-400", "the contract refuses " + refused.get() + ", answered " + response.describe());
            }
        }
        if (status >= 400) {
            return problem(response);
        }
        if (authenticated && (request.target.startsWith("body") || request.target.equals("header Content-Type"))) {
            List<String> refused = refused(request, "validation.request.body", "validation.request.contentType");
            if (!refused.isEmpty()) {
                return verdict(
                        "accepted-invalid",
                        "the contract refuses " + String.join("; ", refused) + ", answered " + response.describe());
            }
        }
        return contract(op, response);
    }

    /**
     * What the contract refuses in a request, under the given message keys. Two things the validator reports are
     * left out: properties the schema does not list (it forbids them unless a schema allows them; the contract says
     * nothing, and ignoring them is Jackson's ordinary behaviour), and {@code null} for a property, which stands for
     * its absence.
     */
    private List<String> refused(FuzzRequest request, String... keyPrefixes) {
        return validator.validateRequest(request.forValidator()).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR
                        && Stream.of(keyPrefixes).anyMatch(m.getKey()::startsWith))
                .filter(m -> !m.getKey().endsWith(".additionalProperties")
                        && !m.getMessage().contains("Instance type (null)"))
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

    /**
     * What the contract says is wrong with the request's query parameters, if anything. An empty value is left out
     * ({@code ?page=} may fairly mean "the default"), and so is an integer that Java reads as a valid one: {@code +1}
     * and {@code １２} are 1 and 12 to {@code Long.valueOf}, which JAX-RS uses.
     */
    private Optional<String> refusedQuery(Operation op, FuzzRequest request) {
        String name = request.target.substring("query ".length());
        if (request.query.stream()
                .anyMatch(q -> q.getKey().equals(name) && q.getValue().isEmpty())) {
            return Optional.empty();
        }
        List<String> errors = refused(request, "validation.request.parameter");
        boolean integer = op.params().stream()
                .anyMatch(
                        p -> p.name().equals(name) && Contract.types(p.schema()).contains("integer"));
        if (!errors.isEmpty()
                && integer
                && refused(canonical(request, name), "validation.request.parameter")
                        .isEmpty()) {
            return Optional.empty();
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors));
    }

    /** The request with the named parameter's values written as Java would print the numbers it reads in them. */
    private static FuzzRequest canonical(FuzzRequest request, String name) {
        FuzzRequest copy = new FuzzRequest(request.method, request.pathTemplate);
        copy.pathValues.putAll(request.pathValues);
        copy.headers.putAll(request.headers);
        copy.body = request.body;
        for (Map.Entry<String, String> q : request.query) {
            String value = q.getValue();
            if (q.getKey().equals(name)) {
                try {
                    value = Long.toString(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    // not a number to Java either: stays as it is
                }
            }
            copy.query.add(Map.entry(q.getKey(), value));
        }
        return copy;
    }

    private Optional<Verdict> problem(Response response) {
        String type = response.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return verdict("error-not-problem-json", response.describe());
        }
        String text = response.text();
        Matcher leak = LEAK.matcher(text);
        if (leak.find()) {
            return verdict("leaks-internals", "'" + leak.group() + "' in " + response.describe());
        }
        JsonNode problem;
        try {
            problem = json.readTree(text);
        } catch (IOException e) {
            return verdict("problem-not-json", response.describe());
        }
        if (problem == null
                || !problem.path("type").isTextual()
                || !problem.path("title").isTextual()
                || problem.path("title").asText().isBlank()
                || !problem.path("status").isInt()
                || problem.path("status").asInt() != response.status()) {
            return verdict(
                    "problem-fields", "needs type, title and status " + response.status() + ": " + response.describe());
        }
        return Optional.empty();
    }

    private Optional<Verdict> contract(Operation op, Response response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
        response.headers().forEach((name, list) -> {
            if (name != null && !name.startsWith(":")) {
                builder.withHeader(name, list);
            }
        });
        if (response.body().length > 0) {
            builder.withBody(response.body());
        }
        ValidationReport report =
                validator.validateResponse(op.path(), Request.Method.valueOf(op.method()), builder.build());
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        String messages =
                errors.stream().map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("; "));
        return verdict("contract-violation", messages + " in " + response.describe());
    }

    private static Optional<Verdict> verdict(String kind, String detail) {
        return Optional.of(new Verdict(kind, FuzzRequest.readable(detail)));
    }
}
