package com.gridwork.common.idempotency;

import com.gridwork.common.idempotency.IdempotencyFilters.Held;
import com.gridwork.common.idempotency.IdempotencyStore.StoredResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.RuntimeDelegate;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Stores the body of a keyed request's answer byte for byte as the client receives it (whatever wrote it: Jackson with
 * the app's settings, a problem mapper, a file), with the headers every response filter has set by then (ETag).
 * The answer is stored before it is sent: a client that resends at once after the answer gets the replay, not a 409.
 */
@Provider
public class IdempotencyCapture implements WriterInterceptor {
    @Inject
    IdempotencyStore store;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(IdempotencyFilters.CLAIM) instanceof Held held)) {
            context.proceed();
            return;
        }
        context.removeProperty(IdempotencyFilters.CLAIM);
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            store.release(held.run);
            throw e;
        }
        context.setOutputStream(client);
        MultivaluedMap<String, Object> headers = context.getHeaders();
        store.finish(
                held.run,
                new StoredResponse(
                        held.status,
                        context.getMediaType() == null
                                ? null
                                : context.getMediaType().toString(),
                        text(headers.getFirst(HttpHeaders.CONTENT_LANGUAGE)),
                        text(headers.getFirst(HttpHeaders.LOCATION)),
                        text(headers.getFirst(HttpHeaders.ETAG)),
                        body.toByteArray()),
                Instant.now());
        body.writeTo(client);
    }

    /** A header value as it goes on the wire (an ETag or a URI object in its header form). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        RuntimeDelegate.HeaderDelegate delegate = RuntimeDelegate.getInstance().createHeaderDelegate(value.getClass());
        return delegate != null ? delegate.toString(value) : value.toString();
    }
}
