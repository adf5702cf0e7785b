package com.gridwork.visit;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.visit.VisitQuestionDtos.VisitQuestionInput;
import com.gridwork.visit.VisitQuestionDtos.VisitQuestionView;
import com.gridwork.visit.rule.VisitRuleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The few questions a sub-district asks on every visit. Everyone who works in the sub-district (and a helper who
 * records visits) reads them; its street-admin edits them. At most {@link #MAX_ACTIVE} are active at a time, so a
 * visit on the doorstep stays short.
 */
@ApplicationScoped
public class VisitQuestionService {
    public static final int MAX_ACTIVE = 10;
    static final int MIN_OPTIONS = 2;

    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    VisitRuleService rules;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Transactional
    public List<VisitQuestionView> list(Long subDistrictId, Boolean active) {
        Long target = subDistrictId != null ? subDistrictId : dictionary.subDistrictOfCaller();
        if (target == null) {
            return List.of();
        }
        Area subDistrict = rules.readableSubDistrict(target);
        return em
                .createQuery(
                        "select q from VisitQuestion q where q.subDistrictId = :s"
                                + " and (:active is null or q.active = :active) order by q.sortOrder, q.id",
                        VisitQuestion.class)
                .setParameter("s", subDistrict.id)
                .setParameter("active", active)
                .getResultList()
                .stream()
                .map(VisitQuestionService::view)
                .toList();
    }

    @Transactional
    public VisitQuestionView create(VisitQuestionInput input) {
        Violations violations = Violations.of(validator.validate(input));
        Area subDistrict = violations.check(() -> rules.targetSubDistrict(input.subDistrictId()));
        checkOptions(violations, input);
        violations.throwIfAny();
        VisitQuestion question = new VisitQuestion();
        question.subDistrictId = subDistrict.id;
        if (input.active()) {
            requireRoomForActive(subDistrict.id, null);
        }
        apply(question, input);
        question.persist();
        em.flush();
        return view(question);
    }

    /** Rewords, re-kinds, reorders or retires a question; answers already given keep the text they answered. */
    @Transactional
    public VisitQuestionView update(long id, String ifMatch, VisitQuestionInput input) {
        VisitQuestion question = scope.findOwned(VisitQuestion.class, id);
        ETags.require(ifMatch, question.version);
        Violations violations = Violations.of(validator.validate(input));
        if (input.subDistrictId() != null && !input.subDistrictId().equals(question.subDistrictId)) {
            violations.add("subDistrictId", "visit-rule.sub-district.fixed");
        }
        checkOptions(violations, input);
        violations.throwIfAny();
        if (input.active() && !question.active) {
            requireRoomForActive(question.subDistrictId, question.id);
        }
        apply(question, input);
        question.touch();
        em.flush();
        return view(question);
    }

    private static void checkOptions(Violations violations, VisitQuestionInput input) {
        List<String> options = input.options() == null ? List.of() : input.options();
        if (input.kind() == null || violations.has("options")) {
            return;
        }
        if (input.kind() != VisitQuestionKind.CHOICE) {
            if (!options.isEmpty()) {
                violations.add("options", "visit-question.options.not-used");
            }
            return;
        }
        if (options.size() < MIN_OPTIONS) {
            violations.add("options", "visit-question.options.count", MIN_OPTIONS, MAX_ACTIVE);
        } else if (options.stream().anyMatch(o -> o.contains("\n") || o.contains("\r"))) {
            violations.add("options", "visit-question.options.one-line");
        } else if (new HashSet<>(options.stream().map(Text::strip).toList()).size() != options.size()) {
            violations.add("options", "visit-question.options.repeated");
        }
    }

    /**
     * 409 when the sub-district already has its {@link #MAX_ACTIVE} active questions. Parallel callers queue on the
     * sub-district's row, so two cannot both take the last place.
     */
    private void requireRoomForActive(long subDistrictId, Long self) {
        em.createNativeQuery("SELECT id FROM area WHERE id = :id FOR UPDATE")
                .setParameter("id", subDistrictId)
                .getResultList();
        long active = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM visit_question WHERE sub_district_id = :s"
                                + " AND active = TRUE AND id <> :self FOR UPDATE")
                        .setParameter("s", subDistrictId)
                        .setParameter("self", self == null ? -1L : self)
                        .getSingleResult())
                .longValue();
        if (active >= MAX_ACTIVE) {
            throw ApiProblem.conflict("visit-question.too-many", MAX_ACTIVE);
        }
    }

    private static void apply(VisitQuestion question, VisitQuestionInput input) {
        question.text = Text.strip(input.text());
        question.kind = input.kind();
        question.options = input.kind() == VisitQuestionKind.CHOICE
                ? String.join("\n", input.options().stream().map(Text::strip).toList())
                : null;
        question.sortOrder = input.sortOrder();
        question.active = input.active();
    }

    /** The options of a CHOICE question as stored (one per line). */
    public static List<String> options(VisitQuestion question) {
        return question.options == null || question.options.isBlank()
                ? List.of()
                : Arrays.stream(question.options.split("\n")).toList();
    }

    static VisitQuestionView view(VisitQuestion q) {
        return new VisitQuestionView(
                q.id, q.subDistrictId, q.text, q.kind, options(q), q.sortOrder, q.active, q.version);
    }
}
