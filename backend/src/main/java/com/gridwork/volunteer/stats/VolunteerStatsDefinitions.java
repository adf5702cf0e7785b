package com.gridwork.volunteer.stats;

import com.gridwork.common.time.BeijingTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one definition of each volunteer-service figure (志愿服务统计): the SQL conditions the service runs, the rounding
 * of hours and the English text that the API's description, the README's definitions table and (through the messages
 * {@code volunteer.stats.definition.*}) the statistics page show. Pure: no database, no request.
 */
public final class VolunteerStatsDefinitions {
    private VolunteerStatsDefinitions() {}

    /** Days are Beijing days, as everywhere in the product. */
    public static final ZoneId ZONE = BeijingTime.ZONE;

    /** A year and a day, as the issue statistics: longer periods belong in a data warehouse. */
    public static final long MAX_DAYS = 366;

    /** The ranking's default and largest length. */
    public static final int RANKING_DEFAULT = 20;

    public static final int RANKING_MAX = 100;

    /** The team breakdown lists the teams with the most confirmed hours (a district has thousands of teams). */
    public static final int TEAM_ROWS = 20;

    /** The activity states that count as held (开展): it started and was not cancelled. */
    public static final List<String> HELD_ACTIVITY_STATUSES = List.of("IN_PROGRESS", "ENDED", "CLOSED");

    /** The only ledger state that counts anywhere. */
    public static final String CONFIRMED = "CONFIRMED";

    public static final String TEAMS_DEFINITION = "Volunteer teams of the area (a community's own; for a sub-district"
            + " its own and its communities') founded on or before the last day of the period (their founding date,"
            + " or the day they were entered when none is known) and not dissolved by then.";

    public static final String REGISTERED_VOLUNTEERS_DEFINITION = "Volunteer profiles registered with a community of"
            + " the area on or before the last day of the period whose status is active now (suspended and left"
            + " profiles are not counted).";

    public static final String ACTIVE_VOLUNTEERS_DEFINITION = "Distinct volunteers whose confirmed ledger minutes"
            + " dated in the period sum to more than zero (reversals included: a volunteer whose only hours were"
            + " reversed is not active).";

    public static final String ACTIVITIES_DEFINITION = "Activities of the area with a session that starts in the"
            + " period and whose status is in progress, ended or closed (drafts, published ones that have not started"
            + " and cancelled ones are not counted).";

    public static final String SERVICES_DEFINITION = "人次: confirmed ledger entries dated in the period, each counting"
            + " one and each confirmed reversal taking one away (one volunteer serving one session, or one confirmed"
            + " self-report or back-fill, is one service). Submitted and rejected entries are not counted.";

    public static final String HOURS_DEFINITION = "The sum of confirmed ledger minutes dated in the period, reversals"
            + " (negative) included, divided by 60 and rounded half up to one decimal. Submitted and rejected entries"
            + " are not counted.";

    /** Every figure's definition, for the API description. */
    public static final String DEFINITIONS = "`teams`: " + TEAMS_DEFINITION + " `registeredVolunteers`: "
            + REGISTERED_VOLUNTEERS_DEFINITION + " `activeVolunteers`: " + ACTIVE_VOLUNTEERS_DEFINITION
            + " `activities`: " + ACTIVITIES_DEFINITION + " `services`: " + SERVICES_DEFINITION + " `hours`: "
            + HOURS_DEFINITION;

    /** The figures, each with its definition. */
    public enum Figure {
        TEAMS("teams", "志愿服务队", TEAMS_DEFINITION),
        REGISTERED_VOLUNTEERS("registeredVolunteers", "注册志愿者", REGISTERED_VOLUNTEERS_DEFINITION),
        ACTIVE_VOLUNTEERS("activeVolunteers", "活跃志愿者", ACTIVE_VOLUNTEERS_DEFINITION),
        ACTIVITIES("activities", "开展志愿服务", ACTIVITIES_DEFINITION),
        SERVICES("services", "服务人次", SERVICES_DEFINITION),
        HOURS("hours", "服务时长", HOURS_DEFINITION);

        private final String field;
        private final String nameZh;
        private final String definition;

        Figure(String field, String nameZh, String definition) {
            this.field = field;
            this.nameZh = nameZh;
            this.definition = definition;
        }

        /** The figure's field in the API's VolunteerFigures. */
        public String field() {
            return field;
        }

        public String nameZh() {
            return nameZh;
        }

        /** The definition in English (the README and the API description); the page reads the localized messages. */
        public String definition() {
            return definition;
        }

        /** The message key of the localized definition. */
        public String messageKey() {
            return "volunteer.stats.definition." + field;
        }
    }

    public static final String PERIOD =
            "Days are China Standard Time; `from` and `to` are both included; at most 366 days. The area is a community"
                    + " or a sub-district in the caller's scope (a grid worker reads the community of their grid).";

    public static final String RANKING =
            "Volunteers of the area by confirmed hours in the period (as `hours`), most first, ties by volunteer id;"
                    + " only volunteers with more than zero.";

    /** Minutes as hours, one decimal, half up (the same rounding for totals, breakdowns and the ranking). */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    /** The period's first instant (from's midnight in Beijing). */
    public static Instant start(LocalDate from) {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the period (the midnight after {@code to} in Beijing). */
    public static Instant end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Why a period is not acceptable (a message key and the field it names), or null. */
    public static String[] periodProblem(LocalDate from, LocalDate to) {
        if (from == null) {
            return new String[] {"from", "volunteer.stats.period.required"};
        }
        if (to == null) {
            return new String[] {"to", "volunteer.stats.period.required"};
        }
        if (to.isBefore(from)) {
            return new String[] {"to", "volunteer.stats.period.reversed"};
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return new String[] {"to", "volunteer.stats.period.too-long"};
        }
        return null;
    }

    /**
     * The path the figures of a caller's scope area are read under: a grid's community (hours, volunteers and teams
     * belong to communities, not grids), a community's or sub-district's own path otherwise. Paths are
     * {@code /sub-district/community/grid/...}.
     */
    public static String statsPath(String areaPath) {
        String[] parts = areaPath.split("/");
        // "/1/2/3/" splits into "", "1", "2", "3"
        return parts.length <= 3 ? areaPath : "/" + parts[1] + "/" + parts[2] + "/";
    }

    /** The ranking's length: the default when absent, otherwise within 1..RANKING_MAX (else null: a 400). */
    public static Integer rankingLimit(Integer limit) {
        if (limit == null) {
            return RANKING_DEFAULT;
        }
        return limit < 1 || limit > RANKING_MAX ? null : limit;
    }
}
