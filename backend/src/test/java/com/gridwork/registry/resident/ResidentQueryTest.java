package com.gridwork.registry.resident;

import com.gridwork.common.text.NameParts;
import com.gridwork.registry.resident.ResidentQuery.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentQueryTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "11010519491231002x     | ID_CARD | 11010519491231002X",
                "110105 19491231 0028   | ID_CARD | 110105194912310028",
                "１１０１０５１９４９１２３１００２Ｘ | ID_CARD | 11010519491231002X",
                "13812345678            | PHONE   | 13812345678",
                "138 1234 5678          | PHONE   | 13812345678",
                "+86 138-1234-5678      | PHONE   | 13812345678",
                "010-12345678           | PHONE   | 01012345678",
                "zhangsan               | PINYIN  | zhangsan",
                "Zhang San              | PINYIN  | zhangsan",
                "zs                     | PINYIN  | zs",
                "ｚｓ                   | PINYIN  | zs",
                "xi'an                  | PINYIN  | xian",
                "张三                   | NAME    | 张三",
                "三                     | NAME    | 三",
                "' 三丰 '               | NAME    | 三丰",
                "1234                   | NAME    | 1234",
            })
    void tellsWhatASearchTextIs(String raw, Kind kind, String value) {
        assertThat(ResidentQuery.parse(raw)).isEqualTo(new ResidentQuery(kind, value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"张三丰 | 张三丰,三丰,丰", "王 | 王", "Ann | Ann,nn,n"})
    void splitsNamesIntoTheirSuffixes(String name, String parts) {
        assertThat(NameParts.of(name)).containsExactlyElementsOf(List.of(parts.split(",")));
    }
}
