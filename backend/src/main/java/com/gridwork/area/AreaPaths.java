package com.gridwork.area;

import java.util.Collection;

/** Rules on materialised area paths ({@code /1/5/23/}). */
public final class AreaPaths {
    private AreaPaths() {}

    /** The level of the area with this path: its depth, since every level sits under the one before it. */
    public static AreaLevel level(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count() - 1;
        return AreaLevel.values()[depth - 1];
    }

    /**
     * The path of the deepest area that is or contains every one of these areas, "/" when they share none (two
     * sub-districts), null for none at all: where a record about several areas is filed (its audit entries).
     */
    public static String commonAncestor(Collection<String> paths) {
        String common = null;
        for (String path : paths) {
            if (common == null) {
                common = path;
                continue;
            }
            int end = 0;
            for (int i = 0; i < Math.min(common.length(), path.length()) && common.charAt(i) == path.charAt(i); i++) {
                if (common.charAt(i) == '/') {
                    end = i + 1;
                }
            }
            common = common.substring(0, end);
        }
        return common;
    }
}
