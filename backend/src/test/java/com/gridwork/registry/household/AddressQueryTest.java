package com.gridwork.registry.household;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AddressQueryTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // query                      | text                  | building prefix | building | unit | room
                "3号楼1单元202                 | 3号楼1单元202          | -          | 3   | 1 | 202",
                "3号楼 1单元 202室             | 3号楼1单元202室        | -          | 3   | 1 | 202",
                "3-1-202                      | 3-1-202               | -          | 3   | 1 | 202",
                "3栋1单元202                   | 3栋1单元202            | -          | 3   | 1 | 202",
                "3幢1单元202                   | 3幢1单元202            | -          | 3   | 1 | 202",
                "３号楼１单元２０２             | 3号楼1单元202          | -          | 3   | 1 | 202",
                "3号楼1-202                    | 3号楼1-202             | -          | 3   | 1 | 202",
                "3 - 1 - 202                  | 3-1-202               | -          | 3   | 1 | 202",
                "３－１－２０２                 | 3-1-202               | -          | 3   | 1 | 202",
                "A座1单元202                   | a座1单元202            | -          | a   | 1 | 202",
                "3号楼202                      | 3号楼202               | -          | 3   | - | 202",
                "3号楼1单元                    | 3号楼1单元             | -          | 3   | 1 | -",
                "3号楼                         | 3号楼                  | -          | 3   | - | -",
                "幸福里1区3号楼 1单元 202室      | 幸福里1区3号楼1单元202室 | 幸福里1区   | 3   | 1 | 202",
                "幸福里1区 3-1-202             | 幸福里1区3-1-202        | 幸福里1区   | 3   | 1 | 202",
                "202                          | 202                   | -          | -   | - | 202",
                "202室                        | 202室                  | -          | -   | - | 202",
                "幸福胡同12号                   | 幸福胡同12号            | -          | -   | - | -",
                "幸福胡同 12 号                 | 幸福胡同12号            | -          | -   | - | -",
                "室                           | 室                    | -          | -   | - | -",
            })
    void readsAddressesAsPeopleWriteThem(
            String raw, String text, String prefix, String building, String unit, String room) {
        assertThat(AddressQuery.parse(raw)).isEqualTo(new AddressQuery(text, prefix, building, unit, room));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "3号楼           | 3",
                "幸福里1区3号楼   | 3",
                "锦绣花园12栋     | 12",
                "A座            | a",
                "３号楼          | 3",
                "B12            | b12",
                "3号楼-C77      | 3",
                "综合楼          | 综合楼",
            })
    void keysABuildingByItsDesignation(String name, String key) {
        assertThat(AddressQuery.buildingKey(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "1单元 | 202室 | 1 | 202",
                "1 | 202 | 1 | 202",
                "２ | ３０１ | 2 | 301",
                "- | 5号 | - | 5",
                "东 | 1户 | 东 | 1"
            })
    void keysUnitsAndRoomsWithoutTheirMarkers(String unit, String room, String unitKey, String roomKey) {
        assertThat(AddressQuery.unitKey(unit)).isEqualTo(unitKey);
        assertThat(AddressQuery.roomKey(room)).isEqualTo(roomKey);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"- ", "'   '", "'\u3000'"})
    void findsNothingToSearchInBlankText(String raw) {
        assertThat(AddressQuery.parse(raw)).isNull();
    }
}
