package com.gridwork.party.post;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PartyPostRulesTest {
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @ParameterizedTest(name = "{0} on {1}, held {2}, {3}/{4} → {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "OPEN,   2026-03-01, false, 0, 3, -",
                "OPEN,   2026-03-31, false, 2, 3, -",
                "OPEN,   2026-02-28, false, 0, 3, party.post.not-open",
                "OPEN,   2026-04-01, false, 0, 3, party.post.not-open",
                "CLOSED, 2026-03-10, false, 0, 3, party.post.not-open",
                "ENDED,  2026-03-10, false, 0, 3, party.post.not-open",
                "OPEN,   2026-03-10, true,  1, 3, party.post.already-claimed",
                "OPEN,   2026-03-10, true,  3, 3, party.post.already-claimed",
                "OPEN,   2026-03-10, false, 3, 3, party.post.full"
            })
    void claimRefusal(PartyPostStatus status, LocalDate today, boolean held, int count, int capacity, String expected) {
        assertThat(PartyPostRules.claimRefusal(status, FROM, TO, today, held, count, capacity))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "capacity {0} with {1} live claims → {2}")
    @CsvSource(
            nullValues = "-",
            value = {"3, 3, -", "4, 3, -", "2, 3, party.post.capacity-below-claims", "1, 0, -"})
    void capacityRefusal(int capacity, int claims, String expected) {
        assertThat(PartyPostRules.capacityRefusal(capacity, claims)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, term to {1}, today {2} → {3}")
    @CsvSource({
        "OPEN,   2026-03-31, 2026-03-31, false",
        "OPEN,   2026-03-31, 2026-04-01, true",
        "CLOSED, 2026-03-31, 2026-04-01, true",
        "ENDED,  2026-03-31, 2026-04-01, false"
    })
    void endsByClock(PartyPostStatus status, LocalDate termTo, LocalDate today, boolean expected) {
        assertThat(PartyPostRules.endsByClock(status, termTo, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} code points → {1}")
    @CsvSource({"10, 13", "497, 500", "498, 500", "900, 500"})
    void ledgerDescriptionFitsTheLedger(int length, int expected) {
        String text = PartyServiceLogService.ledgerDescription("岗位", "服".repeat(length));
        assertThat(text.codePointCount(0, text.length())).isEqualTo(expected);
    }
}
