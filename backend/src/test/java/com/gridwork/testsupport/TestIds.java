package com.gridwork.testsupport;

import com.gridwork.common.crypto.IdCards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique resident ID numbers and phone numbers for tests. */
public final class TestIds {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900));
    private static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private TestIds() {}

    /** A valid number for someone born on {@code birth}; an odd sequence makes a man, an even one a woman. */
    public static String idCard(LocalDate birth, boolean male) {
        int seq = SEQUENCE.incrementAndGet() % 500 * 2 + (male ? 1 : 0);
        String first17 = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
        return first17 + IdCards.checkCharacter(first17);
    }

    /** A fresh valid number (random day in 1950–2000, unique within the run). */
    public static String idCard() {
        int n = SEQUENCE.incrementAndGet();
        return idCard(LocalDate.of(1950 + n % 50, 1 + n % 12, 1 + n % 28), n % 2 == 0);
    }

    public static String mobile() {
        return String.format("139%08d", PHONES.incrementAndGet() % 100_000_000);
    }
}
