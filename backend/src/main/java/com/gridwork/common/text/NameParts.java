package com.gridwork.common.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The suffixes of a name (张三丰 → 张三丰, 三丰, 丰), stored in resident_name_part: a name contains a text exactly when
 * one of its suffixes begins with it, so a search for any part of a name is an index range instead of a scan of
 * every name. Counted in code points, as SQL's SUBSTRING counts characters (V12 fills existing rows the same way).
 */
public final class NameParts {
    private NameParts() {}

    public static Set<String> of(String name) {
        Set<String> parts = new LinkedHashSet<>();
        int[] points = name.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            String part = new String(points, i, points.length - i);
            if (!part.isBlank()) {
                parts.add(part); // names are at most 64 characters: so is every suffix
            }
        }
        return parts;
    }
}
