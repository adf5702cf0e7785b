package com.gridwork.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Documents the problem+json answers every operation can give, by rule rather than by an annotation on each
 * method: 401/403 for protected operations, 400 where there is input, 404 for an id in the path, 409 for writes,
 * 412/428 for If-Match updates. ContractFilter runs it last.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        requireOutputProperties(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                    if (path.startsWith("/api/public")) {
                        return;
                    }
                    Map<String, String> problems = new TreeMap<>();
                    boolean hasInput = operation.getRequestBody() != null
                            || (operation.getParameters() != null
                                    && operation.getParameters().stream()
                                            .anyMatch(p -> p.getIn()
                                                    != org.eclipse.microprofile.openapi.models.parameters.Parameter.In
                                                            .HEADER));
                    if (hasInput) {
                        problems.put("400", "Invalid input; `violations` lists each field");
                    }
                    problems.put("401", "No valid access token");
                    problems.put("403", "The caller's role may not do this");
                    if (path.contains("{")) {
                        problems.put("404", "No such resource in the caller's scope");
                    }
                    if (method == PathItem.HttpMethod.POST
                            || method == PathItem.HttpMethod.PUT
                            || method == PathItem.HttpMethod.DELETE) {
                        problems.put("409", "Conflicts with existing data");
                    }
                    if (method == PathItem.HttpMethod.PUT) {
                        problems.put("412", "If-Match names an outdated version");
                        problems.put("428", "If-Match is missing");
                    }
                    add(operation, problems);
                }));
    }

    /**
     * Response bodies always carry every property (Jackson writes nulls), so generated clients may rely on them:
     * every schema reachable from a response lists all its properties as required. Schemas only reachable from
     * request bodies (and their nested inputs, such as a location given by household or by area) keep their
     * optional members; Problem omits empty members. Properties that can be null say so with {@code nullable}; a
     * nullable reference to another schema is not listed as required (see {@link #isNullableReference}).
     */
    private static void requireOutputProperties(OpenAPI openAPI) {
        if (openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null
                || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inputs = new HashSet<>();
        Set<String> outputs = new HashSet<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(op -> {
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()
                                .forEach(m -> reach(m.getSchema(), schemas, inputs));
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses().getAPIResponses().values().forEach(r -> {
                            if (r.getContent() != null) {
                                r.getContent()
                                        .getMediaTypes()
                                        .values()
                                        .forEach(m -> reach(m.getSchema(), schemas, outputs));
                            }
                        });
                    }
                }));
        schemas.forEach((name, schema) -> {
            boolean inputOnly = inputs.contains(name) && !outputs.contains(name);
            if (inputOnly
                    || name.equals("Problem")
                    || schema.getProperties() == null
                    || schema.getProperties().isEmpty()) {
                return;
            }
            schema.setRequired(schema.getProperties().entrySet().stream()
                    .filter(p -> !isNullableReference(p.getValue()))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(ArrayList::new)));
        });
    }

    /** Adds the names of the component schemas this schema refers to, directly or through its members. */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> seen) {
        SchemaWalk.tree(schema, s -> {
            String name = SchemaWalk.refName(s);
            if (name != null && seen.add(name)) {
                reach(schemas.get(name), schemas, seen);
            }
        });
    }

    /**
     * A member that is either a component or null ({@code anyOf: [$ref, null]}). Listing it as required makes
     * generated clients validate a present null as the component and fail, so it is left optional.
     */
    static boolean isNullableReference(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        return anyOf != null
                && anyOf.stream().anyMatch(s -> s.getRef() != null)
                && anyOf.stream().anyMatch(SchemaWalk::isNullType);
    }

    private static void add(Operation operation, Map<String, String> problems) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        problems.forEach((code, description) -> {
            APIResponse existing = responses.getAPIResponse(code);
            if (existing != null && existing.getContent() != null) {
                return;
            }
            // Replaces the bare 400/401/403 that SmallRye adds on its own with the documented problem body.
            responses.addAPIResponse(code, problem(description));
        });
        operation.setResponses(responses);
    }

    /** A problem+json answer with this description. */
    static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/problem+json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
}
