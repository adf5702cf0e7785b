package com.gridwork.registry.excel;

import com.gridwork.common.i18n.LocalName;
import com.gridwork.common.i18n.Messages;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryItem;
import com.gridwork.dictionary.DictionaryService;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The code lists of the sub-districts met during one import or export, loaded once each: names (what the
 * workbook shows) to codes (what the database stores) and back. Not thread-safe; one per request.
 */
final class RegistryDictionaries {
    private final DictionaryService dictionary;
    private final Locale locale;
    private final Map<Long, Lists> bySubDistrict = new HashMap<>();

    /** Lists whose names are shown in {@code locale} (an export in the reader's language). */
    RegistryDictionaries(DictionaryService dictionary, Locale locale) {
        this.dictionary = dictionary;
        this.locale = locale;
    }

    RegistryDictionaries(DictionaryService dictionary) {
        this(dictionary, Messages.DEFAULT);
    }

    /** The lists in force for a sub-district (null: platform defaults only). */
    Lists of(Long subDistrictId) {
        return bySubDistrict.computeIfAbsent(
                subDistrictId == null ? -1L : subDistrictId,
                key -> Lists.of(category -> dictionary.items(category, subDistrictId), locale));
    }

    static final class Lists {
        private final Map<DictionaryCategory, Map<String, String>> codeByName = new EnumMap<>(DictionaryCategory.class);
        private final Map<DictionaryCategory, Map<String, String>> nameByCode = new EnumMap<>(DictionaryCategory.class);

        /** The lists made of each category's items, in display order, named in Chinese. */
        static Lists of(Function<DictionaryCategory, List<DictionaryItem>> itemsOf) {
            return of(itemsOf, Messages.DEFAULT);
        }

        /** The lists made of each category's items, in display order, named in {@code locale}. */
        static Lists of(Function<DictionaryCategory, List<DictionaryItem>> itemsOf, Locale locale) {
            Lists lists = new Lists();
            for (DictionaryCategory category : DictionaryCategory.values()) {
                List<DictionaryItem> items = itemsOf.apply(category);
                Map<String, String> byName = new HashMap<>();
                Map<String, String> byCode = new LinkedHashMap<>();
                for (DictionaryItem item : items) {
                    byCode.put(item.code, LocalName.of(locale, item.name, item.nameEn));
                }
                // Codes are accepted too (case-insensitive), and English names (an English export read back in);
                // Chinese names win where several match.
                for (DictionaryItem item : items) {
                    byName.putIfAbsent(item.code.toUpperCase(Locale.ROOT), item.code);
                }
                for (DictionaryItem item : items) {
                    if (item.nameEn != null) {
                        byName.put(item.nameEn.strip(), item.code);
                    }
                }
                for (DictionaryItem item : items) {
                    byName.put(item.name.strip(), item.code);
                }
                lists.codeByName.put(category, byName);
                lists.nameByCode.put(category, byCode);
            }
            return lists;
        }

        /** The code for a name (or a code) in the sheet; null when unknown. */
        String code(DictionaryCategory category, String nameOrCode) {
            Map<String, String> map = codeByName.get(category);
            String code = map.get(nameOrCode);
            return code != null ? code : map.get(nameOrCode.toUpperCase(Locale.ROOT));
        }

        /** The name shown for a stored code; the code itself when the list no longer has it. */
        String name(DictionaryCategory category, String code) {
            if (code == null) {
                return null;
            }
            return nameByCode.get(category).getOrDefault(code, code);
        }

        /** code → name, in display order. */
        Map<String, String> names(DictionaryCategory category) {
            return nameByCode.get(category);
        }
    }
}
