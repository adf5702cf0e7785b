package com.gridwork.testsupport;

import com.gridwork.area.Area;
import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.staff.Staff;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.activity.Activity;
import com.gridwork.volunteer.activity.ActivityPost;
import com.gridwork.volunteer.activity.ActivitySession;
import com.gridwork.volunteer.activity.ActivityStatus;
import com.gridwork.volunteer.activity.SignUpMode;
import com.gridwork.volunteer.team.TeamMembership;
import com.gridwork.volunteer.team.TeamRole;
import com.gridwork.volunteer.team.VolunteerTeam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Builds volunteers, teams, memberships and activities straight in the database, for tests of one part of the
 * volunteer service without going through the others' API.
 */
@ApplicationScoped
public class VolunteerFixtures {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PersonalDataCipher cipher;

    /** An active volunteer of a community with a fresh ID number. */
    @Transactional
    public long volunteer(long communityId, String name) {
        return volunteer(communityId, name, TestIds.idCard());
    }

    @Transactional
    public long volunteer(long communityId, String name, String idCard) {
        Area community = Area.findById(communityId);
        Volunteer v = new Volunteer();
        v.community = community;
        v.areaPath = community.path;
        v.rename(name);
        v.idCard = cipher.sealIdCard(idCard);
        v.gender = IdCards.gender(idCard);
        v.birthDate = IdCards.birthDate(idCard);
        v.registeredOn = LocalDate.now();
        v.persist();
        return v.id;
    }

    /** Links a volunteer to a staff account (role volunteer, made with {@link Fixtures#staff}): its sign-in. */
    @Transactional
    public void linkAccount(long volunteerId, String username) {
        Volunteer v = Volunteer.findById(volunteerId);
        v.staffId = Staff.findByUsername(username).id;
    }

    /** An active team of a community or sub-district. */
    @Transactional
    public long team(long areaId, String name) {
        Area area = Area.findById(areaId);
        VolunteerTeam t = new VolunteerTeam();
        t.area = area;
        t.areaPath = area.path;
        t.name = Fixtures.unique(name);
        t.typeCode = "LIVELIHOOD";
        t.persist();
        return t.id;
    }

    @Transactional
    public long member(long teamId, long volunteerId, TeamRole role) {
        TeamMembership m = new TeamMembership();
        m.team = VolunteerTeam.findById(teamId);
        m.volunteer = Volunteer.findById(volunteerId);
        m.role = role;
        m.joinedOn = LocalDate.now();
        m.persist();
        return m.id;
    }

    /** What {@link #activity} made: the activity, its one session and that session's one post. */
    public record ActivityIds(long activityId, long sessionId, long postId) {}

    /** An activity of a team in a community with one session and one post of this capacity, in this status. */
    @Transactional
    public ActivityIds activity(
            long teamId,
            long communityId,
            ActivityStatus status,
            SignUpMode mode,
            Instant start,
            Instant end,
            int capacity) {
        Area community = Area.findById(communityId);
        Activity a = new Activity();
        a.team = VolunteerTeam.findById(teamId);
        a.community = community;
        a.areaPath = community.path;
        a.title = Fixtures.unique("活动");
        a.categoryCode = "ELDER_VISIT";
        a.place = "社区活动室";
        a.signUpMode = mode;
        a.status = status;
        a.startsAt = start;
        a.endsAt = end;
        a.publishedAt = status == ActivityStatus.DRAFT ? null : Instant.now();
        a.createdBy = "test";
        a.persist();
        ActivitySession s = new ActivitySession();
        s.activity = a;
        s.startsAt = start;
        s.endsAt = end;
        s.checkInSecret = randomSecret();
        s.persist();
        ActivityPost p = new ActivityPost();
        p.session = s;
        p.name = "服务岗";
        p.capacity = capacity;
        p.persist();
        return new ActivityIds(a.id, s.id, p.id);
    }

    /** 64 hex characters, as a session's check-in secret. */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
