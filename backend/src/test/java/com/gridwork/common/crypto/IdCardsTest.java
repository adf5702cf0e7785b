package com.gridwork.common.crypto;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdCardsTest {
    @Test
    void acceptsValidNumbersAndDerivesBirthDateAndSex() {
        // The well-known sample number of GB 11643 with an X check character.
        assertThat(IdCards.problem("11010519491231002X")).isEmpty();
        assertThat(IdCards.problem("11010519491231002x")).isEmpty();
        assertThat(IdCards.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(IdCards.gender("11010519491231002X")).isEqualTo("F");
        assertThat(IdCards.gender("110105194912310038")).isEqualTo("M");
        assertThat(IdCards.checkCharacter("11010519491231003")).isEqualTo('8');
    }

    @Test
    void namesWhatIsWrong() {
        assertThat(IdCards.problem("1101051949123100")).contains(IdCards.Problem.LENGTH);
        assertThat(IdCards.problem("11010519491231002A")).contains(IdCards.Problem.CHARACTERS);
        assertThat(IdCards.problem("11010519491331002X")).contains(IdCards.Problem.BIRTH_DATE);
        assertThat(IdCards.problem("110105" + LocalDate.now().plusYears(1).getYear() + "0101002X"))
                .contains(IdCards.Problem.BIRTH_DATE);
        assertThat(IdCards.problem("110105194912310021")).contains(IdCards.Problem.CHECK_DIGIT);
        assertThat(IdCards.problem("１１010519491231002X")).contains(IdCards.Problem.CHARACTERS);
    }

    @Test
    void masksKeepingDivisionAndLastFour() {
        assertThat(IdCards.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Phones.mask("13812345678")).isEqualTo("138****5678");
        assertThat(Phones.mask("010-12345678")).isEqualTo("010-******78");
        assertThat(Phones.normalize("138 1234 5678")).isEqualTo("13812345678");
    }
}
