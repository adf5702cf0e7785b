package com.gridwork.common.persistence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WhereTest {
    record Case(
            String what, UnaryOperator<Where> build, String conditions, String clause, Map<String, Object> params) {}

    @Test
    void aFilterJoinsTheClauseOnlyWithItsValue() {
        List<Case> cases = List.of(
                new Case("nothing", w -> w, "1 = 1", "", Map.of()),
                new Case(
                        "absent values",
                        w -> w.and("a.level = :level", "level", null)
                                .and("a.name like :q", "q", "  ", Like::contains)
                                .and(":tag member of a.tags", "tag", List.of()),
                        "1 = 1",
                        "",
                        Map.of()),
                new Case(
                        "a fixed condition",
                        w -> w.and("s.serviceAccount = false"),
                        "s.serviceAccount = false",
                        "where s.serviceAccount = false",
                        Map.of()),
                new Case(
                        "a scope filter and a present value",
                        w -> w.and("(a.path like :scope0)", Map.of("scope0", "/1/%"))
                                .and("a.level = :level", "level", "GRID"),
                        "(a.path like :scope0) and a.level = :level",
                        "where (a.path like :scope0) and a.level = :level",
                        Map.of("scope0", "/1/%", "level", "GRID")),
                new Case(
                        "a value made a parameter",
                        w -> w.and("(a.name like :q or a.code like :q)", "q", " 5%_ ", Like::contains),
                        "(a.name like :q or a.code like :q)",
                        "where (a.name like :q or a.code like :q)",
                        Map.of("q", "%5\\%\\_%")),
                // native SQL reads the same: Hibernate binds named parameters there too
                new Case(
                        "native SQL",
                        w -> w.and("(i.area_path like :scope0)", Map.of("scope0", "/1/%"))
                                .and("i.area_path like :areaPath", "areaPath", 7L, id -> "/1/" + id + "/%"),
                        "(i.area_path like :scope0) and i.area_path like :areaPath",
                        "where (i.area_path like :scope0) and i.area_path like :areaPath",
                        Map.of("scope0", "/1/%", "areaPath", "/1/7/%")));
        for (Case c : cases) {
            Where where = c.build().apply(new Where());
            assertThat(where.conditions()).as(c.what()).isEqualTo(c.conditions());
            assertThat(where.clause()).as(c.what()).isEqualTo(c.clause());
            assertThat(where.params()).as(c.what()).isEqualTo(c.params());
        }
    }

    @Test
    void anAbsentValueIsNotTurnedIntoAParameter() {
        new Where().and("a.id = :id", "id", null, id -> {
            throw new AssertionError("called for an absent value");
        });
    }

    @Test
    void oneParameterCannotMeanTwoValues() {
        Where where = new Where().and("a.x = :p", "p", 1).and("a.y = :p", "p", 1);
        assertThat(where.params()).isEqualTo(Map.of("p", 1));
        assertThatThrownBy(() -> where.and("a.z = :p", "p", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
