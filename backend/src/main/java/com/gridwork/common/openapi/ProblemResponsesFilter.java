package com.gridwork.common.openapi;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every operation can give, by rule rather than by an annotation on each
 * method: 401/403 for protected operations, 400 where there is input, 404 for an id in the path, 409 for writes,
 * 412/428 for If-Match updates.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        requireOutputProperties(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (path.startsWith("/api/public")) {
                return;
            }
            Map<String, String> problems = new TreeMap<>();
            boolean hasInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() != org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER));
            if (hasInput) {
                problems.put("400", "Invalid input; `violations` lists each field");
            }
            problems.put("401", "No valid access token");
            problems.put("403", "The caller's role may not do this");
            if (path.contains("{")) {
                problems.put("404", "No such resource in the caller's scope");
            }
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
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
     * every schema but the request bodies and Problem (which omits empty members) lists all its properties as
     * required. Properties that can be null say so with {@code nullable}.
     */
    private static void requireOutputProperties(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        java.util.Set<String> requestBodies = new java.util.HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                        if (media.getSchema() != null && media.getSchema().getRef() != null) {
                            requestBodies.add(media.getSchema().getRef().substring(media.getSchema().getRef().lastIndexOf('/') + 1));
                        }
                    });
                }
            }));
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (requestBodies.contains(name) || name.equals("Problem") || schema.getProperties() == null
                    || schema.getProperties().isEmpty()) {
                return;
            }
            schema.setRequired(new java.util.ArrayList<>(schema.getProperties().keySet()));
        });
    }

    private static void add(Operation operation, Map<String, String> problems) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        problems.forEach((code, description) -> {
            APIResponse existing = responses.getAPIResponse(code);
            if (existing != null && existing.getContent() != null) {
                return;
            }
            // Replaces the bare 400/401/403 that SmallRye adds on its own with the documented problem body.
            APIResponse response = OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            responses.addAPIResponse(code, response);
        });
        operation.setResponses(responses);
    }
}
