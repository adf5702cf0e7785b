package com.gridwork.visit.rule;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.calendar.WorkingCalendar;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.visit.VisitMode;
import com.gridwork.visit.obligation.ObligationEnding;
import com.gridwork.visit.obligation.ObligationGenerator;
import com.gridwork.visit.rule.VisitPeriods.Period;
import com.gridwork.visit.rule.VisitRuleDtos.VisitRuleCurrentPeriod;
import com.gridwork.visit.rule.VisitRuleDtos.VisitRuleInput;
import com.gridwork.visit.rule.VisitRuleDtos.VisitRulePeriodView;
import com.gridwork.visit.rule.VisitRuleDtos.VisitRuleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sub-district's visit rules. Everyone who works in the sub-district reads them (community staff and grid workers
 * included: their scope lies inside it); its street-admin changes them. What a rule covers, who answers for it and
 * its period are fixed once a period's obligations exist, since they were made by them: switch the rule off and make
 * a new one instead.
 */
@ApplicationScoped
public class VisitRuleService {
    /** How far from today a rule's anchor date may lie. */
    static final int ANCHOR_YEARS = 1;

    @Inject
    ObligationGenerator generator;

    @Inject
    AreaScope scope;

    @Inject
    DictionaryService dictionary;

    @Inject
    VisitRuleDefaults defaults;

    @Inject
    ObligationEnding obligationEnding;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    /** The rules of one sub-district the caller works in, or of all of theirs; the defaults made on first reading. */
    @Transactional
    public List<VisitRuleView> list(Long subDistrictId, Boolean active) {
        List<Long> subDistricts =
                subDistrictId != null ? List.of(readableSubDistrict(subDistrictId).id) : callerSubDistricts();
        subDistricts.forEach(defaults::ensure);
        if (subDistricts.isEmpty()) {
            return List.of();
        }
        List<VisitRule> rules = em.createQuery(
                        "select r from VisitRule r where r.subDistrictId in :s and (:active is null or r.active = :active)"
                                + " order by r.subDistrictId, r.active desc, r.id",
                        VisitRule.class)
                .setParameter("s", subDistricts)
                .setParameter("active", active)
                .getResultList();
        return rules.stream().map(this::view).toList();
    }

    @Transactional
    public VisitRuleView get(long id) {
        return view(scope.findOrAbove(VisitRule.class, id));
    }

    @Transactional
    public List<VisitRulePeriodView> periods(long id) {
        VisitRule rule = scope.findOrAbove(VisitRule.class, id);
        return VisitPeriod.<VisitPeriod>list("ruleId = ?1 order by startsOn desc", rule.id).stream()
                .map(p -> new VisitRulePeriodView(
                        p.id, p.ruleId, p.startsOn, p.endsOn, p.dueOn, p.generatedAt, p.householdCount))
                .toList();
    }

    @Transactional
    public VisitRuleView create(VisitRuleInput input) {
        Violations violations = Violations.of(validator.validate(input));
        Area subDistrict = violations.check(() -> targetSubDistrict(input.subDistrictId()));
        if (subDistrict != null) {
            validate(violations, input, subDistrict.id, null);
        }
        // the defaults first, so that a new rule never takes a default's name before the default exists
        if (subDistrict != null) {
            defaults.ensure(subDistrict.id);
            checkNameFree(violations, subDistrict.id, input.name(), null);
        }
        violations.throwIfAny();
        VisitRule rule = new VisitRule();
        rule.subDistrictId = subDistrict.id;
        rule.areaPath = subDistrict.path;
        applyStructure(rule, input);
        applyTerms(rule, input);
        rule.persist();
        em.flush();
        // a rule whose first period has begun starts it now: its denominator is fixed at its creation
        generator.generate(rule.id, BeijingTime.today());
        return view(rule);
    }

    /**
     * Changes a rule. Its name changes at once, the visits required from the next period (each obligation keeps
     * the count it was made with), the modes for visits recorded from now on; what it covers, who answers for it and
     * its period only while no period exists (409 after).
     */
    @Transactional
    public VisitRuleView update(long id, String ifMatch, VisitRuleInput input) {
        VisitRule rule = scope.find(VisitRule.class, id);
        ETags.require(ifMatch, rule.version);
        Violations violations = Violations.of(validator.validate(input));
        if (input.subDistrictId() != null && !input.subDistrictId().equals(rule.subDistrictId)) {
            violations.add("subDistrictId", "visit-rule.sub-district.fixed");
        }
        validate(violations, input, rule.subDistrictId, rule);
        checkNameFree(violations, rule.subDistrictId, input.name(), rule.id);
        violations.throwIfAny();
        if (structureChanges(rule, input) && hasPeriods(rule.id)) {
            throw ApiProblem.conflict("visit-rule.structure.fixed");
        }
        applyStructure(rule, input);
        applyTerms(rule, input);
        rule.touch();
        em.flush();
        return view(rule);
    }

    /** Switches a rule off: no new periods, and the open obligations of its running period leave the denominator. */
    @Transactional
    public VisitRuleView deactivate(long id, String ifMatch) {
        VisitRule rule = scope.find(VisitRule.class, id);
        ETags.checkIfPresent(ifMatch, rule.version);
        if (rule.active) {
            rule.active = false;
            rule.touch();
            obligationEnding.endForRule(rule.id, BeijingTime.today());
            em.flush();
        }
        return view(rule);
    }

    /** Switches a rule on again: a running period not generated yet starts now, else the next one will. */
    @Transactional
    public VisitRuleView activate(long id, String ifMatch) {
        VisitRule rule = scope.find(VisitRule.class, id);
        ETags.checkIfPresent(ifMatch, rule.version);
        if (!rule.active) {
            rule.active = true;
            rule.touch();
            em.flush();
            // the running period starts now unless it was generated before the rule was switched off
            generator.generate(rule.id, BeijingTime.today());
        }
        return view(rule);
    }

    // ---- validation ------------------------------------------------------------------------------------------------

    private void validate(Violations violations, VisitRuleInput input, long subDistrictId, VisitRule existing) {
        List<String> codes = input.codes() == null ? List.of() : input.codes();
        if (input.target() != null && !violations.has("codes")) {
            switch (input.target()) {
                case ALL_HOUSEHOLDS -> {
                    if (!codes.isEmpty()) {
                        violations.add("codes", "visit-rule.codes.none");
                    }
                }
                case CARE_TAGGED -> {
                    if (codes.isEmpty()) {
                        violations.add("codes", "visit-rule.codes.required");
                    } else {
                        Set<String> known = new HashSet<>(dictionary
                                .names(DictionaryCategory.CARE_GROUP, subDistrictId)
                                .keySet());
                        known.addAll(dictionary
                                .names(DictionaryCategory.HOUSEHOLD_TAG, subDistrictId)
                                .keySet());
                        unknownCode(codes, known, existing)
                                .ifPresent(code -> violations.add("codes", "dictionary.code.unknown", code));
                    }
                }
                case PAIRED ->
                    unknownCode(
                                    codes,
                                    dictionary
                                            .names(DictionaryCategory.PAIRING_TYPE, subDistrictId)
                                            .keySet(),
                                    existing)
                            .ifPresent(code -> violations.add("codes", "dictionary.code.unknown", code));
            }
            if (new HashSet<>(codes).size() != codes.size()) {
                violations.add("codes", "visit-rule.codes.repeated");
            }
        }
        if (input.responsible() == VisitResponsible.HELPER
                && input.target() != null
                && input.target() != VisitTarget.PAIRED) {
            violations.add("responsible", "visit-rule.responsible.helper-needs-pairing");
        }
        if (input.periodKind() == PeriodKind.EVERY_N_DAYS) {
            if (input.periodDays() == null) {
                violations.add("periodDays", "visit-rule.period-days.required");
            } else if (input.periodDays() < 1 || input.periodDays() > 366) {
                violations.add("periodDays", "visit-rule.period-days.range", 1, 366);
            }
        } else if (input.periodKind() != null && input.periodDays() != null) {
            violations.add("periodDays", "visit-rule.period-days.not-used");
        }
        if (input.anchorDate() != null && !violations.has("anchorDate")) {
            LocalDate today = BeijingTime.today();
            boolean unchanged = existing != null && input.anchorDate().equals(existing.anchorDate);
            if (!unchanged
                    && (input.anchorDate().isBefore(today.minusYears(ANCHOR_YEARS))
                            || input.anchorDate().isAfter(today.plusYears(ANCHOR_YEARS)))) {
                violations.add("anchorDate", "visit-rule.anchor.range", ANCHOR_YEARS);
            }
        }
    }

    /** A code not in the list; one the rule already has stays valid after it was retired from the list. */
    private static Optional<String> unknownCode(List<String> codes, Set<String> known, VisitRule existing) {
        return codes.stream()
                .filter(Objects::nonNull)
                .filter(c -> !known.contains(c) && (existing == null || !existing.codes.contains(c)))
                .findFirst();
    }

    /** A name another rule of the sub-district has: reported with the other faults (the database guards a race). */
    private void checkNameFree(Violations violations, long subDistrictId, String name, Long self) {
        if (name == null || violations.has("name")) {
            return;
        }
        VisitRule twin = VisitRule.<VisitRule>find("subDistrictId = ?1 and name = ?2", subDistrictId, Text.strip(name))
                .firstResult();
        if (twin != null && !twin.id.equals(self)) {
            violations.add("name", "visit-rule.name.taken", twin.name);
        }
    }

    private static boolean structureChanges(VisitRule rule, VisitRuleInput input) {
        return rule.target != input.target()
                || !rule.codes.equals(new LinkedHashSet<>(codesOf(input)))
                || rule.responsible != input.responsible()
                || rule.periodKind != input.periodKind()
                || !Objects.equals(rule.periodDays, input.periodDays())
                || !rule.anchorDate.equals(input.anchorDate());
    }

    private boolean hasPeriods(long ruleId) {
        return VisitPeriod.count("ruleId", ruleId) > 0;
    }

    private static List<String> codesOf(VisitRuleInput input) {
        return input.codes() == null ? List.of() : input.codes();
    }

    private static void applyStructure(VisitRule rule, VisitRuleInput input) {
        rule.target = input.target();
        rule.codes.clear();
        rule.codes.addAll(codesOf(input));
        rule.responsible = input.responsible();
        rule.periodKind = input.periodKind();
        rule.periodDays = input.periodDays();
        rule.anchorDate = input.anchorDate();
    }

    private static void applyTerms(VisitRule rule, VisitRuleInput input) {
        rule.name = Text.strip(input.name());
        rule.visitsRequired = input.visitsRequired();
        rule.modes.clear();
        rule.modes.addAll(EnumSet.copyOf(input.modes()));
    }

    // ---- sub-districts ---------------------------------------------------------------------------------------------

    /** A new rule's sub-district: the one named (400 unless the caller may change its rules), else the caller's. */
    public Area targetSubDistrict(Long requested) {
        Long target = requested != null ? requested : dictionary.subDistrictOfCaller();
        if (target == null) {
            throw ApiProblem.invalidField("subDistrictId", "visit-rule.sub-district.required");
        }
        Area area = scope.findForField(Area.class, target, "subDistrictId", "visit-rule.sub-district.invalid");
        if (area.level != AreaLevel.SUB_DISTRICT) {
            throw ApiProblem.invalidField("subDistrictId", "visit-rule.sub-district.invalid", target);
        }
        return area;
    }

    /** A sub-district the caller works in (their scope lies in it or is it); else 404. */
    public Area readableSubDistrict(long subDistrictId) {
        return scope.visibleOrAbove(Area.class, subDistrictId)
                .filter(a -> a.level == AreaLevel.SUB_DISTRICT)
                .orElseThrow(() -> ApiProblem.notFound("visit-rule.sub-district.not-found", subDistrictId));
    }

    /** The sub-districts the caller works in; every one for the whole platform. */
    List<Long> callerSubDistricts() {
        Caller caller = scope.caller();
        if (caller.wholePlatform()) {
            return Area.<Area>list("level", AreaLevel.SUB_DISTRICT).stream()
                    .map(a -> a.id)
                    .toList();
        }
        return caller.areas().stream()
                .map(a -> DictionaryService.subDistrictOfPath(a.path()))
                .distinct()
                .toList();
    }

    // ---- views -----------------------------------------------------------------------------------------------------

    VisitRuleView view(VisitRule rule) {
        LocalDate today = BeijingTime.today();
        VisitPeriod generated = VisitPeriod.<VisitPeriod>find(
                        "ruleId = ?1 and startsOn <= ?2 and endsOn >= ?2", rule.id, today)
                .firstResult();
        VisitRuleCurrentPeriod current = null;
        if (generated != null) {
            current = new VisitRuleCurrentPeriod(generated.id, generated.startsOn, generated.endsOn, generated.dueOn);
        } else if (rule.active) {
            current = VisitPeriods.containing(rule, today)
                    .map(p -> computed(rule, p))
                    .orElse(null);
        }
        List<VisitMode> modes = new ArrayList<>(rule.modes);
        modes.sort(null);
        return new VisitRuleView(
                rule.id,
                rule.subDistrictId,
                rule.name,
                rule.target,
                List.copyOf(rule.codes),
                rule.responsible,
                rule.periodKind,
                rule.periodDays,
                rule.anchorDate,
                rule.visitsRequired,
                modes,
                rule.active,
                rule.defaultRule,
                current,
                generated != null || hasPeriods(rule.id),
                rule.version);
    }

    private VisitRuleCurrentPeriod computed(VisitRule rule, Period period) {
        return new VisitRuleCurrentPeriod(
                null,
                period.startsOn(),
                period.endsOn(),
                VisitPeriods.dueOn(period, calendar.workingDays(rule.subDistrictId)));
    }
}
