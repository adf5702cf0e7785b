package com.gridwork.dev.demo;

import com.gridwork.common.persistence.MultiRowInsert;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dev.generate.VisitGenerator;
import com.gridwork.issue.IssueDeadlines;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo pairings and visits for `make run`: the login {@code volunteer} (刘芳) is paired with three households of
 * 幸福里社区 that carry a care code (the phone's worklist of a helper), about 1 % of the other care households are
 * paired with the demo staff and volunteers, the two default rules with the current half-year and the last two
 * months as periods and their obligations, and about 40 visits of the last three weeks (attempts among them) counted
 * into the obligations ({@link VisitGenerator}); one visit of the demo grid worker raised an issue (channel VISIT). Runs
 * once, after the demo registry and volunteers, into a database without visit periods.
 */
@ApplicationScoped
public class DemoVisitSeeder {
    private static final Logger LOG = Logger.getLogger(DemoVisitSeeder.class);

    @ConfigProperty(name = "gridwork.demo-data.enabled")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IssueDeadlines deadlines;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3000) StartupEvent event) throws Exception {
        if (!enabled) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Long district = scalar(c, "SELECT MIN(id) FROM area WHERE level = 'SUB_DISTRICT'");
            if (district == null
                    || scalar(c, "SELECT COUNT(*) FROM household") == 0
                    || scalar(c, "SELECT COUNT(*) FROM pairing") > 0
                    || scalar(c, "SELECT COUNT(*) FROM visit_period") > 0) {
                return;
            }
            LocalDate today = BeijingTime.today();
            int helperPairings = pairTheVolunteerLogin(c, today);
            VisitGenerator.Result r = new VisitGenerator(c, 20261205L)
                    .generate(district, today, new VisitGenerator.Options(40, 1, 2, 21, false, "demo"));
            boolean finding = finding(c, district);
            c.commit();
            LOG.infof(
                    "Demo pairings and visits seeded: %d pairings (%d of the login volunteer), %d obligations, %d"
                            + " visits (%d attempts)%s",
                    r.pairings() + helperPairings,
                    helperPairings,
                    r.obligations(),
                    r.visits(),
                    r.attempts(),
                    finding ? ", one raised an issue" : "");
        }
    }

    /** The login volunteer's three households: in 幸福里社区, carrying a care code, the oldest first. */
    private int pairTheVolunteerLogin(Connection c, LocalDate today) throws SQLException {
        Long staff = scalar(c, "SELECT id FROM staff WHERE username = 'volunteer'");
        Long volunteer = staff == null ? null : scalar(c, "SELECT id FROM volunteer WHERE staff_id = ?", staff);
        Long creator = scalar(c, "SELECT id FROM staff WHERE username = 'community'");
        if (volunteer == null || creator == null) {
            return 0;
        }
        String name = string(c, "SELECT name FROM volunteer WHERE id = ?", volunteer);
        MultiRowInsert pairings = VisitGenerator.pairingInsert(c);
        Instant now = Instant.now();
        try (PreparedStatement s = c.prepareStatement("SELECT h.id, h.grid_id, h.area_path, MIN(pc.type_code)"
                + " FROM household h JOIN area x ON x.code = 'XFL' AND h.area_path LIKE CONCAT(x.path, '%')"
                + " JOIN household_tag t ON t.household_id = h.id"
                + " JOIN pairing_type_care_code pc ON pc.care_code = t.code"
                + " WHERE h.status = 'ACTIVE' GROUP BY h.id, h.grid_id, h.area_path ORDER BY h.id LIMIT 3")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pairings.add(
                            rs.getLong(1),
                            null,
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            "VOLUNTEER",
                            staff,
                            volunteer,
                            name,
                            "ACTIVE",
                            today.withDayOfMonth(1).minusMonths(3),
                            null,
                            null,
                            null,
                            null,
                            null,
                            creator,
                            0L,
                            now,
                            now);
                }
            }
        }
        int n = pairings.size();
        pairings.flush(false);
        return n;
    }

    /** The demo grid worker's latest completed visit in a home raised an issue for its household. */
    private boolean finding(Connection c, long district) throws SQLException {
        List<Object[]> visit = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT v.id, v.household_id, v.grid_id, v.area_path,"
                + " v.visitor_staff_id, v.visited_at, h.address, g.parent_id,"
                + " COALESCE((SELECT r.name FROM resident r WHERE r.id = h.head_resident_id), '住户')"
                + " FROM visit v JOIN staff s ON s.id = v.visitor_staff_id AND s.username = 'gridworker'"
                + " JOIN household h ON h.id = v.household_id JOIN area g ON g.id = v.grid_id"
                + " WHERE v.outcome = 'COMPLETED' AND v.mode = 'IN_HOME' ORDER BY v.visited_at DESC LIMIT 1")) {
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    Object[] row = new Object[9];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    visit.add(row);
                }
            }
        }
        Long category = scalar(c, "SELECT MIN(id) FROM issue_category WHERE code = 'SOCIAL_ASSISTANCE'");
        if (visit.isEmpty() || category == null) {
            return false;
        }
        Object[] v = visit.get(0);
        int days = scalar(c, "SELECT time_limit_days FROM issue_category WHERE id = ?", category)
                .intValue();
        Instant received = ((java.time.LocalDateTime) v[5])
                .toInstant(java.time.ZoneOffset.UTC)
                .plusSeconds(900);
        Instant due = deadlines.dueAt(district, received, days);
        MultiRowInsert issue = new MultiRowInsert(
                c,
                "issue",
                "category_id",
                "description",
                "urgency",
                "channel",
                "community_id",
                "grid_id",
                "household_id",
                "address",
                "area_path",
                "reporter_name",
                "status",
                "received_by_id",
                "first_responsible_id",
                "received_at",
                "due_at",
                "warn_at",
                "visit_id",
                "version",
                "created_at",
                "updated_at");
        issue.add(
                category,
                "走访发现：独居老人家中热水器老化漏电，需协调维修并申请居家养老服务",
                "HIGH",
                "VISIT",
                v[7],
                v[2],
                v[1],
                v[6],
                v[3],
                v[8],
                "RECEIVED",
                v[4],
                v[4],
                received,
                due,
                IssueDeadlines.warnAt(received, due),
                v[0],
                0L,
                received,
                received);
        long id = issue.flush(true).get(0);
        MultiRowInsert events =
                new MultiRowInsert(c, "issue_event", "issue_id", "type", "from_status", "to_status", "actor_id", "at");
        events.add(id, "RECEIVED", null, "RECEIVED", v[4], received);
        events.flush(false);
        return true;
    }

    private static Long scalar(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : null;
            }
        }
    }

    private static String string(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
