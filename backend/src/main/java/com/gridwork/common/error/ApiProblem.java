package com.gridwork.common.error;

import java.util.List;

/**
 * A failure the client can act on. Services throw it with a message key; the mapper renders it as problem+json
 * in the caller's language, so no service needs to know about locales or HTTP.
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String slug;
    private final String messageKey;
    private final transient Object[] args;
    private final List<ViolationKey> violations;
    private final List<FieldViolation> interpolated;
    private final Long existingId;

    /** A field violation whose message is still a key into the message bundle. */
    public record ViolationKey(String field, String messageKey, Object... args) {}

    private ApiProblem(
            int status, String slug, String messageKey, Object[] args, List<ViolationKey> violations, Long existingId) {
        this(status, slug, messageKey, args, violations, List.of(), existingId);
    }

    private ApiProblem(
            int status,
            String slug,
            String messageKey,
            Object[] args,
            List<ViolationKey> violations,
            List<FieldViolation> interpolated,
            Long existingId) {
        super(slug + ": " + messageKey, null, false, false);
        this.status = status;
        this.slug = slug;
        this.messageKey = messageKey;
        this.args = args;
        this.violations = violations;
        this.interpolated = interpolated;
        this.existingId = existingId;
    }

    public static ApiProblem notFound(String messageKey, Object... args) {
        return new ApiProblem(404, "not-found", messageKey, args, List.of(), null);
    }

    public static ApiProblem forbidden(String messageKey, Object... args) {
        return new ApiProblem(403, "forbidden", messageKey, args, List.of(), null);
    }

    public static ApiProblem conflict(String messageKey, Object... args) {
        return new ApiProblem(409, "conflict", messageKey, args, List.of(), null);
    }

    public static ApiProblem duplicate(Long existingId, String messageKey, Object... args) {
        return new ApiProblem(409, "conflict", messageKey, args, List.of(), existingId);
    }

    /** A 409 for a value that must be unique, pointing at the field and at the record that already has it. */
    public static ApiProblem duplicateField(Long existingId, String field, String messageKey, Object... args) {
        return new ApiProblem(
                409,
                "conflict",
                "problem.duplicate.detail",
                new Object[0],
                List.of(new ViolationKey(field, messageKey, args)),
                existingId);
    }

    public static ApiProblem badRequest(String messageKey, Object... args) {
        return new ApiProblem(400, "bad-request", messageKey, args, List.of(), null);
    }

    /** A 400 that points at one field, shown next to it in the form. */
    public static ApiProblem invalidField(String field, String messageKey, Object... args) {
        return new ApiProblem(
                400,
                "validation-failed",
                "problem.validation.detail",
                new Object[0],
                List.of(new ViolationKey(field, messageKey, args)),
                null);
    }

    /** A 400 listing every faulty field of a list at once (e.g. {@code days[3].date}), so a form marks all rows. */
    public static ApiProblem invalidFields(List<ViolationKey> violations) {
        return new ApiProblem(
                400, "validation-failed", "problem.validation.detail", new Object[0], List.copyOf(violations), null);
    }

    /** A 400 with the service's own violations and Bean Validation's (already in words), from {@link Violations}. */
    static ApiProblem invalid(List<ViolationKey> violations, List<FieldViolation> interpolated) {
        return new ApiProblem(
                400,
                "validation-failed",
                "problem.validation.detail",
                new Object[0],
                List.copyOf(violations),
                List.copyOf(interpolated),
                null);
    }

    public static ApiProblem preconditionFailed() {
        return new ApiProblem(412, "precondition-failed", "problem.stale.detail", new Object[0], List.of(), null);
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(
                428, "precondition-required", "problem.if-match-required.detail", new Object[0], List.of(), null);
    }

    /** A refusal of its own kind: {@code slug} becomes the problem type {@code /problems/<slug>} and names its title. */
    public static ApiProblem of(int status, String slug, String messageKey, Object... args) {
        return new ApiProblem(status, slug, messageKey, args, List.of(), null);
    }

    public static ApiProblem unavailable(String messageKey, Object... args) {
        return new ApiProblem(503, "service-unavailable", messageKey, args, List.of(), null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<ViolationKey> violations() {
        return violations;
    }

    /** Violations whose messages are already in the caller's language (Bean Validation's). */
    public List<FieldViolation> interpolated() {
        return interpolated;
    }

    public Long existingId() {
        return existingId;
    }
}
