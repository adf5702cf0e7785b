package com.gridwork.common.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an {@code Accept-Language} header leniently: a range whose tag or q-value does not parse (or whose q lies
 * outside 0..1) is skipped, the others still count. The JDK's and the JAX-RS parsers throw on the whole header
 * instead, which turned a stranger's typo into a 500 on every path.
 */
public final class AcceptLanguage {
    private static final Pattern TAG = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern Q = Pattern.compile("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");

    /** One acceptable range: a language tag ({@code *} for any) with its weight. */
    public record Range(String tag, double q) {
        public boolean wildcard() {
            return tag.equals("*");
        }

        public String language() {
            int dash = tag.indexOf('-');
            return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
        }
    }

    private AcceptLanguage() {}

    /** The ranges that parse, most wanted first (equal weights keep the header's order); q=0 means "not this". */
    public static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header == null) {
            return ranges;
        }
        for (String element : header.split(",")) {
            String[] parts = element.split(";", -1);
            String tag = parts[0].strip();
            if (!TAG.matcher(tag).matches()) {
                continue;
            }
            Double q = 1.0;
            for (int i = 1; i < parts.length && q != null; i++) {
                String param = parts[i].strip();
                int eq = param.indexOf('=');
                String name = eq < 0 ? param : param.substring(0, eq).strip();
                if (name.equalsIgnoreCase("q")) {
                    String value = eq < 0 ? "" : param.substring(eq + 1).strip();
                    q = Q.matcher(value).matches() ? Double.valueOf(value) : null;
                }
            }
            if (q != null && q > 0) {
                ranges.add(new Range(tag, q));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed());
        return ranges;
    }

    /** The first supported locale the header asks for (by language), else {@code fallback}; {@code *} takes the fallback. */
    public static Locale choose(String header, List<Locale> supported, Locale fallback) {
        for (Range range : parse(header)) {
            if (range.wildcard()) {
                return fallback;
            }
            for (Locale locale : supported) {
                if (locale.getLanguage().equals(range.language())) {
                    return locale;
                }
            }
        }
        return fallback;
    }
}
