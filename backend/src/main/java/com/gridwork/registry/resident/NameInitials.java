package com.gridwork.registry.resident;

import net.sourceforge.pinyin4j.PinyinHelper;

import java.util.Locale;

/** Pinyin initials of a Chinese name (张伟 → zw), so that a grid worker can type "zw" to find 张伟. */
public final class NameInitials {
    private NameInitials() {}

    public static String of(String name) {
        StringBuilder initials = new StringBuilder();
        for (char c : name.strip().toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                // The first reading: surnames with another reading (e.g. 单 shàn) are rare enough to accept.
                initials.append(readings[0].charAt(0));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                initials.append(c);
            }
        }
        String result = initials.toString().toLowerCase(Locale.ROOT);
        return result.length() > 64 ? result.substring(0, 64) : result;
    }
}
