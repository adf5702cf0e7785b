package com.gridwork.registry.excel;

import com.gridwork.registry.excel.ImportRow.HouseholdValues;
import com.gridwork.registry.excel.ImportRow.ResidentValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules across the rows of an import file, as a table of files (rows in order) and what they break. */
class FileRulesTest {
    static final Place GRID = new Place(23, "G1", "第一网格", "/7/5/23/");
    static final Place BUILDING = new Place(230, "B1", "1号楼", "/7/5/23/230/");

    /** A resolved row in room {@code room} of the building: the household's columns, a relation and an ID hash. */
    record Row(int row, String room, String housingType, String tags, String phone, String relation, String idHash) {
        ImportRow resolved() {
            TreeSet<String> tagSet = new TreeSet<>(tags.isEmpty() ? List.of() : List.of(tags.split(",")));
            String key = room == null ? null : "b:230|u:|r:" + room;
            return new ImportRow(
                    row,
                    new HouseholdValues(
                            GRID, room == null ? null : BUILDING, null, room, null, key, housingType, tagSet, phone),
                    new ResidentValues(
                            "某",
                            relation,
                            null,
                            idHash,
                            null,
                            "01",
                            "LOCAL",
                            null,
                            null,
                            null,
                            null,
                            new TreeSet<>(),
                            null));
        }
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(
                        "one household, one head, alike",
                        List.of(
                                new Row(2, "301", "OWNED", "A,B", "13812345678", "HEAD", "h1"),
                                new Row(3, "301", "OWNED", "A,B", "13812345678", "SPOUSE", "h2")),
                        List.of()),
                Arguments.of(
                        "the same ID number twice",
                        List.of(
                                new Row(2, "301", "OWNED", "", null, "HEAD", "h1"),
                                new Row(3, "302", "OWNED", "", null, "HEAD", "h2"),
                                new Row(4, "302", "OWNED", "", null, "SON", "h1")),
                        List.of("4 ID_CARD import.id-card.duplicate-in-file [2]")),
                Arguments.of(
                        "household columns that differ from its first row",
                        List.of(
                                new Row(2, "301", "OWNED", "A", "13812345678", "HEAD", "h1"),
                                new Row(3, "301", "RENTED", "A", "13812345678", "SPOUSE", "h2"),
                                new Row(4, "301", "OWNED", "A,B", null, "SON", "h3")),
                        List.of(
                                "3 HOUSING_TYPE import.household.inconsistent [2]",
                                "4 HOUSEHOLD_TAGS import.household.inconsistent [2]",
                                "4 HOUSEHOLD_PHONE import.household.inconsistent [2]")),
                Arguments.of(
                        "a housing type that did not resolve is not compared",
                        List.of(
                                new Row(2, "301", "OWNED", "", null, "HEAD", "h1"),
                                new Row(3, "301", null, "", null, "SPOUSE", "h2")),
                        List.of()),
                Arguments.of(
                        "two heads",
                        List.of(
                                new Row(2, "301", "OWNED", "", null, "HEAD", "h1"),
                                new Row(3, "301", "OWNED", "", null, "HEAD", "h2")),
                        List.of("3 RELATION import.head.multiple [2]")),
                Arguments.of(
                        "no head: an error on the household's first row, after the last row",
                        List.of(
                                new Row(2, "301", "OWNED", "", null, "HEAD", "h1"),
                                new Row(5, "302", "OWNED", "", null, "SPOUSE", "h2"),
                                new Row(6, "302", "OWNED", "", null, "SON", "h3")),
                        List.of("5 RELATION import.head.none [B1 302]")),
                Arguments.of(
                        "a row without a location is checked for its ID number only",
                        List.of(
                                new Row(2, "301", "OWNED", "", null, "HEAD", "h1"),
                                new Row(3, null, "RENTED", "X", null, "HEAD", "h1")),
                        List.of("3 ID_CARD import.id-card.duplicate-in-file [2]")),
                Arguments.of(
                        "a row without an ID number",
                        List.of(
                                new Row(2, "301", "OWNED", "", null, "HEAD", null),
                                new Row(3, "301", "OWNED", "", null, "SPOUSE", null)),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void files(String name, List<Row> rows, List<String> errors) {
        FileRules rules = new FileRules();
        List<RowError> found = new ArrayList<>();
        rows.forEach(row -> found.addAll(rules.check(row.resolved())));
        found.addAll(rules.headless());
        assertThat(found.stream().map(RowValidatorTest::describe)).containsExactlyElementsOf(errors);
    }
}
