package com.gridwork.registry.excel;

import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.dictionary.DictionaryItem;
import com.gridwork.registry.excel.ImportRow.HouseholdValues;
import com.gridwork.registry.excel.ImportRow.ResidentValues;
import com.gridwork.registry.excel.RowValidator.RowCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.gridwork.registry.excel.RegistryColumn.ADDRESS;
import static com.gridwork.registry.excel.RegistryColumn.BUILDING_CODE;
import static com.gridwork.registry.excel.RegistryColumn.CARE_TAGS;
import static com.gridwork.registry.excel.RegistryColumn.ETHNICITY;
import static com.gridwork.registry.excel.RegistryColumn.GRID_CODE;
import static com.gridwork.registry.excel.RegistryColumn.HOUSEHOLD_PHONE;
import static com.gridwork.registry.excel.RegistryColumn.HOUSEHOLD_TAGS;
import static com.gridwork.registry.excel.RegistryColumn.HOUSING_TYPE;
import static com.gridwork.registry.excel.RegistryColumn.ID_CARD;
import static com.gridwork.registry.excel.RegistryColumn.NAME;
import static com.gridwork.registry.excel.RegistryColumn.PHONE;
import static com.gridwork.registry.excel.RegistryColumn.POLITICAL_STATUS;
import static com.gridwork.registry.excel.RegistryColumn.REGISTRATION_TYPE;
import static com.gridwork.registry.excel.RegistryColumn.RELATION;
import static com.gridwork.registry.excel.RegistryColumn.ROOM;
import static com.gridwork.registry.excel.RegistryColumn.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of one import row, as a table: no database, no HTTP; places, code lists and the ID hash are given. */
class RowValidatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** Born 1949-12-31, male. */
    static final String ID = "110105194912310038";

    static final Place GRID = new Place(23, "G1", "第一网格", "/7/5/23/");
    static final Place BUILDING = new Place(230, "B1", "1号楼", "/7/5/23/230/");

    static final RowValidator.Places PLACES = new RowValidator.Places() {
        @Override
        public List<Place> grids(String code) {
            return switch (code) {
                case "G1" -> List.of(GRID);
                case "DUP" -> List.of(new Place(31, "DUP", "甲", "/7/6/31/"), new Place(41, "DUP", "乙", "/8/9/41/"));
                default -> List.of();
            };
        }

        @Override
        public Map<String, Place> buildings(Place grid) {
            return grid.id() == GRID.id() ? Map.of("B1", BUILDING) : Map.of();
        }
    };

    static final RegistryDictionaries.Lists LISTS = RegistryDictionaries.Lists.of(category -> switch (category) {
        case HOUSING_TYPE -> items(category, "OWNED", "自有住房", "RENTED", "租赁住房");
        case HOUSEHOLD_TAG -> items(category, "LOW_INCOME", "低保户", "FOCUS", "重点关注");
        case RELATION -> items(category, "HEAD", "户主", "SPOUSE", "配偶");
        case ETHNICITY -> items(category, "01", "汉族", "03", "回族");
        case REGISTRATION_TYPE -> items(category, "LOCAL", "户籍人口");
        case POLITICAL_STATUS -> items(category, "CPC", "中共党员");
        case CARE_GROUP -> items(category, "ELDERLY", "独居老人", "YOUTH", "青少年");
        default -> List.of();
    });

    /** The code lists asked for, by sub-district. */
    final List<Long> listsAskedFor = new ArrayList<>();

    final RowValidator validator = new RowValidator(
            PLACES,
            subDistrict -> {
                listsAskedFor.add(subDistrict);
                return LISTS;
            },
            id -> "#" + id,
            TODAY);

    static List<DictionaryItem> items(DictionaryCategory category, String... codesAndNames) {
        List<DictionaryItem> items = new ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            DictionaryItem item = new DictionaryItem();
            item.category = category;
            item.code = codesAndNames[i];
            item.name = codesAndNames[i + 1];
            items.add(item);
        }
        return items;
    }

    /** A valid row of a flat, changed by column → text pairs (null removes the cell). */
    static Map<RegistryColumn, String> flat(Object... changes) {
        Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
        cells.putAll(Map.of(
                GRID_CODE,
                "G1",
                BUILDING_CODE,
                "B1",
                UNIT,
                "2",
                ROOM,
                "301",
                HOUSING_TYPE,
                "自有住房",
                HOUSEHOLD_TAGS,
                "低保户、重点关注",
                HOUSEHOLD_PHONE,
                "138 1234 5678",
                NAME,
                "张伟",
                RELATION,
                "户主",
                ID_CARD,
                ID));
        cells.putAll(Map.of(PHONE, "13912345678", ETHNICITY, "汉族", REGISTRATION_TYPE, "户籍人口", CARE_TAGS, "独居老人"));
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                cells.remove((RegistryColumn) changes[i]);
            } else {
                cells.put((RegistryColumn) changes[i], (String) changes[i + 1]);
            }
        }
        return cells;
    }

    RowCheck check(Map<RegistryColumn, String> cells) throws SQLException {
        return validator.check(new SheetRow(7, cells, false, null, false));
    }

    /** "row COLUMN key [args]", to compare errors with a table. */
    static String describe(RowError error) {
        return error.row() + " " + error.column() + " " + error.key() + " " + error.args();
    }

    static List<String> described(RowCheck check) {
        return check.errors().stream().map(RowValidatorTest::describe).toList();
    }

    @Test
    void aFlatResolvesToWhatTheRegistryStores() throws SQLException {
        RowCheck check = check(flat());
        assertThat(check.errors()).isEmpty();
        HouseholdValues household = check.row().household();
        assertThat(household)
                .isEqualTo(new HouseholdValues(
                        GRID,
                        BUILDING,
                        "2",
                        "301",
                        null,
                        "b:230|u:2|r:301",
                        "OWNED",
                        new TreeSet<>(List.of("FOCUS", "LOW_INCOME")),
                        "13812345678"));
        assertThat(household.areaPath()).isEqualTo("/7/5/23/230/");
        assertThat(household.location()).isEqualTo("B1 2 301");
        ResidentValues resident = check.row().resident();
        assertThat(resident)
                .isEqualTo(new ResidentValues(
                        "张伟",
                        "HEAD",
                        ID,
                        "#" + ID,
                        "13912345678",
                        "01",
                        "LOCAL",
                        null,
                        null,
                        null,
                        null,
                        new TreeSet<>(List.of("ELDERLY")),
                        null));
        assertThat(check.row().row()).isEqualTo(7);
        // the code lists of the grid's sub-district
        assertThat(listsAskedFor).containsOnly(7L);
    }

    @Test
    void aBungalowKeepsItsAddressAndDropsUnitAndRoom() throws SQLException {
        RowCheck check = check(flat(BUILDING_CODE, null, ROOM, null, ADDRESS, "解放路 12 号"));
        assertThat(check.errors()).isEmpty();
        HouseholdValues household = check.row().household();
        assertThat(household.building()).isNull();
        assertThat(household.unit()).isNull();
        assertThat(household.room()).isNull();
        assertThat(household.address()).isEqualTo("解放路 12 号");
        assertThat(household.addressKey()).isEqualTo("g:23|a:解放路12号");
        assertThat(household.areaPath()).isEqualTo("/7/5/23/");
        assertThat(household.location()).isEqualTo("G1 解放路 12 号");
    }

    static Stream<Arguments> oneRuleBroken() {
        String longName = "张".repeat(65);
        return Stream.of(
                Arguments.of(flat(GRID_CODE, null), List.of("7 GRID_CODE import.required []")),
                Arguments.of(flat(GRID_CODE, "G9"), List.of("7 GRID_CODE import.grid.not-found [G9]")),
                Arguments.of(flat(GRID_CODE, "DUP"), List.of("7 GRID_CODE import.grid.ambiguous [DUP]")),
                Arguments.of(flat(BUILDING_CODE, "B9"), List.of("7 BUILDING_CODE import.building.not-found [B9, G1]")),
                Arguments.of(flat(ROOM, null), List.of("7 ROOM import.room.required []")),
                Arguments.of(
                        flat(ROOM, "1".repeat(17)),
                        List.of("7 ROOM import.too-long [16]", "7 ROOM import.room.required []")),
                Arguments.of(flat(UNIT, "1".repeat(17)), List.of("7 UNIT import.too-long [16]")),
                Arguments.of(flat(UNIT, "1".repeat(16)), List.of()),
                Arguments.of(
                        flat(BUILDING_CODE, null, UNIT, null, ROOM, null),
                        List.of("7 ADDRESS import.address.required []")),
                Arguments.of(
                        flat(BUILDING_CODE, null, ADDRESS, "路".repeat(201)),
                        List.of("7 ADDRESS import.too-long [200]", "7 ADDRESS import.address.required []")),
                Arguments.of(flat(HOUSING_TYPE, null), List.of("7 HOUSING_TYPE import.required []")),
                Arguments.of(flat(HOUSING_TYPE, "别墅"), List.of("7 HOUSING_TYPE import.dictionary.unknown [别墅]")),
                // a code instead of the name, in any case
                Arguments.of(flat(HOUSING_TYPE, "rented"), List.of()),
                Arguments.of(
                        flat(HOUSEHOLD_TAGS, "低保户；空巢，重点关注/未知"),
                        List.of(
                                "7 HOUSEHOLD_TAGS import.dictionary.unknown [空巢]",
                                "7 HOUSEHOLD_TAGS import.dictionary.unknown [未知]")),
                Arguments.of(flat(HOUSEHOLD_PHONE, "12345"), List.of("7 HOUSEHOLD_PHONE import.phone.invalid []")),
                Arguments.of(flat(HOUSEHOLD_PHONE, "0571-87654321"), List.of()),
                Arguments.of(flat(NAME, null), List.of("7 NAME import.required []")),
                Arguments.of(flat(NAME, longName), List.of("7 NAME import.too-long [64]")),
                Arguments.of(flat(RELATION, "邻居"), List.of("7 RELATION import.dictionary.unknown [邻居]")),
                Arguments.of(flat(ID_CARD, null), List.of("7 ID_CARD import.required []")),
                Arguments.of(flat(ID_CARD, "1101051949123100"), List.of("7 ID_CARD import.id-card.length []")),
                Arguments.of(flat(ID_CARD, "11010519491231002A"), List.of("7 ID_CARD import.id-card.characters []")),
                Arguments.of(flat(ID_CARD, "11010519491331002X"), List.of("7 ID_CARD import.id-card.birth-date []")),
                Arguments.of(flat(ID_CARD, "110105194912310021"), List.of("7 ID_CARD import.id-card.check-digit []")),
                // lower-case x and spaces around are the same number
                Arguments.of(flat(ID_CARD, " 11010519491231002x "), List.of()),
                Arguments.of(flat(PHONE, "139123456789"), List.of("7 PHONE import.phone.invalid []")),
                Arguments.of(flat(ETHNICITY, null), List.of("7 ETHNICITY import.required []")),
                Arguments.of(
                        flat(REGISTRATION_TYPE, "外籍"), List.of("7 REGISTRATION_TYPE import.dictionary.unknown [外籍]")),
                // optional code lists may stay empty, but a value must be on the list
                Arguments.of(flat(POLITICAL_STATUS, "中共党员"), List.of()),
                Arguments.of(
                        flat(POLITICAL_STATUS, "群众X"), List.of("7 POLITICAL_STATUS import.dictionary.unknown [群众X]")),
                Arguments.of(flat(CARE_TAGS, "独居老人 青少年"), List.of()),
                Arguments.of(flat(CARE_TAGS, "低保户"), List.of("7 CARE_TAGS import.dictionary.unknown [低保户]")));
    }

    @ParameterizedTest
    @MethodSource
    void oneRuleBroken(Map<RegistryColumn, String> cells, List<String> errors) throws SQLException {
        assertThat(described(check(cells))).containsExactlyElementsOf(errors);
    }

    static Stream<Arguments> moveInDates() {
        return Stream.of(
                Arguments.of(LocalDate.of(2020, 5, 1), false, ID, List.of()),
                Arguments.of(TODAY, false, ID, List.of()),
                Arguments.of(TODAY.plusDays(1), false, ID, List.of("7 MOVE_IN_DATE import.date.future []")),
                Arguments.of(LocalDate.of(1949, 12, 31), false, ID, List.of()),
                Arguments.of(
                        LocalDate.of(1949, 12, 30), false, ID, List.of("7 MOVE_IN_DATE import.date.before-birth []")),
                // with a bad ID number there is no birth date to compare with
                Arguments.of(
                        LocalDate.of(1949, 12, 30),
                        false,
                        "110105194912310021",
                        List.of("7 ID_CARD import.id-card.check-digit []")),
                Arguments.of(null, true, ID, List.of("7 MOVE_IN_DATE import.date.invalid []")),
                Arguments.of(null, false, ID, List.of()));
    }

    @ParameterizedTest
    @MethodSource
    void moveInDates(LocalDate date, boolean invalid, String idCard, List<String> errors) throws SQLException {
        RowCheck check = validator.check(new SheetRow(7, flat(ID_CARD, idCard), false, date, invalid));
        assertThat(described(check)).containsExactlyElementsOf(errors);
        assertThat(check.row().resident().moveInDate()).isEqualTo(date);
    }

    @Test
    void anIdNumberExcelStoredAsANumberHasLostDigits() throws SQLException {
        // 18 digits typed into a number cell: Excel keeps 15 significant ones
        RowCheck rounded = validator.check(new SheetRow(7, flat(ID_CARD, "110105194912310000"), true, null, false));
        assertThat(described(rounded)).containsExactly("7 ID_CARD import.id-card.numeric []");
        assertThat(rounded.row().resident().idHash()).isNull();
        // a short number in a number cell is only too short
        RowCheck shortNumber = validator.check(new SheetRow(7, flat(ID_CARD, "110105194912310"), true, null, false));
        assertThat(described(shortNumber)).containsExactly("7 ID_CARD import.id-card.length []");
    }

    @Test
    void aBadRowListsEveryBrokenRuleInColumnOrderAndResolvesTheRest() throws SQLException {
        RowCheck check = validator.check(new SheetRow(
                9, flat(GRID_CODE, "G9", HOUSING_TYPE, "别墅", PHONE, "1", ETHNICITY, null), false, null, true));
        assertThat(described(check))
                .containsExactly(
                        "9 GRID_CODE import.grid.not-found [G9]",
                        "9 HOUSING_TYPE import.dictionary.unknown [别墅]",
                        "9 PHONE import.phone.invalid []",
                        "9 ETHNICITY import.required []",
                        "9 MOVE_IN_DATE import.date.invalid []");
        // what resolved is kept for the rules across rows and the registry check
        assertThat(check.row().household().grid()).isNull();
        assertThat(check.row().household().addressKey()).isNull();
        assertThat(check.row().household().tags()).containsExactly("FOCUS", "LOW_INCOME");
        assertThat(check.row().resident().idHash()).isEqualTo("#" + ID);
        assertThat(check.row().resident().relation()).isEqualTo("HEAD");
        // without a grid, the platform's code lists
        assertThat(listsAskedFor).containsExactly((Long) null);
    }

    @Test
    void unknownTagNamesAreLeftOutOfTheTagSet() throws SQLException {
        RowCheck check = check(flat(HOUSEHOLD_TAGS, "重点关注、未知"));
        assertThat(check.row().household().tags()).containsExactly("FOCUS");
    }
}
