package com.gridwork.registry.excel;

import com.gridwork.registry.excel.ImportRow.HouseholdValues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rules across the rows of one import file, checked as the rows stream past: an ID number once, a household's columns
 * alike on each of its rows, exactly one head (户主) per household. Remembers one small entry per household and one
 * per ID number. No database: rows of a bad file come in with what they resolved ({@link RowValidator}).
 */
final class FileRules {
    /** A household's first row in the file, which its later rows must agree with. */
    private record FirstRow(int row, String location, String housingType, String tags, String phone) {}

    private final Map<String, Integer> idRows = new HashMap<>();
    private final Map<String, FirstRow> households = new HashMap<>();
    private final Map<String, Integer> headRows = new HashMap<>();

    /** What this row breaks, given the rows before it. */
    List<RowError> check(ImportRow row) {
        List<RowError> errors = new ArrayList<>(0);
        String idHash = row.resident().idHash();
        if (idHash != null) {
            Integer first = idRows.putIfAbsent(idHash, row.row());
            if (first != null) {
                errors.add(RowError.of(row.row(), RegistryColumn.ID_CARD, "import.id-card.duplicate-in-file", first));
            }
        }
        HouseholdValues household = row.household();
        String key = household.addressKey();
        if (key == null) {
            return errors;
        }
        String tags = String.join(",", household.tags());
        FirstRow first = households.get(key);
        if (first == null) {
            households.put(
                    key,
                    new FirstRow(row.row(), household.location(), household.housingType(), tags, household.phone()));
        } else {
            if (household.housingType() != null
                    && first.housingType() != null
                    && !household.housingType().equals(first.housingType())) {
                errors.add(RowError.of(
                        row.row(), RegistryColumn.HOUSING_TYPE, "import.household.inconsistent", first.row()));
            }
            if (!tags.equals(first.tags())) {
                errors.add(RowError.of(
                        row.row(), RegistryColumn.HOUSEHOLD_TAGS, "import.household.inconsistent", first.row()));
            }
            if (!Objects.equals(household.phone(), first.phone())) {
                errors.add(RowError.of(
                        row.row(), RegistryColumn.HOUSEHOLD_PHONE, "import.household.inconsistent", first.row()));
            }
        }
        if (RowValidator.HEAD.equals(row.resident().relation())) {
            Integer head = headRows.putIfAbsent(key, row.row());
            if (head != null) {
                errors.add(RowError.of(row.row(), RegistryColumn.RELATION, "import.head.multiple", head));
            }
        }
        return errors;
    }

    /** After the last row: each household without a head, as an error on its first row. */
    List<RowError> headless() {
        List<RowError> errors = new ArrayList<>();
        households.forEach((key, first) -> {
            if (!headRows.containsKey(key)) {
                errors.add(RowError.of(first.row(), RegistryColumn.RELATION, "import.head.none", first.location()));
            }
        });
        return errors;
    }
}
