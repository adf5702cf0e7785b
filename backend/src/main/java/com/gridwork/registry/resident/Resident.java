package com.gridwork.registry.resident;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.common.text.NameParts;
import com.gridwork.common.text.NamePinyin;
import com.gridwork.registry.RecordStatus;
import com.gridwork.registry.household.Household;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "resident")
@NotFoundMessage("resident.not-found")
public class Resident extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    public Household household;

    @Column(nullable = false, length = 64)
    public String name;

    /** Pinyin initials of the name (张伟 → zw) for search ({@link NamePinyin}). */
    @Column(name = "name_initials", nullable = false, length = 64)
    public String nameInitials;

    /** Full pinyin of the name (张伟 → zhangwei); null only for rows older than V12 until PinyinBackfill has run. */
    @Column(name = "name_pinyin", length = 255)
    public String namePinyin;

    /** Every suffix of the name ({@link NameParts}): "any part of the name" is a prefix match on them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "resident_name_part", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "part", length = 64)
    public Set<String> nameParts = new LinkedHashSet<>();

    /** Sets the name and everything searched by it. */
    public void rename(String newName) {
        name = newName;
        NamePinyin pinyin = NamePinyin.of(newName);
        nameInitials = pinyin.initials();
        namePinyin = pinyin.full();
        Set<String> parts = NameParts.of(newName);
        if (!nameParts.equals(parts)) {
            nameParts.clear();
            nameParts.addAll(parts);
        }
    }

    @Column(nullable = false, length = 1)
    public String gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(nullable = false, length = 32)
    public String ethnicity;

    /** The ID card number; its hash is unique among residents. */
    @Embedded
    @AttributeOverride(name = "encrypted", column = @Column(name = "id_card_enc", length = 255, nullable = false))
    @AttributeOverride(name = "hash", column = @Column(name = "id_card_hash", length = 64, nullable = false))
    @AttributeOverride(name = "masked", column = @Column(name = "id_card_masked", length = 18, nullable = false))
    public SealedValue idCard;

    /** Null when no phone is on record. */
    @Embedded
    @AttributeOverride(name = "encrypted", column = @Column(name = "phone_enc", length = 255))
    @AttributeOverride(name = "hash", column = @Column(name = "phone_hash", length = 64))
    @AttributeOverride(name = "masked", column = @Column(name = "phone_masked", length = 32))
    public SealedValue phone;

    @Column(nullable = false, length = 32)
    public String relation;

    @Column(name = "registration_type", nullable = false, length = 32)
    public String registrationType;

    @Column(name = "political_status", length = 32)
    public String politicalStatus;

    @Column(name = "employment_status", length = 32)
    public String employmentStatus;

    @Column(length = 32)
    public String education;

    @Column(name = "disability_grade", length = 32)
    public String disabilityGrade;

    @Column(name = "move_in_date")
    public LocalDate moveInDate;

    @Column(name = "move_out_date")
    public LocalDate moveOutDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RecordStatus status = RecordStatus.ACTIVE;

    /** Its household's area path (the building's, else the grid's): it moves with the household. */
    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "resident_tag", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "code", length = 32)
    public Set<String> tags = new LinkedHashSet<>();

    @Override
    public String areaPath() {
        return areaPath;
    }
}
