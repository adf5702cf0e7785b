package com.gridwork.pairing;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.VisitFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class PairingFoundationTest {
    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Test
    void oneActivePairingPerHouseholdPersonAndType() {
        Fixtures.World w = fixtures.world();
        long household = visits.household(w.gridA1(), "ALONE");
        long first = visits.pairStaff(household, w.workerA1(), "ELDERLY_ALONE");
        assertThat(first).isPositive();
        // another type for the same household is another pairing; the same type twice is refused by the database
        assertThat(visits.pairStaff(household, w.staffA(), "MINIMUM_LIVING")).isPositive();
        assertThatThrownBy(() -> visits.pairStaff(household, w.staffA(), "ELDERLY_ALONE"))
                .hasStackTraceContaining("uq_pairing_live");
    }
}
