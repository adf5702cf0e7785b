package com.gridwork.visit.coverage;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Periods, obligations and issue closings straight in the database, for the coverage tests. */
final class CoverageWorld {
    private final AgroalDataSource db;

    CoverageWorld(AgroalDataSource db) {
        this.db = db;
    }

    long period(long ruleId, LocalDate startsOn, LocalDate endsOn, int householdCount) throws SQLException {
        return insert(
                "INSERT INTO visit_period (rule_id, starts_on, ends_on, due_on, generated_at, household_count)"
                        + " VALUES (?, ?, ?, ?, NOW(6), ?)",
                ruleId,
                startsOn,
                endsOn,
                endsOn,
                householdCount);
    }

    /** An obligation of the household in the period, copying the period's days and the household's grid and path. */
    long obligation(
            long periodId,
            long householdId,
            Long responsibleId,
            String pairingType,
            String status,
            int required,
            int completedDays,
            int attemptDays,
            String naReason)
            throws SQLException {
        return insert(
                "INSERT INTO visit_obligation (period_id, rule_id, household_id, grid_id, area_path, responsible_staff_id,"
                        + " pairing_type_code, starts_on, ends_on, due_on, visits_required, completed_days, attempt_days,"
                        + " status, not_applicable_reason, not_applicable_note, version, created_at, updated_at)"
                        + " SELECT p.id, p.rule_id, h.id, h.grid_id, h.area_path, ?, ?, p.starts_on, p.ends_on, p.due_on,"
                        + " ?, ?, ?, ?, ?, ?, 0, NOW(6), NOW(6) FROM visit_period p, household h"
                        + " WHERE p.id = ? AND h.id = ?",
                responsibleId,
                pairingType,
                required,
                completedDays,
                attemptDays,
                status,
                naReason,
                naReason == null ? null : "测试原因",
                periodId,
                householdId);
    }

    /** Sets an issue's first-responsible person, status and closing time. */
    void closeIssue(long issueId, long firstResponsibleId, String status, Instant closedAt) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE issue SET first_responsible_id = ?, status = ?, closed_at = ? WHERE id = ?")) {
            s.setLong(1, firstResponsibleId);
            s.setString(2, status);
            // stored as UTC wall time, as Hibernate writes instants (jdbc.timezone=UTC)
            s.setObject(3, closedAt == null ? null : LocalDateTime.ofInstant(closedAt, ZoneOffset.UTC));
            s.setLong(4, issueId);
            s.executeUpdate();
        }
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
