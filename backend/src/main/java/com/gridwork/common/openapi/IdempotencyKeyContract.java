package com.gridwork.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The Idempotency-Key contract ({@code common/idempotency}) in the document: every POST for signed-in callers takes
 * the optional header, as one component parameter, answers 409 (still running) and 422 (key used for another request)
 * as problems; the parameter tells of the {@code Idempotency-Replayed} header. ContractFilter runs it after
 * {@link ProblemResponsesFilter}, whose 409 it words more precisely.
 */
final class IdempotencyKeyContract {
    static final String PARAMETER = "IdempotencyKey";

    private IdempotencyKeyContract() {}

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (var path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation post = path.getValue().getOperations().get(PathItem.HttpMethod.POST);
            if (post == null || path.getKey().startsWith("/api/public")) {
                continue;
            }
            document(post);
            used = true;
        }
        if (used) {
            declareComponents(openAPI);
        }
    }

    private static void document(Operation post) {
        post.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + PARAMETER));
        var responses = post.getResponses();
        if (responses.getAPIResponse("400") == null) {
            responses.addAPIResponse(
                    "400", ProblemResponsesFilter.problem("Invalid input; `violations` lists each field"));
        }
        responses.addAPIResponse(
                "409",
                ProblemResponsesFilter.problem(
                        "Conflicts with existing data; or (type `/problems/idempotency-key-in-flight`) the first "
                                + "request with this Idempotency-Key is still running: resend it later"));
        responses.addAPIResponse(
                "422",
                ProblemResponsesFilter.problem(
                        "(type `/problems/idempotency-key-reused`) the Idempotency-Key was used for another request "
                                + "(method, path or body): use a new key"));
    }

    private static void declareComponents(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addParameter(
                PARAMETER,
                OASFactory.createParameter()
                        .name("Idempotency-Key")
                        .in(Parameter.In.HEADER)
                        .required(false)
                        .description("Makes a resend safe: 1 to 255 printable ASCII characters, made by the client "
                                + "once per intended write (a UUID). The first answer (status below 500) is kept for "
                                + "the signed-in user and key for at least 24 hours; the same key with the same "
                                + "method, path and body gets that answer again, unchanged, with "
                                + "`Idempotency-Replayed: true` (a 412 too: a new attempt needs a new key). The same "
                                + "key for another request is a 422, a resend while the first still runs a 409. "
                                + "Multipart bodies are compared by their parts, not their boundary. A 5xx keeps "
                                + "nothing: retry with the same key.")
                        .schema(OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .minLength(1)
                                .maxLength(255)
                                .pattern("^[\\x20-\\x7E]+$"))
                        .example("5f0c6a52-7a0e-4c39-9d1e-2b7f3c1f9a10"));
    }
}
