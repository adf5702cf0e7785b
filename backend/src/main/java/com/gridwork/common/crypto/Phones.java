package com.gridwork.common.crypto;

import java.util.regex.Pattern;

/** Mobile (11 digits) and landline numbers: normalised for hashing, masked for display. */
public final class Phones {
    public static final String PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Phones() {}

    /** Strips spaces so that "138 0013 8000" and "13800138000" hash alike; keeps a landline's dash optional. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s]", "").replace("-", "");
    }

    public static boolean isValid(String raw) {
        return raw != null && VALID.matcher(raw.replaceAll("\\s", "")).matches();
    }

    /** 138****5678 for a mobile; a landline keeps its area code and last two digits. */
    public static String mask(String raw) {
        String digits = normalize(raw);
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        int area = digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
        return digits.substring(0, area) + "-" + "*".repeat(Math.max(digits.length() - area - 2, 1))
                + digits.substring(digits.length() - 2);
    }
}
