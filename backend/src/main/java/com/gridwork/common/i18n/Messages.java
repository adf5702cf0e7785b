package com.gridwork.common.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing texts in zh-CN (default) and en-US, chosen from the request's Accept-Language. */
@ApplicationScoped
public class Messages {
    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.US);

    public Locale localeOf(HttpHeaders headers) {
        // The raw header, not getAcceptableLanguages(): that one throws on a malformed q-value.
        return headers == null ? DEFAULT : localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The language for an {@code Accept-Language} value; whatever does not parse in it is ignored. */
    public static Locale localeOf(String acceptLanguage) {
        return AcceptLanguage.choose(acceptLanguage, SUPPORTED, DEFAULT);
    }

    public String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Ids and counts print as they are (no "1,234" grouping).
            resolved[i] = args[i] instanceof Localizable l
                    ? get(locale, l.messageKey())
                    : args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }
}
