package com.gridwork.common.persistence;

import org.hibernate.exception.ConstraintViolationException;

import java.util.Locale;

/** Which database constraint an insert or update broke: the unique keys that decide races between parallel requests. */
public final class Constraints {
    private Constraints() {}

    /**
     * Whether {@code e}, or a cause of it, is the violation of this constraint (by its name, or its message when the
     * driver gives no name).
     */
    public static boolean violated(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c) {
                String name = c.getConstraintName();
                String text = name != null ? name : String.valueOf(c.getMessage());
                return text.toLowerCase(Locale.ROOT).contains(constraint);
            }
        }
        return false;
    }
}
