package com.gridwork.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/** openapi.yaml as the fuzz test reads it: every operation with its inputs, and a validator for its responses. */
final class Contract {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    record Param(String name, String in, boolean required, JsonNode schema) {}

    record Body(String contentType, JsonNode schema, boolean required) {}

    record Operation(
            String method,
            String path,
            String operationId,
            List<Param> params,
            List<Body> bodies,
            Set<Integer> statuses,
            boolean secured) {
        String key() {
            return method + " " + path;
        }

        String label() {
            return operationId == null ? key() : operationId + " (" + key() + ")";
        }
    }

    /** Held, so that the level set on it lasts (java.util.logging keeps loggers weakly). */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("com.atlassian.oai.validator");

    private final JsonNode doc;

    private Contract(JsonNode doc) {
        this.doc = doc;
    }

    static Contract load(Path file) {
        try {
            return new Contract(new YAMLMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    List<Operation> operations() {
        List<Operation> result = new ArrayList<>();
        boolean globallySecured = doc.path("security").size() > 0;
        doc.path("paths").fields().forEachRemaining(path -> {
            JsonNode shared = path.getValue().path("parameters");
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode p : iterable(shared, op.path("parameters"))) {
                    JsonNode param = resolve(p);
                    params.add(new Param(
                            param.path("name").asText(),
                            param.path("in").asText(),
                            param.path("required").asBoolean(false),
                            resolve(param.path("schema"))));
                }
                List<Body> bodies = new ArrayList<>();
                JsonNode requestBody = resolve(op.path("requestBody"));
                requestBody
                        .path("content")
                        .fields()
                        .forEachRemaining(c -> bodies.add(new Body(
                                c.getKey(),
                                resolve(c.getValue().path("schema")),
                                requestBody.path("required").asBoolean(false))));
                Set<Integer> statuses = new TreeSet<>();
                op.path("responses").fieldNames().forEachRemaining(code -> {
                    if (code.matches("\\d{3}")) {
                        statuses.add(Integer.parseInt(code));
                    }
                });
                boolean secured = op.has("security") ? op.path("security").size() > 0 : globallySecured;
                String operationId =
                        op.hasNonNull("operationId") ? op.get("operationId").asText() : null;
                result.add(new Operation(
                        method.toUpperCase(),
                        path.getKey(),
                        operationId,
                        List.copyOf(params),
                        List.copyOf(bodies),
                        Set.copyOf(statuses),
                        secured));
            }
        });
        return result;
    }

    /** A schema with its {@code $ref} followed; keywords beside the {@code $ref} (allowed in 3.1) win over the target's. */
    JsonNode resolve(JsonNode node) {
        if (node == null || !node.has("$ref")) {
            return node;
        }
        String ref = node.get("$ref").asText();
        if (!ref.startsWith("#/")) {
            throw new NoGenerator("external $ref " + ref);
        }
        JsonNode target = doc.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new NoGenerator("dangling $ref " + ref);
        }
        ObjectNode merged = resolve(target).deepCopy();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    /** The schema of one response body, resolved, or null. */
    JsonNode responseSchema(String method, String path, int status, String contentType) {
        JsonNode schema = doc.path("paths")
                .path(path)
                .path(method.toLowerCase())
                .path("responses")
                .path(Integer.toString(status))
                .path("content")
                .path(contentType)
                .path("schema");
        return schema.isMissingNode() ? null : resolve(schema);
    }

    OpenApiInteractionValidator validator() {
        // It says "oauth2 not supported" at INFO for each request it checks; tokens are this test's own business.
        VALIDATOR_LOG.setLevel(Level.WARNING);
        try {
            String spec = new ObjectMapper().writeValueAsString(forValidator(doc));
            return OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document in the OpenAPI 3.0 dialect that swagger-request-validator 2.46 checks: it reads 3.1's
     * {@code type: [integer, "null"]} as "no type" (so a string where an integer belongs would pass), and rejects
     * the 3.1 schema keyword {@code examples}. Type lists become {@code type} + {@code nullable}; {@code examples}
     * becomes {@code example}. {@code anyOf: [X, {type: "null"}]} stays: JSON Schema draft 4 knows the null type.
     */
    static JsonNode forValidator(JsonNode original) {
        JsonNode doc = original.deepCopy();
        ((ObjectNode) doc).put("openapi", "3.0.3");
        downgrade(doc);
        return doc;
    }

    private static void downgrade(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type != null && type.isArray()) {
                List<String> types = new ArrayList<>();
                boolean nullable = false;
                for (JsonNode t : type) {
                    if (t.asText().equals("null")) {
                        nullable = true;
                    } else {
                        types.add(t.asText());
                    }
                }
                if (types.size() != 1) {
                    throw new IllegalStateException(
                            "A schema with several non-null types cannot be checked: " + object);
                }
                object.put("type", types.get(0));
                if (nullable) {
                    object.put("nullable", true);
                }
            }
            JsonNode examples = object.get("examples");
            if (examples != null && examples.isArray()) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            object.elements().forEachRemaining(Contract::downgrade);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(Contract::downgrade);
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.elements().forEachRemaining(all::add);
        second.elements().forEachRemaining(all::add);
        return all;
    }

    /** Non-null types of a schema: {@code type} as a string or a 3.1 list. */
    static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> result = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> {
                if (!t.asText().equals("null")) {
                    result.add(t.asText());
                }
            });
        } else if (type.isTextual()) {
            result.add(type.asText());
        }
        return result;
    }

    /** The one non-null branch of {@code anyOf: [X, {type: "null"}]} (3.1's nullable reference), or the schema itself. */
    JsonNode nonNull(JsonNode schema) {
        JsonNode anyOf = schema.path("anyOf");
        if (!anyOf.isArray()) {
            return schema;
        }
        List<JsonNode> branches = new ArrayList<>();
        for (Iterator<JsonNode> it = anyOf.elements(); it.hasNext(); ) {
            JsonNode branch = it.next();
            if (!Contract.types(branch).isEmpty() || branch.has("$ref") || branch.has("properties")) {
                branches.add(branch);
            }
        }
        if (branches.size() != 1) {
            throw new NoGenerator("anyOf with " + branches.size() + " non-null branches");
        }
        ObjectNode merged = resolve(branches.get(0)).deepCopy();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) schema::fields) {
            if (!e.getKey().equals("anyOf") && !e.getKey().equals("type")) {
                merged.set(e.getKey(), e.getValue());
            }
        }
        return merged;
    }
}
