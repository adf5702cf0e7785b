package com.gridwork.volunteer.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VolunteerStatsDefinitionsTest {
    @ParameterizedTest
    @CsvSource({"0, 0.0", "60, 1.0", "90, 1.5", "1, 0.0", "3, 0.1", "-90, -1.5", "100, 1.7", "129, 2.2", "393, 6.6"})
    void hoursAreMinutesOverSixtyToOneDecimalHalfUp(long minutes, String hours) {
        assertThat(VolunteerStatsDefinitions.hours(minutes).toPlainString()).isEqualTo(hours);
    }

    @ParameterizedTest
    @CsvSource({"/1/, /1/", "/1/2/, /1/2/", "/1/2/3/, /1/2/", "/1/2/3/4/, /1/2/"})
    void aGridOrBuildingIsReadAsItsCommunity(String path, String read) {
        assertThat(VolunteerStatsDefinitions.statsPath(path)).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "2026-03-01, 2026-03-31, -, -",
                "2026-03-01, 2026-03-01, -, -",
                "-, 2026-03-31, from, volunteer.stats.period.required",
                "2026-03-01, -, to, volunteer.stats.period.required",
                "2026-03-02, 2026-03-01, to, volunteer.stats.period.reversed",
                "2025-03-01, 2026-03-01, -, -", // 365 days later: 366 days, both included
                "2025-03-01, 2026-03-02, to, volunteer.stats.period.too-long"
            })
    void periods(LocalDate from, LocalDate to, String field, String message) {
        String[] problem = VolunteerStatsDefinitions.periodProblem(from, to);
        if (field == null) {
            assertThat(problem).isNull();
        } else {
            assertThat(problem).containsExactly(field, message);
        }
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {"-, 20", "1, 1", "100, 100", "0, -", "101, -", "-5, -"})
    void rankingLength(Integer limit, Integer expected) {
        assertThat(VolunteerStatsDefinitions.rankingLimit(limit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-01, 2026-02-28T16:00:00Z", "2026-12-31, 2026-12-30T16:00:00Z"})
    void daysAreBeijingDays(LocalDate day, String instant) {
        assertThat(VolunteerStatsDefinitions.start(day)).hasToString(instant);
        assertThat(VolunteerStatsDefinitions.end(day.minusDays(1))).hasToString(instant);
    }
}
