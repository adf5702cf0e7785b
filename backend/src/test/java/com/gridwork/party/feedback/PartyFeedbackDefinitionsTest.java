package com.gridwork.party.feedback;

import com.gridwork.party.PartyReportStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PartyFeedbackDefinitionsTest {
    @ParameterizedTest
    @CsvSource({
        "SUBMITTED, false, false",
        "CONFIRMED, true, true",
        "ACTIVE, true, true",
        "REJECTED, true, false",
        "TRANSFERRED_OUT, true, true",
        "EXPIRED, true, true",
        "WITHDRAWN, true, true",
        "WITHDRAWN, false, false"
    })
    void aFormExistsForReportsThatWereConfirmed(PartyReportStatus status, boolean decided, boolean form) {
        assertThat(PartyFeedbackDefinitions.wasConfirmed(status, decided ? Instant.EPOCH : null))
                .isEqualTo(form);
    }
}
