package com.gridwork.wish;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BeneficiaryNamesTest {
    @ParameterizedTest
    @CsvSource({"张三明, 张*明", "张三, 张*", "欧阳小华, 欧**华", "王, *", "' 李四 ', 李*", "阿依古丽·买买提, 阿******提", "𠀀大明, 𠀀*明"})
    void keepsTheFirstAndLastCharacterAndMasksTheMiddle(String name, String masked) {
        assertThat(BeneficiaryNames.mask(name)).isEqualTo(masked);
    }
}
