package com.gridwork.registry.household;

import com.gridwork.access.AreaBound;
import com.gridwork.access.NotFoundMessage;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.registry.RecordStatus;
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
@Table(name = "household")
@NotFoundMessage("household.not-found")
public class Household extends VersionedEntity implements AreaBound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_id")
    public Area grid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "building_id")
    public Area building;

    @Column(name = "unit_no", length = 16)
    public String unitNo;

    @Column(name = "room_no", length = 16)
    public String roomNo;

    /** Free address for bungalow areas without buildings. */
    @Column(length = 200)
    public String address;

    /** Normalised location ("b:12|u:2|r:301" or "g:5|a:…"): households sharing it are likely duplicates. */
    @Column(name = "address_key", nullable = false, length = 255)
    public String addressKey;

    /** The location as searched ({@link AddressQuery}): building designation, unit and room, or the free address. */
    @Column(name = "addr_building", length = 64)
    public String addrBuilding;

    @Column(name = "addr_unit", length = 16)
    public String addrUnit;

    @Column(name = "addr_room", length = 16)
    public String addrRoom;

    @Column(name = "addr_text", length = 200)
    public String addrText;

    @Column(name = "housing_type", nullable = false, length = 32)
    public String housingType;

    @Column(name = "tenure_start")
    public LocalDate tenureStart;

    /** Null when no phone is on record. */
    @Embedded
    @AttributeOverride(name = "encrypted", column = @Column(name = "phone_enc", length = 255))
    @AttributeOverride(name = "hash", column = @Column(name = "phone_hash", length = 64))
    @AttributeOverride(name = "masked", column = @Column(name = "phone_masked", length = 32))
    public SealedValue phone;

    @Column(name = "head_resident_id")
    public Long headResidentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "landlord_household_id")
    public Household landlord;

    @Column(length = 1000)
    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RecordStatus status = RecordStatus.ACTIVE;

    /** When the household moved out; restoring it brings back the members who left with it. */
    @Column(name = "moved_out_on")
    public LocalDate movedOutOn;

    /**
     * The path of the most specific known area, its building's or else its grid's ({@link #areaPathOf(Area, Area)}),
     * so that scope filters need no join and staff scoped to a building see its households.
     */
    @Column(name = "area_path", nullable = false, length = 255)
    public String areaPath;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "household_tag", joinColumns = @JoinColumn(name = "household_id"))
    @Column(name = "code", length = 32)
    public Set<String> tags = new LinkedHashSet<>();

    /** The area path of a household (and of its residents) in this grid and building (null for none). */
    @Override
    public String areaPath() {
        return areaPath;
    }

    public static String areaPathOf(Area grid, Area building) {
        return areaPathOf(grid.path, building == null ? null : building.path);
    }

    /** The same from the areas' paths, for writers without entities (import, generator). */
    public static String areaPathOf(String gridPath, String buildingPath) {
        return buildingPath != null ? buildingPath : gridPath;
    }

    /**
     * The grid id of a household's or resident's area path, a grid's or a building's: the tree has fixed levels,
     * so the grid is always the third id ("/1/5/23/" and "/1/5/23/230/" → 23).
     */
    public static long gridOfPath(String areaPath) {
        String[] ids = areaPath.substring(1).split("/");
        return Long.parseLong(ids[AreaLevel.GRID.ordinal()]);
    }

    /** The search columns of a location (one building's name or a free address), in column order. */
    public static String[] searchKeys(String buildingName, String unitNo, String roomNo, String address) {
        if (buildingName != null) {
            return new String[] {
                AddressQuery.buildingKey(buildingName), AddressQuery.unitKey(unitNo), AddressQuery.roomKey(roomNo), null
            };
        }
        return new String[] {null, null, null, AddressQuery.textKey(address)};
    }

    /** Builds the normalised location that flags likely duplicate households. */
    public static String addressKey(Long gridId, Long buildingId, String unitNo, String roomNo, String address) {
        if (buildingId != null) {
            return "b:" + buildingId + "|u:" + norm(unitNo) + "|r:" + norm(roomNo);
        }
        return "g:" + gridId + "|a:" + norm(address);
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
