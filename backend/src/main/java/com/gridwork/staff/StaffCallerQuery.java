package com.gridwork.staff;

import com.gridwork.access.Caller;
import com.gridwork.access.CallerQuery;
import com.gridwork.access.StaffRole;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The caller of a request from the staff tables: one indexed query on an autocommit connection, not a JPA
 * transaction, since it runs before every read.
 */
@ApplicationScoped
public class StaffCallerQuery implements CallerQuery {
    private static final String SQL = "SELECT s.id, s.username, s.display_name, s.role, a.id, a.code, a.name, a.path"
            + " FROM staff s LEFT JOIN staff_area sa ON sa.staff_id = s.id LEFT JOIN area a ON a.id = sa.area_id"
            + " WHERE s.username = ? AND s.enabled = TRUE";

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Optional<Caller> enabledAccount(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                String name = rs.getString(2);
                String displayName = rs.getString(3);
                StaffRole role = StaffRole.of(rs.getString(4));
                List<Caller.ScopedArea> areas = new ArrayList<>();
                do {
                    if (rs.getObject(5) != null) {
                        areas.add(new Caller.ScopedArea(
                                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                } while (rs.next());
                return Optional.of(Caller.of(id, name, displayName, role, areas));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("loading the caller failed", e);
        }
    }
}
