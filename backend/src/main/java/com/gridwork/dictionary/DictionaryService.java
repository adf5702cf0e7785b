package com.gridwork.dictionary;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.i18n.LocalName;
import com.gridwork.common.i18n.Messages;
import com.gridwork.dictionary.DictionaryDtos.DictionaryEntryCreate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    @Inject
    Validator validator;

    /** Active items of one category for the given sub-district (null: the defaults only), in display order. */
    @Transactional
    public List<DictionaryItem> items(DictionaryCategory category, Long subDistrictId) {
        return items(category, subDistrictId, false);
    }

    @Transactional
    public List<DictionaryItem> items(DictionaryCategory category, Long subDistrictId, boolean includeInactive) {
        return DictionaryItem.<DictionaryItem>list(
                "category = ?1 and (active = true or ?3 = true) and (subDistrictId is null or subDistrictId = ?2) order by sortOrder, id",
                category,
                subDistrictId == null ? -1L : subDistrictId,
                includeInactive);
    }

    /**
     * Adds a value to a sub-district's list (a street-admin of the whole platform may add platform defaults by
     * giving no sub-district). Codes are unique per list among the defaults and the sub-district's own values.
     */
    @Transactional
    public DictionaryItem add(DictionaryEntryCreate input) {
        // the body's own constraints and the sub-district, reported together
        Violations violations = Violations.of(validator.validate(input));
        Long target = violations.check(() -> targetSubDistrict(input.subDistrictId()));
        violations.throwIfAny();
        DictionaryCategory category = input.category();
        String code = input.code();
        DictionaryItem twin = DictionaryItem.find(
                        "category = ?1 and code = ?2 and (subDistrictId is null or subDistrictId = ?3)",
                        category,
                        code,
                        target == null ? -1L : target)
                .firstResult();
        if (twin != null) {
            throw ApiProblem.duplicateField(twin.id, "code", "dictionary.code.taken", code);
        }
        DictionaryItem item = new DictionaryItem();
        item.category = category;
        item.code = code;
        item.name = Text.strip(input.name());
        item.nameEn = Text.blankToNull(input.nameEn());
        item.sortOrder = input.sortOrder();
        item.subDistrictId = target;
        item.persist();
        return item;
    }

    /**
     * The sub-district a new code list value (or issue category) belongs to: the one asked for, else the caller's;
     * null (platform-wide) only for a street-admin of the whole platform who names none. 400 on {@code subDistrictId}
     * unless it is a sub-district in the caller's scope (one outside it included: the id comes in the request body).
     */
    public Long targetSubDistrict(Long requested) {
        Long target = requested != null ? requested : scope.caller().wholePlatform() ? null : subDistrictOfCaller();
        Area area = scope.findForField(Area.class, target, "subDistrictId", "dictionary.sub-district.invalid");
        if (area != null && area.level != AreaLevel.SUB_DISTRICT) {
            throw ApiProblem.invalidField("subDistrictId", "dictionary.sub-district.invalid");
        }
        return target;
    }

    /** Renames, reorders or retires a value; records keep their codes, so retiring only hides it from new input. */
    @Transactional
    public DictionaryItem update(long id, String ifMatch, String name, String nameEn, int sortOrder, boolean active) {
        DictionaryItem item = scope.findOwned(DictionaryItem.class, id);
        ETags.require(ifMatch, item.version);
        item.name = Text.strip(name);
        item.nameEn = Text.blankToNull(nameEn);
        item.sortOrder = sortOrder;
        item.active = active;
        DictionaryItem.getEntityManager().flush();
        return item;
    }

    /** code → Chinese name for one category. */
    public Map<String, String> names(DictionaryCategory category, Long subDistrictId) {
        return names(category, subDistrictId, Messages.DEFAULT);
    }

    /** code → name in the reader's language (the Chinese name where no English one exists). */
    public Map<String, String> names(DictionaryCategory category, Long subDistrictId, Locale locale) {
        return items(category, subDistrictId).stream()
                .collect(Collectors.toMap(
                        i -> i.code, i -> LocalName.of(locale, i.name, i.nameEn), (a, b) -> b, LinkedHashMap::new));
    }

    /** The sub-district whose lists apply to the caller: their first scope area's, or none for the whole platform. */
    public Long subDistrictOfCaller() {
        Caller caller = scope.caller();
        return caller.areas().isEmpty()
                ? null
                : subDistrictOfPath(caller.areas().get(0).path());
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

    /** {@link #requireCodes}, collected with a request's other violations; skipped when the field is already wrong. */
    public void checkCodes(
            Violations violations,
            DictionaryCategory category,
            Long subDistrictId,
            String field,
            Collection<String> codes) {
        if (!violations.has(field)) {
            violations.check(() -> requireCodes(category, subDistrictId, field, codes));
        }
    }

    public void checkCode(
            Violations violations, DictionaryCategory category, Long subDistrictId, String field, String code) {
        if (code != null) {
            checkCodes(violations, category, subDistrictId, field, List.of(code));
        }
    }
}
