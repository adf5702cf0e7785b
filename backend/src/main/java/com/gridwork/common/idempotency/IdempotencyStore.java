package com.gridwork.common.idempotency;

import com.gridwork.common.persistence.Constraints;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The idempotency records (table {@code idempotency_key}). Each step runs in a transaction of its own, so that a claim
 * is visible to a parallel request at once and outlives the rollback of the request that holds it.
 */
@ApplicationScoped
public class IdempotencyStore {
    static final String UNIQUE = "uq_idempotency_key";

    @Inject
    EntityManager em;

    /** How long an answer is kept for replay (at least 24 hours by contract). */
    @ConfigProperty(name = "gridwork.idempotency.retention", defaultValue = "24H")
    Duration retention;

    /** How long a running request holds its claim; after that its request is taken for dead and the key runs anew. */
    @ConfigProperty(name = "gridwork.idempotency.lease", defaultValue = "2M")
    Duration lease;

    /** What became of an attempt to claim a key. */
    public sealed interface Claim {}

    /** The key is this request's: run it, then {@link #finish} or {@link #release} with this token. */
    public record Run(String subject, String key, String token) implements Claim {}

    /** The key was answered before, for the same request: send that answer again. */
    public record Replay(StoredResponse response) implements Claim {}

    /** The key was used for another request (method, path or body). */
    public record Reused() implements Claim {}

    /** The first request with this key is still running. */
    public record InFlight() implements Claim {}

    /** An answer as it was sent: its status, the headers a client relies on, and the body bytes. */
    public record StoredResponse(
            int status, String contentType, String contentLanguage, String location, String etag, byte[] body) {}

    /** Claims {@code key} for {@code subject}; settles a race between parallel requests by the unique key. */
    public Claim claim(String subject, String key, String fingerprint, Instant now) {
        // A record that disappears between the failed insert and the read (its request failed and released it)
        // leaves the key free again: try once more.
        for (int attempt = 0; attempt < 3; attempt++) {
            String token = UUID.randomUUID().toString();
            try {
                QuarkusTransaction.requiringNew().run(() -> insert(subject, key, fingerprint, token, now));
                return new Run(subject, key, token);
            } catch (RuntimeException e) {
                if (!Constraints.violated(e, UNIQUE)) {
                    throw e;
                }
            }
            Claim settled = QuarkusTransaction.requiringNew().call(() -> settle(subject, key, fingerprint, token, now));
            if (settled != null) {
                return settled;
            }
        }
        return new InFlight();
    }

    private void insert(String subject, String key, String fingerprint, String token, Instant now) {
        em.createNativeQuery("insert into idempotency_key (subject, idem_key, fingerprint, state, claim_token,"
                        + " created_at, expires_at) values (:subject, :key, :fingerprint, 'IN_PROGRESS', :token,"
                        + " :now, :expires)")
                .setParameter("subject", subject)
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .setParameter("token", token)
                .setParameter("now", now)
                .setParameter("expires", now.plus(retention))
                .executeUpdate();
    }

    /** The key has a record: replay it, refuse, or take it over (expired, or its request died); null if it is gone. */
    private Claim settle(String subject, String key, String fingerprint, String token, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select claim_token, fingerprint, state, expires_at <= :now,"
                        + " created_at <= :leaseStart, response_status, content_type, content_language, location,"
                        + " etag, response_body from idempotency_key where subject = :subject and idem_key = :key")
                .setParameter("now", now)
                .setParameter("leaseStart", now.minus(lease))
                .setParameter("subject", subject)
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        String heldBy = (String) row[0];
        boolean sameRequest = fingerprint.equals(row[1]);
        boolean done = "DONE".equals(row[2]);
        boolean expired = truthy(row[3]);
        boolean leaseOver = truthy(row[4]);
        if (expired || (!done && sameRequest && leaseOver)) {
            return takeOver(subject, key, fingerprint, heldBy, token, now)
                    ? new Run(subject, key, token)
                    : new InFlight();
        }
        if (!sameRequest) {
            return new Reused();
        }
        if (!done) {
            return new InFlight();
        }
        return new Replay(new StoredResponse(
                ((Number) row[5]).intValue(), (String) row[6], (String) row[7], (String) row[8], (String) row[9], (byte
                                [])
                        row[10]));
    }

    /** Takes the record over from the claim it had, unless a parallel request took it first. */
    private boolean takeOver(String subject, String key, String fingerprint, String heldBy, String token, Instant now) {
        return em.createNativeQuery("update idempotency_key set fingerprint = :fingerprint, state = 'IN_PROGRESS',"
                                + " claim_token = :token, response_status = null, content_type = null,"
                                + " content_language = null, location = null, etag = null, response_body = null,"
                                + " created_at = :now, expires_at = :expires"
                                + " where subject = :subject and idem_key = :key and claim_token = :heldBy")
                        .setParameter("fingerprint", fingerprint)
                        .setParameter("token", token)
                        .setParameter("now", now)
                        .setParameter("expires", now.plus(retention))
                        .setParameter("subject", subject)
                        .setParameter("key", key)
                        .setParameter("heldBy", heldBy)
                        .executeUpdate()
                == 1;
    }

    /** Stores the answer of the request that holds the claim; kept for {@link #retention} from now. */
    public void finish(Run claim, StoredResponse response, Instant now) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update idempotency_key set state = 'DONE', response_status = :status,"
                                + " content_type = :type, content_language = :language, location = :location,"
                                + " etag = :etag, response_body = :body, expires_at = :expires"
                                + " where subject = :subject and idem_key = :key and claim_token = :token")
                        .setParameter("status", response.status())
                        .setParameter("type", response.contentType())
                        .setParameter("language", response.contentLanguage())
                        .setParameter("location", response.location())
                        .setParameter("etag", response.etag())
                        .setParameter("body", response.body())
                        .setParameter("expires", now.plus(retention))
                        .setParameter("subject", claim.subject())
                        .setParameter("key", claim.key())
                        .setParameter("token", claim.token())
                        .executeUpdate());
    }

    /** Gives the key up after a server error or a crash, so that the client may retry with it. */
    public void release(Run claim) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from idempotency_key where subject = :subject"
                                + " and idem_key = :key and claim_token = :token and state = 'IN_PROGRESS'")
                        .setParameter("subject", claim.subject())
                        .setParameter("key", claim.key())
                        .setParameter("token", claim.token())
                        .executeUpdate());
    }

    /** Deletes the records that expired by {@code now}; returns how many. */
    public int purge(Instant now) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("delete from idempotency_key where expires_at <= :now")
                        .setParameter("now", now)
                        .executeUpdate());
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
