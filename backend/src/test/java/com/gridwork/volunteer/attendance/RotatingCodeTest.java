package com.gridwork.volunteer.attendance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The rotating check-in code: the values pinned (computed independently, with Python's hmac), steps and skew. */
class RotatingCodeTest {
    private static final String SECRET = "0123456789abcdef".repeat(4);

    @ParameterizedTest(name = "session {0} at {1}s: step {2}, code {3}")
    @CsvSource({
        "42, 0, 0, 073196",
        "42, 29, 0, 073196",
        "42, 30, 1, 839007",
        "42, 59, 1, 839007",
        "42, 60, 2, 329305",
        "42, 1796000000, 59866666, 100972",
        // another session with the same secret and time: another code
        "43, 1796000000, 59866666, 943464",
        // before the epoch the step still counts down (floor, not truncation towards zero)
        "42, -1, -1, 539921",
    })
    void theCodeIsTheTruncatedHmacOfSessionAndStep(long session, long epochSecond, long step, String code) {
        Instant at = Instant.ofEpochSecond(epochSecond);
        assertThat(RotatingCode.step(at)).isEqualTo(step);
        assertThat(RotatingCode.current(SECRET, session, at).code()).isEqualTo(code);
    }

    @Test
    void anotherSecretGivesAnotherCode() {
        assertThat(RotatingCode.codeOf("f".repeat(64), 42, 59866666)).isEqualTo("905462");
    }

    @ParameterizedTest(name = "at {0}: valid until {1}")
    @CsvSource({
        "2026-12-05T03:00:00Z, 2026-12-05T03:00:30Z",
        "2026-12-05T03:00:29.999Z, 2026-12-05T03:00:30Z",
        "2026-12-05T03:00:30Z, 2026-12-05T03:01:00Z",
    })
    void aCodeIsShownUntilItsStepEnds(Instant now, Instant validUntil) {
        assertThat(RotatingCode.current(SECRET, 42, now).validUntil()).isEqualTo(validUntil);
    }

    @ParameterizedTest(name = "code shown at {0}s, typed at {1}s: {2}")
    @CsvSource({
        "60, 60, true", // at once
        "60, 89, true", // the same step
        "60, 90, true", // the next step: the previous code still counts (a scan across the boundary, a late clock)
        "60, 119, true",
        "60, 120, false", // two steps later: expired
        "90, 60, false", // a code from the future (a fast clock or a guess): no
    })
    void theCurrentAndThePreviousCodeAreAccepted(long shownAt, long typedAt, boolean accepted) {
        String code =
                RotatingCode.current(SECRET, 42, Instant.ofEpochSecond(shownAt)).code();
        assertThat(RotatingCode.accepts(SECRET, 42, code, Instant.ofEpochSecond(typedAt)))
                .isEqualTo(accepted);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            value = {"''", "07319", "0731960", "73196", "abcdef", "NULL"},
            nullValues = "NULL")
    void malformedCodesAreRefused(String code) {
        assertThat(RotatingCode.accepts(SECRET, 42, code, Instant.ofEpochSecond(0)))
                .isFalse();
    }

    @Test
    void anotherSessionsCodeIsRefused() {
        Instant now = Instant.ofEpochSecond(1796000000);
        assertThat(RotatingCode.accepts(SECRET, 42, "943464", now)).isFalse();
        assertThat(RotatingCode.accepts(SECRET, 43, "943464", now)).isTrue();
    }

    @Test
    void theQrPayloadOpensTheCheckInPageWithSessionAndCode() {
        assertThat(RotatingCode.payload(42, "073196")).isEqualTo("/m/check-in?session=42&code=073196");
    }
}
