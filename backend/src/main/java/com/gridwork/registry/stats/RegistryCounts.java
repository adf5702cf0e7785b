package com.gridwork.registry.stats;

import com.gridwork.access.AreaScope;
import com.gridwork.common.persistence.MultiRowInsert;
import com.gridwork.common.persistence.SqlLists;
import com.gridwork.registry.household.Household;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The registry's per-grid rollup (tables {@code registry_grid_count} and {@code registry_grid_stale}, V7): counts of
 * ACTIVE households and residents per grid, by registration type, care group and household tag.
 *
 * <p>Every registry write calls {@link #markStale} in the write's transaction with every grid it touched (both
 * grids when a record moves). Statistics call {@link #refresh} for the stale grids of their scope, then {@link #read}.
 * So the numbers are exact: a committed write is counted by the next statistics request.
 */
@ApplicationScoped
public class RegistryCounts {
    private static final Logger LOG = Logger.getLogger(RegistryCounts.class);
    /** Grids recomputed per transaction: a district-wide refresh holds a hundred stale rows at a time, not all. */
    static final int BATCH = 100;

    private static final int ATTEMPTS = 3;

    public enum Dimension {
        HOUSEHOLDS,
        RESIDENTS_BY_REGISTRATION,
        CARE_GROUP,
        HOUSEHOLD_TAG
    }

    /** Sums of the rollup over a scope. {@code byGrid}: grid id → {households, residents}, grids with either only. */
    public record Rollup(
            Map<Long, long[]> byGrid,
            Map<String, Long> careGroups,
            Map<String, Long> householdTags,
            Map<String, Long> registrationTypes) {}

    private record Key(long gridId, Dimension dimension, String code) {}

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    // ---------------------------------------------------------------- writers

    /** Marks these grids stale in the caller's (JPA) transaction, so the mark commits or rolls back with the change. */
    public void markStale(Collection<Long> gridIds) {
        List<Long> ids = sortedDistinct(gridIds);
        if (ids.isEmpty()) {
            return;
        }
        Query query = em.createNativeQuery(markSql(ids.size()));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        query.executeUpdate();
    }

    /** The same on a JDBC connection, in its current transaction (import, generator, benchmark tooling). */
    public static void markStale(Connection connection, Collection<Long> gridIds) throws SQLException {
        List<Long> ids = sortedDistinct(gridIds);
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(markSql(ids.size()))) {
            SqlLists.bind(statement, 1, ids);
            statement.executeUpdate();
        }
    }

    /**
     * One statement, ids ascending: writers lock stale rows in the order the refresh does, so they queue instead
     * of deadlocking. MySQL 8.4 and MariaDB both take this upsert.
     */
    private static String markSql(int count) {
        return "INSERT INTO registry_grid_stale (grid_id, generation) VALUES " + "(?, 1), ".repeat(count - 1) + "(?, 1)"
                + " ON DUPLICATE KEY UPDATE generation = generation + 1";
    }

    private static List<Long> sortedDistinct(Collection<Long> ids) {
        TreeSet<Long> sorted = new TreeSet<>();
        for (Long id : ids) {
            if (id != null) {
                sorted.add(id);
            }
        }
        return new ArrayList<>(sorted);
    }

    // ---------------------------------------------------------------- statistics

    /**
     * Stale grids whose path matches {@code scope} (a condition on {@code a.path}) and, when given, the
     * {@code areaPrefix} LIKE pattern; in id order. A plain read in the caller's transaction.
     */
    @SuppressWarnings("unchecked")
    public List<Long> staleGrids(AreaScope.ScopeFilter scope, String areaPrefix) {
        Query query = em.createNativeQuery(
                "SELECT s.grid_id FROM registry_grid_stale s JOIN area a ON a.id = s.grid_id WHERE " + scope.jpql()
                        + (areaPrefix == null ? "" : " AND a.path LIKE :areaPath") + " ORDER BY s.grid_id");
        scope.params().forEach(query::setParameter);
        if (areaPrefix != null) {
            query.setParameter("areaPath", areaPrefix);
        }
        return ((List<Object>) query.getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Recomputes these grids if they are still stale, {@value #BATCH} per transaction, each in a transaction of
     * its own (never the caller's: its commit must precede the read). A deadlock with a concurrent refresh or
     * writer rolls the batch back; it is then simply tried again.
     */
    public void refresh(List<Long> gridIds) {
        for (int from = 0; from < gridIds.size(); from += BATCH) {
            List<Long> batch = List.copyOf(gridIds.subList(from, Math.min(gridIds.size(), from + BATCH)));
            for (int attempt = 1; ; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> refreshBatch(batch));
                    break;
                } catch (RuntimeException e) {
                    if (attempt == ATTEMPTS || !isRollback(e)) {
                        throw e;
                    }
                    LOG.debugf("Registry rollup refresh rolled back (%s); trying again", e.getMessage());
                }
            }
        }
    }

    private static boolean isRollback(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || t instanceof SQLException s && "40001".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void refreshBatch(List<Long> candidates) {
        try (Connection connection = dataSource.getConnection()) {
            // The lock comes first, before any count, and it is this transaction's first statement. A writer marks
            // its grid in the transaction of its change, so either it committed before we got the lock, and the
            // counts below (whose snapshot starts after the lock) include its change, or its mark waits for our
            // commit and makes the grid stale again after we delete the row. Counting first and locking after would
            // let a write commit in between: we would store counts without it and delete its mark (a lost update).
            Map<Long, Long> locked = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT grid_id, generation FROM registry_grid_stale " + "WHERE grid_id IN ("
                            + SqlLists.placeholders(candidates.size()) + ") ORDER BY grid_id FOR UPDATE")) {
                SqlLists.bind(statement, 1, candidates);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        locked.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            if (locked.isEmpty()) {
                return; // a concurrent request refreshed them meanwhile
            }
            List<Long> grids = new ArrayList<>(locked.keySet());
            List<String> paths = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT path FROM area WHERE id IN (" + SqlLists.placeholders(grids.size()) + ")")) {
                SqlLists.bind(statement, 1, grids);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        paths.add(rs.getString(1));
                    }
                }
            }
            Map<Key, Long> fresh = count(connection, grids, paths);
            write(connection, grids, fresh);
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM registry_grid_stale WHERE grid_id IN (" + SqlLists.placeholders(grids.size()) + ")")) {
                SqlLists.bind(statement, 1, grids);
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("refreshing the registry rollup failed", e);
        }
    }

    /**
     * The four grouped counts of the statistics, over these grids only (ACTIVE records, as the statistics count).
     * Residents are matched by path prefix, since theirs is their building's or their grid's (the index on status,
     * area path and registration type serves each prefix as a range), and grouped by path, mapped to its grid.
     */
    private static Map<Key, Long> count(Connection connection, List<Long> grids, List<String> paths)
            throws SQLException {
        Map<Key, Long> counts = new HashMap<>();
        String gridIn = SqlLists.placeholders(grids.size());
        try (PreparedStatement statement = connection.prepareStatement("SELECT grid_id, COUNT(*) FROM household "
                + "WHERE status = 'ACTIVE' AND grid_id IN (" + gridIn + ") GROUP BY grid_id")) {
            SqlLists.bind(statement, 1, grids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(new Key(rs.getLong(1), Dimension.HOUSEHOLDS, ""), rs.getLong(2));
                }
            }
        }
        if (!paths.isEmpty()) {
            List<String> prefixes = paths.stream().map(path -> path + "%").toList();
            String underGrids = "("
                    + String.join(
                            " OR ",
                            prefixes.stream().map(p -> "r.area_path LIKE ?").toList()) + ")";
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT r.area_path, r.registration_type, COUNT(*) FROM resident r "
                            + "WHERE r.status = 'ACTIVE' AND " + underGrids
                            + " GROUP BY r.area_path, r.registration_type")) {
                SqlLists.bind(statement, 1, prefixes);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String type = rs.getString(2);
                        counts.merge(
                                new Key(
                                        Household.gridOfPath(rs.getString(1)),
                                        Dimension.RESIDENTS_BY_REGISTRATION,
                                        type == null ? "" : type),
                                rs.getLong(3),
                                Long::sum);
                    }
                }
            }
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT r.area_path, t.code, COUNT(*) FROM resident r "
                            + "JOIN resident_tag t ON t.resident_id = r.id WHERE r.status = 'ACTIVE' AND " + underGrids
                            + " "
                            + "GROUP BY r.area_path, t.code")) {
                SqlLists.bind(statement, 1, prefixes);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        counts.merge(
                                new Key(Household.gridOfPath(rs.getString(1)), Dimension.CARE_GROUP, rs.getString(2)),
                                rs.getLong(3),
                                Long::sum);
                    }
                }
            }
        }
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT h.grid_id, t.code, COUNT(*) FROM household h "
                        + "JOIN household_tag t ON t.household_id = h.id WHERE h.status = 'ACTIVE' AND h.grid_id IN ("
                        + gridIn + ") "
                        + "GROUP BY h.grid_id, t.code")) {
            SqlLists.bind(statement, 1, grids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(new Key(rs.getLong(1), Dimension.HOUSEHOLD_TAG, rs.getString(2)), rs.getLong(3));
                }
            }
        }
        return counts;
    }

    /**
     * Replaces the grids' stored counts by {@code fresh}, writing only the difference: rows by their exact key
     * (record locks only), new rows in one multi-row insert. Deleting all of a grid's rows and inserting them again
     * would lock the gaps around them, and two requests refreshing neighbouring grids would deadlock on those gaps
     * (always on the empty table right after the migration). Only the holder of a grid's stale row writes its
     * counts, so the rows read here cannot change before this transaction commits.
     */
    private static void write(Connection connection, List<Long> grids, Map<Key, Long> fresh) throws SQLException {
        Map<Key, Long> stored = new HashMap<>();
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT grid_id, dimension, code, total FROM registry_grid_count "
                        + "WHERE grid_id IN (" + SqlLists.placeholders(grids.size()) + ")")) {
            SqlLists.bind(statement, 1, grids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    stored.put(
                            new Key(rs.getLong(1), Dimension.valueOf(rs.getString(2)), rs.getString(3)), rs.getLong(4));
                }
            }
        }
        List<Key> gone = new ArrayList<>();
        List<Map.Entry<Key, Long>> changed = new ArrayList<>();
        MultiRowInsert inserts =
                new MultiRowInsert(connection, "registry_grid_count", "grid_id", "dimension", "code", "total");
        for (Map.Entry<Key, Long> entry : stored.entrySet()) {
            Long now = fresh.get(entry.getKey());
            if (now == null) {
                gone.add(entry.getKey());
            } else if (!now.equals(entry.getValue())) {
                changed.add(Map.entry(entry.getKey(), now));
            }
        }
        for (Map.Entry<Key, Long> entry : fresh.entrySet()) {
            if (!stored.containsKey(entry.getKey())) {
                Key key = entry.getKey();
                inserts.add(key.gridId(), key.dimension().name(), key.code(), entry.getValue());
            }
        }
        if (!gone.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM registry_grid_count WHERE grid_id = ? AND dimension = ? AND code = ?")) {
                for (Key key : gone) {
                    statement.setLong(1, key.gridId());
                    statement.setString(2, key.dimension().name());
                    statement.setString(3, key.code());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        if (!changed.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE registry_grid_count SET total = ? WHERE grid_id = ? AND dimension = ? AND code = ?")) {
                for (Map.Entry<Key, Long> entry : changed) {
                    statement.setLong(1, entry.getValue());
                    statement.setLong(2, entry.getKey().gridId());
                    statement.setString(3, entry.getKey().dimension().name());
                    statement.setString(4, entry.getKey().code());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        inserts.flush(false);
    }

    /**
     * The rollup summed over the grids whose path matches {@code scope} and {@code areaPrefix}, in the caller's
     * transaction. Call it in a transaction begun after {@link #refresh} committed, or it may read older counts.
     */
    @SuppressWarnings("unchecked")
    public Rollup read(AreaScope.ScopeFilter scope, String areaPrefix) {
        Query query = em.createNativeQuery("SELECT c.grid_id, c.dimension, c.code, c.total FROM registry_grid_count c "
                + "JOIN area a ON a.id = c.grid_id WHERE " + scope.jpql()
                + (areaPrefix == null ? "" : " AND a.path LIKE :areaPath"));
        scope.params().forEach(query::setParameter);
        if (areaPrefix != null) {
            query.setParameter("areaPath", areaPrefix);
        }
        Map<Long, long[]> byGrid = new HashMap<>();
        Map<String, Long> careGroups = new HashMap<>();
        Map<String, Long> householdTags = new HashMap<>();
        Map<String, Long> registrationTypes = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long grid = ((Number) row[0]).longValue();
            String code = (String) row[2];
            long total = ((Number) row[3]).longValue();
            switch (Dimension.valueOf((String) row[1])) {
                case HOUSEHOLDS -> byGrid.computeIfAbsent(grid, g -> new long[2])[0] += total;
                case RESIDENTS_BY_REGISTRATION -> {
                    byGrid.computeIfAbsent(grid, g -> new long[2])[1] += total;
                    // HashMap: a resident without a registration type counts under null, as the live query did.
                    registrationTypes.merge(code.isEmpty() ? null : code, total, Long::sum);
                }
                case CARE_GROUP -> careGroups.merge(code, total, Long::sum);
                case HOUSEHOLD_TAG -> householdTags.merge(code, total, Long::sum);
            }
        }
        return new Rollup(byGrid, careGroups, householdTags, registrationTypes);
    }
}
