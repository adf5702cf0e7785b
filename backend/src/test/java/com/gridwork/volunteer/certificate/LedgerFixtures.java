package com.gridwork.volunteer.certificate;

import com.gridwork.area.Area;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.activity.Activity;
import com.gridwork.volunteer.hours.HoursEntry;
import com.gridwork.volunteer.hours.HoursSource;
import com.gridwork.volunteer.hours.HoursStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ledger rows straight in the database (the hours API is another part's), and reads of what the tests check. */
@ApplicationScoped
public class LedgerFixtures {
    @Inject
    AgroalDataSource dataSource;

    /** An entry of an activity (its community, team and category copied) or, with activityId null, without one. */
    @Transactional
    public long entry(
            long volunteerId, Long activityId, LocalDate date, int minutes, HoursStatus status, String description) {
        Volunteer volunteer = Volunteer.findById(volunteerId);
        HoursEntry e = new HoursEntry();
        e.volunteer = volunteer;
        e.source = activityId == null ? HoursSource.BACKFILL : HoursSource.ATTENDANCE;
        e.status = status;
        e.serviceDate = date;
        e.minutes = minutes;
        e.description = description;
        if (activityId != null) {
            Activity activity = Activity.findById(activityId);
            e.activityId = activity.id;
            e.teamId = activity.teamId;
            e.categoryCode = activity.categoryCode;
            e.communityId = activity.communityId;
            e.areaPath = activity.areaPath;
        } else {
            e.communityId = volunteer.communityId;
            e.areaPath = Area.<Area>findById(volunteer.communityId).path;
        }
        e.submittedBy = "test";
        e.submittedAt = Instant.now();
        if (status != HoursStatus.SUBMITTED) {
            e.decidedBy = "test";
            e.decidedAt = Instant.now();
        }
        e.persist();
        return e.id;
    }

    /** A confirmed reversal of an entry, dated {@code date}. */
    @Transactional
    public long reversal(long entryId, LocalDate date) {
        HoursEntry original = HoursEntry.findById(entryId);
        HoursEntry r = new HoursEntry();
        r.volunteer = original.volunteer;
        r.source = HoursSource.REVERSAL;
        r.status = HoursStatus.CONFIRMED;
        r.serviceDate = date;
        r.minutes = -original.minutes;
        r.activityId = original.activityId;
        r.teamId = original.teamId;
        r.categoryCode = original.categoryCode;
        r.communityId = original.communityId;
        r.areaPath = original.areaPath;
        r.reversesId = original.id;
        r.description = "冲正";
        r.submittedBy = "test";
        r.submittedAt = Instant.now();
        r.decidedBy = "test";
        r.decidedAt = Instant.now();
        r.persist();
        return r.id;
    }

    @Transactional
    public String activityTitle(long activityId) {
        return Activity.<Activity>findById(activityId).title;
    }

    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
