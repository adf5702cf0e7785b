package com.gridwork.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Buffers rows for one table and writes them as a single multi-row {@code INSERT ... VALUES (...), (...)}, which
 * MySQL and MariaDB execute in one round trip whatever the driver's batch settings, and returns the generated ids
 * in row order (consecutive within one statement). Instants are written as UTC wall-clock time, as Hibernate
 * does with {@code quarkus.hibernate-orm.jdbc.timezone=UTC}.
 */
public final class MultiRowInsert {
    private final Connection connection;
    private final String prefix;
    private final String group;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();

    public MultiRowInsert(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.columns = columns.length;
        this.prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.group = "(" + "?, ".repeat(columns.length - 1) + "?)";
    }

    public void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        rows.add(values);
    }

    public int size() {
        return rows.size();
    }

    /** Writes the buffered rows (if any) and returns their generated ids, in the order they were added. */
    public List<Long> flush(boolean generatedKeys) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(prefix.length() + rows.size() * (group.length() + 2)).append(prefix);
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(group);
        }
        List<Long> ids = new ArrayList<>(generatedKeys ? rows.size() : 0);
        try (PreparedStatement statement = generatedKeys
                ? connection.prepareStatement(sql.toString(), Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    bind(statement, index++, value);
                }
            }
            statement.executeUpdate();
            if (generatedKeys) {
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != rows.size()) {
                    throw new SQLException("expected " + rows.size() + " generated keys, got " + ids.size());
                }
            }
        }
        rows.clear();
        return ids;
    }

    /**
     * Sets one column of many rows in one statement: {@code UPDATE t SET c = CASE id WHEN ? THEN ? ... END WHERE id IN (...)}.
     */
    public static void setById(Connection connection, String table, String column, java.util.Map<Long, ?> values)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE ")
                .append(table)
                .append(" SET ")
                .append(column)
                .append(" = CASE id");
        sql.append(" WHEN ? THEN ?".repeat(values.size()));
        sql.append(" END WHERE id IN (").append("?, ".repeat(values.size() - 1)).append("?)");
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (var entry : values.entrySet()) {
                statement.setLong(index++, entry.getKey());
                bind(statement, index++, entry.getValue());
            }
            for (Long id : values.keySet()) {
                statement.setLong(index++, id);
            }
            statement.executeUpdate();
        }
    }

    public static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }
}
