package com.gridwork.volunteer;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.testsupport.VolunteerFixtures.ActivityIds;
import com.gridwork.volunteer.activity.ActivityStatus;
import com.gridwork.volunteer.activity.SignUpMode;
import com.gridwork.volunteer.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The volunteer tables' own guarantees, which the services build on. */
@QuarkusTest
class VolunteerFoundationTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    EntityManager em;

    World w;
    long team;
    long leader;
    ActivityIds activity;

    @BeforeEach
    void world() {
        w = fixtures.world();
        team = volunteers.team(w.communityA(), "队");
        leader = volunteers.volunteer(w.communityA(), "张志愿");
        volunteers.member(team, leader, TeamRole.LEADER);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        activity = volunteers.activity(
                team,
                w.communityA(),
                ActivityStatus.PUBLISHED,
                SignUpMode.FIRST_COME,
                start,
                start.plusSeconds(7200),
                2);
    }

    @Test
    void a_leader_leads_its_team_until_it_leaves() {
        long member = volunteers.volunteer(w.communityA(), "李成员");
        volunteers.member(team, member, TeamRole.MEMBER);
        assertThat(VolunteerSelf.leadersTeams(leader)).containsExactly(team);
        assertThat(VolunteerSelf.leadersTeams(member)).isEmpty();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery(
                                "update TeamMembership m set m.leftOn = current_date where m.volunteerId = :v")
                        .setParameter("v", leader)
                        .executeUpdate());
        assertThat(VolunteerSelf.leadersTeams(leader)).isEmpty();
    }

    @Test
    void the_same_person_cannot_be_registered_twice() {
        String id = TestIds.idCard();
        volunteers.volunteer(w.communityA(), "王一", id);
        assertThatThrownBy(() -> volunteers.volunteer(w.communityB(), "王一", id))
                .hasStackTraceContaining("uq_volunteer_id_card");
    }

    @Test
    void a_volunteer_holds_one_live_sign_up_per_session_and_a_post_never_exceeds_its_capacity() {
        insertSignUp(leader, "ACCEPTED");
        assertThatThrownBy(() -> insertSignUp(leader, "WAITLISTED")).hasStackTraceContaining("uq_signup_live");
        // a withdrawn sign-up no longer holds the session
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update volunteer_signup set status = 'WITHDRAWN' where volunteer_id = ?1")
                        .setParameter(1, leader)
                        .executeUpdate());
        insertSignUp(leader, "ACCEPTED");

        assertThat(takePlace()).isEqualTo(1);
        assertThat(takePlace()).isEqualTo(1);
        assertThat(takePlace()).as("the post of two is full").isZero();
    }

    private void insertSignUp(long volunteerId, String status) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into volunteer_signup (activity_id, session_id, post_id, volunteer_id, status,"
                                        + " queued_at, version, created_at, updated_at)"
                                        + " values (?1, ?2, ?3, ?4, ?5, now(6), 0, now(6), now(6))")
                        .setParameter(1, activity.activityId())
                        .setParameter(2, activity.sessionId())
                        .setParameter(3, activity.postId())
                        .setParameter(4, volunteerId)
                        .setParameter(5, status)
                        .executeUpdate());
    }

    private int takePlace() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("update volunteer_post set accepted_count = accepted_count + 1"
                                + " where id = ?1 and accepted_count < capacity")
                        .setParameter(1, activity.postId())
                        .executeUpdate());
    }
}
