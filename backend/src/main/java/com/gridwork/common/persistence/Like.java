package com.gridwork.common.persistence;

/** LIKE patterns from user input, with the wildcards in it taken literally. */
public final class Like {
    private Like() {}

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String prefix(String text) {
        return escape(text) + "%";
    }

    private static String escape(String text) {
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
