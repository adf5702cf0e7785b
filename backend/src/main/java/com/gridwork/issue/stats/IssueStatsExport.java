package com.gridwork.issue.stats;

import com.gridwork.common.i18n.Messages;
import com.gridwork.issue.stats.IssueStatsDtos.IssueMetrics;
import com.gridwork.issue.stats.IssueStatsDtos.IssueStats;
import com.gridwork.issue.stats.IssueStatsDtos.IssueStatsRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** The statistics as a workbook: the same numbers as the API and the screen, and the definitions on the last sheet. */
@ApplicationScoped
public class IssueStatsExport {
    private static final String[] COLUMNS = {
        "received",
        "accepted",
        "rejected",
        "resolved",
        "closed",
        "open",
        "dueCount",
        "onTimeCount",
        "onTimeRate",
        "overdueOpen",
        "avgResolveHours",
        "p90ResolveHours",
        "feedbackCount",
        "satisfiedCount",
        "basicallySatisfiedCount",
        "unsatisfiedCount",
        "satisfactionRate"
    };
    private static final String[] DEFINITIONS = {
        "received", "accepted", "resolved", "closed", "onTime", "resolveTime", "satisfaction"
    };

    @Inject
    Messages messages;

    public void write(IssueStats stats, Locale locale, OutputStream out) throws IOException {
        try (Workbook workbook = new Workbook(out, "Gridwork", "1.0")) {
            Worksheet total = workbook.newWorksheet(messages.get(locale, "issue.stats.sheet.total"));
            total.value(0, 0, stats.reportLine());
            header(total, 2, locale, null);
            metrics(total, 3, 1, stats.totals());
            total.value(
                    3,
                    0,
                    stats.areaName() == null ? messages.get(locale, "issue.stats.whole-scope") : stats.areaName());
            rows(
                    workbook.newWorksheet(messages.get(locale, "issue.stats.sheet.category")),
                    stats.byCategory(),
                    locale,
                    false);
            rows(
                    workbook.newWorksheet(messages.get(locale, "issue.stats.sheet.community")),
                    stats.byCommunity(),
                    locale,
                    false);
            rows(workbook.newWorksheet(messages.get(locale, "issue.stats.sheet.grid")), stats.byGrid(), locale, true);
            Worksheet definitions = workbook.newWorksheet(messages.get(locale, "issue.stats.sheet.definitions"));
            definitions.width(0, 16);
            definitions.width(1, 100);
            for (int i = 0; i < DEFINITIONS.length; i++) {
                definitions.value(i, 0, messages.get(locale, "issue.stats.term." + DEFINITIONS[i]));
                definitions.value(i, 1, messages.get(locale, "issue.stats.definition." + DEFINITIONS[i]));
            }
        }
    }

    private void rows(Worksheet sheet, List<IssueStatsRow> rows, Locale locale, boolean withParent) {
        int offset = withParent ? 2 : 1;
        header(sheet, 0, locale, withParent ? messages.get(locale, "issue.stats.column.community") : null);
        for (int r = 0; r < rows.size(); r++) {
            IssueStatsRow row = rows.get(r);
            if (withParent) {
                sheet.value(r + 1, 0, row.parentName());
            }
            sheet.value(r + 1, offset - 1, row.name());
            metrics(sheet, r + 1, offset, row.metrics());
        }
    }

    private void header(Worksheet sheet, int row, Locale locale, String parentHeader) {
        int offset = parentHeader == null ? 1 : 2;
        if (parentHeader != null) {
            sheet.value(row, 0, parentHeader);
        }
        sheet.value(row, offset - 1, messages.get(locale, "issue.stats.column.name"));
        for (int c = 0; c < COLUMNS.length; c++) {
            sheet.value(row, offset + c, messages.get(locale, "issue.stats.column." + COLUMNS[c]));
            sheet.width(offset + c, 12);
        }
        sheet.style(row, 0).bold().set();
    }

    private static void metrics(Worksheet sheet, int row, int col, IssueMetrics m) {
        Object[] values = {
            m.received(),
            m.accepted(),
            m.rejected(),
            m.resolved(),
            m.closed(),
            m.open(),
            m.dueCount(),
            m.onTimeCount(),
            m.onTimeRate(),
            m.overdueOpen(),
            m.avgResolveHours(),
            m.p90ResolveHours(),
            m.feedbackCount(),
            m.satisfiedCount(),
            m.basicallySatisfiedCount(),
            m.unsatisfiedCount(),
            m.satisfactionRate()
        };
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                sheet.value(row, col + c, n);
                if (COLUMNS[c].endsWith("Rate")) {
                    sheet.style(row, col + c).format("0.0%").set();
                }
            }
        }
    }
}
