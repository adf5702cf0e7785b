package com.gridwork.access;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which area paths a scope reaches: the prefix rules every lookup and filter of {@link AreaScope} rests on. */
class ScopePathsTest {
    /** A scope of these area paths; none with {@code whole} is the whole platform, none without it nothing. */
    private static Caller caller(boolean whole, String... paths) {
        List<Caller.ScopedArea> areas = Arrays.stream(paths)
                .map(p -> new Caller.ScopedArea(0, "c", "n", p))
                .toList();
        return new Caller(1, "u", "U", StaffRole.STREET_ADMIN, whole, areas);
    }

    record Case(String path, boolean covers, boolean coversOrIsAbove, String... scope) {}

    @Test
    void aScopeCoversItsAreasAndWhatLiesUnderThem() {
        List<Case> cases = List.of(
                new Case("/1/5/23/", true, true, "/1/5/23/"),
                new Case("/1/5/23/230/", true, true, "/1/5/23/"),
                // a shared digit is not a shared area: 23 does not hold 230 as a sibling
                new Case("/1/5/230/", false, false, "/1/5/23/"),
                // the community and sub-district above a grid: context, not scope
                new Case("/1/5/", false, true, "/1/5/23/"),
                new Case("/1/", false, true, "/1/5/23/"),
                // a sibling grid is neither
                new Case("/1/5/24/", false, false, "/1/5/23/"),
                // any one of several areas
                new Case("/2/7/", true, true, "/1/5/23/", "/2/"),
                new Case("/3/", false, false, "/1/5/23/", "/2/"),
                // no areas: nothing
                new Case("/1/", false, false));
        for (Case c : cases) {
            Caller caller = caller(false, c.scope());
            String what = c.path() + " in " + Arrays.toString(c.scope());
            assertThat(caller.covers(c.path())).as("covers " + what).isEqualTo(c.covers());
            assertThat(caller.coversOrIsAbove(c.path()))
                    .as("coversOrIsAbove " + what)
                    .isEqualTo(c.coversOrIsAbove());
        }
        Caller platform = caller(true);
        assertThat(List.of("/1/", "/1/5/23/230/").stream().allMatch(platform::covers))
                .isTrue();
    }

    @Test
    void whatASubDistrictOwnsIsChangedInItsScopeAndTheDefaultsByThePlatformOnly() {
        assertThat(caller(true).mayChangeOwnedBy(null)).isTrue();
        assertThat(caller(true).mayChangeOwnedBy(7L)).isTrue();
        assertThat(caller(false, "/7/").mayChangeOwnedBy(7L)).isTrue();
        assertThat(caller(false, "/7/").mayChangeOwnedBy(null)).isFalse();
        assertThat(caller(false, "/7/").mayChangeOwnedBy(70L)).isFalse();
        // a community's staff work in the sub-district, but do not own what it owns
        assertThat(caller(false, "/7/12/").mayChangeOwnedBy(7L)).isFalse();
    }
}
