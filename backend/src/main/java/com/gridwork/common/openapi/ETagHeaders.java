package com.gridwork.common.openapi;

import com.gridwork.common.http.Versioned;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contract's side of {@link Versioned}: a 200 or 201 whose body is a versioned schema carries an {@code ETag}
 * header, as {@code ETagFilter} sends it, without an annotation on the operation. It runs at build time, where
 * SmallRye hands it the application's index (the runtime filters get an empty one), before {@link ContractFilter}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ETagHeaders implements OASFilter {
    static final String DESCRIPTION = "The version of the returned resource; send it as If-Match to change it";
    private static final DotName SCHEMA =
            DotName.createSimple(org.eclipse.microprofile.openapi.annotations.media.Schema.class);

    private final Set<String> versionedSchemas;

    public ETagHeaders(IndexView index) {
        versionedSchemas = index.getAllKnownImplementations(Versioned.class).stream()
                .map(ETagHeaders::schemaName)
                .collect(Collectors.toSet());
    }

    /** A class's schema name as SmallRye gives it: its {@code @Schema(name)}, else its simple name. */
    private static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name == null ? type.simpleName() : name.asString();
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if ((status.equals("200") || status.equals("201")) && versioned(response.getContent())) {
                    addHeader(response);
                }
            });
        }
        return operation;
    }

    private boolean versioned(Content content) {
        return content != null
                && content.getMediaTypes() != null
                && content.getMediaTypes().values().stream()
                        .map(media -> SchemaWalk.refName(media.getSchema()))
                        .anyMatch(name -> name != null && versionedSchemas.contains(name));
    }

    /** The header goes before the content, where an annotated header stands in the document. */
    private static void addHeader(APIResponse response) {
        Content content = response.getContent();
        response.setContent(null);
        response.addHeader(
                "ETag",
                OASFactory.createHeader()
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING))
                        .description(DESCRIPTION));
        response.setContent(content);
    }
}
