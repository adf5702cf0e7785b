package com.gridwork.common.text;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.Locale;
import java.util.Map;

/**
 * The pinyin of a Chinese name, for search: full (张三 → zhangsan) and initials (张三 → zs), so that a grid worker can
 * type either. Each character takes its first reading in pinyin4j, except a surname (the first character) with a
 * reading of its own as a surname (曾 zeng, 单 shan, 解 xie...). Letters and digits in a name are kept as they are;
 * other characters (the middle dot of 阿依古丽·买买提) are left out.
 */
public record NamePinyin(String full, String initials) {
    /** Surnames whose reading as a surname is not pinyin4j's first reading of the character. */
    private static final Map<Character, String> SURNAMES = Map.ofEntries(
            Map.entry('曾', "zeng"),
            Map.entry('单', "shan"),
            Map.entry('解', "xie"),
            Map.entry('仇', "qiu"),
            Map.entry('朴', "piao"),
            Map.entry('区', "ou"),
            Map.entry('查', "zha"),
            Map.entry('缪', "miao"),
            Map.entry('覃', "qin"),
            Map.entry('翟', "zhai"),
            Map.entry('种', "chong"),
            Map.entry('尉', "wei"));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /** Column widths: name_pinyin VARCHAR(255), name_initials VARCHAR(64). */
    public static NamePinyin of(String name) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        String stripped = name.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            String reading = i == 0 && SURNAMES.containsKey(c) ? SURNAMES.get(c) : reading(c);
            if (reading != null) {
                full.append(reading);
                initials.append(reading.charAt(0));
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                full.append(lower);
                initials.append(lower);
            }
        }
        return new NamePinyin(cut(full.toString(), 255), cut(initials.toString(), 64));
    }

    private static String reading(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 || readings[0].isEmpty()
                    ? null
                    : readings[0].toLowerCase(Locale.ROOT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e); // a fixed, valid format
        }
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
