package com.gridwork.partybuilding;

import com.gridwork.common.i18n.LocalName;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The one definition of each party-building and co-building figure (党建统计): the SQL conditions the service (and the
 * bench's ceilings) run, and each figure's name and definition in both languages, which the API, the statistics page,
 * the workbook and the README's definitions table show. Pure: no database, no request.
 */
public final class PartyBuildingDefinitions {
    private PartyBuildingDefinitions() {}

    /** Days are Beijing days, as everywhere in the product. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A year and a day, as the other statistics. */
    public static final long MAX_DAYS = 366;

    /** The unit ratios list the units with the most members reported (a district has thousands of units). */
    public static final int UNIT_ROWS = 50;

    /**
     * A report that was confirmed (报到党员): CONFIRMED, ACTIVE, or ended after confirmation (transferred out,
     * expired, withdrawn with a decision recorded). SUBMITTED, REJECTED and a submission withdrawn before any decision
     * do not count. Alias {@code r}: a member report or a unit report.
     */
    public static final String CONFIRMED_REPORT = "(r.status in ('CONFIRMED', 'ACTIVE', 'TRANSFERRED_OUT', 'EXPIRED')"
            + " or (r.status = 'WITHDRAWN' and r.decided_at is not null))";

    /** A member counts once per person per community (alias {@code r}). */
    public static final String REPORTED_MEMBER = "count(distinct r.volunteer_id, r.community_id)";

    /** A post serving in the period: its term overlaps it (alias {@code p}; :from, :to). */
    public static final String POST_IN_PERIOD = "p.term_from <= :to and p.term_to >= :from";

    /** A claim held at some time in the period (alias {@code c}; :start, :end). */
    public static final String CLAIM_HELD_IN_PERIOD =
            "c.claimed_at < :end and (c.ended_at is null or c.ended_at >= :start)";

    /** A claim made in the period, released, revoked or ended since or not (alias {@code c}). */
    public static final String CLAIM_MADE_IN_PERIOD = "c.claimed_at >= :start and c.claimed_at < :end";

    /** A wish lit (点亮): realised (the grid worker confirmed it) on a day of the period (alias {@code w}). */
    public static final String WISH_REALISED_IN_PERIOD =
            "w.status = 'REALISED' and w.realised_on >= :from and w.realised_on <= :to";

    /** A project signed (签订): approved in the period, and not a draft or rejected (alias {@code p}). */
    public static final String PROJECT_SIGNED_IN_PERIOD =
            "p.status not in ('DRAFT', 'REJECTED')" + " and p.approved_at >= :start and p.approved_at < :end";

    /** A project completed (完成): accepted in the period (alias {@code p}). */
    public static final String PROJECT_COMPLETED_IN_PERIOD =
            "p.status = 'ACCEPTED' and p.accepted_at >= :start and p.accepted_at < :end";

    /** An overdue milestone, like an overdue issue: not done and its due day before today (alias {@code m}, :today). */
    public static final String MILESTONE_OVERDUE = "m.done_on is null and m.due_on < :today";

    /** The agreement status that pairs a unit with a community. */
    public static final String PAIRING_AGREEMENT = "ACTIVE";

    /** An agreement that ties a unit to a community (a community's units): proposed, signed or active. */
    public static final List<String> LIVE_AGREEMENT = List.of("PROPOSED", "SIGNED", "ACTIVE");

    /** The project states, in lifecycle order (the chart's order). */
    public static final List<String> PROJECT_STATUSES = List.of(
            "DRAFT",
            "REJECTED",
            "OPEN_PAIRED",
            "OPEN_ALL",
            "CLAIMED",
            "IN_PROGRESS",
            "SUBMITTED",
            "ACCEPTED",
            "CANCELLED");

    /** The figures, each with its name and definition in both languages. */
    public static final String MEMBERS_REPORTED_DEFINITION =
            "Party members with a report of a year the period touches that was confirmed (confirmed, active, or"
                    + " ended after confirmation: transferred out, expired, withdrawn after the decision), to a"
                    + " community of the area; once per person per community. Submitted, rejected and submissions"
                    + " withdrawn before a decision are not counted.";

    public static final String MEMBERS_BY_EMPLOYER_TYPE_DEFINITION =
            "Members reported (as above) by the employer type of their report.";
    public static final String MEMBERS_BY_POST_CATEGORY_DEFINITION =
            "Distinct members holding a claim of a post of the area of that category at some time in the period"
                    + " (claimed before its end and not released, revoked or ended before its start); a member"
                    + " holding posts of two categories counts in both.";
    public static final String UNIT_RATIOS_DEFINITION =
            "Per co-building unit: members reported (as above) whose report names the unit as employer, divided"
                    + " by the unit's party members in total, in percent (one decimal); beside it the largest total"
                    + " the unit's confirmed unit-level reports to the area gave. The 50 units with the most members"
                    + " reported.";
    public static final String MEMBERS_ACTIVE_NOW_DEFINITION =
            "Members whose report to a community of the area is active now (whatever the period); once per person"
                    + " per community.";
    public static final String POSTS_DEFINITION =
            "Posts of the area whose term overlaps the period, open, closed or ended.";
    public static final String POST_CAPACITY_DEFINITION = "The capacities of those posts added up.";
    public static final String LIVE_CLAIMS_DEFINITION =
            "Claims live now (not released, revoked or ended) on those posts.";
    public static final String FILLED_POSTS_DEFINITION = "Those posts whose live claims reach their capacity now.";
    public static final String CLAIMS_MADE_DEFINITION =
            "Claims of posts of the area made in the period, whether released, revoked or ended since or not.";
    public static final String WISHES_PUBLISHED_DEFINITION = "Micro-wishes of the area published in the period.";
    public static final String WISHES_CLAIMED_DEFINITION =
            "Micro-wishes of the area with a claim made in the period (a wish claimed twice counts once).";
    public static final String WISHES_REALISED_DEFINITION =
            "Micro-wishes of the area realised (the grid worker confirmed them) on a day of the period.";
    public static final String WISHES_OPEN_DEFINITION = "Micro-wishes of the area published and unclaimed now.";
    public static final String UNITS_DEFINITION =
            "Active units: a sub-district's own units; for a community the active units with a proposed, signed"
                    + " or active agreement with it.";
    public static final String UNITS_PAIRED_DEFINITION =
            "Units with an active agreement with a community of the area now (expired and terminated ones do not pair).";
    public static final String COMMUNITIES_PAIRED_DEFINITION = "Communities of the area with an active agreement now.";
    public static final String AGREEMENTS_BY_STATUS_DEFINITION =
            "Agreements with communities of the area, by their status now.";
    public static final String PROJECTS_BY_STATUS_DEFINITION =
            "Projects of communities of the area, by their status now.";
    public static final String PROJECTS_SIGNED_DEFINITION =
            "Projects of the area approved in the period (neither draft nor rejected), whatever their state now.";
    public static final String PROJECTS_COMPLETED_DEFINITION =
            "Projects of the area accepted by the community in the period.";
    public static final String OVERDUE_MILESTONES_DEFINITION =
            "Milestones of the area's projects (not cancelled) not done whose due day is before today (Beijing),"
                    + " like overdue issues.";

    public enum Figure {
        MEMBERS_REPORTED(
                "membersReported",
                "报到党员",
                "Members reported",
                "Party members with a report of a year the period touches that was confirmed (confirmed, active, or"
                        + " ended after confirmation: transferred out, expired, withdrawn after the decision), to a"
                        + " community of the area; once per person per community. Submitted, rejected and submissions"
                        + " withdrawn before a decision are not counted.",
                "所选期间涉及年度内、向本区域社区报到且已确认的在职党员（已确认、在册，或确认后转出、到期、撤回的），每人每社区计一次；" + "待确认、已驳回及确认前撤回的不计。"),
        MEMBERS_BY_EMPLOYER_TYPE(
                "membersByEmployerType",
                "按单位性质",
                "By employer type",
                "Members reported (as above) by the employer type of their report.",
                "报到党员（口径同上）按报到时所填工作单位性质分列。"),
        MEMBERS_BY_POST_CATEGORY(
                "membersByPostCategory",
                "按岗位类别",
                "By post category",
                "Distinct members holding a claim of a post of the area of that category at some time in the period"
                        + " (claimed before its end and not released, revoked or ended before its start); a member"
                        + " holding posts of two categories counts in both.",
                "期间内任一时刻认领本区域该类岗位的党员人数（期末前认领、且未在期初前释放、撤销或结束）；认领两类岗位的计入两类。"),
        UNIT_RATIOS(
                "unitRatios",
                "单位报到率",
                "Reported / employed per unit",
                "Per co-building unit: members reported (as above) whose report names the unit as employer, divided"
                        + " by the unit's party members in total, in percent (one decimal); beside it the largest total"
                        + " the unit's confirmed unit-level reports to the area gave. The 50 units with the most members"
                        + " reported.",
                "各共建单位：报到党员中工作单位为该单位的人数 ÷ 该单位党员总数（百分比，一位小数）；并列该单位向本区域已确认的单位报到所填党员数。" + "列报到人数最多的50家。"),
        MEMBERS_ACTIVE_NOW(
                "membersActiveNow",
                "当前在册党员",
                "Members active now",
                "Members whose report to a community of the area is active now (whatever the period); once per person"
                        + " per community.",
                "当前报到状态为在册的党员（与期间无关），每人每社区计一次。"),
        POSTS("posts", "岗位数", "Posts", POSTS_DEFINITION, "任期与所选期间有交集的本区域岗位（开放、关闭、结束均计）。"),
        POST_CAPACITY("postCapacity", "岗位容量", "Capacity", POST_CAPACITY_DEFINITION, "上述岗位的容量之和。"),
        LIVE_CLAIMS("liveClaims", "在岗认领", "Live claims", LIVE_CLAIMS_DEFINITION, "上述岗位当前有效（未释放、撤销或结束）的认领数。"),
        FILLED_POSTS("filledPosts", "已满岗位", "Posts filled", FILLED_POSTS_DEFINITION, "上述岗位中当前认领数已达容量的岗位数。"),
        CLAIMS_MADE(
                "claimsMade",
                "认领岗位",
                "Posts claimed",
                "Claims of posts of the area made in the period, whether released, revoked or ended since or not.",
                "期间内对本区域岗位的认领次数，其后释放、撤销或结束的照计。"),
        WISHES_PUBLISHED("wishesPublished", "发布微心愿", "Wishes published", WISHES_PUBLISHED_DEFINITION, "期间内发布的本区域微心愿。"),
        WISHES_CLAIMED(
                "wishesClaimed", "认领微心愿", "Wishes claimed", WISHES_CLAIMED_DEFINITION, "期间内被认领的本区域微心愿（同一心愿多次认领计一次）。"),
        WISHES_REALISED(
                "wishesRealised",
                "点亮微心愿",
                "Wishes fulfilled",
                "Micro-wishes of the area realised (the grid worker confirmed them) on a day of the period.",
                "实现日期在期间内、经网格员确认实现的本区域微心愿。"),
        WISHES_OPEN("wishesOpen", "待认领微心愿", "Wishes open now", WISHES_OPEN_DEFINITION, "当前已发布、待认领的本区域微心愿。"),
        UNITS(
                "units",
                "共建单位",
                "Co-building units",
                "Active units: a sub-district's own units; for a community the active units with a proposed, signed"
                        + " or active agreement with it.",
                "状态为有效的共建单位：街道为其全部单位；社区为与其有拟签、已签或生效协议的单位。"),
        UNITS_PAIRED(
                "unitsPaired", "结对单位", "Units paired", UNITS_PAIRED_DEFINITION, "当前与本区域社区有生效协议的单位（已到期、已终止的协议不算结对）。"),
        COMMUNITIES_PAIRED(
                "communitiesPaired", "结对社区", "Communities paired", COMMUNITIES_PAIRED_DEFINITION, "当前有生效协议的本区域社区。"),
        AGREEMENTS_BY_STATUS(
                "agreementsByStatus",
                "协议状态",
                "Agreements by status",
                AGREEMENTS_BY_STATUS_DEFINITION,
                "本区域社区的共建协议按当前状态分列。"),
        PROJECTS_BY_STATUS(
                "projectsByStatus", "项目状态", "Projects by status", PROJECTS_BY_STATUS_DEFINITION, "本区域社区的共建项目按当前状态分列。"),
        PROJECTS_SIGNED(
                "projectsSigned",
                "签订共建项目",
                "Projects signed",
                "Projects of the area approved in the period (neither draft nor rejected), whatever their state now.",
                "期间内审核通过的本区域共建项目（草稿、驳回的不计），不论其现状。"),
        PROJECTS_COMPLETED(
                "projectsCompleted",
                "完成共建项目",
                "Projects completed",
                PROJECTS_COMPLETED_DEFINITION,
                "期间内经社区验收通过的本区域共建项目。"),
        OVERDUE_MILESTONES(
                "overdueMilestones",
                "逾期节点",
                "Overdue milestones",
                "Milestones of the area's projects (not cancelled) not done whose due day is before today (Beijing),"
                        + " like overdue issues.",
                "本区域未取消项目中未完成且到期日早于今天（北京时间）的节点，同超期诉求。");

        private final String field;
        private final String nameZh;
        private final String nameEn;
        private final String definition;
        private final String definitionZh;

        Figure(String field, String nameZh, String nameEn, String definition, String definitionZh) {
            this.field = field;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.definition = definition;
            this.definitionZh = definitionZh;
        }

        /** The figure's field in the API's PartyBuildingStats. */
        public String field() {
            return field;
        }

        public String name(Locale locale) {
            return LocalName.of(locale, nameZh, nameEn);
        }

        /** The definition in English (the README and the API description). */
        public String definition() {
            return definition;
        }

        public String definition(Locale locale) {
            return LocalName.of(locale, definitionZh, definition);
        }
    }

    /** Every figure's definition, for the API description (a constant: annotations quote it). */
    public static final String DEFINITIONS = "`membersReported`: " + MEMBERS_REPORTED_DEFINITION
            + " `membersByEmployerType`: " + MEMBERS_BY_EMPLOYER_TYPE_DEFINITION
            + " `membersByPostCategory`: " + MEMBERS_BY_POST_CATEGORY_DEFINITION
            + " `unitRatios`: " + UNIT_RATIOS_DEFINITION
            + " `membersActiveNow`: " + MEMBERS_ACTIVE_NOW_DEFINITION
            + " `posts`: " + POSTS_DEFINITION
            + " `postCapacity`: " + POST_CAPACITY_DEFINITION
            + " `liveClaims`: " + LIVE_CLAIMS_DEFINITION
            + " `filledPosts`: " + FILLED_POSTS_DEFINITION
            + " `claimsMade`: " + CLAIMS_MADE_DEFINITION
            + " `wishesPublished`: " + WISHES_PUBLISHED_DEFINITION
            + " `wishesClaimed`: " + WISHES_CLAIMED_DEFINITION
            + " `wishesRealised`: " + WISHES_REALISED_DEFINITION
            + " `wishesOpen`: " + WISHES_OPEN_DEFINITION
            + " `units`: " + UNITS_DEFINITION
            + " `unitsPaired`: " + UNITS_PAIRED_DEFINITION
            + " `communitiesPaired`: " + COMMUNITIES_PAIRED_DEFINITION
            + " `agreementsByStatus`: " + AGREEMENTS_BY_STATUS_DEFINITION
            + " `projectsByStatus`: " + PROJECTS_BY_STATUS_DEFINITION
            + " `projectsSigned`: " + PROJECTS_SIGNED_DEFINITION
            + " `projectsCompleted`: " + PROJECTS_COMPLETED_DEFINITION
            + " `overdueMilestones`: " + OVERDUE_MILESTONES_DEFINITION;

    public static final String PERIOD = "Days are China Standard Time; `from` and `to` are both included (default:"
            + " this year), at most 366 days. The area is a sub-district, community or grid in the caller's scope"
            + " (default: the caller's scope).";

    /** The period's first instant (from's midnight in Beijing). */
    public static Instant start(LocalDate from) {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the period (the midnight after {@code to} in Beijing). */
    public static Instant end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Why a period is not acceptable (the field and a message key), or null. */
    public static String[] periodProblem(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return new String[] {"to", "party-building.period.reversed"};
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return new String[] {"to", "party-building.period.too-long"};
        }
        return null;
    }

    /** Reported / employed in percent, one decimal half up; null when nobody is employed (no denominator). */
    public static BigDecimal ratio(long reported, long employed) {
        if (employed <= 0) {
            return null;
        }
        return BigDecimal.valueOf(reported * 100L).divide(BigDecimal.valueOf(employed), 1, RoundingMode.HALF_UP);
    }
}
