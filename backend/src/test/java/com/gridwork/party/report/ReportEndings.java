package com.gridwork.party.report;

import com.gridwork.party.PartyReportEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link PartyReportEnded} the application fires, for the tests to read. */
@ApplicationScoped
public class ReportEndings {
    private final List<PartyReportEnded> seen = new CopyOnWriteArrayList<>();

    void on(@Observes PartyReportEnded event) {
        seen.add(event);
    }

    /** The endings of one report, in order. */
    public List<PartyReportEnded> of(long reportId) {
        return seen.stream().filter(e -> e.reportId() == reportId).toList();
    }
}
