package com.gridwork.access;

import com.gridwork.area.AreaLevel;
import com.gridwork.staff.StaffRole;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Loads the caller on every request. One indexed query on an autocommit connection, not a JPA transaction: this
 * runs before every read, and a transaction with its own session costs more than the small reads it guards.
 */
@ApplicationScoped
public class CallerLoader {
    private static final String SQL = "SELECT s.id, s.username, s.display_name, s.role, a.id, a.level, a.code, a.name, a.path"
            + " FROM staff s LEFT JOIN staff_area sa ON sa.staff_id = s.id LEFT JOIN area a ON a.id = sa.area_id"
            + " WHERE s.username = ? AND s.enabled = TRUE";

    @Inject
    AgroalDataSource dataSource;

    /** The enabled staff account behind a token's user name, with its scope; empty when there is none. */
    public Optional<Caller> load(String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
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
                        areas.add(new Caller.ScopedArea(rs.getLong(5), AreaLevel.valueOf(rs.getString(6)), rs.getString(7),
                                rs.getString(8), rs.getString(9)));
                    }
                } while (rs.next());
                areas.sort(Comparator.comparing(Caller.ScopedArea::path));
                boolean wholePlatform = role == StaffRole.STREET_ADMIN && areas.isEmpty();
                return Optional.of(new Caller(id, name, displayName, role, wholePlatform, List.copyOf(areas)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("loading the caller failed", e);
        }
    }
}
