package com.gridwork.volunteer.certificate;

import com.gridwork.volunteer.certificate.CertificateContent.CertificateLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule that turns a volunteer's CONFIRMED ledger rows of a period into certificate lines: one line per activity
 * (its entries and reversals netted), and one per entry without an activity (with its reversals), titled by its
 * description. A line whose net is zero or less (all reversed) is left out; the dates of a line are those of its
 * positive entries. The total is the sum of the lines shown.
 */
public final class CertificateLines {
    private CertificateLines() {}

    /**
     * One CONFIRMED ledger row with its service date in the period.
     *
     * @param entryId the row's id
     * @param reversesId for a reversal, the entry it reverses
     * @param activityId the activity of the row, or for a reversal of the entry it reverses; null when none
     * @param title the activity's title, or the (reversed) entry's description
     */
    public record LedgerRow(
            long entryId, Long reversesId, Long activityId, String title, LocalDate serviceDate, long minutes) {}

    public record Lines(List<CertificateLine> lines, long totalMinutes) {}

    public static Lines of(List<LedgerRow> rows) {
        Map<String, Acc> groups = new LinkedHashMap<>();
        for (LedgerRow row : rows) {
            String key = row.activityId() != null
                    ? "a" + row.activityId()
                    : "e" + (row.reversesId() != null ? row.reversesId() : row.entryId());
            groups.computeIfAbsent(key, k -> new Acc()).add(row);
        }
        List<CertificateLine> lines = new ArrayList<>();
        for (Acc acc : groups.values()) {
            if (acc.minutes > 0 && acc.first != null) {
                lines.add(new CertificateLine(acc.title, acc.first, acc.last, acc.minutes));
            }
        }
        lines.sort(Comparator.comparing(CertificateLine::firstDate)
                .thenComparing(CertificateLine::lastDate)
                .thenComparing(CertificateLine::title));
        long total = lines.stream().mapToLong(CertificateLine::minutes).sum();
        return new Lines(lines, total);
    }

    private static final class Acc {
        String title;
        LocalDate first;
        LocalDate last;
        long minutes;

        void add(LedgerRow row) {
            minutes += row.minutes();
            if (title == null || (row.minutes() > 0 && row.title() != null)) {
                title = row.title() == null ? "" : row.title();
            }
            if (row.minutes() > 0) {
                first = first == null || row.serviceDate().isBefore(first) ? row.serviceDate() : first;
                last = last == null || row.serviceDate().isAfter(last) ? row.serviceDate() : last;
            }
        }
    }
}
