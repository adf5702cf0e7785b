package com.gridwork.common.error;

import com.gridwork.common.error.ApiProblem.ViolationKey;
import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every violation of one request, so that the caller hears of them all at once: the body's bean-validation results
 * and the service's own field checks (an ID number's check digit, the sex and birth date it encodes, code-list
 * values, places in scope). A service starts one with the body's bean-validation results, runs its checks through
 * it (skipping those whose input is already known to be wrong) and throws once with {@link #throwIfAny()}.
 */
public final class Violations {
    private final List<ViolationKey> keys = new ArrayList<>();
    private final List<FieldViolation> interpolated = new ArrayList<>();

    private Violations() {}

    /** Starts with what Bean Validation found in the body (its messages already in the caller's language). */
    public static Violations of(Set<? extends ConstraintViolation<?>> beanViolations) {
        Violations v = new Violations();
        beanViolations.forEach(c -> v.interpolated.add(new FieldViolation(ProblemMappers.fieldOf(c), c.getMessage())));
        return v;
    }

    /** Whether {@code field} (or anything inside it, such as {@code field.name} or {@code field[2]}) is already wrong. */
    public boolean has(String field) {
        return keys.stream().anyMatch(k -> within(k.field(), field))
                || interpolated.stream().anyMatch(f -> within(f.field(), field));
    }

    private static boolean within(String violated, String field) {
        return violated.equals(field) || violated.startsWith(field + ".") || violated.startsWith(field + "[");
    }

    public Violations add(String field, String messageKey, Object... args) {
        keys.add(new ViolationKey(field, messageKey, args));
        return this;
    }

    /**
     * Runs a check that throws a field problem ({@link ApiProblem#invalidField}) and keeps its violations instead;
     * other failures (a 404, a 409) still end the request. Returns the check's result, or null when it failed.
     */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (ApiProblem problem) {
            if (problem.status() != 400 || problem.violations().isEmpty()) {
                throw problem;
            }
            keys.addAll(problem.violations());
            return null;
        }
    }

    /** As {@link #check(Supplier)} for a check without a result; true when it passed. */
    public boolean check(Runnable check) {
        return check(() -> {
                    check.run();
                    return Boolean.TRUE;
                })
                != null;
    }

    public boolean isEmpty() {
        return keys.isEmpty() && interpolated.isEmpty();
    }

    /** A 400 listing everything collected, if anything was. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw ApiProblem.invalid(keys, interpolated);
        }
    }
}
