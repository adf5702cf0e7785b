package com.gridwork.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads the caller of a request through {@link CallerQuery} (the staff feature's one indexed query, run before every
 * read). The result is kept per user name for a few seconds ({@code gridwork.caller-cache.ttl})
 * because a page load sends several requests; every change to staff or areas in this instance empties the cache
 * when its transaction ends ({@link #invalidate()}), so a changed role or scope or a disabled account takes effect
 * on the next request. Other instances see such a change within the time to live.
 */
@ApplicationScoped
public class CallerLoader {
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    CallerQuery query;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "gridwork.caller-cache.ttl", defaultValue = "5s")
    Duration ttl;

    /** A loaded caller, the time it was loaded and the cache generation it was loaded in. */
    private record Entry(Optional<Caller> caller, long loadedAt, long generation) {}

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
        Optional<Caller> caller = query.enabledAccount(username);
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
                public void beforeCompletion() {}

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
}
