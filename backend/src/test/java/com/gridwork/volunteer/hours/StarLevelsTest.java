package com.gridwork.volunteer.hours;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StarLevelsTest {
    /** Confirmed minutes → star and the next star's hours (empty at the top), with the default thresholds. */
    @ParameterizedTest(name = "{0} min → star {1}")
    @CsvSource(nullValues = "", textBlock = """
            0,      0, 100
            5999,   0, 100
            6000,   1, 300
            17999,  1, 300
            18000,  2, 600
            36000,  3, 1000
            59999,  3, 1000
            60000,  4, 1500
            89999,  4, 1500
            90000,  5,
            999999, 5,
            """)
    void defaultThresholds(long minutes, int star, Integer next) {
        assertThat(StarLevels.DEFAULTS.star(minutes)).isEqualTo(star);
        assertThat(StarLevels.DEFAULTS.nextThresholdHours(minutes).orElse(null)).isEqualTo(next);
        assertThat(StarLevels.DEFAULTS.range(star).contains(minutes)).isTrue();
    }

    @Test
    void thresholdsAreData() {
        StarLevels three = new StarLevels(List.of(10, 20, 40));
        assertThat(three.star(599)).isZero();
        assertThat(three.star(600)).isEqualTo(1);
        assertThat(three.star(2400)).isEqualTo(3);
        assertThat(three.nextThresholdHours(2400)).isEmpty();
        assertThat(three.range(3).to()).isEmpty();
        assertThat(three.range(1).from()).isEqualTo(600);
        assertThat(three.range(1).to()).contains(1200L);
        assertThat(three.range(0).contains(599)).isTrue();
        assertThat(three.range(0).contains(600)).isFalse();
    }

    /** Each star's range holds exactly the minutes that give that star: the star filter and the star agree. */
    @Test
    void rangesPartitionTheMinutes() {
        for (long minutes = 0; minutes <= 100_000; minutes += 59) {
            int star = StarLevels.DEFAULTS.star(minutes);
            for (int s = 0; s <= StarLevels.MAX_STAR; s++) {
                assertThat(StarLevels.DEFAULTS.range(s).contains(minutes)).isEqualTo(s == star);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            100,300,600,1000,1500   | []
            5                       | []
            100,100                 | [1:volunteer.stars.increasing]
            300,100,600             | [1:volunteer.stars.increasing]
            0,10                    | [0:volunteer.stars.positive]
            -5,10,5                 | [0:volunteer.stars.positive, 2:volunteer.stars.increasing]
            1,2,3,4,5,6             | [-1:volunteer.stars.count]
            """)
    void violations(String hours, String expected) {
        List<Integer> list =
                Arrays.stream(hours.split(",")).map(Integer::valueOf).toList();
        assertThat(StarLevels.violations(list).stream()
                        .map(v -> v.index() + ":" + v.messageKey())
                        .toList()
                        .toString())
                .isEqualTo(expected);
    }

    @Test
    void refusesBadThresholds() {
        assertThat(StarLevels.violations(List.of())).hasSize(1);
        assertThatThrownBy(() -> new StarLevels(List.of(3, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StarLevels.DEFAULTS.range(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
