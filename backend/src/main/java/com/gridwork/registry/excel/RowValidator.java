package com.gridwork.registry.excel;

import com.gridwork.common.crypto.IdCards;
import com.gridwork.common.crypto.Phones;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.registry.excel.ImportRow.HouseholdValues;
import com.gridwork.registry.excel.ImportRow.ResidentValues;
import com.gridwork.registry.household.Household;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static com.gridwork.registry.excel.RegistryColumn.ADDRESS;
import static com.gridwork.registry.excel.RegistryColumn.BUILDING_CODE;
import static com.gridwork.registry.excel.RegistryColumn.CARE_TAGS;
import static com.gridwork.registry.excel.RegistryColumn.DISABILITY_GRADE;
import static com.gridwork.registry.excel.RegistryColumn.EDUCATION;
import static com.gridwork.registry.excel.RegistryColumn.EMPLOYMENT_STATUS;
import static com.gridwork.registry.excel.RegistryColumn.ETHNICITY;
import static com.gridwork.registry.excel.RegistryColumn.GRID_CODE;
import static com.gridwork.registry.excel.RegistryColumn.HOUSEHOLD_PHONE;
import static com.gridwork.registry.excel.RegistryColumn.HOUSEHOLD_TAGS;
import static com.gridwork.registry.excel.RegistryColumn.HOUSING_TYPE;
import static com.gridwork.registry.excel.RegistryColumn.ID_CARD;
import static com.gridwork.registry.excel.RegistryColumn.MOVE_IN_DATE;
import static com.gridwork.registry.excel.RegistryColumn.NAME;
import static com.gridwork.registry.excel.RegistryColumn.PHONE;
import static com.gridwork.registry.excel.RegistryColumn.POLITICAL_STATUS;
import static com.gridwork.registry.excel.RegistryColumn.REGISTRATION_TYPE;
import static com.gridwork.registry.excel.RegistryColumn.RELATION;
import static com.gridwork.registry.excel.RegistryColumn.ROOM;
import static com.gridwork.registry.excel.RegistryColumn.UNIT;

/**
 * Validate: one row of an import sheet against the rules of a single row, resolved to what the registry stores.
 * Pure but for what it is given: the places of the caller's scope, the code lists of a sub-district, the keyed hash of
 * an ID number and today's date. A bad row still resolves what it can, for the rules across rows ({@link FileRules})
 * and the check of ID numbers against the registry.
 */
final class RowValidator {
    static final String HEAD = "HEAD";
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；]+");
    /** Also separate names typed by hand ("老年人 老党员"); tried only where the piece is not a name as it is. */
    private static final Pattern LOOSE_SEPARATORS = Pattern.compile("[/\\s]+");

    /** The grids and buildings a file may name: those in the caller's scope. */
    interface Places {
        /** The grids with this code (several when sub-districts use the same one). */
        List<Place> grids(String code);

        /** The buildings of a grid, by code. */
        Map<String, Place> buildings(Place grid) throws SQLException;
    }

    /** A row's values as far as they resolve, and the rules it breaks in the order they are checked (none: good). */
    record RowCheck(ImportRow row, List<RowError> errors) {}

    private final Places places;
    private final Function<Long, RegistryDictionaries.Lists> codeLists;
    private final UnaryOperator<String> idHash;
    private final LocalDate today;

    /** {@code codeLists}: the lists in force in a sub-district (by id; null: the platform defaults). */
    RowValidator(
            Places places,
            Function<Long, RegistryDictionaries.Lists> codeLists,
            UnaryOperator<String> idHash,
            LocalDate today) {
        this.places = places;
        this.codeLists = codeLists;
        this.idHash = idHash;
        this.today = today;
    }

    RowCheck check(SheetRow row) throws SQLException {
        Cells cells = new Cells(row);
        // Location
        Place grid = null;
        String gridCode = cells.required(GRID_CODE);
        if (gridCode != null) {
            List<Place> grids = places.grids(gridCode);
            if (grids.isEmpty()) {
                cells.fail(GRID_CODE, "import.grid.not-found", gridCode);
            } else if (grids.size() > 1) {
                cells.fail(GRID_CODE, "import.grid.ambiguous", gridCode);
            } else {
                grid = grids.get(0);
            }
        }
        String buildingCode = cells.text(BUILDING_CODE);
        String unit = cells.limit(UNIT, 16);
        String room = cells.limit(ROOM, 16);
        String address = cells.limit(ADDRESS, 200);
        Place building = null;
        if (buildingCode != null) {
            if (grid != null) {
                building = places.buildings(grid).get(buildingCode);
                if (building == null) {
                    cells.fail(BUILDING_CODE, "import.building.not-found", buildingCode, grid.code());
                }
            }
            if (room == null) {
                cells.fail(ROOM, "import.room.required");
            }
        } else if (address == null) {
            cells.fail(ADDRESS, "import.address.required");
        }
        // A flat has a unit and room, a bungalow a free address; the other columns are not stored.
        if (building == null) {
            unit = null;
            room = null;
        } else {
            address = null;
        }
        boolean located = buildingCode != null ? building != null && room != null : address != null;
        String addressKey = grid != null && located
                ? Household.addressKey(grid.id(), building == null ? null : building.id(), unit, room, address)
                : null;
        RegistryDictionaries.Lists lists =
                codeLists.apply(grid == null ? null : DictionaryService.subDistrictOfPath(grid.path()));
        // Household
        String housingType = cells.code(HOUSING_TYPE, lists);
        SortedSet<String> householdTags = cells.codes(HOUSEHOLD_TAGS, lists);
        String householdPhone = cells.phone(HOUSEHOLD_PHONE);
        // Resident
        String name = cells.required(NAME);
        if (name != null && name.length() > 64) {
            cells.fail(NAME, "import.too-long", 64);
        }
        String relation = cells.code(RELATION, lists);
        String idCard = null;
        String hash = null;
        String id = cells.required(ID_CARD);
        if (id != null) {
            if (row.idCardIsNumber() && id.length() > 15) {
                cells.fail(ID_CARD, "import.id-card.numeric");
            } else {
                String normalized = IdCards.normalize(id);
                var problem = IdCards.problem(normalized);
                if (problem.isPresent()) {
                    cells.fail(
                            ID_CARD,
                            "import.id-card."
                                    + problem.get()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', '-'));
                } else {
                    idCard = normalized;
                    hash = idHash.apply(normalized);
                }
            }
        }
        String phone = cells.phone(PHONE);
        String ethnicity = cells.code(ETHNICITY, lists);
        String registrationType = cells.code(REGISTRATION_TYPE, lists);
        String politicalStatus = cells.code(POLITICAL_STATUS, lists);
        String employmentStatus = cells.code(EMPLOYMENT_STATUS, lists);
        String education = cells.code(EDUCATION, lists);
        String disabilityGrade = cells.code(DISABILITY_GRADE, lists);
        SortedSet<String> careTags = cells.codes(CARE_TAGS, lists);
        LocalDate moveInDate = row.moveInDate();
        if (row.moveInDateInvalid()) {
            cells.fail(MOVE_IN_DATE, "import.date.invalid");
        } else if (moveInDate != null) {
            if (moveInDate.isAfter(today)) {
                cells.fail(MOVE_IN_DATE, "import.date.future");
            } else if (idCard != null && moveInDate.isBefore(IdCards.birthDate(idCard))) {
                cells.fail(MOVE_IN_DATE, "import.date.before-birth");
            }
        }
        return new RowCheck(
                new ImportRow(
                        row.row(),
                        new HouseholdValues(
                                grid,
                                building,
                                unit,
                                room,
                                address,
                                addressKey,
                                housingType,
                                householdTags,
                                householdPhone),
                        new ResidentValues(
                                name,
                                relation,
                                idCard,
                                hash,
                                phone,
                                ethnicity,
                                registrationType,
                                politicalStatus,
                                employmentStatus,
                                education,
                                disabilityGrade,
                                careTags,
                                moveInDate)),
                cells.errors());
    }

    /** One row's cells, read by the rules of their columns; collects what they break. */
    private static final class Cells {
        private final SheetRow row;
        private final List<RowError> errors = new ArrayList<>();

        Cells(SheetRow row) {
            this.row = row;
        }

        String text(RegistryColumn column) {
            return row.text(column);
        }

        String required(RegistryColumn column) {
            String value = text(column);
            if (value == null) {
                fail(column, "import.required");
            }
            return value;
        }

        String limit(RegistryColumn column, int max) {
            String value = text(column);
            if (value != null && value.length() > max) {
                fail(column, "import.too-long", max);
                return null;
            }
            return value;
        }

        String code(RegistryColumn column, RegistryDictionaries.Lists lists) {
            String value = column.required() ? required(column) : text(column);
            if (value == null) {
                return null;
            }
            String code = lists.code(column.category(), value);
            if (code == null) {
                fail(column, "import.dictionary.unknown", value);
            }
            return code;
        }

        SortedSet<String> codes(RegistryColumn column, RegistryDictionaries.Lists lists) {
            TreeSet<String> codes = new TreeSet<>();
            String value = text(column);
            if (value != null) {
                for (String piece : TAG_SEPARATORS.split(value)) {
                    // an English name has spaces of its own ("Empty-nest family"): whole first, then word by word
                    String whole = lists.code(column.category(), piece.strip());
                    if (whole != null) {
                        codes.add(whole);
                        continue;
                    }
                    for (String name : LOOSE_SEPARATORS.split(piece)) {
                        if (name.isBlank()) {
                            continue;
                        }
                        String code = lists.code(column.category(), name.strip());
                        if (code == null) {
                            fail(column, "import.dictionary.unknown", name.strip());
                        } else {
                            codes.add(code);
                        }
                    }
                }
            }
            return Collections.unmodifiableSortedSet(codes);
        }

        String phone(RegistryColumn column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!Phones.isValid(value)) {
                fail(column, "import.phone.invalid");
                return null;
            }
            return Phones.normalize(value);
        }

        void fail(RegistryColumn column, String key, Object... args) {
            errors.add(RowError.of(row.row(), column, key, args));
        }

        List<RowError> errors() {
            return List.copyOf(errors);
        }
    }
}
