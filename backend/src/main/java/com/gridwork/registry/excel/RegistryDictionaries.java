package com.gridwork.registry.excel;

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
    private final Map<Long, Lists> bySubDistrict = new HashMap<>();

    RegistryDictionaries(DictionaryService dictionary) {
        this.dictionary = dictionary;
    }

    /** The lists in force for a sub-district (null: platform defaults only). */
    Lists of(Long subDistrictId) {
        return bySubDistrict.computeIfAbsent(
                subDistrictId == null ? -1L : subDistrictId,
                key -> Lists.of(category -> dictionary.items(category, subDistrictId)));
    }

    static final class Lists {
        private final Map<DictionaryCategory, Map<String, String>> codeByName = new EnumMap<>(DictionaryCategory.class);
        private final Map<DictionaryCategory, Map<String, String>> nameByCode = new EnumMap<>(DictionaryCategory.class);

        /** The lists made of each category's items, in display order. */
        static Lists of(Function<DictionaryCategory, List<DictionaryItem>> itemsOf) {
            Lists lists = new Lists();
            for (DictionaryCategory category : DictionaryCategory.values()) {
                List<DictionaryItem> items = itemsOf.apply(category);
                Map<String, String> byName = new HashMap<>();
                Map<String, String> byCode = new LinkedHashMap<>();
                for (DictionaryItem item : items) {
                    byCode.put(item.code, item.name);
                }
                // Codes are accepted too (case-insensitive); names win where both match.
                for (DictionaryItem item : items) {
                    byName.putIfAbsent(item.code.toUpperCase(Locale.ROOT), item.code);
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
