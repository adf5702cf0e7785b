package com.gridwork.party;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.VolunteerSelf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Whether the calling volunteer account is an in-service party member now: its volunteer profile holds an ACTIVE
 * report of the current year (Beijing time). Only such a member claims posts and logs service as one; a volunteer
 * without it is refused (403). Loaded once per request; empty for staff.
 */
@RequestScoped
public class PartyMemberSelf {
    @Inject
    VolunteerSelf volunteerSelf;

    private Optional<PartyMemberReport> activeReport;

    /** The caller's volunteer profile, when the caller is a linked volunteer account. */
    public Optional<Volunteer> profile() {
        return volunteerSelf.profile();
    }

    /** The caller's ACTIVE report of this year; empty when the caller is not a reported member now. */
    public Optional<PartyMemberReport> activeReport() {
        if (activeReport == null) {
            activeReport = profile().flatMap(v -> activeReportOf(v.id));
        }
        return activeReport;
    }

    /** The caller's ACTIVE report of this year, or a 403 saying the caller has not reported to a community. */
    public PartyMemberReport requireActive() {
        return activeReport().orElseThrow(() -> ApiProblem.forbidden("party.member.not-reported"));
    }

    /** A volunteer's ACTIVE report of this year (Beijing time). */
    public static Optional<PartyMemberReport> activeReportOf(long volunteerId) {
        return PartyMemberReport.<PartyMemberReport>find(
                        "volunteerId = ?1 and reportYear = ?2 and status = ?3",
                        volunteerId,
                        BeijingTime.today().getYear(),
                        PartyReportStatus.ACTIVE)
                .firstResultOptional();
    }
}
