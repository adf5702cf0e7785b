package com.gridwork.dictionary;

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

@Entity
@Table(name = "dictionary_item")
@NotFoundMessage("dictionary.not-found")
public class DictionaryItem extends VersionedEntity implements SubDistrictOwned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Null for the platform defaults that every sub-district sees. */
    @Column(name = "sub_district_id")
    public Long subDistrictId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DictionaryCategory category;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 64)
    public String name;

    /** The English name; null falls back to {@link #name} (values added before issue 13, or left unnamed). */
    @Column(name = "name_en", length = 64)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Override
    public Long subDistrictId() {
        return subDistrictId;
    }
}
