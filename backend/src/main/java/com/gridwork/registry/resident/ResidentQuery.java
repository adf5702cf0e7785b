package com.gridwork.registry.resident;

import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.Phones;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a resident search text is (the one search box of the resident list): an ID number or a phone number (each
 * found exactly, through its keyed hash), pinyin (letters, spaces allowed: zhangsan, zhang san, zs), or a part of
 * the name. Full-width characters count as their ASCII forms.
 */
public record ResidentQuery(Kind kind, String value) {
    public enum Kind {
        ID_CARD,
        PHONE,
        PINYIN,
        NAME
    }

    /** Reads a search text; {@code null} when there is nothing to search for. */
    public static ResidentQuery parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        String compact = text.replaceAll("[\\s-]", "");
        if (compact.matches("\\d{17}[\\dXx]")) {
            return new ResidentQuery(Kind.ID_CARD, IdCards.normalize(compact));
        }
        if (Phones.isValid(compact) || compact.matches("\\+?86" + "1[3-9]\\d{9}")) {
            return new ResidentQuery(Kind.PHONE, Phones.normalize(compact.replaceFirst("^\\+?86(?=1)", "")));
        }
        if (text.matches("[A-Za-z' ]+") && !compact.isEmpty()) {
            return new ResidentQuery(Kind.PINYIN, compact.replace("'", "").toLowerCase(Locale.ROOT));
        }
        if (text.isEmpty()) {
            return null;
        }
        return new ResidentQuery(Kind.NAME, text);
    }
}
