package com.gridwork.common.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamePinyinTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "张三        | zhangsan       | zs",
                "张伟        | zhangwei       | zw",
                "吕欣        | lvxin          | lx",
                "曾国藩      | zengguofan     | zgf",
                "单雄信      | shanxiongxin   | sxx",
                "解缙        | xiejin         | xj",
                "阿依古丽·买买提 | ayigulimaimaiti | aygl" + "mmt",
                "Tom李       | tomli          | toml",
                "' 王芳 '    | wangfang       | wf",
            })
    void spellsNamesInPinyin(String name, String full, String initials) {
        assertThat(NamePinyin.of(name)).isEqualTo(new NamePinyin(full, initials));
    }
}
