package com.gridwork.volunteer;

import com.gridwork.volunteer.hours.StarLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VolunteerStarsTest {
    @ParameterizedTest(name = "{0} minutes → {1} hours")
    @CsvSource({"0, 0.0", "59, 0.9", "60, 1.0", "90, 1.5", "100, 1.6", "7200, 120.0", "-30, -0.5"})
    void hoursHaveOneDecimalRoundedDown(long minutes, String hours) {
        assertThat(VolunteerStars.hours(minutes)).isEqualByComparingTo(hours);
    }

    @Test
    void aSubDistrictsOwnThresholdsApplyToItsVolunteersOnly() {
        VolunteerStars.InForce levels =
                new VolunteerStars.InForce(StarLevels.DEFAULTS, Map.of(7L, new StarLevels(List.of(10, 100))));
        Volunteer own = volunteer("/7/12/", 120 * 60);
        Volunteer other = volunteer("/8/30/", 120 * 60);
        assertThat(levels.star(own)).isEqualTo(2);
        assertThat(levels.star(other)).isEqualTo(1);
    }

    private static Volunteer volunteer(String areaPath, long minutes) {
        Volunteer v = new Volunteer();
        v.areaPath = areaPath;
        v.confirmedMinutes = minutes;
        return v;
    }
}
