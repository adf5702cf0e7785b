package com.gridwork.access;

import com.gridwork.access.AreaScope.ScopeFilter;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The scope filter in its three forms, for the scopes there are: the whole platform, none, one area, several. */
class ScopeFilterTest {
    record Case(
            boolean whole,
            List<String> scope,
            boolean ancestors,
            String named,
            Map<String, Object> params,
            String positional,
            List<String> values) {}

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void oneConditionInJpqlNativeSqlAndJdbc() {
        List<Case> cases = List.of(
                new Case(true, List.of("/1/"), false, "1 = 1", params(), "1 = 1", List.of()),
                new Case(false, List.of(), false, "1 = 0", params(), "1 = 0", List.of()),
                new Case(false, List.of(), true, "1 = 0", params(), "1 = 0", List.of()),
                new Case(
                        false,
                        List.of("/1/5/"),
                        false,
                        "(r.area_path like :scope0)",
                        params("scope0", "/1/5/%"),
                        "(r.area_path like ?)",
                        List.of("/1/5/%")),
                new Case(
                        false,
                        List.of("/1/5/", "/2/"),
                        false,
                        "(r.area_path like :scope0 or r.area_path like :scope1)",
                        params("scope0", "/1/5/%", "scope1", "/2/%"),
                        "(r.area_path like ? or r.area_path like ?)",
                        List.of("/1/5/%", "/2/%")),
                // with the areas above: the path is a prefix of a scope area's
                new Case(
                        false,
                        List.of("/1/5/23/"),
                        true,
                        "(r.area_path like :scope0 or :own0 like concat(r.area_path, '%'))",
                        params("scope0", "/1/5/23/%", "own0", "/1/5/23/"),
                        "(r.area_path like ? or ? like concat(r.area_path, '%'))",
                        List.of("/1/5/23/%", "/1/5/23/")));
        for (Case c : cases) {
            ScopeFilter filter = ScopeFilter.of(c.whole(), c.scope(), "r.area_path", c.ancestors());
            String what = (c.whole() ? "whole platform " : "") + c.scope() + (c.ancestors() ? " with ancestors" : "");
            assertThat(filter.jpql()).as(what).isEqualTo(c.named());
            assertThat(filter.sql()).as(what).isEqualTo(c.named());
            assertThat(filter.params()).as(what).isEqualTo(c.params());
            assertThat(filter.jdbc()).as(what).isEqualTo(c.positional());
            assertThat(filter.jdbcValues()).as(what).isEqualTo(c.values());
            // every named parameter occurs in the condition, and as many ? as values
            c.params()
                    .keySet()
                    .forEach(name -> assertThat(filter.jpql()).as(what).contains(":" + name));
            assertThat(filter.jdbc().chars().filter(ch -> ch == '?').count())
                    .as(what)
                    .isEqualTo(c.values().size());
        }
    }

    @Test
    void theConditionMatchesWhatTheScopeCovers() {
        // The LIKE patterns, read as prefixes, select exactly the paths Caller.covers admits.
        List<String> scope = List.of("/1/5/23/", "/2/");
        List<String> paths = List.of("/1/", "/1/5/", "/1/5/23/", "/1/5/23/230/", "/1/5/230/", "/2/", "/2/7/9/", "/20/");
        ScopeFilter filter = ScopeFilter.of(false, scope, "p", false);
        Caller caller = new Caller(
                1,
                "u",
                "U",
                null,
                false,
                scope.stream().map(p -> new Caller.ScopedArea(0, "c", "n", p)).toList());
        for (String path : paths) {
            boolean matched = filter.jdbcValues().stream()
                    .anyMatch(pattern -> path.startsWith(pattern.substring(0, pattern.length() - 1)));
            assertThat(matched)
                    .as(path + " in " + Arrays.toString(scope.toArray()))
                    .isEqualTo(caller.covers(path));
        }
    }
}
