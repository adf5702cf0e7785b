package com.gridwork.volunteer.hours;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 星级志愿者: the star a volunteer holds for their confirmed minutes, against a sub-district's thresholds (hours for
 * stars 1, 2, ...; strictly increasing). Below the first threshold a volunteer holds no star (0). Thresholds are data
 * ({@code volunteer_star_level}); {@link #DEFAULTS} are the platform's when a sub-district has none of its own.
 */
public record StarLevels(List<Integer> minHours) {
    /** The highest star there is. */
    public static final int MAX_STAR = 5;

    /** The platform defaults: 100, 300, 600, 1000 and 1500 confirmed hours. */
    public static final StarLevels DEFAULTS = new StarLevels(List.of(100, 300, 600, 1000, 1500));

    /** One faulty threshold: its index in the list and the message key saying why. */
    public record Violation(int index, String messageKey) {}

    public StarLevels {
        if (!violations(minHours).isEmpty()) {
            throw new IllegalArgumentException("star thresholds must be 1 to 5 increasing positive hours: " + minHours);
        }
        minHours = List.copyOf(minHours);
    }

    /**
     * What is wrong with these thresholds (empty when they are usable): each must be positive and greater than the one
     * before, and there must be one to {@link #MAX_STAR} of them (index -1 for the list as a whole).
     */
    public static List<Violation> violations(List<Integer> minHours) {
        List<Violation> violations = new ArrayList<>();
        if (minHours == null || minHours.isEmpty() || minHours.size() > MAX_STAR) {
            violations.add(new Violation(-1, "volunteer.stars.count"));
            return violations;
        }
        for (int i = 0; i < minHours.size(); i++) {
            Integer hours = minHours.get(i);
            if (hours == null || hours <= 0) {
                violations.add(new Violation(i, "volunteer.stars.positive"));
            } else if (i > 0 && minHours.get(i - 1) != null && hours <= minHours.get(i - 1)) {
                violations.add(new Violation(i, "volunteer.stars.increasing"));
            }
        }
        return violations;
    }

    /** The star held with this many confirmed minutes: the highest whose threshold is reached, 0 below the first. */
    public int star(long confirmedMinutes) {
        int star = 0;
        while (star < minHours.size() && confirmedMinutes >= minutesOf(star + 1)) {
            star++;
        }
        return star;
    }

    /** The hours the next star needs, or empty at the highest star. */
    public Optional<Integer> nextThresholdHours(long confirmedMinutes) {
        int star = star(confirmedMinutes);
        return star < minHours.size() ? Optional.of(minHours.get(star)) : Optional.empty();
    }

    /**
     * The confirmed minutes that hold exactly {@code star} (0 to the highest), for a filter
     * {@code confirmed_minutes >= from and (to is empty or confirmed_minutes < to)}.
     */
    public MinuteRange range(int star) {
        if (star < 0 || star > minHours.size()) {
            throw new IllegalArgumentException("no star " + star);
        }
        long from = star == 0 ? Long.MIN_VALUE : minutesOf(star);
        Optional<Long> to = star == minHours.size() ? Optional.empty() : Optional.of(minutesOf(star + 1));
        return new MinuteRange(from, to);
    }

    /** Confirmed minutes from {@code from} (inclusive) to {@code to} (exclusive; empty: no upper bound). */
    public record MinuteRange(long from, Optional<Long> to) {
        public boolean contains(long minutes) {
            return minutes >= from && to.map(t -> minutes < t).orElse(true);
        }
    }

    private long minutesOf(int star) {
        return minHours.get(star - 1) * 60L;
    }
}
