package com.gridwork.registry.household;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address as people type it, and the keys households store to be found by it (columns addr_building, addr_unit,
 * addr_room, addr_text; V12 fills them for existing rows with the same rules in SQL).
 *
 * <p>Text is normalised first ({@link #normalize}): full-width characters become ASCII (NFKC), letters lower case,
 * whitespace removed, dashes unified. Then the query is read as one of:
 *
 * <ul>
 *   <li>building + unit + room with markers: {@code 3号楼1单元202}, {@code 3号楼 1单元 202室}, {@code 3栋1单元202},
 *       {@code 3幢1-202}, {@code A座202}, optionally after text that begins the building's name
 *       ({@code 幸福里1区3号楼 1单元 202室}, the address as displayed);
 *   <li>the dashed form {@code 3-1-202} (building-unit-room);
 *   <li>a room alone: {@code 202}, {@code 202室};
 *   <li>anything else is free text (a bungalow area's street address such as {@code 幸福胡同12号}).
 * </ul>
 */
public record AddressQuery(String text, String buildingPrefix, String building, String unit, String room) {
    private static final String ALNUM = "[0-9a-z]+";
    private static final Pattern MARKED = Pattern.compile(
            "^(.*?)(" + ALNUM + ")(?:号楼|栋|幢|座|#)(?:(" + ALNUM + ")(?:单元|门|-))?(?:(" + ALNUM + ")(?:室|号|户)?)?$");
    private static final Pattern DASHED = Pattern.compile("^(.*?)(" + ALNUM + ")-(" + ALNUM + ")-(" + ALNUM + ")$");
    private static final Pattern ROOM = Pattern.compile("^(" + ALNUM + ")(?:室|号|户)?$");
    private static final Pattern ANY_ALNUM = Pattern.compile(ALNUM);
    private static final Pattern MARKED_BUILDING = Pattern.compile("(" + ALNUM + ")(?:号楼|栋|幢|座|#)");

    /** Reads a query; {@code null} when it has nothing to search for. */
    public static AddressQuery parse(String raw) {
        String text = normalize(raw);
        if (text == null) {
            return null;
        }
        Matcher m = MARKED.matcher(text);
        if (m.matches()) {
            return new AddressQuery(text, blankToNull(m.group(1)), m.group(2), m.group(3), m.group(4));
        }
        m = DASHED.matcher(text);
        if (m.matches()) {
            return new AddressQuery(text, blankToNull(m.group(1)), m.group(2), m.group(3), m.group(4));
        }
        m = ROOM.matcher(text);
        if (m.matches() && m.group(1).chars().anyMatch(Character::isDigit)) {
            return new AddressQuery(text, null, null, null, m.group(1));
        }
        return new AddressQuery(text, null, null, null, null);
    }

    /** Whether the query names a building, unit or room (else it is free text). */
    public boolean structured() {
        return building != null || unit != null || room != null;
    }

    /** NFKC (full-width → ASCII), lower case, no whitespace, one kind of dash; null when nothing is left. */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u3000\\u200b-\\u200d\\ufeff]+", "")
                .replaceAll("[\\u2010-\\u2015\\u2212~]", "-");
        return n.isEmpty() ? null : n;
    }

    /**
     * The building's designation: the letters and digits before the first building marker in its name (幸福里1区3号楼
     * → 3, A座 → a), else the last run of letters and digits (B12 → b12), else the whole name. V12 computes the same in
     * SQL with REGEXP_SUBSTR and REVERSE.
     */
    public static String buildingKey(String buildingName) {
        String n = normalize(buildingName);
        if (n == null) {
            return null;
        }
        Matcher marked = MARKED_BUILDING.matcher(n);
        if (marked.find()) {
            return cut(marked.group(1), 64);
        }
        Matcher any = ANY_ALNUM.matcher(n);
        String last = null;
        while (any.find()) {
            last = any.group();
        }
        return cut(last == null ? n : last, 64);
    }

    /** A unit as stored for search: 1单元 → 1. */
    public static String unitKey(String unit) {
        String n = normalize(unit);
        return n == null ? null : cut(n.replaceAll("(单元|门)$", ""), 16);
    }

    /** A room as stored for search: 202室 → 202. */
    public static String roomKey(String room) {
        String n = normalize(room);
        return n == null ? null : cut(n.replaceAll("(室|号|户)$", ""), 16);
    }

    /** A free address (bungalow areas) as stored for search. */
    public static String textKey(String address) {
        String n = normalize(address);
        return n == null ? null : cut(n, 200);
    }

    private static String cut(String s, int max) {
        return s.isEmpty() ? null : s.length() > max ? s.substring(0, max) : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
