package com.gridwork.common.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptLanguageTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "                                 | zh-CN",
                "en-US,en;q=0.8                   | en-US",
                "en                               | en-US",
                "zh-TW, en;q=0.5                  | zh-CN",
                "fr, en;q=0.5                     | en-US",
                "fr;q=0.9, en;q=0.1, zh;q=0.5     | zh-CN",
                "en;q=0, zh                       | zh-CN",
                "*                                | zh-CN",
                "fr, *;q=0.5, en;q=0.1            | zh-CN",
                // What does not parse is skipped, the rest still counts.
                "en-US;q=abc                      | zh-CN",
                "fr;q=oops, en-US;q=0.5           | en-US",
                "en;q=1.5                         | zh-CN",
                "en;q=-1                          | zh-CN",
                "en;q=                            | zh-CN",
                "en;q=0.5.5, en-US;q=0.4          | en-US",
                "en;q=0.0001                      | zh-CN",
                "';;;'                            | zh-CN",
                "',,, ;q=1, en'                   | en-US",
                "en_US                            | zh-CN",
                "'en-US;q=0.9;q=x'                | zh-CN",
                "EN-us;Q=0.7                      | en-US",
            })
    void choosesTheFirstSupportedLanguageThatParses(String header, String expected) {
        assertThat(Messages.localeOf(header)).isEqualTo(Locale.forLanguageTag(expected));
    }
}
