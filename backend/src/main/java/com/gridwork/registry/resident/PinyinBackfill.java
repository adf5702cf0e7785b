package com.gridwork.registry.resident;

import com.gridwork.common.persistence.SqlLists;
import com.gridwork.common.text.NamePinyin;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the pinyin of residents registered before V12 (name_pinyin NULL), in batches of 1,000, on a background thread
 * after start-up. Not a Flyway Java migration: pinyin needs Java, a migration has a version of its own (this change
 * has V12 only, whose SQL adds the column), and a million rows in a migration would hold the start of every instance
 * for minutes; here the application serves at once and a pinyin search finds older residents as their batch is written
 * (a name search does not depend on it). A stopped instance leaves the rest NULL and the next start continues; two
 * instances writing the same row write the same values. The batch reads by the (name_pinyin, id) index.
 */
@ApplicationScoped
public class PinyinBackfill {
    private static final Logger LOG = Logger.getLogger(PinyinBackfill.class);
    static final int BATCH = 1000;

    @Inject
    AgroalDataSource dataSource;

    private volatile boolean stopped;

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::run, "pinyin-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    void run() {
        try {
            int total = 0;
            int written;
            while (!stopped && (written = fillBatch()) > 0) {
                total += written;
            }
            if (total > 0) {
                LOG.infof("pinyin filled for %d residents", total);
            }
        } catch (SQLException e) {
            // Logged without data: the next start continues with the rows still NULL.
            LOG.warnf("pinyin backfill stopped: %s", e.getSQLState());
        }
    }

    /** One batch of rows without pinyin; the number written (0: none left). */
    int fillBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, name FROM resident WHERE name_pinyin IS NULL ORDER BY id LIMIT " + BATCH)) {
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                    }
                }
            }
            if (rows.isEmpty()) {
                c.commit();
                return 0;
            }
            // One statement per batch (CASE by id): a round trip per row made a million rows take half an hour.
            StringBuilder pinyin = new StringBuilder("UPDATE resident SET name_pinyin = CASE id");
            StringBuilder initials = new StringBuilder(" END, name_initials = CASE id");
            List<Object> pinyinParams = new ArrayList<>();
            List<Object> initialsParams = new ArrayList<>();
            for (Object[] row : rows) {
                NamePinyin name = NamePinyin.of((String) row[1]);
                pinyin.append(" WHEN ? THEN ?");
                initials.append(" WHEN ? THEN ?");
                pinyinParams.addAll(List.of(row[0], name.full()));
                initialsParams.addAll(List.of(row[0], name.initials()));
            }
            String sql = pinyin.append(initials)
                    .append(" END WHERE id IN (")
                    .append(SqlLists.placeholders(rows.size()))
                    .append(")")
                    .toString();
            try (PreparedStatement update = c.prepareStatement(sql)) {
                int i = 1;
                for (Object value : pinyinParams) {
                    update.setObject(i++, value);
                }
                for (Object value : initialsParams) {
                    update.setObject(i++, value);
                }
                for (Object[] row : rows) {
                    update.setObject(i++, row[0]);
                }
                update.executeUpdate();
            }
            c.commit();
            return rows.size();
        }
    }
}
