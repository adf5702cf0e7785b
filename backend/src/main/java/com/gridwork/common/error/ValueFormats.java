package com.gridwork.common.error;

import com.gridwork.common.error.ApiProblem.ViolationKey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one set of rules for values the API reads, in query, path and header parameters and in JSON bodies alike: what
 * converts to a declared type, the message when a value does not, and the range every date and time must keep
 * (1900-01-01 to 2099-12-31: nothing in this domain lies outside, and the database's DATETIME ends at year 9999).
 */
public final class ValueFormats {
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);
    private static final Instant EARLIEST_INSTANT =
            EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT =
            LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Pattern DIGITS = Pattern.compile("[-+]?\\d+");

    private ValueFormats() {}

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(END_INSTANT);
    }

    /** Whether a value read from JSON keeps the bounds of its type (dates and times); other values always do. */
    public static ViolationKey outOfRange(String field, Object value) {
        boolean out = value instanceof LocalDate date && !inRange(date)
                || value instanceof Instant instant && !inRange(instant)
                || value instanceof OffsetDateTime time && !inRange(time.toInstant())
                || value instanceof LocalDateTime time && !inRange(time.toLocalDate());
        return out ? new ViolationKey(field, "value.date.range") : null;
    }

    /**
     * What is wrong with the text of a parameter declared as {@code type}, or null when it converts and keeps its
     * bounds. Types without a rule here (strings) always convert.
     */
    public static ViolationKey check(String field, Class<?> type, String raw) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(raw);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(raw);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
                    return expected(field, type, false);
                }
            } else if (type.isEnum()) {
                if (Arrays.stream(type.getEnumConstants())
                        .noneMatch(c -> ((Enum<?>) c).name().equals(raw))) {
                    return expected(field, type, false);
                }
            } else if (type == LocalDate.class) {
                return outOfRange(field, LocalDate.parse(raw));
            } else if (type == Instant.class) {
                return outOfRange(field, Instant.parse(raw));
            }
            return null;
        } catch (NumberFormatException e) {
            return expected(field, type, DIGITS.matcher(raw).matches());
        } catch (DateTimeParseException e) {
            return expected(field, type, false);
        }
    }

    /** The message for a value that is not of {@code type}; {@code outOfRange}: a whole number too large for it. */
    public static ViolationKey expected(String field, Class<?> type, boolean outOfRange) {
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
            return outOfRange
                    ? new ViolationKey(
                            field,
                            "value.integer.range",
                            type == int.class || type == Integer.class ? Integer.MIN_VALUE : Short.MIN_VALUE,
                            type == int.class || type == Integer.class ? Integer.MAX_VALUE : Short.MAX_VALUE)
                    : new ViolationKey(field, "value.integer");
        }
        if (type == long.class || type == Long.class) {
            return outOfRange
                    ? new ViolationKey(field, "value.integer.range", Long.MIN_VALUE, Long.MAX_VALUE)
                    : new ViolationKey(field, "value.integer");
        }
        if (type == double.class
                || type == Double.class
                || type == float.class
                || type == Float.class
                || type == BigDecimal.class) {
            return new ViolationKey(field, "value.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return new ViolationKey(field, "value.boolean");
        }
        if (type != null && type.isEnum()) {
            return new ViolationKey(
                    field,
                    "value.enum",
                    Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", ")));
        }
        if (type == LocalDate.class) {
            return new ViolationKey(field, "value.date");
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == LocalDateTime.class) {
            return new ViolationKey(field, "value.date-time");
        }
        if (type == LocalTime.class) {
            return new ViolationKey(field, "value.time");
        }
        if (type == String.class) {
            return new ViolationKey(field, "value.text");
        }
        return new ViolationKey(field, "problem.json.field-invalid");
    }
}
