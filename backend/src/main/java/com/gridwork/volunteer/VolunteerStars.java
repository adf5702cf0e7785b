package com.gridwork.volunteer;

import com.gridwork.dictionary.DictionaryService;
import com.gridwork.volunteer.hours.StarLevels;
import com.gridwork.volunteer.hours.StarThreshold;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The star thresholds in force for the volunteers a list shows (which may span sub-districts): each sub-district's own
 * rows, else the platform defaults (sub_district_id null), loaded at once; and confirmed minutes as the hours shown.
 */
@ApplicationScoped
public class VolunteerStars {
    /** The defaults and each sub-district that has thresholds of its own. */
    public record InForce(StarLevels defaults, Map<Long, StarLevels> bySubDistrict) {
        public StarLevels forPath(String areaPath) {
            return forSubDistrict(DictionaryService.subDistrictOfPath(areaPath));
        }

        /** The sub-district's own thresholds, else the platform defaults (as stored), else the built-in defaults. */
        public StarLevels forSubDistrict(Long subDistrictId) {
            return bySubDistrict.getOrDefault(subDistrictId, defaults);
        }

        public int star(Volunteer v) {
            return forPath(v.areaPath).star(v.confirmedMinutes);
        }
    }

    /** Every threshold row (a handful per sub-district), grouped. */
    public InForce load() {
        Map<Long, TreeMap<Integer, Integer>> rows = new HashMap<>();
        List<StarThreshold> all = StarThreshold.listAll();
        for (StarThreshold t : all) {
            rows.computeIfAbsent(t.subDistrictId == null ? 0L : t.subDistrictId, k -> new TreeMap<>())
                    .put(t.star, t.minHours);
        }
        TreeMap<Integer, Integer> platform = rows.remove(0L);
        StarLevels defaults = platform == null ? StarLevels.DEFAULTS : new StarLevels(List.copyOf(platform.values()));
        Map<Long, StarLevels> own = new HashMap<>();
        rows.forEach((subDistrict, levels) -> own.put(subDistrict, new StarLevels(List.copyOf(levels.values()))));
        return new InForce(defaults, own);
    }

    /** Confirmed minutes as hours with one decimal, rounded down: a figure never shows more than was served. */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.DOWN);
    }
}
