package com.gridwork.visit.coverage;

import com.gridwork.common.i18n.Messages;
import com.gridwork.common.paging.PageResult;
import com.gridwork.visit.coverage.VisitCoverageDtos.Definition;
import com.gridwork.visit.coverage.VisitCoverageDtos.FigureName;
import com.gridwork.visit.coverage.VisitCoverageDtos.HouseholdRow;
import com.gridwork.visit.coverage.VisitCoverageDtos.VisitCoverage;
import com.gridwork.visit.coverage.VisitCoverageDtos.VisitCoverageFigures;
import com.gridwork.visit.coverage.VisitCoverageDtos.VisitCoverageRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The coverage as a workbook: the totals with the report line, the rows, the households not visited, and the
 * definitions; the numbers are the API's (one {@link VisitCoverage} and the drill-down's pages).
 */
@ApplicationScoped
public class VisitCoverageExport {
    /** The figure columns, in VisitCoverageFigures order. */
    private static final String[] COLUMNS = {
        "denominator",
        "excluded",
        "visited",
        "satisfiedLate",
        "partiallyVisited",
        "attemptedOnly",
        "notVisited",
        "overdue",
        "coverageRate",
        "onTimeRate"
    };

    private static final String[] HOUSEHOLD_COLUMNS = {
        "address", "grid", "responsible", "pairingType", "completedDays", "attemptDays", "lastVisitOn", "state"
    };

    @Inject
    Messages messages;

    /**
     * Writes the workbook; {@code notVisited} reads the drill-down of NOT_VISITED page by page (0-based), so the sheet
     * lists exactly the households the screen's drill-down lists.
     */
    public void write(
            VisitCoverage coverage, IntFunction<PageResult<HouseholdRow>> notVisited, Locale locale, OutputStream out)
            throws IOException {
        try (Workbook workbook = new Workbook(out, "Gridwork", "1.0")) {
            Worksheet total = workbook.newWorksheet(messages.get(locale, "visit-coverage.sheet.total"));
            total.value(0, 0, coverage.rule().name());
            total.value(
                    1,
                    0,
                    coverage.period().startsOn() + " ~ " + coverage.period().endsOn() + " ("
                            + messages.get(locale, "visit-coverage.column.dueOn") + " "
                            + coverage.period().dueOn() + ")");
            total.value(2, 0, coverage.reportLine());
            header(total, 4, messages.get(locale, "visit-coverage.column.name"), locale);
            total.value(
                    5,
                    0,
                    coverage.areaName() == null
                            ? messages.get(locale, "visit-coverage.whole-scope")
                            : coverage.areaName());
            figures(total, 5, coverage.totals());

            Worksheet rows = workbook.newWorksheet(messages.get(
                    locale, "visit-coverage.sheet.rows." + coverage.groupBy().name()));
            header(
                    rows,
                    0,
                    messages.get(
                            locale, "visit-coverage.group." + coverage.groupBy().name()),
                    locale);
            int r = 1;
            for (VisitCoverageRow row : coverage.rows()) {
                rows.value(r, 0, row.label());
                figures(rows, r++, row.figures());
            }
            if (!coverage.rowsAddUp()) {
                rows.value(r + 1, 0, messages.get(locale, "visit-coverage.rows-overlap"));
            }

            Worksheet households = workbook.newWorksheet(messages.get(locale, "visit-coverage.sheet.notVisited"));
            for (int c = 0; c < HOUSEHOLD_COLUMNS.length; c++) {
                households.value(0, c, messages.get(locale, "visit-coverage.column." + HOUSEHOLD_COLUMNS[c]));
                households.width(c, c == 0 ? 36 : 14);
            }
            households.style(0, 0).bold().set();
            int line = 1;
            for (int page = 0; ; page++) {
                PageResult<HouseholdRow> chunk = notVisited.apply(page);
                for (HouseholdRow h : chunk.items()) {
                    households.value(line, 0, h.address());
                    households.value(line, 1, h.gridName());
                    households.value(
                            line,
                            2,
                            h.responsibleName() == null
                                    ? messages.get(locale, "visit-coverage.none.WORKER")
                                    : h.responsibleName());
                    households.value(line, 3, h.pairingTypeCode());
                    households.value(line, 4, h.completedDays());
                    households.value(line, 5, h.attemptDays());
                    if (h.lastVisitOn() != null) {
                        households.value(line, 6, h.lastVisitOn().toString());
                    }
                    households.value(
                            line,
                            7,
                            messages.get(
                                    locale, "visit-coverage.state." + h.state().name()));
                    line++;
                }
                if ((long) (page + 1) * chunk.size() >= chunk.total()
                        || chunk.items().isEmpty()) {
                    break;
                }
            }

            Worksheet definitions = workbook.newWorksheet(messages.get(locale, "visit-coverage.sheet.definitions"));
            definitions.width(0, 16);
            definitions.width(1, 100);
            int d = 0;
            for (Definition definition : coverage.definitions()) {
                definitions.value(d, 0, definition.name());
                definitions.value(d++, 1, definition.definition());
            }
        }
    }

    /** The drill-down figure of the households sheet. */
    public static final FigureName HOUSEHOLDS_SHEET = FigureName.NOT_VISITED;

    private void header(Worksheet sheet, int row, String first, Locale locale) {
        sheet.value(row, 0, first);
        sheet.width(0, 24);
        for (int c = 0; c < COLUMNS.length; c++) {
            sheet.value(row, c + 1, messages.get(locale, "visit-coverage.figure." + COLUMNS[c]));
            sheet.width(c + 1, 12);
        }
        sheet.style(row, 0).bold().set();
    }

    private static void figures(Worksheet sheet, int row, VisitCoverageFigures f) {
        Object[] values = {
            f.denominator(),
            f.excluded(),
            f.visited(),
            f.satisfiedLate(),
            f.partiallyVisited(),
            f.attemptedOnly(),
            f.notVisited(),
            f.overdue(),
            f.coverageRate(),
            f.onTimeRate()
        };
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Long n) {
                sheet.value(row, c + 1, n);
            } else if (values[c] instanceof BigDecimal b) {
                sheet.value(row, c + 1, b);
            }
        }
    }
}
