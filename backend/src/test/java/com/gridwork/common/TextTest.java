package com.gridwork.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\t\n",
                "\u3000",
                "\u200B",
                "\u200C\u200D",
                "\uFEFF",
                "\u2060",
                "\u00A0",
                "\u180E",
                "\u3164",
                "\u115F",
                "\uFE0F",
                "\u2800",
                "\u00AD",
                "\u202E",
                "\u0000",
                "\u200B \u3000\u2060\u00A0"
            })
    void textThatShowsNothingIsBlank(String s) {
        assertThat(Text.isBlank(s)).isTrue();
        assertThat(Text.blankToNull(s)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张伟", "a", "\u200B张", "·", "\uD83D\uDE00", "0"})
    void textWithAVisibleCharacterIsNot(String s) {
        assertThat(Text.isBlank(s)).isFalse();
    }

    @Test
    void stripRemovesInvisibleEdgesOnly() {
        assertThat(Text.strip("\u200B\u3000张 伟\uFEFF ")).isEqualTo("张 伟");
        assertThat(Text.blankToNull("  备注\u200B")).isEqualTo("备注");
        assertThat(Text.strip("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void findsUnpairedSurrogates() {
        assertThat(Text.unpairedSurrogate("张伟")).isEqualTo(-1);
        assertThat(Text.unpairedSurrogate("a\uD83D\uDE00b")).isEqualTo(-1);
        assertThat(Text.unpairedSurrogate("a\uD800b")).isEqualTo(1);
        assertThat(Text.unpairedSurrogate("\uDC00")).isZero();
        assertThat(Text.unpairedSurrogate("ab\uD83D")).isEqualTo(2);
        assertThat(Text.unpairedSurrogate("\uDE00\uD83D")).isZero();
    }
}
