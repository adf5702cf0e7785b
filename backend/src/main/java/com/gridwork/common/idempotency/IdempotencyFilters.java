package com.gridwork.common.idempotency;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.idempotency.IdempotencyStore.Claim;
import com.gridwork.common.idempotency.IdempotencyStore.Replay;
import com.gridwork.common.idempotency.IdempotencyStore.Reused;
import com.gridwork.common.idempotency.IdempotencyStore.Run;
import com.gridwork.common.idempotency.IdempotencyStore.StoredResponse;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Idempotency-Key contract of every POST: the first answer (status below 500) to a key is kept per signed-in
 * user and replayed for the same request; the same key for another request is a 422, and a resend while the first
 * still runs a 409. Requests without a signed-in user (the public endpoints) are never keyed: there is no one to keep
 * the answer for. A 5xx or a crash keeps nothing, so the key can be retried. The answer's body is stored by
 * {@link IdempotencyCapture} as it is written; answers without a body are stored here.
 *
 * <p>Both filters run on the endpoint's worker thread (every endpoint here is blocking), so the database work may
 * block; the form of a multipart request is read before the claim ({@link WithFormRead}), so it is hashed by its parts.
 */
public class IdempotencyFilters {
    public static final String KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    IdempotencyStore store;

    @Inject
    SecurityIdentity identity;

    /** A claim the running request holds, and the status of its answer once known. */
    static final class Held {
        final Run run;
        int status;

        Held(Run run) {
            this.run = run;
        }
    }

    // After the parameter and multipart checks (USER): a request they refuse claims nothing.
    @ServerRequestFilter(priority = Priorities.USER + 100)
    @WithFormRead
    public Response claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(KEY);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return null;
        }
        if (!valid(key)) {
            throw ApiProblem.invalidField(KEY, "idempotency.key.invalid", MAX_KEY_LENGTH);
        }
        String subject = subject();
        if (subject == null) {
            return null;
        }
        Claim claim = store.claim(subject, key, fingerprint(request), Instant.now());
        if (claim instanceof Run run) {
            request.setProperty(CLAIM, new Held(run));
            return null;
        } else if (claim instanceof Replay replay) {
            return replayOf(replay.response());
        } else if (claim instanceof Reused) {
            throw ApiProblem.of(422, "idempotency-key-reused", "idempotency.reused.detail", KEY);
        } else {
            throw ApiProblem.of(409, "idempotency-key-in-flight", "idempotency.in-flight.detail");
        }
    }

    // Bodies are stored by IdempotencyCapture once every response filter has run (the ETag is set by then); an
    // answer without a body has its headers from the endpoint.
    @ServerResponseFilter
    public void settle(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Held held)) {
            return;
        }
        held.status = response.getStatus();
        if (held.status >= 500) {
            request.removeProperty(CLAIM);
            store.release(held.run);
        } else if (!response.hasEntity()) {
            request.removeProperty(CLAIM);
            store.finish(
                    held.run,
                    new StoredResponse(
                            held.status,
                            null,
                            response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE),
                            response.getHeaderString(HttpHeaders.LOCATION),
                            response.getHeaderString(HttpHeaders.ETAG),
                            null),
                    Instant.now());
        }
    }

    /** 1 to 255 printable ASCII characters (the contract's key). */
    static boolean valid(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    /** The token's subject: stable for a user across sign-ins and renames, unlike the user name. */
    private String subject() {
        if (identity.isAnonymous()) {
            return null;
        }
        Principal principal = identity.getPrincipal();
        String subject = principal instanceof JsonWebToken token ? token.getSubject() : null;
        return subject != null ? subject : principal.getName();
    }

    private static String fingerprint(ContainerRequestContext request) throws IOException {
        URI uri = request.getUriInfo().getRequestUri();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestFingerprint fingerprint = RequestFingerprint.of(request.getMethod(), pathAndQuery);
        // The header as sent: an unparsable one is the endpoint's to refuse (415), not a failure here.
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        FormData form = type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                ? CurrentRequestManager.get().getFormData()
                : null;
        if (form != null) {
            List<String> names = new ArrayList<>();
            form.forEach(names::add);
            names.sort(null);
            for (String name : names) {
                for (FormValue value : form.get(name)) {
                    if (value.isFileItem()) {
                        fingerprint.part(
                                name,
                                value.getFileName(),
                                value.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
                                value.getFileItem().getInputStream());
                    } else {
                        fingerprint.part(name, value.getValue());
                    }
                }
            }
            return fingerprint.hex();
        }
        // Read the body once and hand the endpoint a copy.
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return fingerprint.body(body).hex();
    }

    private static Response replayOf(StoredResponse stored) {
        Response.ResponseBuilder answer = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.body() != null) {
            answer.entity(stored.body());
        }
        if (stored.contentType() != null) {
            answer.type(stored.contentType());
        }
        if (stored.contentLanguage() != null) {
            answer.header(HttpHeaders.CONTENT_LANGUAGE, stored.contentLanguage());
        }
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            answer.header(HttpHeaders.ETAG, stored.etag());
        }
        return answer.build();
    }
}
