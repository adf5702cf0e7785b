package com.gridwork.common.idempotency;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/** Deletes idempotency records past their expiry (a claim treats them as absent already; this keeps the table small). */
@ApplicationScoped
public class IdempotencyPurge {
    @Inject
    IdempotencyStore store;

    @Scheduled(
            every = "${gridwork.idempotency.purge-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = store.purge(Instant.now());
        if (purged > 0) {
            Log.infof("Purged %d expired idempotency record(s)", purged);
        }
    }
}
