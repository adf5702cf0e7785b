package com.gridwork.testsupport;

import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.cobuild.agreement.CoBuildAgreement;
import com.gridwork.cobuild.agreement.CoBuildAgreementStatus;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitLiaison;
import com.gridwork.cobuild.unit.OrganisationType;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyMemberReport;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.staff.Staff;
import com.gridwork.volunteer.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds party members, co-building units, their liaisons and agreements straight in the database (issue 16), for
 * tests of one part without going through the others' API.
 */
@ApplicationScoped
public class PartyFixtures {
    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    /** A party member: a volunteer profile with a sign-in account and a report of this year, in this status. */
    public record Member(long volunteerId, long reportId, String username) {}

    /** An in-service party member who reported to a community and was confirmed: ACTIVE this year. */
    public Member member(long communityId) {
        return member(communityId, PartyReportStatus.ACTIVE);
    }

    public Member member(long communityId, PartyReportStatus status) {
        long volunteerId = volunteers.volunteer(communityId, Fixtures.unique("党员"));
        String username = fixtures.staff(StaffRole.VOLUNTEER, communityId);
        volunteers.linkAccount(volunteerId, username);
        long reportId = report(volunteerId, communityId, BeijingTime.today().getYear(), status, null);
        return new Member(volunteerId, reportId, username);
    }

    /** A report of a volunteer to a community for a year, in this status, optionally employed by a unit. */
    @Transactional
    public long report(long volunteerId, long communityId, int year, PartyReportStatus status, Long unitId) {
        Volunteer volunteer = Volunteer.findById(volunteerId);
        Area community = Area.findById(communityId);
        PartyMemberReport r = new PartyMemberReport();
        r.reportYear = year;
        r.volunteer = volunteer;
        r.community = community;
        r.areaPath = community.path;
        r.employer = "测试单位";
        r.employerType = OrganisationType.PUBLIC_INSTITUTION;
        r.unitId = unitId;
        r.status = status;
        r.submittedById = volunteer.staffId != null ? volunteer.staffId : anyStaffId();
        r.submittedAt = Instant.now();
        if (status != PartyReportStatus.SUBMITTED) {
            r.decidedById = r.submittedById;
            r.decidedAt = Instant.now();
        }
        r.persist();
        return r.id;
    }

    /** An active co-building unit of a sub-district with this many party members employed. */
    @Transactional
    public long unit(long subDistrictId, int partyMemberTotal) {
        Area subDistrict = Area.findById(subDistrictId);
        CoBuildUnit u = new CoBuildUnit();
        u.subDistrict = subDistrict;
        u.areaPath = subDistrict.path;
        u.name = Fixtures.unique("共建单位");
        u.unitType = OrganisationType.STATE_ENTERPRISE;
        u.partyOrgName = u.name + "党委";
        u.partyMemberTotal = partyMemberTotal;
        u.persist();
        return u.id;
    }

    /** A unit-liaison sign-in account (scoped to the unit's sub-district) acting for a unit; returns its user name. */
    public String liaison(long unitId) {
        long subDistrictId = subDistrictOf(unitId);
        String username = fixtures.staff(StaffRole.UNIT_LIAISON, subDistrictId);
        link(username, unitId);
        return username;
    }

    @Transactional
    void link(String username, long unitId) {
        CoBuildUnitLiaison l = new CoBuildUnitLiaison();
        l.staffId = Staff.findByUsername(username).id;
        l.unitId = unitId;
        l.persist();
    }

    @Transactional
    long subDistrictOf(long unitId) {
        return CoBuildUnit.<CoBuildUnit>findById(unitId).subDistrictId;
    }

    /** An agreement between a unit and a community, in this status, its term this year. */
    @Transactional
    public long agreement(long unitId, long communityId, CoBuildAgreementStatus status) {
        Area community = Area.findById(communityId);
        CoBuildAgreement a = new CoBuildAgreement();
        a.unit = CoBuildUnit.findById(unitId);
        a.community = community;
        a.areaPath = community.path;
        LocalDate today = BeijingTime.today();
        a.termFrom = today.withDayOfYear(1);
        a.termTo = today.withDayOfYear(today.lengthOfYear());
        a.signedOn = status == CoBuildAgreementStatus.PROPOSED ? null : a.termFrom;
        a.status = status;
        a.createdById = anyStaffId();
        a.persist();
        return a.id;
    }

    /** An active agreement: the unit is paired with the community. */
    public long pair(long unitId, long communityId) {
        return agreement(unitId, communityId, CoBuildAgreementStatus.ACTIVE);
    }

    private static long anyStaffId() {
        return Staff.<Staff>find("order by id").firstResult().id;
    }
}
