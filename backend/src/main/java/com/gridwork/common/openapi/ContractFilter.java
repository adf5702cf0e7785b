package com.gridwork.common.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Rules that keep the generated contract valid for linters and client generators, applied to every endpoint rather
 * than annotated on each (the registered {@code mp.openapi.filter}):
 * <ul>
 * <li>every response header has a schema (string unless annotated);</li>
 * <li>(at build time, before these: {@link ETagHeaders} gives a 200 or 201 whose body implements
 * {@link com.gridwork.common.http.Versioned} its ETag header: the DTO says it, not each operation);</li>
 * <li>scalar component schemas that SmallRye registers for JDK types (Instant, LocalDate) are inlined as
 * {@code type}/{@code format}, so no schema carries a JDK class name;</li>
 * <li>roles are not OAuth scopes: the roles of {@code @RolesAllowed} leave the security requirement and are named in
 * the operation's description instead;</li>
 * <li>then the problem responses and required members of {@link ProblemResponsesFilter}.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {
    private static final String ROLES_PREFIX = "Roles: ";

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
        Set<String> roles = new LinkedHashSet<>();
        forEachOperation(openAPI, operation -> {
            roles.addAll(rolesIntoDescription(operation));
        });
        removeScopes(openAPI, roles);
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
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
                Schema ref = anyOf.stream().filter(s -> scalars.containsKey(SchemaWalk.refName(s))).findFirst().orElse(null);
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
        return schema.getRef() == null && type != null && !type.isEmpty()
                && type.stream().noneMatch(t -> t == SchemaType.OBJECT || t == SchemaType.ARRAY)
                && (schema.getEnumeration() == null || schema.getEnumeration().isEmpty())
                && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && schema.getAllOf() == null && schema.getAnyOf() == null && schema.getOneOf() == null;
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
     * Quarkus lists the {@code @RolesAllowed} roles as scopes of the security requirement; they are Keycloak realm
     * roles, not OAuth scopes a client could request, so they move to a last paragraph of the description. Returns
     * the roles. Requirements that name the same schemes once their scopes are gone are kept once.
     */
    private static Set<String> rolesIntoDescription(Operation operation) {
        Set<String> roles = new LinkedHashSet<>();
        if (operation.getSecurity() == null) {
            return roles;
        }
        Set<Set<String>> schemeSets = new LinkedHashSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            requirement.getSchemes().values().stream().filter(Objects::nonNull).forEach(roles::addAll);
            schemeSets.add(new LinkedHashSet<>(requirement.getSchemes().keySet()));
        }
        operation.setSecurity(schemeSets.stream().map(schemes -> {
            SecurityRequirement requirement = OASFactory.createSecurityRequirement();
            schemes.forEach(scheme -> requirement.addScheme(scheme, new ArrayList<String>()));
            return requirement;
        }).collect(Collectors.toCollection(ArrayList::new)));
        if (!roles.isEmpty()) {
            String line = ROLES_PREFIX + roles.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", ")) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
        }
        return roles;
    }

    /** Quarkus also declares the roles as scopes of every OAuth flow; only real scopes stay. */
    private static void removeScopes(OpenAPI openAPI, Set<String> roles) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        openAPI.getComponents().getSecuritySchemes().values().forEach(scheme -> {
            OAuthFlows flows = scheme.getFlows();
            if (flows == null) {
                return;
            }
            for (OAuthFlow flow : Arrays.asList(flows.getImplicit(), flows.getPassword(), flows.getClientCredentials(),
                    flows.getAuthorizationCode())) {
                if (flow != null) {
                    Map<String, String> scopes = new LinkedHashMap<>(flow.getScopes() == null ? Map.of() : flow.getScopes());
                    scopes.keySet().removeAll(roles);
                    flow.setScopes(scopes);
                }
            }
        });
    }

    private static void forEachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(action));
        }
    }
}
