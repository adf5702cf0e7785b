package com.gridwork.visit;

import com.gridwork.access.NotFoundMessage;
import com.gridwork.access.SubDistrictOwned;
import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the few questions a sub-district asks on every visit. */
@Entity
@Table(name = "visit_question")
@NotFoundMessage("visit-question.not-found")
public class VisitQuestion extends VersionedEntity implements SubDistrictOwned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sub_district_id", nullable = false, updatable = false)
    public Long subDistrictId;

    @Column(nullable = false, length = 200)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VisitQuestionKind kind;

    /** For {@link VisitQuestionKind#CHOICE}: the options, one per line. */
    @Column(length = 1000)
    public String options;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Override
    public Long subDistrictId() {
        return subDistrictId;
    }
}
