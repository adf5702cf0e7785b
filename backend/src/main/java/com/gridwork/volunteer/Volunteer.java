package com.gridwork.volunteer;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.common.text.NameParts;
import com.gridwork.common.text.NamePinyin;
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

/**
 * A volunteer's profile (志愿者): one per person (the ID number's hash is unique), registered with a community, which
 * is its area and, for a volunteer account, the account's scope.
 */
@Entity
@Table(name = "volunteer")
@NotFoundMessage("volunteer.not-found")
public class Volunteer extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id")
    public Area community;

    @Column(name = "community_id", insertable = false, updatable = false)
    public Long communityId;

    /** The community's path. */
    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    /** The registry's resident with the same ID number, when the volunteer lives in the sub-district. */
    @Column(name = "resident_id")
    public Long residentId;

    /** The volunteer's sign-in (a staff row with the role volunteer), when it has one. */
    @Column(name = "staff_id")
    public Long staffId;

    @Column(nullable = false, length = 64)
    public String name;

    @Column(name = "name_initials", nullable = false, length = 64)
    public String nameInitials;

    @Column(name = "name_pinyin", nullable = false, length = 255)
    public String namePinyin;

    /** Every suffix of the name ({@link NameParts}): "any part of the name" is a prefix match on them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "volunteer_name_part", joinColumns = @JoinColumn(name = "volunteer_id"))
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

    /** M or F, derived from the ID number. */
    @Column(nullable = false, length = 1)
    public String gender;

    /** Derived from the ID number. */
    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

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

    /** A POLITICAL_STATUS code. */
    @Column(name = "political_status", length = 32)
    public String politicalStatus;

    /** When the volunteer can serve, in their words (周末, 工作日晚上...). */
    @Column(length = 200)
    public String availability;

    /** The number in the national volunteer system (全国志愿服务信息系统), when known. */
    @Column(name = "national_number", length = 64)
    public String nationalNumber;

    @Column(name = "insurance_until")
    public LocalDate insuranceUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VolunteerStatus status = VolunteerStatus.ACTIVE;

    @Column(name = "status_reason", length = 500)
    public String statusReason;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    /**
     * The sum of the volunteer's CONFIRMED ledger minutes (reversals included), kept by the ledger in the same
     * transaction as each decision; never written anywhere else.
     */
    // written only by the ledger's relative UPDATE: an edit of the profile must not write back a total it read before
    @Column(name = "confirmed_minutes", nullable = false, insertable = false, updatable = false)
    public long confirmedMinutes;

    /** VOLUNTEER_SKILL codes. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "code", length = 32)
    public Set<String> skills = new LinkedHashSet<>();

    @Override
    public String areaPath() {
        return areaPath;
    }
}
