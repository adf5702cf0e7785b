package com.gridwork.volunteer.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule that turns a volunteer's CONFIRMED ledger rows of a period into service lines (the certificate's and the
 * national-system export's): one line per activity
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
     * @param team the activity's team, or null
     */
    public record LedgerRow(
            long entryId,
            Long reversesId,
            Long activityId,
            String title,
            String team,
            LocalDate serviceDate,
            long minutes) {}

    /** One line: an activity (or a described entry without one), its team, first and last date, and minutes. */
    public record ServiceLine(String title, String team, LocalDate firstDate, LocalDate lastDate, long minutes) {}

    public record Lines(List<ServiceLine> lines, long totalMinutes) {}

    public static Lines of(List<LedgerRow> rows) {
        Map<String, Acc> groups = new LinkedHashMap<>();
        for (LedgerRow row : rows) {
            String key = row.activityId() != null
                    ? "a" + row.activityId()
                    : "e" + (row.reversesId() != null ? row.reversesId() : row.entryId());
            groups.computeIfAbsent(key, k -> new Acc()).add(row);
        }
        List<ServiceLine> lines = new ArrayList<>();
        for (Acc acc : groups.values()) {
            if (acc.minutes > 0 && acc.first != null) {
                lines.add(new ServiceLine(acc.title, acc.team, acc.first, acc.last, acc.minutes));
            }
        }
        lines.sort(Comparator.comparing(ServiceLine::firstDate)
                .thenComparing(ServiceLine::lastDate)
                .thenComparing(ServiceLine::title));
        long total = lines.stream().mapToLong(ServiceLine::minutes).sum();
        return new Lines(lines, total);
    }

    /**
     * A fingerprint of the lines (SHA-256, hex): two prints of a period with the same fingerprint certify the same
     * facts, so the second is a reprint of the first.
     */
    public static String fingerprint(List<ServiceLine> lines) {
        StringBuilder text = new StringBuilder();
        for (ServiceLine line : lines) {
            text.append(line.title())
                    .append('\u0000')
                    .append(line.firstDate())
                    .append('\u0000')
                    .append(line.lastDate())
                    .append('\u0000')
                    .append(line.minutes())
                    .append('\n');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Acc {
        String title;
        String team;
        LocalDate first;
        LocalDate last;
        long minutes;

        void add(LedgerRow row) {
            minutes += row.minutes();
            if (title == null) {
                title = row.title() == null ? "" : row.title();
            }
            if (team == null) {
                team = row.team();
            }
            if (row.minutes() > 0) {
                first = first == null || row.serviceDate().isBefore(first) ? row.serviceDate() : first;
                last = last == null || row.serviceDate().isAfter(last) ? row.serviceDate() : last;
            }
        }
    }
}
