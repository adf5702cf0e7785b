package com.gridwork.common.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 of what makes two requests the same request: method, path with query, and the body. A JSON body is
 * compared by its content (key order and white space do not count); a multipart body by its parts in order (name,
 * file name, type, content), so that the boundary a browser picks anew for every send does not count either.
 */
public final class RequestFingerprint {
    // A plain mapper, not the app's: the canonical form must not change with the app's serialisation settings.
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final MessageDigest digest;

    private RequestFingerprint(String method, String pathAndQuery) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        field(method.toUpperCase(Locale.ROOT));
        field(pathAndQuery);
    }

    public static RequestFingerprint of(String method, String pathAndQuery) {
        return new RequestFingerprint(method, pathAndQuery);
    }

    /** A body other than multipart: JSON in its canonical form if it parses as JSON, else its bytes as they came. */
    public RequestFingerprint body(byte[] body) {
        field("body");
        field(canonicalJson(body));
        return this;
    }

    /** One part of a multipart body, in the order sent; {@code content} is read to its end. */
    public RequestFingerprint part(String name, String fileName, String contentType, InputStream content) {
        field("part");
        field(name);
        field(fileName == null ? "" : fileName);
        field(contentType == null ? "" : contentType.toLowerCase(Locale.ROOT));
        try (InputStream in = content) {
            MessageDigest part = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                part.update(buffer, 0, n);
            }
            field(part.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** A multipart text field. */
    public RequestFingerprint part(String name, String value) {
        field("field");
        field(name);
        field(value == null ? "" : value);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static byte[] canonicalJson(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            Object value = CANONICAL.readValue(body, Object.class);
            return CANONICAL.writeValueAsBytes(value);
        } catch (IOException notJson) {
            return body;
        }
    }

    // Each field with its length in front: "ab"+"c" and "a"+"bc" must not hash alike.
    private void field(String value) {
        field(value.getBytes(StandardCharsets.UTF_8));
    }

    private void field(byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        digest.update(value);
    }
}
