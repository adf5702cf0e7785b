package com.gridwork.upload;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Deletes photo uploads past their expiry: those never used (a record that was never sent) with their bytes, and the
 * markers of used ones (their photos live in their records). Hourly (gridwork.uploads.purge-every).
 */
@ApplicationScoped
public class PhotoUploadPurge {
    @Inject
    EntityManager em;

    @Scheduled(
            every = "${gridwork.uploads.purge-every:1h}",
            delayed = "50s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = run(Instant.now());
        if (purged > 0) {
            Log.infof("Purged %d expired photo upload(s)", purged);
        }
    }

    /** Deletes what expired by {@code now}; returns how many. */
    @Transactional
    public int run(Instant now) {
        return em.createNativeQuery("delete from photo_upload where expires_at <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
