package com.gridwork.common.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Objects;

/** {@code IN (?, ?, ...)} lists for plain JDBC statements. */
public final class SqlLists {
    private SqlLists() {}

    /** "?, ?, ?" for {@code count} values; an empty list has no SQL form, so callers skip the statement instead. */
    public static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return "?, ".repeat(count - 1) + "?";
    }

    /** Binds {@code values} in order from parameter {@code first}; returns the next free parameter index. */
    public static int bind(PreparedStatement statement, int first, Collection<?> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, Objects.requireNonNull(value));
        }
        return index;
    }
}
