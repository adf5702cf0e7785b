package com.gridwork.party.feedback;

import com.gridwork.party.PartyReportStatus;

import java.time.Instant;

/**
 * The one definition of each figure of the feedback form (README "Year-end feedback to employers"), and of the reports
 * that have a form. The SQL below is the only place they are computed; the API, the screen, the workbook and the PDF
 * all read it.
 */
final class PartyFeedbackDefinitions {
    static final String CONFIRMED_MINUTES = "The year's confirmed service: the SUM of the minutes of the CONFIRMED"
            + " entries of the member's hours ledger (their volunteer profile, all sources, reversals included) whose"
            + " service date lies in the report's year. One person, one ledger.";
    static final String POSTS_HELD = "Posts held: the distinct posts the member claimed through any of their reports of"
            + " the year, whatever became of the claim (every claim was ACTIVE from its claim; released, revoked and"
            + " ended ones were held too).";
    static final String WISHES_REALISED = "Wishes realised: the member's claims (their volunteer profile) in status"
            + " REALISED whose wish was realised (realised_on) within the year.";
    static final String FORMS = "A form exists for each report that was confirmed: CONFIRMED, ACTIVE, TRANSFERRED_OUT,"
            + " EXPIRED, or WITHDRAWN after its confirmation (decided_at set); never for a SUBMITTED or REJECTED one.";

    /** Reports that were confirmed, on {@code party_member_report r}. */
    static final String WAS_CONFIRMED_SQL = "(r.status in ('CONFIRMED', 'ACTIVE', 'TRANSFERRED_OUT', 'EXPIRED')"
            + " or (r.status = 'WITHDRAWN' and r.decided_at is not null))";

    /** The three figures of report {@code r} of volunteer {@code r.volunteer_id}, its year's days :yearFrom..:yearTo. */
    static final String FIGURES_SQL = "(select coalesce(sum(e.minutes), 0) from volunteer_hours_entry e"
            + " where e.volunteer_id = r.volunteer_id and e.status = 'CONFIRMED'"
            + " and e.service_date >= :yearFrom and e.service_date <= :yearTo) as figure_minutes,"
            + " (select count(distinct pc.post_id) from party_post_claim pc"
            + " join party_member_report pr on pr.id = pc.report_id"
            + " where pc.volunteer_id = r.volunteer_id and pr.report_year = r.report_year) as figure_posts,"
            + " (select count(*) from micro_wish_claim wc join micro_wish w on w.id = wc.wish_id"
            + " where wc.volunteer_id = r.volunteer_id and wc.status = 'REALISED'"
            + " and w.realised_on >= :yearFrom and w.realised_on <= :yearTo) as figure_wishes";

    private PartyFeedbackDefinitions() {}

    /** Whether a report has a form (see {@link #FORMS}); the Java twin of {@link #WAS_CONFIRMED_SQL}. */
    static boolean wasConfirmed(PartyReportStatus status, Instant decidedAt) {
        return switch (status) {
            case CONFIRMED, ACTIVE, TRANSFERRED_OUT, EXPIRED -> true;
            case WITHDRAWN -> decidedAt != null;
            case SUBMITTED, REJECTED -> false;
        };
    }
}
