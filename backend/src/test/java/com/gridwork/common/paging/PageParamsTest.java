package com.gridwork.common.paging;

import com.gridwork.common.error.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(page(2, 20).total(5, () -> {
                    counts.incrementAndGet();
                    return 45;
                }))
                .isEqualTo(45);
        assertThat(page(0, 20).total(1, () -> {
                    counts.incrementAndGet();
                    return 1;
                }))
                .isEqualTo(1);
        assertThat(page(0, 20).total(0, () -> {
                    counts.incrementAndGet();
                    return 0;
                }))
                .isZero();
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

    private static PageParams sorted(String sort) {
        PageParams p = page(0, 20);
        p.sort = sort;
        return p;
    }

    @Test
    void sortTermsMapToPathsAndEmptyTermsAreRefused() {
        Map<String, String> allowed = Map.of("name", "r.name", "updatedAt", "r.updatedAt");
        assertThat(sorted("-updatedAt, name").sortTerms(allowed))
                .containsExactly(
                        new PageParams.SortTerm("r.updatedAt", true), new PageParams.SortTerm("r.name", false));
        for (String bad : new String[] {",,,", ",", "-", "name,", ",name", "name,,updatedAt", "- "}) {
            assertThatThrownBy(() -> sorted(bad).sortTerms(allowed))
                    .as(bad)
                    .isInstanceOfSatisfying(ApiProblem.class, p -> {
                        assertThat(p.status()).isEqualTo(400);
                        assertThat(p.violations())
                                .extracting(ApiProblem.ViolationKey::field)
                                .containsExactly("sort");
                    });
        }
        assertThatThrownBy(() -> sorted("id").sortTerms(allowed)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void aPageWithinIntOffsetsIsAddressable() {
        PageParams.AddressableValidator v = new PageParams.AddressableValidator();
        assertThat(v.isValid(page(0, 100), null)).isTrue();
        assertThat(v.isValid(page(Integer.MAX_VALUE / 100 - 1, 100), null)).isTrue();
        assertThat(v.isValid(page(1, Integer.MAX_VALUE / 2), null)).isTrue();
        // The other constraints (page >= 0, size >= 1) report their own violations.
        assertThat(v.isValid(page(-1, 100), null)).isTrue();
    }
}
