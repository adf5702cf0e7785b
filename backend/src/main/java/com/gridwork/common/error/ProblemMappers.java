package com.gridwork.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.gridwork.common.i18n.Messages;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem+json in the caller's language. Nothing from an exception's own
 * message reaches the client: texts come from the message bundle, so no class names or stack traces leak.
 */
public class ProblemMappers {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Comparator<FieldViolation> BY_FIELD =
            Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message);

    @Inject
    Messages messages;

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        List<FieldViolation> violations = new ArrayList<>(problem.interpolated());
        violations.sort(BY_FIELD);
        problem.violations()
                .forEach(v ->
                        violations.add(new FieldViolation(v.field(), messages.get(locale, v.messageKey(), v.args()))));
        return respond(
                problem.status(),
                problem.slug(),
                messages.get(locale, problem.messageKey(), problem.args()),
                violations.isEmpty() ? null : violations,
                problem.existingId(),
                locale,
                uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(BY_FIELD)
                .toList();
        return respond(
                400,
                "validation-failed",
                messages.get(locale, "problem.validation.detail"),
                violations,
                null,
                locale,
                uri);
    }

    // Listed explicitly: Quarkus' own mapper for MismatchedInputException would otherwise win as the closer match.
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        List<FieldViolation> violations = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            ApiProblem.ViolationKey key = jsonViolation(field, mapping);
            violations = List.of(new FieldViolation(field, messages.get(locale, key.messageKey(), key.args())));
        }
        return respond(
                400, "malformed-body", messages.get(locale, "problem.json.detail"), violations, null, locale, uri);
    }

    /** Why a JSON value did not bind, in the words of {@link ValueFormats} for the type it should have had. */
    private static ApiProblem.ViolationKey jsonViolation(String field, JsonMappingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonFieldException rule) {
                return new ApiProblem.ViolationKey(field, rule.messageKey(), rule.args());
            }
            if (cause instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
                return ValueFormats.expected(field, coercion.getTargetType(), true);
            }
            if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return ValueFormats.expected(field, mismatch.getTargetType(), false);
            }
        }
        return new ApiProblem.ViolationKey(field, "problem.json.field-invalid");
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthorized(Exception e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        Response problem = respond(
                401, "unauthorized", messages.get(locale, "problem.unauthorized.detail"), null, null, locale, uri);
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gridwork\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        return respond(403, "forbidden", messages.get(locale, "problem.forbidden.detail"), null, null, locale, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        // The JSON reader reports some binding failures (e.g. a rejected enum value) wrapped in a plain 400.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json, headers, uri);
            }
        }
        Locale locale = messages.localeOf(headers);
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String slug = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
        String detailKey = "problem.http." + status + ".detail";
        String detail = messages.get(locale, detailKey);
        if (detail.equals(detailKey)) {
            detail = messages.get(locale, status >= 500 ? "problem.internal.detail" : "problem.http.other.detail");
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return respond(status, slug, detail, null, null, locale, uri);
    }

    /** Everything else: persistence races map to 412/409; anything unforeseen is logged and answered with a bare 500. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        Locale locale = messages.localeOf(headers);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && MultipartParts.unreadable(io)) {
                return apiProblem(MultipartParts.missing(resource), headers, uri);
            }
            if (cause instanceof ApiProblem problem) {
                return apiProblem(problem, headers, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(
                        412,
                        "precondition-failed",
                        messages.get(locale, "problem.stale.detail"),
                        null,
                        null,
                        locale,
                        uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return respond(
                        409, "conflict", messages.get(locale, "problem.conflict.detail"), null, null, locale, uri);
            }
            if (cause instanceof ConstraintViolationException violations) {
                return validation(violations, headers, uri);
            }
        }
        LOG.error("Unexpected failure", e);
        return respond(500, "internal-error", messages.get(locale, "problem.internal.detail"), null, null, locale, uri);
    }

    private Response respond(
            int status,
            String slug,
            String detail,
            List<FieldViolation> violations,
            Long existingId,
            Locale locale,
            UriInfo uri) {
        String title = messages.get(locale, "problem.title." + slug);
        if (title.startsWith("problem.title.")) {
            title = messages.get(locale, "problem.title.generic");
        }
        Problem body = new Problem(
                "/problems/" + slug,
                title,
                status,
                detail,
                uri == null ? null : uri.getRequestUri().getRawPath(),
                violations,
                existingId);
        return Response.status(status)
                .type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body)
                .build();
    }

    /** The JSON path of a violated value: {@code create.body.name} becomes {@code name}, a query parameter keeps its name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null ? "" : node.getName();
                if (node.getIndex() != null && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (!name.isEmpty() && !name.startsWith("<")) {
                    parts.add(name);
                }
            } else if (node.getKind() == ElementKind.PARAMETER && last) {
                parts.add(node.getName());
            }
        }
        return parts.isEmpty() ? "" : String.join(".", parts);
    }
}
