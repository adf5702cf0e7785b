package com.gridwork.common;

/** Small text rules shared by the services. */
public final class Text {
    private Text() {
    }

    /** Optional free text as stored: trimmed, and null when nothing was written. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
