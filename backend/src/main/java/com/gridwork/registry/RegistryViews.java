package com.gridwork.registry;

import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.registry.household.Household;
import com.gridwork.registry.household.HouseholdDtos.HouseholdSummary;
import com.gridwork.registry.resident.Resident;
import com.gridwork.registry.resident.ResidentDtos.ResidentDetail;
import com.gridwork.registry.resident.ResidentDtos.ResidentSummary;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Entity → DTO mapping shared by the household and resident services; masked values only. */
public final class RegistryViews {
    private RegistryViews() {}

    /** "幸福里小区3号楼 2单元301室", or the free address of a bungalow household. */
    public static String displayAddress(Household h) {
        if (h.building == null) {
            return h.address == null ? "" : h.address;
        }
        StringBuilder sb = new StringBuilder(h.building.name);
        if (h.unitNo != null || h.roomNo != null) {
            sb.append(' ');
        }
        if (h.unitNo != null) {
            sb.append(h.unitNo).append(h.unitNo.matches("\\d+") ? "单元" : "");
        }
        if (h.roomNo != null) {
            sb.append(h.roomNo).append(h.roomNo.matches("\\d+") ? "室" : "");
        }
        return sb.toString();
    }

    public static HouseholdSummary summary(
            Household h, List<String> tags, Long headId, String headName, long memberCount, boolean possibleDuplicate) {
        return new HouseholdSummary(
                h.id,
                AreaRef.of(h.grid),
                h.building == null ? null : AreaRef.of(h.building),
                h.unitNo,
                h.roomNo,
                displayAddress(h),
                h.housingType,
                List.copyOf(tags),
                headId,
                headName,
                memberCount,
                masked(h.phone),
                h.status,
                possibleDuplicate,
                h.version,
                h.updatedAt);
    }

    public static ResidentSummary summary(Resident r) {
        Household h = r.household;
        return new ResidentSummary(
                r.id,
                h.id,
                r.name,
                r.gender,
                r.birthDate,
                age(r.birthDate),
                r.idCard.masked(),
                masked(r.phone),
                r.relation,
                r.registrationType,
                List.copyOf(r.tags),
                r.status,
                AreaRef.of(h.grid),
                displayAddress(h),
                r.version);
    }

    public static ResidentDetail detail(Resident r) {
        return new ResidentDetail(
                summary(r),
                r.ethnicity,
                r.politicalStatus,
                r.employmentStatus,
                r.education,
                r.disabilityGrade,
                r.moveInDate,
                r.moveOutDate,
                r.createdAt,
                r.updatedAt);
    }

    private static String masked(com.gridwork.common.crypto.SealedValue value) {
        return value == null ? null : value.masked();
    }

    public static int age(LocalDate birthDate) {
        return Period.between(birthDate, LocalDate.now()).getYears();
    }
}
