package com.gridwork.common.i18n;

import java.util.Locale;

/**
 * The name of a configurable value (a code-list value, an issue category) in a reader's language: every value has a
 * Chinese name and may have an English one; English readers get the Chinese name when no English one was given.
 */
public final class LocalName {
    private LocalName() {}

    public static String of(Locale locale, String name, String nameEn) {
        return english(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
