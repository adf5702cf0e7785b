package com.gridwork.volunteer.attendance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * The check-in code a session's organiser shows (QR and six digits), changing every {@link #STEP}: TOTP-like, an
 * HMAC-SHA256 keyed with the session's secret over the session id and the number of the 30-second step, truncated
 * as RFC 4226 does to {@link #DIGITS} digits. A code is accepted during its own step and the next one, so a phone
 * whose scan or typing crosses a step boundary (or whose clock lags a little) still gets in.
 */
public final class RotatingCode {
    /** How long one code is shown. */
    public static final Duration STEP = Duration.ofSeconds(30);

    public static final int DIGITS = 6;

    /** Steps accepted before the current one: the previous code stays good for one more step. */
    public static final int ACCEPTED_PREVIOUS_STEPS = 1;

    private static final int MODULUS = 1_000_000;

    private RotatingCode() {}

    /** The code shown at {@code now} and the instant it is replaced. */
    public record Current(String code, Instant validUntil) {}

    /** The number of the 30-second step {@code time} falls in (counted from the epoch). */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of one step: six digits, leading zeros kept. */
    public static String codeOf(String secret, long sessionId, long step) {
        byte[] hash = hmac(
                secret, ByteBuffer.allocate(16).putLong(sessionId).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % MODULUS);
    }

    /** The code shown at {@code now}, valid until its step ends. */
    public static Current current(String secret, long sessionId, Instant now) {
        long step = step(now);
        return new Current(codeOf(secret, sessionId, step), Instant.ofEpochSecond((step + 1) * STEP.toSeconds()));
    }

    /** Whether {@code code} is the code of the step of {@code now} or of one of the accepted steps before it. */
    public static boolean accepts(String secret, long sessionId, String code, Instant now) {
        if (code == null || code.length() != DIGITS) {
            return false;
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long step = step(now);
        boolean match = false;
        for (long s = step - ACCEPTED_PREVIOUS_STEPS; s <= step; s++) {
            // constant time, and every candidate compared: the answer's timing tells nothing about the code
            match |= MessageDigest.isEqual(given, codeOf(secret, sessionId, s).getBytes(StandardCharsets.US_ASCII));
        }
        return match;
    }

    /**
     * What the QR code holds: the volunteer's check-in page with the session and the code, as a link relative to the
     * web app (the organiser's page resolves it against its own address, so a phone camera opens it directly).
     */
    public static String payload(long sessionId, String code) {
        return "/m/check-in?session=" + sessionId + "&code=" + code;
    }

    private static byte[] hmac(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
