package com.gridwork.visit.rule;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.visit.VisitMode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A visit rule of a sub-district, as data: which households ({@link #target} and its {@link #codes}), who answers
 * for the visits, the period, the visits required per period and the modes that count. Never deleted once it has
 * periods; switched off instead ({@link #active}).
 */
@Entity
@Table(name = "visit_rule")
@NotFoundMessage("visit-rule.not-found")
public class VisitRule extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sub_district_id", nullable = false, updatable = false)
    public Long subDistrictId;

    @Column(name = "area_path", nullable = false, length = 255, updatable = false)
    public String areaPath;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VisitTarget target;

    /** CARE_TAGGED: care codes (CARE_GROUP or HOUSEHOLD_TAG); PAIRED: pairing types (none: every type). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_rule_code", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "code", length = 32)
    public Set<String> codes = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VisitResponsible responsible;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 16)
    public PeriodKind periodKind;

    /** N for {@link PeriodKind#EVERY_N_DAYS}, else null. */
    @Column(name = "period_days")
    public Integer periodDays;

    /** The first day of the rule's first period. */
    @Column(name = "anchor_date", nullable = false)
    public LocalDate anchorDate;

    @Column(name = "visits_required", nullable = false)
    public int visitsRequired = 1;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "visit_rule_mode", joinColumns = @JoinColumn(name = "rule_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "mode", length = 16)
    public Set<VisitMode> modes = EnumSet.noneOf(VisitMode.class);

    @Column(nullable = false)
    public boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_rule", length = 24, updatable = false)
    public DefaultVisitRule defaultRule;

    @Override
    public String areaPath() {
        return areaPath;
    }
}
