package com.gridwork.common.error;

import com.gridwork.common.error.ApiProblem.ViolationKey;
import com.gridwork.registry.RecordStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ValueFormatsTest {

    private static Class<?> type(String name) {
        return switch (name) {
            case "int" -> int.class;
            case "Long" -> Long.class;
            case "Boolean" -> Boolean.class;
            case "RecordStatus" -> RecordStatus.class;
            case "LocalDate" -> LocalDate.class;
            case "Instant" -> Instant.class;
            default -> String.class;
        };
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "ok",
            value = {
                "int          | 42                     | ok",
                "int          | -1                     | ok",
                "int          | 1.5                    | value.integer",
                "int          | ''                     | value.integer",
                "int          | ' 1'                   | value.integer",
                "int          | 3000000000             | value.integer.range",
                "Long         | 99999999999999999999   | value.integer.range",
                "Long         | 12abc                  | value.integer",
                "Boolean      | TRUE                   | ok",
                "Boolean      | maybe                  | value.boolean",
                "RecordStatus | ACTIVE                 | ok",
                "RecordStatus | active                 | value.enum",
                "LocalDate    | 2026-03-01             | ok",
                "LocalDate    | 2026-13-01             | value.date",
                "LocalDate    | 2026-02-30             | value.date",
                "LocalDate    | +99999-01-01           | value.date.range",
                "LocalDate    | 1899-12-31             | value.date.range",
                "LocalDate    | 2099-12-31             | ok",
                "Instant      | 2026-03-01T08:30:00Z   | ok",
                "Instant      | yesterday              | value.date-time",
                "Instant      | 2100-01-01T00:00:00Z   | value.date.range",
                "String       | anything               | ok",
            })
    void checksARawParameterAgainstItsType(String type, String raw, String expected) {
        ViolationKey violation = ValueFormats.check("p", type(type), raw);
        assertThat(violation == null ? null : violation.messageKey()).isEqualTo(expected);
        if (violation != null) {
            assertThat(violation.field()).isEqualTo("p");
        }
    }
}
