package com.gridwork.area;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AreaPathsTest {
    record Case(String expected, String... paths) {}

    @Test
    void commonAncestorIsTheDeepestSharedArea() {
        List<Case> cases = List.of(
                new Case(null),
                new Case("/1/5/23/", "/1/5/23/"),
                new Case("/1/5/", "/1/5/23/", "/1/5/24/"),
                new Case("/1/5/", "/1/5/", "/1/5/24/7/"),
                new Case("/1/", "/1/5/23/", "/1/6/"),
                // a shared digit is not a shared area: 15 and 16 are siblings under 1
                new Case("/1/", "/1/15/", "/1/16/"),
                new Case("/", "/1/5/", "/2/7/"),
                new Case("/", "/12/", "/1/"));
        for (Case c : cases) {
            assertThat(AreaPaths.commonAncestor(Arrays.asList(c.paths())))
                    .as(Arrays.toString(c.paths()))
                    .isEqualTo(c.expected());
        }
    }

    @Test
    void levelIsTheDepth() {
        assertThat(AreaPaths.level("/1/")).isEqualTo(AreaLevel.SUB_DISTRICT);
        assertThat(AreaPaths.level("/1/15/")).isEqualTo(AreaLevel.COMMUNITY);
        assertThat(AreaPaths.level("/1/15/230/")).isEqualTo(AreaLevel.GRID);
        assertThat(AreaPaths.level("/1/15/230/4077/")).isEqualTo(AreaLevel.BUILDING);
    }
}
