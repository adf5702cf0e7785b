package com.gridwork.volunteer.stats;

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
import java.util.UUID;

/**
 * Rows of the volunteer tables written straight through JDBC, so that the statistics tests fix every column the
 * figures read (dates, statuses, the ledger's copied community, team and category) without the writing services.
 */
final class VolunteerStatsWorld {
    private final AgroalDataSource dataSource;

    VolunteerStatsWorld(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    String path(long areaId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT path FROM area WHERE id = ?")) {
            s.setLong(1, areaId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    long team(long areaId, String status, LocalDate foundedOn, LocalDate dissolvedOn) throws SQLException {
        return insert(
                "INSERT INTO volunteer_team (area_id, area_path, name, type_code, founded_on, status, dissolved_on,"
                        + " version, created_at, updated_at) VALUES (?, ?, ?, 'OTHER', ?, ?, ?, 0, NOW(6), NOW(6))",
                areaId,
                path(areaId),
                "服务队" + UUID.randomUUID().toString().substring(0, 6),
                foundedOn,
                status,
                dissolvedOn);
    }

    long volunteer(long communityId, String status, LocalDate registeredOn) throws SQLException {
        String hash = UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
        return insert(
                "INSERT INTO volunteer (community_id, area_path, name, name_initials, name_pinyin, gender, birth_date,"
                        + " id_card_enc, id_card_hash, id_card_masked, status, registered_on, version, created_at,"
                        + " updated_at) VALUES (?, ?, ?, 'zs', 'zhang san', 'M', '1980-01-01', 'x', ?, '1101**********0011',"
                        + " ?, ?, 0, NOW(6), NOW(6))",
                communityId,
                path(communityId),
                "志愿者" + hash.substring(0, 4),
                hash,
                status,
                registeredOn);
    }

    /** An activity of a team in a community with one session from {@code start} for two hours. */
    long activity(long teamId, long communityId, String category, String status, Instant... sessions)
            throws SQLException {
        Instant first = sessions[0];
        Instant last = sessions[sessions.length - 1].plusSeconds(7200);
        long id = insert(
                "INSERT INTO volunteer_activity (team_id, community_id, area_path, title, category_code, place,"
                        + " signup_mode, status, starts_at, ends_at, created_by, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, '活动', ?, '社区广场', 'FIRST_COME', ?, ?, ?, 'test', 0, NOW(6), NOW(6))",
                teamId,
                communityId,
                path(communityId),
                category,
                status,
                utc(first),
                utc(last));
        for (Instant start : sessions) {
            insert(
                    "INSERT INTO volunteer_session (activity_id, starts_at, ends_at, checkin_secret, version,"
                            + " created_at, updated_at) VALUES (?, ?, ?, ?, 0, NOW(6), NOW(6))",
                    id,
                    utc(start),
                    utc(start.plusSeconds(7200)),
                    "0".repeat(64));
        }
        return id;
    }

    /** A ledger entry; for an activity's entry the team and category are copied as the ledger does. */
    long entry(
            long volunteerId,
            long communityId,
            Long activityId,
            Long teamId,
            String category,
            String source,
            String status,
            LocalDate date,
            int minutes,
            Long reverses)
            throws SQLException {
        return insert(
                "INSERT INTO volunteer_hours_entry (volunteer_id, source, status, service_date, minutes, activity_id,"
                        + " team_id, category_code, community_id, area_path, reverses_id, submitted_by, submitted_at,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', NOW(6), 0)",
                volunteerId,
                source,
                status,
                date,
                minutes,
                activityId,
                teamId,
                category,
                communityId,
                path(communityId),
                reverses);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private long insert(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
