package com.gridwork.party.report;

import com.gridwork.party.PartyReportStatus;
import com.gridwork.party.report.PartyReportLifecycle.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.gridwork.party.PartyReportStatus.ACTIVE;
import static com.gridwork.party.PartyReportStatus.CONFIRMED;
import static com.gridwork.party.PartyReportStatus.EXPIRED;
import static com.gridwork.party.PartyReportStatus.REJECTED;
import static com.gridwork.party.PartyReportStatus.SUBMITTED;
import static com.gridwork.party.PartyReportStatus.TRANSFERRED_OUT;
import static com.gridwork.party.PartyReportStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status × step × year (last year, this year, next year): the legal steps lead where the table says, every other
 * combination is refused; the same for the clock.
 */
class PartyReportLifecycleTest {
    private static final int NOW = 2026;
    private static final int LAST = NOW - 1;
    private static final int NEXT = NOW + 1;

    /** The legal steps by the report's year: from → step → to. Whatever is not here is illegal. */
    private static Map<Integer, Map<PartyReportStatus, Map<Step, PartyReportStatus>>> legal() {
        Map<PartyReportStatus, Map<Step, PartyReportStatus>> thisYear = new EnumMap<>(PartyReportStatus.class);
        thisYear.put(SUBMITTED, Map.of(Step.CONFIRM, ACTIVE, Step.REJECT, REJECTED, Step.WITHDRAW, WITHDRAWN));
        thisYear.put(CONFIRMED, Map.of(Step.WITHDRAW, WITHDRAWN, Step.TRANSFER, TRANSFERRED_OUT));
        thisYear.put(ACTIVE, Map.of(Step.WITHDRAW, WITHDRAWN, Step.TRANSFER, TRANSFERRED_OUT));
        Map<PartyReportStatus, Map<Step, PartyReportStatus>> nextYear = new EnumMap<>(PartyReportStatus.class);
        // next year's report waits CONFIRMED for January 1st
        nextYear.put(SUBMITTED, Map.of(Step.CONFIRM, CONFIRMED, Step.REJECT, REJECTED, Step.WITHDRAW, WITHDRAWN));
        nextYear.put(CONFIRMED, Map.of(Step.WITHDRAW, WITHDRAWN, Step.TRANSFER, TRANSFERRED_OUT));
        nextYear.put(ACTIVE, Map.of(Step.WITHDRAW, WITHDRAWN, Step.TRANSFER, TRANSFERRED_OUT));
        // last year's live reports are the clock's to expire: no one steps them
        return Map.of(NOW, thisYear, NEXT, nextYear, LAST, Map.of());
    }

    static Stream<Arguments> steps() {
        List<Arguments> all = new ArrayList<>();
        legal().forEach((year, byStatus) -> {
            for (PartyReportStatus from : PartyReportStatus.values()) {
                for (Step step : Step.values()) {
                    PartyReportStatus to = byStatus.getOrDefault(from, Map.of()).get(step);
                    all.add(Arguments.of(from, step, year, to));
                }
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {3} (report of {2})")
    @MethodSource("steps")
    void aStepLeadsWhereTheTableSaysOrIsRefused(PartyReportStatus from, Step step, int year, PartyReportStatus to) {
        assertThat(PartyReportLifecycle.next(from, step, year, NOW)).isEqualTo(java.util.Optional.ofNullable(to));
    }

    static Stream<Arguments> clock() {
        List<Arguments> all = new ArrayList<>();
        for (PartyReportStatus from : PartyReportStatus.values()) {
            // a live report of a past year expires; a confirmed one of this year becomes active
            all.add(Arguments.of(from, LAST, from.live() ? EXPIRED : null));
            all.add(Arguments.of(from, NOW, from == CONFIRMED ? ACTIVE : null));
            all.add(Arguments.of(from, NEXT, null));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "clock: {0} (report of {1}) → {2}")
    @MethodSource("clock")
    void theClockActivatesAndExpires(PartyReportStatus from, int year, PartyReportStatus to) {
        assertThat(PartyReportLifecycle.byClock(from, year, NOW)).isEqualTo(java.util.Optional.ofNullable(to));
    }

    @ParameterizedTest(name = "{0} → {1} ends a live report: {2}")
    @MethodSource("endings")
    void aStepOutOfTheLiveStatusesEndsTheReport(PartyReportStatus from, PartyReportStatus to, boolean ends) {
        assertThat(PartyReportLifecycle.ends(from, to)).isEqualTo(ends);
    }

    static Stream<Arguments> endings() {
        return Stream.of(
                Arguments.of(SUBMITTED, ACTIVE, false),
                Arguments.of(SUBMITTED, CONFIRMED, false),
                Arguments.of(CONFIRMED, ACTIVE, false),
                Arguments.of(SUBMITTED, REJECTED, true),
                Arguments.of(SUBMITTED, WITHDRAWN, true),
                Arguments.of(ACTIVE, WITHDRAWN, true),
                Arguments.of(ACTIVE, TRANSFERRED_OUT, true),
                Arguments.of(CONFIRMED, EXPIRED, true));
    }
}
