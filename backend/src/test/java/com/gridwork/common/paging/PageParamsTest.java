package com.gridwork.common.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageParamsTest {

    private static PageParams page(int page, int size) {
        PageParams p = new PageParams();
        p.page = page;
        p.size = size;
        return p;
    }

    @Test
    void aShortPageGivesTheTotalWithoutCounting() {
        AtomicInteger counts = new AtomicInteger();
        // 45 matches, pages of 20: page 2 holds 5
        assertThat(page(2, 20).total(5, () -> { counts.incrementAndGet(); return 45; })).isEqualTo(45);
        assertThat(page(0, 20).total(1, () -> { counts.incrementAndGet(); return 1; })).isEqualTo(1);
        assertThat(page(0, 20).total(0, () -> { counts.incrementAndGet(); return 0; })).isZero();
        assertThat(counts).hasValue(0);
    }

    @Test
    void aFullPageOrOnePastTheEndCounts() {
        assertThat(page(0, 20).total(20, () -> 45)).isEqualTo(45);
        // page 5 of 45 matches is empty: its position says nothing about the total
        assertThat(page(5, 20).total(0, () -> 45)).isEqualTo(45);
        // exactly a page of matches: the full page cannot tell that nothing follows
        assertThat(page(0, 20).total(20, () -> 20)).isEqualTo(20);
    }
}
