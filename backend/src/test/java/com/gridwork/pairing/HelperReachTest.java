package com.gridwork.pairing;

import com.gridwork.access.CallerIdentityAugmentor;
import com.gridwork.access.CallerLoader;
import com.gridwork.access.Permission;
import com.gridwork.access.StaffRole;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.pairing.reassign.ReassignmentTestData;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static com.gridwork.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The helper's scope ({@link HelperReach}): the households a caller may visit, by each of its three answers (one
 * household, a body's field, a list's SQL filter), for a helper's account, a grid worker and a viewer.
 */
@QuarkusTest
class HelperReachTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    ReassignmentTestData data;

    @Inject
    CallerLoader callers;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    HelperReach reach;

    @Inject
    EntityManager em;

    /** Runs the work in a request of its own, signed in as this user (what the API's augmentor would attach). */
    private <T> T signedIn(String username, Supplier<T> work) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            callers.invalidate();
            identities.setIdentity(QuarkusSecurityIdentity.builder()
                    .setPrincipal(() -> username)
                    .addAttribute(
                            CallerIdentityAugmentor.CALLER_ATTRIBUTE,
                            callers.load(username).orElseThrow())
                    .build());
            return work.get();
        } finally {
            request.terminate();
        }
    }

    /** Which of these households the caller reaches, by each of HelperReach's answers; all three must agree. */
    private Set<Long> reached(String username, List<Long> households) {
        return signedIn(username, () -> {
            Set<Long> one = new HashSet<>();
            Set<Long> field = new HashSet<>();
            for (long h : households) {
                if (found(() -> reach.find(h), 404)) {
                    one.add(h);
                }
                if (found(() -> reach.findForField(h, "householdId"), 400)) {
                    field.add(h);
                }
            }
            HelperReach.Filter filter = reach.filter("h.id", "h.area_path");
            Query q = em.createNativeQuery("SELECT h.id FROM household h WHERE h.id IN (:ids) AND " + filter.sql());
            q.setParameter("ids", households);
            Set<Long> listed = new HashSet<>();
            for (Object id : filter.bind(q).getResultList()) {
                listed.add(((Number) id).longValue());
            }
            assertThat(field).as("a body's household, as %s", username).isEqualTo(one);
            assertThat(listed).as("a list's households, as %s", username).isEqualTo(one);
            return one;
        });
    }

    private static boolean found(Supplier<?> lookup, int refusal) {
        try {
            return lookup.get() != null;
        } catch (ApiProblem p) {
            assertThat(p.status()).isEqualTo(refusal);
            return false;
        }
    }

    @Test
    void aHelperReachesTheHouseholdsItIsPairedWithWhileThePairingLasts() {
        Fixtures.World w = fixtures.world();
        long volunteer = volunteers.volunteer(w.communityA(), "孙志愿");
        String account = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(volunteer, account);
        long paired = visits.household(w.gridA1());
        long neighbour = visits.household(w.gridA1());
        // a pairing outside the volunteer's own community: a helper goes where its pairings are
        long away = visits.household(w.gridB1());
        long pairing = visits.pairVolunteer(paired, volunteer, "ELDERLY_ALONE");
        long awayPairing = visits.pairVolunteer(away, volunteer, "MINIMUM_LIVING");
        List<Long> all = List.of(paired, neighbour, away);

        assertThat(reached(account, all)).containsExactlyInAnyOrder(paired, away);
        assertThat(data.end(pairing)).isTrue();
        assertThat(reached(account, all)).as("not after the pairing ends").containsExactly(away);
        assertThat(data.end(awayPairing)).isTrue();
        assertThat(reached(account, all)).isEmpty();
    }

    @Test
    void aGridWorkerReachesItsGridsHouseholdsAndNoOtherGrids() {
        Fixtures.World w = fixtures.world();
        long a1 = visits.household(w.gridA1());
        long a1b = visits.household(w.gridA1());
        long a2 = visits.household(w.gridA2());
        long b1 = visits.household(w.gridB1());
        assertThat(reached(w.workerA1(), List.of(a1, a1b, a2, b1))).containsExactlyInAnyOrder(a1, a1b);
    }

    @Test
    void aViewerReachesItsScopeForReadingOnly() {
        Fixtures.World w = fixtures.world();
        long a1 = visits.household(w.gridA1());
        long b2 = visits.household(w.gridB2());
        assertThat(reached(w.viewer(), List.of(a1, b2))).containsExactlyInAnyOrder(a1, b2);
        assertThat(signedIn(
                        w.viewer(), () -> callers.load(w.viewer()).orElseThrow().permissions()))
                .contains(Permission.VISITS_READ)
                .doesNotContain(Permission.VISITS_RECORD, Permission.VISITS_RECORD_AS_HELPER);
        String otherViewer = fixtures.staff(StaffRole.VIEWER, w.communityB());
        assertThat(reached(otherViewer, List.of(a1, b2))).containsExactly(b2);
    }

    /** A bulk reassignment hands the reach over: the new helper reaches the household, the old one no longer. */
    @Test
    void aReassignmentHandsTheReachOver() {
        Fixtures.World w = fixtures.world();
        long leaving = volunteers.volunteer(w.communityA(), "周志愿");
        String leavingAccount = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(leaving, leavingAccount);
        long taking = volunteers.volunteer(w.communityA(), "吴志愿");
        String takingAccount = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        volunteers.linkAccount(taking, takingAccount);
        long h = visits.household(w.gridA2());
        visits.pairVolunteer(h, leaving, "ELDERLY_ALONE");
        assertThat(reached(leavingAccount, List.of(h))).containsExactly(h);
        assertThat(reached(takingAccount, List.of(h))).isEmpty();

        as(w.staffA())
                .body(Map.of(
                        "from",
                        Map.of("kind", "VOLUNTEER", "volunteerId", leaving),
                        "to",
                        Map.of("kind", "VOLUNTEER", "volunteerId", taking),
                        "includeGridObligations",
                        false,
                        "reason",
                        "志愿者搬家"))
                .post("/api/pairing-reassignments")
                .then()
                .statusCode(201);
        assertThat(reached(leavingAccount, List.of(h))).isEmpty();
        assertThat(reached(takingAccount, List.of(h))).containsExactly(h);
        assertThatThrownBy(() -> signedIn(leavingAccount, () -> reach.find(h))).isInstanceOf(ApiProblem.class);
    }
}
