package com.gridwork.partybuilding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import static com.gridwork.partybuilding.PartyBuildingDefinitions.CLAIM_HELD_IN_PERIOD;
import static com.gridwork.partybuilding.PartyBuildingDefinitions.CLAIM_MADE_IN_PERIOD;
import static com.gridwork.partybuilding.PartyBuildingDefinitions.CONFIRMED_REPORT;
import static com.gridwork.partybuilding.PartyBuildingDefinitions.MILESTONE_OVERDUE;
import static com.gridwork.partybuilding.PartyBuildingDefinitions.POST_IN_PERIOD;
import static com.gridwork.partybuilding.PartyBuildingDefinitions.PROJECT_COMPLETED_IN_PERIOD;
import static com.gridwork.partybuilding.PartyBuildingDefinitions.PROJECT_SIGNED_IN_PERIOD;
import static com.gridwork.partybuilding.PartyBuildingDefinitions.REPORTED_MEMBER;
import static com.gridwork.partybuilding.PartyBuildingDefinitions.WISH_REALISED_IN_PERIOD;

/**
 * The statements the statistics run, built from {@link PartyBuildingDefinitions}' conditions, with named parameters
 * (:from, :to, :start, :end, :yearFrom, :yearTo, :today, :live, :pairing) and the area condition {@code on} gives for a
 * path column. The service runs them; the bench runs the same text over JDBC as its ceiling.
 */
public final class PartyBuildingQueries {
    private PartyBuildingQueries() {}

    /** The statements' parameters for a period (days in Beijing; instants for the times), but the area's paths. */
    public static Map<String, Object> parameters(LocalDate from, LocalDate to, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("start", PartyBuildingDefinitions.start(from));
        params.put("end", PartyBuildingDefinitions.end(to));
        params.put("yearFrom", from.getYear());
        params.put("yearTo", to.getYear());
        params.put("today", today);
        params.put("live", PartyBuildingDefinitions.LIVE_AGREEMENT);
        params.put("pairing", PartyBuildingDefinitions.PAIRING_AGREEMENT);
        return params;
    }

    private static String reports(UnaryOperator<String> on) {
        return " from party_member_report r where r.report_year >= :yearFrom and r.report_year <= :yearTo and "
                + CONFIRMED_REPORT + " and " + on.apply("r.area_path");
    }

    public static String membersReported(UnaryOperator<String> on) {
        return "select " + REPORTED_MEMBER + reports(on);
    }

    public static String membersByEmployerType(UnaryOperator<String> on) {
        return "select r.employer_type, " + REPORTED_MEMBER + reports(on) + " group by r.employer_type";
    }

    public static String membersByUnit(UnaryOperator<String> on) {
        return "select r.unit_id, " + REPORTED_MEMBER + reports(on) + " and r.unit_id is not null group by r.unit_id";
    }

    public static String membersActiveNow(UnaryOperator<String> on) {
        return "select " + REPORTED_MEMBER + " from party_member_report r where r.status = 'ACTIVE' and "
                + on.apply("r.area_path");
    }

    public static String membersByPostCategory(UnaryOperator<String> on) {
        return "select p.category_code, count(distinct c.volunteer_id) from party_post_claim c"
                + " join party_post p on p.id = c.post_id where " + CLAIM_HELD_IN_PERIOD + " and "
                + on.apply("c.area_path") + " group by p.category_code";
    }

    public static String unitReportTotals(UnaryOperator<String> on) {
        return "select r.unit_id, max(r.party_member_total) from party_unit_report r where r.report_year >= :yearFrom"
                + " and r.report_year <= :yearTo and " + CONFIRMED_REPORT + " and " + on.apply("r.area_path")
                + " group by r.unit_id";
    }

    public static final String UNITS_BY_ID =
            "select u.id, u.name, u.party_member_total from cobuild_unit u where u.id in (:ids)";

    public static final String POST_CATEGORY_NAMES =
            "select d.code, d.name, d.name_en, d.sort_order from dictionary_item d"
                    + " where d.category = 'PARTY_POST_CATEGORY' and d.code in (:codes)"
                    + " order by d.sub_district_id is not null, d.sort_order, d.code";

    public static String posts(UnaryOperator<String> on) {
        return "select count(*), coalesce(sum(p.capacity), 0), coalesce(sum(p.claim_count), 0),"
                + " coalesce(sum(case when p.claim_count = p.capacity then 1 else 0 end), 0)"
                + " from party_post p where " + POST_IN_PERIOD + " and " + on.apply("p.area_path");
    }

    public static String claimsMade(UnaryOperator<String> on) {
        return "select count(*) from party_post_claim c where " + CLAIM_MADE_IN_PERIOD + " and "
                + on.apply("c.area_path");
    }

    public static String wishes(UnaryOperator<String> on) {
        return "select coalesce(sum(case when w.published_at >= :start and w.published_at < :end then 1 else 0 end), 0),"
                + " coalesce(sum(case when " + WISH_REALISED_IN_PERIOD + " then 1 else 0 end), 0),"
                + " coalesce(sum(case when w.status = 'PUBLISHED' then 1 else 0 end), 0)"
                + " from micro_wish w where " + on.apply("w.area_path");
    }

    public static String wishesClaimed(UnaryOperator<String> on) {
        return "select count(distinct c.wish_id) from micro_wish_claim c join micro_wish w on w.id = c.wish_id where "
                + CLAIM_MADE_IN_PERIOD + " and " + on.apply("w.area_path");
    }

    public static String units(UnaryOperator<String> on) {
        return "select count(*) from cobuild_unit u where u.status = 'ACTIVE' and (" + on.apply("u.area_path")
                + " or exists (select 1 from cobuild_agreement a where a.unit_id = u.id and a.status in (:live)"
                + " and " + on.apply("a.area_path") + "))";
    }

    public static String paired(UnaryOperator<String> on) {
        return "select count(distinct a.unit_id), count(distinct a.community_id) from cobuild_agreement a"
                + " where a.status = :pairing and " + on.apply("a.area_path");
    }

    public static String agreementsByStatus(UnaryOperator<String> on) {
        return "select a.status, count(*) from cobuild_agreement a where " + on.apply("a.area_path")
                + " group by a.status";
    }

    public static String projectsByStatus(UnaryOperator<String> on) {
        return "select p.status, count(*) from cobuild_project p where " + on.apply("p.area_path")
                + " group by p.status";
    }

    public static String projectsSignedAndCompleted(UnaryOperator<String> on) {
        return "select coalesce(sum(case when " + PROJECT_SIGNED_IN_PERIOD + " then 1 else 0 end), 0),"
                + " coalesce(sum(case when " + PROJECT_COMPLETED_IN_PERIOD + " then 1 else 0 end), 0)"
                + " from cobuild_project p where " + on.apply("p.area_path");
    }

    public static String overdueMilestones(UnaryOperator<String> on) {
        return "select count(*) from cobuild_milestone m join cobuild_project p on p.id = m.project_id where "
                + MILESTONE_OVERDUE + " and p.status <> 'CANCELLED' and " + on.apply("p.area_path");
    }
}
