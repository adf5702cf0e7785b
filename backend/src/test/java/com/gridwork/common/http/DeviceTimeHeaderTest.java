package com.gridwork.common.http;

import com.gridwork.common.error.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceTimeHeaderTest {
    @ParameterizedTest
    @CsvSource({
        "2026-05-01T09:30:00+08:00, 2026-05-01T01:30:00Z",
        "2026-05-01T01:30:00.123Z, 2026-05-01T01:30:00.123Z",
        "' 2026-05-01T01:30:00Z ', 2026-05-01T01:30:00Z",
        "2099-01-01T00:00:00-05:00, 2099-01-01T05:00:00Z"
    })
    void readsAnInstantWithAnOffset(String raw, String expected) {
        assertThat(DeviceTimeHeader.parse(raw)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-05-01", "2026-05-01T09:30:00", "1714530600", "1900-01-01T00:00:00Z"})
    void refusesWhatIsNoInstantNamingTheHeader(String raw) {
        assertThatThrownBy(() -> DeviceTimeHeader.parse(raw)).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.violations().get(0).field()).isEqualTo("Device-Recorded-At");
        });
    }
}
