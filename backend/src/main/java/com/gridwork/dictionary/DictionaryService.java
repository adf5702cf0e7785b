package com.gridwork.dictionary;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.common.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The code lists in force for a sub-district: the platform defaults plus the sub-district's own items.
 */
@ApplicationScoped
public class DictionaryService {
    @Inject
    AreaScope scope;

    /** Items of one category for the given sub-district (null: the defaults only), in display order. */
    @Transactional
    public List<DictionaryItem> items(DictionaryCategory category, Long subDistrictId) {
        return DictionaryItem.<DictionaryItem>list(
                "category = ?1 and active = true and (subDistrictId is null or subDistrictId = ?2) order by sortOrder, id",
                category, subDistrictId == null ? -1L : subDistrictId);
    }

    /** code → name for one category. */
    public Map<String, String> names(DictionaryCategory category, Long subDistrictId) {
        return items(category, subDistrictId).stream()
                .collect(Collectors.toMap(i -> i.code, i -> i.name, (a, b) -> b, LinkedHashMap::new));
    }

    /** The sub-district whose lists apply to the caller: their first scope area's, or none for the whole platform. */
    public Long subDistrictOfCaller() {
        Caller caller = scope.caller();
        return caller.areas().isEmpty() ? null : subDistrictOfPath(caller.areas().get(0).path());
    }

    /** The sub-district id is the first id of an area path ("/7/12/40/" → 7). */
    public static Long subDistrictOfPath(String path) {
        String first = path.split("/")[1];
        return Long.valueOf(first);
    }

    /** 400 on {@code field} unless every code belongs to the category's list for that sub-district. */
    public void requireCodes(DictionaryCategory category, Long subDistrictId, String field, Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        Set<String> known = names(category, subDistrictId).keySet();
        for (String code : codes) {
            if (code != null && !known.contains(code)) {
                throw ApiProblem.invalidField(field, "dictionary.code.unknown", code);
            }
        }
    }

    public void requireCode(DictionaryCategory category, Long subDistrictId, String field, String code) {
        if (code != null) {
            requireCodes(category, subDistrictId, field, List.of(code));
        }
    }
}
