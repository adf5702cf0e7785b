package com.gridwork.partybuilding;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Rows of the issue-16 tables written straight through JDBC, so that the statistics tests fix every column the figures
 * read (statuses, decision and claim times, realised days) without the other parts' services. Times are Beijing noon
 * of a day of 2026, stored as UTC as the app stores them.
 */
final class PartyBuildingStatsWorld {
    private final AgroalDataSource dataSource;
    private final long staffId;

    PartyBuildingStatsWorld(AgroalDataSource dataSource, long staffId) {
        this.dataSource = dataSource;
        this.staffId = staffId;
    }

    /** Noon in Beijing on a day of 2026, as the UTC time stored. */
    static LocalDateTime noon(int month, int day) {
        return LocalDateTime.of(2026, month, day, 4, 0);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
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

    /** A member's report; decided (confirmed or rejected) when {@code decided}. */
    long report(
            long volunteerId,
            long communityId,
            int year,
            String status,
            boolean decided,
            String employerType,
            Long unitId)
            throws SQLException {
        return insert(
                "INSERT INTO party_member_report (report_year, volunteer_id, community_id, area_path, employer,"
                        + " employer_type, unit_id, status, submitted_by_id, submitted_at, decided_by_id, decided_at,"
                        + " version, created_at, updated_at) VALUES (?, ?, ?, ?, '某单位', ?, ?, ?, ?, ?, ?, ?, 0, NOW(6), NOW(6))",
                year,
                volunteerId,
                communityId,
                path(communityId),
                employerType,
                unitId,
                status,
                staffId,
                noon(1, 5),
                decided ? staffId : null,
                decided ? noon(1, 6) : null);
    }

    long unitReport(long unitId, long communityId, String status, int total) throws SQLException {
        return insert(
                "INSERT INTO party_unit_report (report_year, unit_id, community_id, area_path, party_org_name,"
                        + " party_member_total, status, submitted_by_id, submitted_at, decided_at, version, created_at,"
                        + " updated_at) VALUES (2026, ?, ?, ?, '党委', ?, ?, ?, ?, ?, 0, NOW(6), NOW(6))",
                unitId,
                communityId,
                path(communityId),
                total,
                status,
                staffId,
                noon(1, 5),
                noon(1, 6));
    }

    long post(
            long areaId, long communityId, String category, int capacity, int claimCount, LocalDate from, LocalDate to)
            throws SQLException {
        return insert(
                "INSERT INTO party_post (area_id, community_id, area_path, category_code, title, capacity, claim_count,"
                        + " term_from, term_to, status, created_by_id, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, '岗位', ?, ?, ?, ?, 'OPEN', ?, 0, NOW(6), NOW(6))",
                areaId,
                communityId,
                path(areaId),
                category,
                capacity,
                claimCount,
                from,
                to,
                staffId);
    }

    long claim(
            long postId,
            long reportId,
            long volunteerId,
            long areaId,
            String status,
            LocalDateTime claimedAt,
            LocalDateTime endedAt)
            throws SQLException {
        return insert(
                "INSERT INTO party_post_claim (post_id, report_id, volunteer_id, area_path, status, claimed_at, ended_at,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                postId,
                reportId,
                volunteerId,
                path(areaId),
                status,
                claimedAt,
                endedAt);
    }

    long wish(
            long householdId,
            long gridId,
            long communityId,
            String status,
            LocalDateTime publishedAt,
            LocalDate realisedOn)
            throws SQLException {
        return insert(
                "INSERT INTO micro_wish (household_id, grid_id, community_id, area_path, category_code, title,"
                        + " beneficiary_name, beneficiary_masked, status, published_at, realised_on, created_by_id,"
                        + " version, created_at, updated_at) VALUES (?, ?, ?, ?, 'STUDY', '书包', '张小明', '张*明', ?, ?, ?,"
                        + " ?, 0, NOW(6), NOW(6))",
                householdId,
                gridId,
                communityId,
                path(gridId),
                status,
                publishedAt,
                realisedOn,
                staffId);
    }

    long wishClaim(long wishId, long volunteerId, String status, LocalDateTime claimedAt) throws SQLException {
        return insert(
                "INSERT INTO micro_wish_claim (wish_id, claimant_kind, volunteer_id, claimant_name, claimed_by_id,"
                        + " status, claimed_at, version) VALUES (?, 'PARTY_MEMBER', ?, '党员', ?, ?, ?, 0)",
                wishId,
                volunteerId,
                staffId,
                status,
                claimedAt);
    }

    long project(long communityId, String status, Long unitId, LocalDateTime approvedAt, LocalDateTime acceptedAt)
            throws SQLException {
        return insert(
                "INSERT INTO cobuild_project (community_id, area_path, field_code, title, status, approved_at, unit_id,"
                        + " accepted_at, created_by_id, version, created_at, updated_at)"
                        + " VALUES (?, ?, 'ELDERLY_CARE', '项目', ?, ?, ?, ?, ?, 0, NOW(6), NOW(6))",
                communityId,
                path(communityId),
                status,
                approvedAt,
                unitId,
                acceptedAt,
                staffId);
    }

    long milestone(long projectId, LocalDate dueOn, LocalDate doneOn) throws SQLException {
        return insert(
                "INSERT INTO cobuild_milestone (project_id, title, due_on, done_on, version, created_at, updated_at)"
                        + " VALUES (?, '节点', ?, ?, 0, NOW(6), NOW(6))",
                projectId,
                dueOn,
                doneOn);
    }

    void execute(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
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
