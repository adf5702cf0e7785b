package com.gridwork.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rules that keep the generated contract valid for linters and client generators, applied to every endpoint rather
 * than annotated on each (the registered {@code mp.openapi.filter}):
 * <ul>
 * <li>every response header has a schema (string unless annotated);</li>
 * <li>(at build time, before these: {@link ETagHeaders} gives a 200 or 201 whose body implements
 * {@link com.gridwork.common.http.Versioned} its ETag header: the DTO says it, not each operation);</li>
 * <li>scalar component schemas that SmallRye registers for JDK types (Instant, LocalDate) are inlined as
 * {@code type}/{@code format}, so no schema carries a JDK class name;</li>
 * <li>OAuth flows list no scopes (Gridwork has none; roles are checked by the server);</li>
 * <li>then the problem responses and required members of {@link ProblemResponsesFilter};</li>
 * <li>and the Idempotency-Key of every POST ({@link IdempotencyKeyContract}).</li>
 * </ul>
 * Who may call an operation is added to its description by {@code access/PermissionsInContract}.
 */
public class ContractFilter implements OASFilter {

    @Override
    public Header filterHeader(Header header) {
        if (header.getSchema() == null && header.getContent() == null && header.getRef() == null) {
            header.setSchema(OASFactory.createSchema().addType(SchemaType.STRING));
        }
        return header;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        inlineScalarComponents(openAPI);
        declareNoScopes(openAPI);
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        IdempotencyKeyContract.apply(openAPI);
    }

    /**
     * Replaces references to components that are only a scalar with a format (no enum, no members) by the scalar
     * itself, and drops those components. {@code anyOf: [$ref, null]} of such a component becomes a nullable type.
     */
    static void inlineScalarComponents(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> scalars = new LinkedHashMap<>();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (isPlainScalar(schema)) {
                scalars.put(name, schema);
            }
        });
        if (scalars.isEmpty()) {
            return;
        }
        SchemaWalk.all(openAPI, schema -> {
            Schema target = scalars.get(SchemaWalk.refName(schema));
            if (target != null) {
                schema.setRef(null);
                copyMissing(target, schema);
                return;
            }
            List<Schema> anyOf = schema.getAnyOf();
            if (anyOf != null && anyOf.size() == 2) {
                Schema ref = anyOf.stream()
                        .filter(s -> scalars.containsKey(SchemaWalk.refName(s)))
                        .findFirst()
                        .orElse(null);
                boolean otherIsNull = anyOf.stream().anyMatch(SchemaWalk::isNullType);
                if (ref != null && otherIsNull) {
                    Schema scalar = scalars.get(SchemaWalk.refName(ref));
                    schema.setAnyOf(null);
                    List<SchemaType> type = new ArrayList<>(scalar.getType());
                    type.add(SchemaType.NULL);
                    schema.setType(type);
                    copyMissing(scalar, schema);
                }
            }
        });
        scalars.keySet().forEach(openAPI.getComponents()::removeSchema);
    }

    private static boolean isPlainScalar(Schema schema) {
        List<SchemaType> type = schema.getType();
        return schema.getRef() == null
                && type != null
                && !type.isEmpty()
                && type.stream().noneMatch(t -> t == SchemaType.OBJECT || t == SchemaType.ARRAY)
                && (schema.getEnumeration() == null || schema.getEnumeration().isEmpty())
                && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && schema.getAllOf() == null
                && schema.getAnyOf() == null
                && schema.getOneOf() == null;
    }

    /** Copies the target's keywords the schema does not set itself (its own description wins). */
    private static void copyMissing(Schema from, Schema to) {
        from.getAll().forEach((key, value) -> {
            if (to.get(key) == null) {
                to.set(key, value instanceof List<?> list ? new ArrayList<>(list) : value);
            }
        });
    }

    /**
     * OpenAPI requires every OAuth flow to list its scopes; Gridwork has none (what a caller may do follows from its
     * role and scope on the server), so each flow lists an empty set.
     */
    private static void declareNoScopes(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        openAPI.getComponents().getSecuritySchemes().values().forEach(scheme -> {
            OAuthFlows flows = scheme.getFlows();
            if (flows == null) {
                return;
            }
            for (OAuthFlow flow : Arrays.asList(
                    flows.getImplicit(),
                    flows.getPassword(),
                    flows.getClientCredentials(),
                    flows.getAuthorizationCode())) {
                if (flow != null && flow.getScopes() == null) {
                    flow.setScopes(new LinkedHashMap<>());
                }
            }
        });
    }

    private static void forEachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(action));
        }
    }
}
