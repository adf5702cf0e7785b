package com.gridwork.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the caller of a request: one indexed query on an autocommit connection, not a JPA transaction, since it
 * runs before every read. The result is kept per user name for a few seconds ({@code gridwork.caller-cache.ttl})
 * because a page load sends several requests; every change to staff or areas in this instance empties the cache
 * when its transaction ends ({@link #invalidate()}), so a changed role or scope or a disabled account takes effect
 * on the next request. Other instances see such a change within the time to live.
 */
@ApplicationScoped
public class CallerLoader {
    private static final String SQL = "SELECT s.id, s.username, s.display_name, s.role, a.id, a.code, a.name, a.path"
            + " FROM staff s LEFT JOIN staff_area sa ON sa.staff_id = s.id LEFT JOIN area a ON a.id = sa.area_id"
            + " WHERE s.username = ? AND s.enabled = TRUE";
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "gridwork.caller-cache.ttl", defaultValue = "5s")
    Duration ttl;

    /** A loaded caller, the time it was loaded and the cache generation it was loaded in. */
    private record Entry(Optional<Caller> caller, long loadedAt, long generation) {
    }

    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The enabled staff account behind a token's user name, with its scope; empty when there is none. */
    public Optional<Caller> load(String username) {
        long now = System.nanoTime();
        Entry entry = cache.get(username);
        if (entry != null && entry.generation == generation.get() && now - entry.loadedAt < ttl.toNanos()) {
            return entry.caller;
        }
        // The generation is read before the query: a change committed while it runs makes this entry stale.
        long loadedIn = generation.get();
        Optional<Caller> caller = query(username);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(username, new Entry(caller, now, loadedIn));
        return caller;
    }

    /**
     * Forgets every cached caller now and again when the current transaction ends: a request that reads the old
     * rows before the commit must not keep them.
     */
    public void invalidate() {
        forget();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        generation.incrementAndGet();
        cache.clear();
    }

    private Optional<Caller> query(String username) {
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
                        areas.add(new Caller.ScopedArea(rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8)));
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
