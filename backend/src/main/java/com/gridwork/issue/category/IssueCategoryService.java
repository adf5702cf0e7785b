package com.gridwork.issue.category;

import com.gridwork.access.AreaScope;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.issue.category.IssueCategoryDtos.CategoryInput;
import com.gridwork.issue.category.IssueCategoryDtos.CategoryView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;

/**
 * Issue categories in force for a sub-district: the platform defaults plus its own. A sub-district's street-admin
 * adds its own categories and edits them; the platform defaults are edited by a whole-platform administrator.
 */
@ApplicationScoped
public class IssueCategoryService {
    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    Validator validator;

    @Transactional
    public List<CategoryView> list() {
        Long subDistrict = dictionary.subDistrictOfCaller();
        return IssueCategory.<IssueCategory>list(
                        "(subDistrictId is null or subDistrictId = ?1) order by sortOrder, code, id",
                        subDistrict == null ? -1L : subDistrict)
                .stream()
                .map(IssueCategoryService::view)
                .toList();
    }

    @Transactional
    public CategoryView create(CategoryInput input) {
        // the body's own constraints and the sub-district, reported together
        Violations violations = Violations.of(validator.validate(input));
        Long target = violations.check(() -> dictionary.targetSubDistrict(input.subDistrictId()));
        violations.throwIfAny();
        IssueCategory twin = IssueCategory.find(
                        "code = ?1 and (subDistrictId is null or subDistrictId = ?2)",
                        input.code(),
                        target == null ? -1L : target)
                .firstResult();
        if (twin != null) {
            throw ApiProblem.duplicateField(twin.id, "code", "dictionary.code.taken", input.code());
        }
        IssueCategory category = new IssueCategory();
        category.subDistrictId = target;
        category.code = input.code();
        apply(category, input);
        category.persist();
        category.flush();
        return view(category);
    }

    /** Renames, re-times or retires a category; a new time limit applies to issues received from now on. */
    @Transactional
    public CategoryView update(long id, String ifMatch, CategoryInput input) {
        IssueCategory category = scope.findOwned(IssueCategory.class, id);
        ETags.require(ifMatch, category.version);
        Violations violations = Violations.of(validator.validate(input));
        if (input.code() != null && !violations.has("code") && !category.code.equals(input.code())) {
            violations.add("code", "issue.category.code.fixed");
        }
        // Fixed like the code: another sub-district (a foreign one above all) is a 400, not silently ignored.
        if (input.subDistrictId() != null && !input.subDistrictId().equals(category.subDistrictId)) {
            violations.add("subDistrictId", "issue.category.sub-district.fixed");
        }
        violations.throwIfAny();
        apply(category, input);
        category.flush();
        return view(category);
    }

    private static void apply(IssueCategory category, CategoryInput input) {
        category.name = Text.strip(input.name());
        category.nameEn = Text.blankToNull(input.nameEn());
        category.timeLimitDays = input.timeLimitDays();
        category.sortOrder = input.sortOrder();
        category.active = input.active();
    }

    static CategoryView view(IssueCategory c) {
        return new CategoryView(
                c.id,
                c.code,
                c.name,
                c.nameEn,
                c.timeLimitDays,
                c.sortOrder,
                c.active,
                c.subDistrictId == null,
                c.version);
    }
}
