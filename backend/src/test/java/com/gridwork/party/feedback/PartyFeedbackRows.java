package com.gridwork.party.feedback;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Posts, claims, wishes and wish claims straight in the database: the posts and wishes parts own their entities, so
 * the feedback's tests write the rows its figures read, keeping their invariants (a post's claim_count is its live
 * claims; one live claim per wish).
 */
@ApplicationScoped
public class PartyFeedbackRows {
    @Inject
    AgroalDataSource dataSource;

    /** An open post of a community for this year. */
    public long post(long communityId, long creatorStaffId) {
        LocalDate today = LocalDate.now();
        return insert(
                "INSERT INTO party_post (area_id, community_id, area_path, category_code, title, capacity, claim_count,"
                        + " term_from, term_to, status, created_by_id, version, created_at, updated_at)"
                        + " SELECT id, id, path, 'POLICY_OUTREACH', '测试岗位', 5, 0, ?, ?, 'OPEN', ?, 0, ?, ? FROM area WHERE id = ?",
                today.withDayOfYear(1),
                today.withDayOfYear(today.lengthOfYear()),
                creatorStaffId,
                now(),
                now(),
                communityId);
    }

    /** A member's claim of a post through one report; a live one counts into the post's claim_count. */
    public long claim(long postId, long reportId, long volunteerId, String status) {
        long id = insert(
                "INSERT INTO party_post_claim (post_id, report_id, volunteer_id, area_path, status, claimed_at, ended_at,"
                        + " end_reason, version) SELECT id, ?, ?, area_path, ?, ?, ?, ?, 0 FROM party_post WHERE id = ?",
                reportId,
                volunteerId,
                status,
                now(),
                status.equals("ACTIVE") ? null : now(),
                status.equals("ACTIVE") ? null : "测试结束",
                postId);
        if (status.equals("ACTIVE")) {
            update("UPDATE party_post SET claim_count = claim_count + 1 WHERE id = ?", postId);
        }
        return id;
    }

    /** A wish of a household, in a status; realised on a day when REALISED. */
    public long wish(long householdId, long creatorStaffId, String status, LocalDate realisedOn) {
        return insert(
                "INSERT INTO micro_wish (household_id, grid_id, community_id, area_path, category_code, title,"
                        + " beneficiary_name, beneficiary_masked, status, published_at, realised_on, confirmed_by_id,"
                        + " created_by_id, version, created_at, updated_at)"
                        + " SELECT h.id, h.grid_id, g.parent_id, h.area_path, 'STUDY', '一个新书包', '张小明', '张*明', ?,"
                        + " ?, ?, ?, ?, 0, ?, ? FROM household h JOIN area g ON g.id = h.grid_id WHERE h.id = ?",
                status,
                now(),
                realisedOn,
                realisedOn == null ? null : creatorStaffId,
                creatorStaffId,
                now(),
                now(),
                householdId);
    }

    /** A volunteer's (party member's) claim of a wish, in a status. */
    public long wishClaim(long wishId, long volunteerId, long claimedByStaffId, String status) {
        return insert(
                "INSERT INTO micro_wish_claim (wish_id, claimant_kind, volunteer_id, claimant_name, claimed_by_id,"
                        + " status, claimed_at, ended_at, cancel_reason, version) VALUES (?, 'PARTY_MEMBER', ?, '党员', ?,"
                        + " ?, ?, ?, ?, 0)",
                wishId,
                volunteerId,
                claimedByStaffId,
                status,
                now(),
                status.equals("CANCELLED") ? now() : null,
                status.equals("CANCELLED") ? "临时有事" : null);
    }

    public void employer(long reportId, String employer, String partyOrg) {
        update(
                "UPDATE party_member_report SET employer = ?, employer_party_org = ? WHERE id = ?",
                employer,
                partyOrg,
                reportId);
    }

    /** A report withdrawn before the community decided on it. */
    public void undecide(long reportId) {
        update("UPDATE party_member_report SET decided_at = NULL, decided_by_id = NULL WHERE id = ?", reportId);
    }

    public long scalar(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
