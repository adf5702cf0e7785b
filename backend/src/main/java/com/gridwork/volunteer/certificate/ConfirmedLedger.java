package com.gridwork.volunteer.certificate;

import com.gridwork.volunteer.certificate.CertificateLines.LedgerRow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The one read of CONFIRMED ledger rows that the certificate and the national-system export share: each row with the
 * activity, title and team it counts under (a reversal under those of the entry it reverses), dated by its own
 * service date. Callers add their conditions after {@link #from}'s.
 */
final class ConfirmedLedger {
    /** Shown for an entry without an activity whose submitter gave no description. */
    static final String UNTITLED = "志愿服务";

    /** Columns 1 to 7 make the {@link LedgerRow}; callers may select more after them. */
    static final String COLUMNS = "e.id, e.reverses_id, COALESCE(e.activity_id, o.activity_id), "
            + "COALESCE(a.title, o.description, e.description), t.name, e.service_date, e.minutes";

    /** FROM and WHERE with the period's two parameters (from, to), after the caller's own joins. */
    static String from(String joins) {
        return " FROM volunteer_hours_entry e" + joins
                + " LEFT JOIN volunteer_hours_entry o ON o.id = e.reverses_id"
                + " LEFT JOIN volunteer_activity a ON a.id = COALESCE(e.activity_id, o.activity_id)"
                + " LEFT JOIN volunteer_team t ON t.id = COALESCE(e.team_id, o.team_id, a.team_id)"
                + " WHERE e.status = 'CONFIRMED' AND e.service_date >= ? AND e.service_date <= ?";
    }

    private ConfirmedLedger() {}

    static LedgerRow row(ResultSet rs) throws SQLException {
        long reverses = rs.getLong(2);
        Long reversesId = rs.wasNull() ? null : reverses;
        long activity = rs.getLong(3);
        Long activityId = rs.wasNull() ? null : activity;
        String title = rs.getString(4);
        return new LedgerRow(
                rs.getLong(1),
                reversesId,
                activityId,
                title == null || title.isBlank() ? UNTITLED : title.strip(),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getLong(7));
    }
}
