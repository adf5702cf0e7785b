package com.gridwork.common;

/** Small text rules shared by the services. */
public final class Text {
    private Text() {}

    /** Optional free text as stored: trimmed, and null when nothing visible was written. */
    public static String blankToNull(String s) {
        return isBlank(s) ? null : strip(s);
    }

    /**
     * Blank: nothing a reader can see. Besides whitespace this counts the characters that print as nothing (zero-width
     * spaces and joiners, the byte-order mark, the ideographic space, fillers, variation selectors, controls), so a
     * name made only of them is as empty as "".
     */
    public static boolean isBlank(CharSequence s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); ) {
            int c = Character.codePointAt(s, i);
            if (!isInvisible(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Trimmed of whitespace and invisible characters at both ends. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isInvisible(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isInvisible(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    static boolean isInvisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        if (type == Character.FORMAT || type == Character.CONTROL) {
            return true;
        }
        // Default-ignorable code points outside the format category (Unicode DerivedCoreProperties), and the
        // braille blank that is often used as an "invisible" name.
        return c == 0x034F
                || c == 0x115F
                || c == 0x1160
                || c == 0x17B4
                || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F)
                || c == 0x2800
                || c == 0x3164
                || (c >= 0xFE00 && c <= 0xFE0F)
                || c == 0xFFA0
                || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** The index of the first UTF-16 surrogate without its partner, or -1: such text cannot be stored (it became "?"). */
    public static int unpairedSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
