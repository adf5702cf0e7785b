package com.gridwork.common.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Visits every schema of a document (components, parameters, bodies, responses, headers) and their members. */
final class SchemaWalk {
    private SchemaWalk() {}

    static void all(OpenAPI openAPI, Consumer<Schema> visitor) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(s -> tree(s, visitor));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> tree(p.getSchema(), visitor));
            }
            item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> tree(p.getSchema(), visitor));
                }
                if (op.getRequestBody() != null) {
                    content(op.getRequestBody().getContent(), visitor);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> {
                        content(r.getContent(), visitor);
                        if (r.getHeaders() != null) {
                            r.getHeaders().values().forEach(h -> tree(h.getSchema(), visitor));
                        }
                    });
                }
            });
        });
    }

    private static void content(Content content, Consumer<Schema> visitor) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> tree(m.getSchema(), visitor));
        }
    }

    /** The schema and everything nested in it; references are not followed. */
    static void tree(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> tree(p, visitor));
        }
        tree(schema.getItems(), visitor);
        tree(schema.getAdditionalPropertiesSchema(), visitor);
        tree(schema.getNot(), visitor);
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                new ArrayList<>(group).forEach(s -> tree(s, visitor));
            }
        }
    }

    /** The {@code type: null} branch of an {@code anyOf} that makes a member nullable. */
    static boolean isNullType(Schema schema) {
        return List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    /** The component name a {@code #/components/schemas/...} reference points to, or null. */
    static String refName(Schema schema) {
        String ref = schema == null ? null : schema.getRef();
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }
}
