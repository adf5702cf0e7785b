package com.gridwork.registry.excel;

import com.gridwork.registry.household.Household;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * A row of an import file resolved to what the registry stores: codes for the names of code lists, normalised phone
 * and ID numbers, the grid and building it names. The household's columns repeat on each of its members' rows. In a
 * bad row, what did not resolve is null (tag sets leave out unknown names).
 */
record ImportRow(int row, HouseholdValues household, ResidentValues resident) {

    /** Unit and room only with a building, the free address only without one (what the household row stores). */
    record HouseholdValues(
            Place grid,
            Place building,
            String unit,
            String room,
            String address,
            String addressKey,
            String housingType,
            SortedSet<String> tags,
            String phone) {
        /** The area path of the row's household and resident: its building's, else its grid's. */
        String areaPath() {
            return Household.areaPathOf(grid.path(), building == null ? null : building.path());
        }

        /** The location as the file gives it, to name a household in a message. */
        String location() {
            if (building != null) {
                return building.code() + (unit == null ? "" : " " + unit) + (room == null ? "" : " " + room);
            }
            return grid.code() + " " + address;
        }
    }

    record ResidentValues(
            String name,
            String relation,
            String idCard,
            String idHash,
            String phone,
            String ethnicity,
            String registrationType,
            String politicalStatus,
            String employmentStatus,
            String education,
            String disabilityGrade,
            SortedSet<String> careTags,
            LocalDate moveInDate) {}
}
